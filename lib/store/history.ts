import { z } from 'zod';
import { Analysis } from '../engine/schema';

/**
 * The record of captured pairs. The background is its single writer (one queue), so two tabs capturing at the same
 * moment lose nothing. Each entry is its own storage key; an index keeps the order. Capped by count and age.
 */
export const Site = z.enum(['chatgpt', 'gemini', 'import', 'manual']);
export type Site = z.infer<typeof Site>;

export const HistoryEntry = z.object({
  id: z.string().min(1).max(300),
  site: Site,
  conversationId: z.string().nullable(),
  /** When the image was generated (ms), if known; else when it was captured. */
  createdAt: z.number(),
  capturedAt: z.number(),
  userText: z.string(),
  previous: z.array(z.string()).default([]),
  rewrite: z.string().nullable(),
  capture: z.enum(['rewrite', 'no-prompt', 'skipped', 'failed', 'hidden-context', 'unknown', 'plan', 'manual']),
  compare: z.enum(['rewrite', 'plan', 'none']),
  analysis: Analysis,
  title: z.string().nullable().default(null),
  /** The user's ticks of the checklist, by constraint id. */
  checks: z.record(z.string(), z.boolean()).default({}),
  /** A deep-analysis or image-check result, when one was made (later issues). */
  extra: z.record(z.string(), z.unknown()).optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const IndexItem = z.object({ id: z.string(), createdAt: z.number(), capturedAt: z.number() });
export const HistoryIndex = z.array(IndexItem);
export type IndexItem = z.infer<typeof IndexItem>;

export const Retention = z.object({
  maxEntries: z.number().int().min(10).max(100_000),
  maxAgeDays: z.number().int().min(0).max(36_500), // 0 = keep forever
});
export type Retention = z.infer<typeof Retention>;
export const DEFAULT_RETENTION: Retention = { maxEntries: 2000, maxAgeDays: 0 };

/** The storage the history needs: get/set/remove of keys (browser.storage.local, or a Map in tests). */
export interface KeyValueArea {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

const INDEX_KEY = 'history.index';
const QUOTA_KEY = 'history.quotaExceeded';
const entryKey = (id: string) => `history.entry.${id}`;

export interface HistoryStore {
  add(entry: HistoryEntry, retention?: Retention): Promise<{ ok: true } | { ok: false; error: string }>;
  update(id: string, patch: Partial<Pick<HistoryEntry, 'checks' | 'extra'>>): Promise<boolean>;
  list(): Promise<HistoryEntry[]>;
  get(id: string): Promise<HistoryEntry | null>;
  clear(): Promise<void>;
  quotaExceeded(): Promise<boolean>;
}

export function createHistoryStore(area: KeyValueArea, now: () => number = Date.now): HistoryStore {
  let queue: Promise<unknown> = Promise.resolve();
  /** Every write goes through one queue: read-modify-write of the index never interleaves. */
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const readIndex = async (): Promise<IndexItem[]> => {
    const parsed = HistoryIndex.safeParse((await area.get([INDEX_KEY]))[INDEX_KEY]);
    return parsed.success ? parsed.data : [];
  };

  return {
    add(entry, retention = DEFAULT_RETENTION) {
      return serial(async () => {
        const valid = HistoryEntry.safeParse(entry);
        if (!valid.success) return { ok: false as const, error: `invalid entry: ${valid.error.issues[0]?.message ?? 'unknown'}` };
        const index = (await readIndex()).filter((item) => item.id !== entry.id);
        index.push({ id: entry.id, createdAt: entry.createdAt, capturedAt: entry.capturedAt });
        index.sort((a, b) => a.capturedAt - b.capturedAt);
        const cutoff = retention.maxAgeDays > 0 ? now() - retention.maxAgeDays * 86_400_000 : -Infinity;
        const expired = index.filter((item, position) => item.capturedAt < cutoff || position < index.length - retention.maxEntries);
        const kept = index.filter((item) => !expired.includes(item));
        try {
          await area.set({ [entryKey(entry.id)]: valid.data, [INDEX_KEY]: kept });
        } catch (error) {
          // Out of quota: what is stored stays; the failure is remembered and shown.
          await area.set({ [QUOTA_KEY]: true }).catch(() => undefined);
          return { ok: false as const, error: `storage full: ${error instanceof Error ? error.message : String(error)}` };
        }
        if (expired.length) await area.remove(expired.filter((item) => item.id !== entry.id).map((item) => entryKey(item.id)));
        return { ok: true as const };
      });
    },
    update(id, patch) {
      return serial(async () => {
        const current = await this.get(id);
        if (!current) return false;
        const extra = patch.extra ? { ...current.extra, ...patch.extra } : current.extra;
        await area.set({ [entryKey(id)]: { ...current, ...patch, ...(extra ? { extra } : {}) } });
        return true;
      });
    },
    async list() {
      const index = await readIndex();
      if (!index.length) return [];
      const values = await area.get(index.map((item) => entryKey(item.id)));
      const entries: HistoryEntry[] = [];
      for (const item of index) {
        const parsed = HistoryEntry.safeParse(values[entryKey(item.id)]);
        if (parsed.success) entries.push(parsed.data);
      }
      return entries.reverse(); // newest first
    },
    async get(id) {
      const parsed = HistoryEntry.safeParse((await area.get([entryKey(id)]))[entryKey(id)]);
      return parsed.success ? parsed.data : null;
    },
    clear() {
      return serial(async () => {
        const index = await readIndex();
        await area.remove([INDEX_KEY, QUOTA_KEY, ...index.map((item) => entryKey(item.id))]);
      });
    },
    async quotaExceeded() {
      return (await area.get([QUOTA_KEY]))[QUOTA_KEY] === true;
    },
  };
}
