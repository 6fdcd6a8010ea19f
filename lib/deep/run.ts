import type { Analysis } from '../engine/schema';
import { callGemini } from './client';
import { mergeDeep, withImageVerdicts } from './merge';
import { imageAuditPrompt, textCheckPrompt } from './prompt';
import { DeepImageJsonSchema, DeepImageResult, DeepTextJsonSchema, DeepTextResult } from './schema';

/** The two deep checks, end to end: prompt → structured call → validated answer → merged analysis. */
export interface DeepOptions {
  apiKey: string;
  model: string;
  baseUrl?: string;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export async function deepTextCheck(local: Analysis, options: DeepOptions, previous: string[] = []): Promise<Analysis> {
  const result = await callGemini({
    ...options, parts: [{ text: textCheckPrompt(local, previous) }], schema: DeepTextResult, jsonSchema: DeepTextJsonSchema,
  });
  return mergeDeep(local, result);
}

export async function deepImageAudit(local: Analysis, image: { mimeType: string; base64: string }, options: DeepOptions): Promise<Analysis> {
  const result = await callGemini({
    ...options,
    parts: [{ text: imageAuditPrompt(local) }, { inlineData: { mimeType: image.mimeType, data: image.base64 } }],
    schema: DeepImageResult, jsonSchema: DeepImageJsonSchema,
  });
  return withImageVerdicts(local, result);
}

/** A stable hash of the inputs, for the automatic mode's cache (FNV-1a over the JSON). */
export function inputHash(...parts: unknown[]): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(parts);
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
