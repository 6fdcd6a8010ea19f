import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { analyze } from '@/lib/engine';
import { HistoryEntry } from '@/lib/store/history';
import { IMPORT_BATCH, importChatgptExport, type ImportProgress } from '@/lib/store/import-export';
import { dalleConversation } from './entries';

const T0 = 1736935200; // 2025-01-15 10:00 UTC
const conversations = [
  dalleConversation('conv-a', [
    { user: 'Draw 3 red apples on a wooden table, no people', prompt: 'A still life of two green apples on a table with a person', time: T0 },
    { user: 'Make the table marble', prompt: 'Three red apples on a marble table, empty room', time: T0 + 100 },
  ]),
  dalleConversation('conv-b', [
    { user: '画一只在樱花树下睡觉的橘猫，水彩风格，画面里不要有任何文字', prompt: 'An orange cat sleeping under a cherry blossom tree, watercolor', time: T0 + 86_400 },
  ]),
  dalleConversation('conv-c', [{ user: 'Write me a poem about autumn', prompt: null, time: T0 + 200 }]),
];

function collect() {
  const batches: HistoryEntry[][] = [];
  const progress: ImportProgress[] = [];
  return {
    batches,
    progress,
    send: async (entries: HistoryEntry[]) => {
      batches.push(entries);
      return entries.length;
    },
    onProgress: (p: ImportProgress) => progress.push(p),
  };
}

describe('importing a ChatGPT data export', () => {
  test('every generation of a conversations.json becomes an analysed entry with site "import"', async () => {
    const sink = collect();
    const result = await importChatgptExport('conversations.json', strToU8(JSON.stringify(conversations)), {
      send: sink.send, onProgress: sink.onProgress, now: () => 1_750_000_000_000,
    });
    expect(result).toMatchObject({ recognised: true, conversations: 3, generations: 3, skipped: 0, sent: 3, stored: 3, errors: [], failedBatches: 0 });
    const entries = sink.batches.flat();
    expect(entries.map((e) => HistoryEntry.parse(e))).toEqual(entries);
    expect(entries.every((e) => e.site === 'import' && e.id.startsWith('import:') && e.capturedAt === 1_750_000_000_000)).toBe(true);

    const [first, second, cat] = entries;
    expect(first).toMatchObject({
      conversationId: 'conv-a', userText: 'Draw 3 red apples on a wooden table, no people', previous: [],
      rewrite: 'A still life of two green apples on a table with a person', capture: 'rewrite', compare: 'rewrite',
      createdAt: (T0 + 1) * 1000,
    });
    expect(first!.analysis).toEqual(analyze(first!.userText, first!.rewrite!));
    expect(first!.analysis.summary.lost + first!.analysis.summary.altered).toBeGreaterThan(0);
    // A follow-up is analysed with the earlier messages of its branch.
    expect(second).toMatchObject({ userText: 'Make the table marble', previous: ['Draw 3 red apples on a wooden table, no people'] });
    expect(second!.analysis).toEqual(analyze('Make the table marble', second!.rewrite!, { previous: second!.previous }));
    expect(second!.analysis.conversation).toBeDefined();
    expect(cat!.userText).toContain('橘猫');
    expect(cat!.analysis.languages.original).toBe('zh');
    expect(sink.progress.at(-1)).toMatchObject({ conversations: 3, generations: 3, stored: 3 });
  });

  test('a .zip works the same, and generations already in the history are skipped', async () => {
    const zip = zipSync({
      'chat.html': strToU8('<html></html>'),
      'conversations.json': strToU8(JSON.stringify(conversations)),
      'file-abc.webp': new Uint8Array(100).fill(1),
    });
    const once = collect();
    await importChatgptExport('export.zip', zip, { send: once.send });
    const ids = once.batches.flat().map((e) => e.id);
    expect(ids).toHaveLength(3);
    // The first was imported before; the second was captured live on chatgpt.com (same key).
    const existing = new Set([ids[0]!, ids[1]!.replace(/^import:/, 'chatgpt:')]);
    const again = collect();
    const result = await importChatgptExport('export.zip', zip, { send: again.send, existing });
    expect(result).toMatchObject({ generations: 3, skipped: 2, sent: 1, stored: 1 });
    expect(again.batches.flat().map((e) => e.id)).toEqual([ids[2]]);
  });

  test('batches never exceed the limit (500 by default) and each is sent once', async () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      dalleConversation(`conv-${i}`, [{ user: `Draw ${i + 2} blue birds on a wire`, prompt: `${i + 2} birds on a wire`, time: T0 + i }]));
    const sink = collect();
    const result = await importChatgptExport('conversations.json', JSON.stringify(many), { send: sink.send, batchSize: 5 });
    expect(sink.batches.map((b) => b.length)).toEqual([5, 5, 2]);
    expect(result.stored).toBe(12);
    expect(IMPORT_BATCH).toBe(500);
    const capped = collect();
    await importChatgptExport('conversations.json', JSON.stringify(many), { send: capped.send, batchSize: 10_000 });
    expect(capped.batches.every((b) => b.length <= IMPORT_BATCH)).toBe(true);
  });

  test('what the background could not store, or a failed batch, is counted', async () => {
    const result = await importChatgptExport('conversations.json', JSON.stringify(conversations), {
      send: async (entries) => entries.length - 1,
      batchSize: 2,
    });
    expect(result).toMatchObject({ sent: 3, stored: 1 });
    const failed = await importChatgptExport('conversations.json', JSON.stringify(conversations), {
      send: () => Promise.reject(new Error('message too large')),
    });
    expect(failed).toMatchObject({ sent: 3, stored: 0, failedBatches: 1 });
  });

  test('bad files give a clear result instead of throwing', async () => {
    const none = collect();
    const png = await importChatgptExport('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), { send: none.send });
    expect(png).toMatchObject({ recognised: false, generations: 0, sent: 0 });
    expect(png.errors[0]).toMatch(/neither a zip nor JSON/);

    const broken = await importChatgptExport('conversations.json', '[{"mapping": {', { send: none.send });
    expect(broken.recognised).toBe(false);
    expect(broken.errors.join()).toMatch(/invalid JSON|unreadable/);

    const other = await importChatgptExport('settings.json', '{"theme": "dark"}', { send: none.send });
    expect(other).toMatchObject({ recognised: false, errors: [] });

    const empty = await importChatgptExport('conversations.json', '', { send: none.send });
    expect(empty.errors[0]).toMatch(/empty file/);
    expect(none.batches).toEqual([]);
  });

  test('a file stream is read with its progress in bytes', async () => {
    const bytes = strToU8(JSON.stringify(conversations));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 1000) controller.enqueue(bytes.slice(i, i + 1000));
        controller.close();
      },
    });
    const sink = collect();
    const result = await importChatgptExport('conversations.json', stream, { send: sink.send, size: bytes.length, onProgress: sink.onProgress });
    expect(result).toMatchObject({ stored: 3, bytesRead: bytes.length, bytesTotal: bytes.length });
    expect(sink.progress.some((p) => p.bytesRead > 0)).toBe(true);
  });
});
