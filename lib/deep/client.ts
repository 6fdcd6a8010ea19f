import { GoogleGenAI } from '@google/genai';
import type { z } from 'zod';
import { DeepError } from './schema';

/**
 * One structured-output call to the Gemini API with the user's own key: timeout, retries with backoff on 429 and
 * 5xx, and a typed error for an invalid key, exhausted quota, a safety block, malformed output or no network.
 * Runs in the background (and the CLI) only; the key never reaches a page.
 */
export interface GeminiCall<T> {
  apiKey: string;
  model: string;
  baseUrl?: string;
  parts: ({ text: string } | { inlineData: { mimeType: string; data: string } })[];
  schema: z.ZodType<T>;
  jsonSchema: unknown;
  timeoutMs?: number;
  retries?: number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_MODEL = 'gemini-flash-latest';

function classify(error: unknown): DeepError {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  const status = Number((error as { status?: unknown })?.status ?? /\b(4\d\d|5\d\d)\b/.exec(text)?.[1] ?? NaN);
  if (/API[_ ]KEY[_ ]INVALID|API key not valid|PERMISSION_DENIED|unauthenticated/i.test(text) || status === 401 || status === 403 || (status === 400 && /key/i.test(text))) {
    return new DeepError('invalid-key', 'The Gemini API key was refused. Check it in PromptLoss options.');
  }
  if (status === 429 || /RESOURCE_EXHAUSTED|quota/i.test(text)) return new DeepError('quota', 'The Gemini API quota of this key is exhausted (or rate-limited). Try again later.');
  if (status >= 500) return new DeepError('server', `The Gemini API failed (${status}). Try again later.`);
  if (/abort|timed? ?out/i.test(text)) return new DeepError('timeout', 'The Gemini API did not answer in time.');
  if (/fetch failed|network|ECONNREFUSED|ENOTFOUND|Failed to fetch|NetworkError/i.test(text)) return new DeepError('network', 'No connection to the Gemini API.');
  return new DeepError('server', `The Gemini API call failed: ${text.slice(0, 200)}`);
}

const retryable = (error: DeepError) => error.code === 'quota' || error.code === 'server' || error.code === 'timeout';

export async function callGemini<T>(call: GeminiCall<T>): Promise<T> {
  if (!call.apiKey) throw new DeepError('no-key', 'No Gemini API key: add yours in PromptLoss options.');
  const client = new GoogleGenAI({ apiKey: call.apiKey, httpOptions: { ...(call.baseUrl ? { baseUrl: call.baseUrl } : {}), timeout: call.timeoutMs ?? 30_000 } });
  const sleep = call.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
  const attempts = (call.retries ?? 2) + 1;
  let last: DeepError = new DeepError('server', 'no attempt');
  for (let attempt = 0; attempt < attempts; attempt++) {
    let response;
    try {
      response = await client.models.generateContent({
        model: call.model,
        contents: [{ role: 'user', parts: call.parts }],
        config: { responseMimeType: 'application/json', responseJsonSchema: call.jsonSchema, temperature: 0 },
      });
    } catch (error) {
      last = classify(error);
      if (!retryable(last) || attempt === attempts - 1) throw last;
      await sleep(500 * 2 ** attempt);
      continue;
    }
    const candidate = response.candidates?.[0];
    if (response.promptFeedback?.blockReason || candidate?.finishReason === 'SAFETY' || candidate?.finishReason === 'PROHIBITED_CONTENT') {
      throw new DeepError('safety', 'Gemini declined to answer (safety block).');
    }
    let json: unknown;
    try {
      json = JSON.parse(response.text ?? '');
    } catch {
      throw new DeepError('malformed', 'Gemini answered with something that is not the requested JSON.');
    }
    const parsed = call.schema.safeParse(json);
    if (!parsed.success) throw new DeepError('malformed', `Gemini's answer does not have the requested shape: ${parsed.error.issues[0]?.message ?? ''}`);
    return parsed.data;
  }
  throw last;
}
