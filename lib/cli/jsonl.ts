import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** Reads a JSON-lines file one line at a time (streaming), yielding parsed values or the parse error. */
export async function* readJsonLines(path: string): AsyncGenerator<{ line: number; value?: unknown; error?: string }> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (!text.trim()) continue;
    try {
      yield { line, value: JSON.parse(text) as unknown };
    } catch (error) {
      yield { line, error: `line ${line}: not JSON (${error instanceof Error ? error.message : String(error)})` };
    }
  }
}
