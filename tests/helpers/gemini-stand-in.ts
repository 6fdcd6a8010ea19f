import { createServer, type IncomingMessage, type Server } from 'node:http';

/**
 * A local stand-in for the Gemini REST endpoint (generateContent). The real @google/genai client is pointed at it
 * with httpOptions.baseUrl. Each request is recorded; `reply` decides the answer.
 */
export interface SeenRequest {
  path: string;
  apiKey: string | undefined;
  body: { contents?: { parts?: { text?: string; inlineData?: { mimeType: string; data: string } }[] }[]; generationConfig?: Record<string, unknown> };
}
export type Reply = (request: SeenRequest, index: number) => { status: number; body: unknown };

export interface StandIn {
  url: string;
  requests: SeenRequest[];
  setReply(reply: Reply): void;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return text;
}

export const answer = (json: unknown, finishReason = 'STOP') => ({
  status: 200,
  body: { candidates: [{ content: { role: 'model', parts: [{ text: typeof json === 'string' ? json : JSON.stringify(json) }] }, finishReason }] },
});
export const failure = (status: number, message: string, reason = '') => ({
  status,
  body: { error: { code: status, message, status: reason || (status === 429 ? 'RESOURCE_EXHAUSTED' : status >= 500 ? 'INTERNAL' : 'INVALID_ARGUMENT'), details: reason ? [{ reason }] : [] } },
});

export async function startGeminiStandIn(reply: Reply): Promise<StandIn> {
  let current = reply;
  const requests: SeenRequest[] = [];
  const server: Server = createServer(async (request, response) => {
    // Like the real endpoint, answer browsers' CORS preflights (the extension calls it from its background).
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('access-control-allow-headers', '*');
    response.setHeader('access-control-allow-methods', 'POST, GET, OPTIONS');
    if (request.method === 'OPTIONS') {
      response.writeHead(204);
      response.end();
      return;
    }
    const seen: SeenRequest = { path: request.url ?? '', apiKey: request.headers['x-goog-api-key'] as string | undefined, body: JSON.parse((await readBody(request)) || '{}') };
    requests.push(seen);
    const { status, body } = current(seen, requests.length - 1);
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setReply: (next) => (current = next),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
