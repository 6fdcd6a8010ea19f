/** Loading the ChatGPT payload fixtures (tests/fixtures/payloads/chatgpt). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/payloads/chatgpt/', import.meta.url));

export function fixtureText(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

export function fixtureJson(name: string): unknown {
  return JSON.parse(fixtureText(name));
}

/** The messages of a conversation fixture, by id (to build expectations from the fixture itself). */
export function messageText(conversation: unknown, id: string): string {
  const node = (conversation as { mapping: Record<string, { message: { content: { parts?: unknown[]; text?: string } } }> })
    .mapping[id];
  if (!node) throw new Error(`no node ${id}`);
  const c = node.message.content;
  return c.text ?? (c.parts ?? []).filter((p): p is string => typeof p === 'string').join('\n');
}
