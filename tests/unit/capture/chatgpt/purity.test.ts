import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../../../lib/capture/chatgpt/', import.meta.url));
const FORBIDDEN =
  /\b(window|document|globalThis|self|navigator|location|fetch|XMLHttpRequest|WebSocket|atob|btoa|TextDecoder|TextEncoder|Buffer|process|chrome|browser|localStorage|require)\b\s*[.(]/;

function code(text: string): string {
  // Drop comments and string/template contents: only identifiers in code matter here.
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`/g, "''");
}

describe('lib/capture/chatgpt is pure', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'export-node.ts');

  it.each(files)('%s uses no browser or Node globals and imports no node: modules', (file) => {
    const text = readFileSync(DIR + file, 'utf8');
    expect(text).not.toMatch(/from ['"]node:/);
    expect(code(text)).not.toMatch(FORBIDDEN);
  });

  it('has a two-line README', () => {
    expect(readFileSync(DIR + 'README.md', 'utf8').trim().split('\n')).toHaveLength(2);
  });
});
