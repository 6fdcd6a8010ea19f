import { readExportFile, type ExportBytes, type ReaderLike } from '../capture/chatgpt/export';
import type { ImageGeneration } from '../capture/chatgpt/schema';
import { analyze } from '../engine';
import type { HistoryEntry } from './history';

/**
 * Importing a ChatGPT data export (.zip or conversations JSON) into the history: every image generation becomes an
 * entry with site 'import', analysed the same way as a live capture, and is handed over in batches. Pure apart from
 * the `send` it is given (the options page sends {type:'history/import'} to the background, the single writer).
 */

/** The background accepts at most 5000 entries a message; batches stay far below (and below a few MB of JSON). */
export const IMPORT_BATCH = 500;
const MAX_BATCH_CHARS = 8_000_000;
/** The page stays responsive: a pause to the event loop every this many generations. */
const YIELD_EVERY = 20;

export interface ConversationInfo {
  /** Epoch seconds of the conversation, if the export has it. */
  createdAt: number | null;
}

/** The history id of an imported generation; a live capture of the same image is `chatgpt:<key>`. */
export const importId = (generation: Pick<ImageGeneration, 'key'>) => `import:${generation.key}`;
export const liveId = (generation: Pick<ImageGeneration, 'key'>) => `chatgpt:${generation.key}`;

/** A generation of an export as a history entry: compared with the rewrite, else with the model's plan, else nothing. */
export function entryOfImportedGeneration(generation: ImageGeneration, conversation: ConversationInfo, now = Date.now()): HistoryEntry {
  const compare = generation.rewrite ? 'rewrite' : generation.thoughts ? 'plan' : 'none';
  const against = generation.rewrite ?? generation.thoughts ?? '';
  const seconds = generation.createdAt ?? conversation.createdAt;
  return {
    id: importId(generation),
    site: 'import',
    conversationId: generation.conversationId,
    createdAt: seconds !== null && Number.isFinite(seconds) ? Math.round(seconds * 1000) : now,
    capturedAt: now,
    userText: generation.userText,
    previous: generation.previousUserTexts,
    rewrite: generation.rewrite,
    capture: generation.capture,
    compare,
    analysis: analyze(generation.userText, against, { previous: generation.previousUserTexts }),
    title: generation.title,
    checks: {},
  };
}

export interface ImportProgress {
  /** Bytes of the file read so far, and its size (0 when unknown). */
  bytesRead: number;
  bytesTotal: number;
  /** Conversations read (only those that look like ChatGPT conversations). */
  conversations: number;
  /** Image generations found. */
  generations: number;
  /** Generations already in the history (imported before or captured live). */
  skipped: number;
  /** Entries handed to `send`, and how many of them it reported stored. */
  sent: number;
  stored: number;
}

export interface ImportResult extends ImportProgress {
  /** Whether anything in the file looked like a ChatGPT conversation. */
  recognised: boolean;
  /** What could not be read: "file: reason" (at most 20). */
  errors: string[];
  /** Batches `send` threw on (each batch's entries count as not stored). */
  failedBatches: number;
}

export interface ImportOptions {
  /** Stores a batch; resolves to how many entries were stored. */
  send(entries: HistoryEntry[]): Promise<number>;
  /** Ids already in the history. */
  existing?: ReadonlySet<string>;
  /** Size of the file, for the progress. */
  size?: number;
  now?: () => number;
  onProgress?(progress: ImportProgress): void;
  batchSize?: number;
}

/** A reader that counts what passes through it. */
export function countingReader(source: ReaderLike, onBytes: (total: number) => void): ReaderLike {
  const reader = source.getReader();
  let total = 0;
  return {
    getReader: () => ({
      async read() {
        const result = await reader.read();
        if (result.value) {
          total += result.value.byteLength;
          onBytes(total);
        }
        return result;
      },
      releaseLock: () => reader.releaseLock?.(),
    }),
  };
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads the export, analyses each generation and sends the entries in batches of at most `batchSize`. */
export async function importChatgptExport(name: string, data: ExportBytes, options: ImportOptions): Promise<ImportResult> {
  const now = options.now ?? Date.now;
  const batchSize = Math.max(1, Math.min(options.batchSize ?? IMPORT_BATCH, IMPORT_BATCH));
  const existing = options.existing ?? new Set<string>();
  const result: ImportResult = {
    bytesRead: 0, bytesTotal: options.size ?? 0, conversations: 0, generations: 0, skipped: 0, sent: 0, stored: 0,
    recognised: false, errors: [], failedBatches: 0,
  };
  const report = () => options.onProgress?.({ ...result });
  let source = data;
  if (typeof (data as ReaderLike).getReader === 'function') {
    source = countingReader(data as ReaderLike, (bytes) => {
      result.bytesRead = bytes;
    });
  }

  let batch: HistoryEntry[] = [];
  let batchChars = 0;
  const seen = new Set<string>();
  const flush = async () => {
    if (!batch.length) return;
    const entries = batch;
    batch = [];
    batchChars = 0;
    result.sent += entries.length;
    try {
      result.stored += Math.max(0, Math.min(entries.length, await options.send(entries)));
    } catch {
      result.failedBatches++;
    }
    report();
  };

  let sinceYield = 0;
  for await (const item of readExportFile(name, source)) {
    if (item.kind === 'error') {
      if (result.errors.length < 20) result.errors.push(`${item.file}: ${item.error}`);
      continue;
    }
    if (item.shapes.nodes === 0) continue; // JSON that is not a conversation
    result.recognised = true;
    result.conversations++;
    for (const generation of item.generations) {
      if (generation.status !== 'complete') continue;
      result.generations++;
      const id = importId(generation);
      if (seen.has(id) || existing.has(id) || existing.has(liveId(generation))) {
        result.skipped++;
        continue;
      }
      seen.add(id);
      const entry = entryOfImportedGeneration(generation, item, now());
      const chars = entry.userText.length + entry.analysis.rewritten.length * 2 + JSON.stringify(entry.analysis.constraints).length;
      if (batch.length && (batch.length >= batchSize || batchChars + chars > MAX_BATCH_CHARS)) await flush();
      batch.push(entry);
      batchChars += chars;
      if (++sinceYield >= YIELD_EVERY) {
        sinceYield = 0;
        report();
        await pause();
      }
    }
    report();
  }
  await flush();
  if (result.bytesTotal && result.recognised) result.bytesRead = result.bytesTotal;
  report();
  return result;
}
