// Loads the Gemini payload fixtures (built by tests/fixtures/payloads/gemini/build.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '../../../fixtures/payloads/gemini');

export function fixture(name: string): string {
  return readFileSync(join(DIR, name), 'utf8');
}

export function fixtureJson<T>(name: string): T {
  return JSON.parse(fixture(name)) as T;
}

/** Splits `text` at the given cut points (sorted, deduplicated, within bounds). */
export function splitAt(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => Math.max(0, Math.min(text.length, c))))].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  for (const p of points) {
    out.push(text.slice(last, p));
    last = p;
  }
  out.push(text.slice(last));
  return out;
}
