// Loads a Gemini DOM fixture into the (happy-dom) document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '../../../fixtures/dom/gemini');

export function html(name: string): string {
  return readFileSync(join(DIR, name), 'utf8');
}

/** Replaces the document body with the fixture (test-only: the extension itself never assigns HTML). */
export function load(name: string): Document {
  document.body.innerHTML = html(name);
  return document;
}
