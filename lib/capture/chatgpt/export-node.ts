/**
 * Node only (CLI): readExportPath reads a ChatGPT export from a path — a .zip, a conversations.json, or a
 * directory holding conversations.json or the sharded conversations-000.json… with export_manifest.json — with
 * fs streams, through readExport.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isConversationsFileName, readExport, readExportFile, type ExportFile, type ExportItem } from './export.ts';

/** Opens the file only when iterated, so a directory of shards never holds many descriptors at once. */
function lazyFile(path: string): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
        if (chunk instanceof Uint8Array) yield chunk;
      }
    },
  };
}

export async function* readExportPath(path: string): AsyncGenerator<ExportItem> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    yield { kind: 'error', file: path, error: `cannot read: ${e instanceof Error ? e.message : 'error'}` };
    return;
  }
  if (!info.isDirectory()) {
    yield* readExportFile(basename(path), lazyFile(path));
    return;
  }
  const names = await readdir(path);
  let picked = names.filter((n) => isConversationsFileName(n) || /^export_manifest\.json$/i.test(n));
  if (!picked.some(isConversationsFileName)) picked = names.filter((n) => /\.zip$/i.test(n));
  if (picked.length === 0) {
    yield { kind: 'error', file: path, error: 'no conversations*.json, export_manifest.json or .zip here' };
    return;
  }
  const files: ExportFile[] = picked.map((n) => ({ name: n, data: lazyFile(join(path, n)) }));
  yield* readExport({ files });
}
