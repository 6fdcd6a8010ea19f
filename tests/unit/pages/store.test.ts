import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHistoryStore, type HistoryEntry, type KeyValueArea } from '@/lib/store/history';
import { entriesFromJson, entriesToJson } from '@/lib/store/export-history';
import { handleMessage } from '@/lib/background/handle';
import { APPLES } from './entries';

beforeEach(() => {
  fakeBrowser.reset();
});

/** browser.storage.local of the fake browser as the history's key-value area. */
const fakeArea: KeyValueArea = {
  get: (keys) => fakeBrowser.storage.local.get(keys) as Promise<Record<string, unknown>>,
  set: (items) => fakeBrowser.storage.local.set(items),
  remove: (keys) => fakeBrowser.storage.local.remove(keys),
};

const DAY = 86_400_000;
const entry = (n: number, capturedAt = 1_000_000 + n): HistoryEntry => ({ ...APPLES, id: `chatgpt:c:m${n}:0`, capturedAt, createdAt: capturedAt });

describe('the history store over browser.storage.local', () => {
  test('keeps at most maxEntries, the newest, and removes the dropped entries from storage', async () => {
    const store = createHistoryStore(fakeArea);
    for (let n = 0; n < 15; n++) expect(await store.add(entry(n), { maxEntries: 10, maxAgeDays: 0 })).toEqual({ ok: true });
    const ids = (await store.list()).map((e) => e.id);
    expect(ids).toEqual(Array.from({ length: 10 }, (_, i) => `chatgpt:c:m${14 - i}:0`));
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).filter((key) => key.startsWith('history.entry.'))).toHaveLength(10);
    expect(all['history.entry.chatgpt:c:m0:0']).toBeUndefined();
  });

  test('drops what is older than maxAgeDays when the next pair is stored', async () => {
    const now = 100 * DAY;
    const store = createHistoryStore(fakeArea, () => now);
    await store.add(entry(1, now - 40 * DAY));
    await store.add(entry(2, now - 10 * DAY));
    await store.add(entry(3, now), { maxEntries: 2000, maxAgeDays: 30 });
    expect((await store.list()).map((e) => e.id)).toEqual(['chatgpt:c:m3:0', 'chatgpt:c:m2:0']);
  });

  test('concurrent adds (two tabs at once) lose nothing; the same id twice is one entry', async () => {
    const store = createHistoryStore(fakeArea);
    await Promise.all(Array.from({ length: 60 }, (_, n) => store.add(entry(n))));
    await Promise.all([store.add(entry(5)), store.add(entry(5))]);
    const list = await store.list();
    expect(list).toHaveLength(60);
    expect(new Set(list.map((e) => e.id)).size).toBe(60);
  });

  test('out of quota: what was stored stays, the failure is reported and remembered', async () => {
    let budget = 3;
    const tight: KeyValueArea = {
      ...fakeArea,
      async set(items) {
        if (Object.keys(items).some((key) => key.startsWith('history.entry.')) && budget-- <= 0) {
          throw new Error('QUOTA_BYTES quota exceeded');
        }
        await fakeArea.set(items);
      },
    };
    const store = createHistoryStore(tight);
    for (let n = 0; n < 3; n++) expect((await store.add(entry(n))).ok).toBe(true);
    const failed = await store.add(entry(3));
    expect(failed.ok).toBe(false);
    expect(failed).toMatchObject({ error: expect.stringMatching(/storage full/) });
    expect((await store.list()).map((e) => e.id)).toEqual(['chatgpt:c:m2:0', 'chatgpt:c:m1:0', 'chatgpt:c:m0:0']);
    expect(await store.quotaExceeded()).toBe(true);
    await store.clear();
    expect(await store.quotaExceeded()).toBe(false);
    expect(await store.list()).toEqual([]);
  });

  test('the ticks of a checklist are updated in place', async () => {
    const store = createHistoryStore(fakeArea);
    await store.add(entry(1));
    expect(await store.update('chatgpt:c:m1:0', { checks: { c1: true } })).toBe(true);
    expect((await store.get('chatgpt:c:m1:0'))?.checks).toEqual({ c1: true });
    expect(await store.update('missing', { checks: {} })).toBe(false);
  });
});

describe('the background messages the pages use', () => {
  test('an exported JSON imports back through history/import, and history/list returns it', async () => {
    const entries = [entry(1), entry(2), entry(3)];
    const imported = await handleMessage({ type: 'history/import', entries: entriesFromJson(entriesToJson(entries)) }, {});
    expect(imported).toEqual({ ok: true, added: 3 });
    const listed = (await handleMessage({ type: 'history/list' }, {})) as { ok: boolean; entries: HistoryEntry[]; quotaExceeded: boolean };
    expect(listed.ok).toBe(true);
    expect(listed.quotaExceeded).toBe(false);
    expect(listed.entries.map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort());
    expect(await handleMessage({ type: 'history/clear' }, {})).toEqual({ ok: true });
    expect(((await handleMessage({ type: 'history/list' }, {})) as { entries: unknown[] }).entries).toEqual([]);
  });

  test('tab/pairs lists what a tab recorded, newest first', async () => {
    await handleMessage({ type: 'history/add', entry: entry(1) }, { tab: { id: 7 } });
    await handleMessage({ type: 'history/add', entry: entry(2) }, { tab: { id: 7 } });
    await handleMessage({ type: 'history/add', entry: entry(3) }, { tab: { id: 8 } });
    const pairs = (await handleMessage({ type: 'tab/pairs', tabId: 7 }, {})) as { entries: HistoryEntry[] };
    expect(pairs.entries.map((e) => e.id)).toEqual(['chatgpt:c:m2:0', 'chatgpt:c:m1:0']);
    expect(await handleMessage({ type: 'history/import', entries: [{ nope: true }] }, {})).toEqual({ ok: false, error: 'unknown request' });
  });
});
