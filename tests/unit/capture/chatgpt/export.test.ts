import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readExport, readExportAll, type ExportItem } from '../../../../lib/capture/chatgpt/export.ts';
import { readExportPath } from '../../../../lib/capture/chatgpt/export-node.ts';
import { fixtureJson } from './fixtures.ts';

const convs = {
  dalle: fixtureJson('conversation-dalle-2024.json'),
  fourO: fixtureJson('conversation-4o-2025.json'),
  async: fixtureJson('conversation-2026-async.json'),
  hidden: fixtureJson('conversation-2026-hidden.json'),
};
const all = [convs.dalle, convs.fourO, convs.async, convs.hidden];
const EXPECTED = [
  ['9c00faab-8c70-4ae3-a55a-002264bd816b', 5],
  ['680225d7-a0d8-8004-aaba-00083cfb2ae3', 3],
  ['69eb5a4b-282c-83ea-b4f6-91ba9510bc9f', 1],
  ['6a1f0c2e-11aa-83ea-9c4d-2b7e5f6a7b8c', 2],
];

/** Bytes delivered in chunks of `size` (cutting through multi-byte characters). */
async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

const summary = (items: { conversationId: string | null; generations: unknown[] }[]) =>
  items.map((c) => [c.conversationId, c.generations.length]);

describe('readExport', () => {
  it('streams a classic conversations.json (an array), chunked through multi-byte characters', async () => {
    const bytes = strToU8(JSON.stringify(all));
    const { conversations, errors } = await readExportAll({ files: [{ name: 'conversations.json', data: chunked(bytes, 7) }] });
    expect(errors).toEqual([]);
    expect(summary(conversations)).toEqual(EXPECTED);
    expect(conversations[1]?.generations[0]?.userText).toBe('画一只在樱花树下睡觉的橘猫，水彩风格，画面里不要有任何文字');
    expect(conversations.map((c) => [c.file, c.index])).toEqual([
      ['conversations.json', 0],
      ['conversations.json', 1],
      ['conversations.json', 2],
      ['conversations.json', 3],
    ]);
  });

  it('gives the same generations as the tree parser', async () => {
    const { conversations } = await readExportAll(strToU8(JSON.stringify(all)));
    const { generationsFromConversation } = await import('../../../../lib/capture/chatgpt/tree.ts');
    expect(conversations.map((c) => c.generations)).toEqual(all.map((c) => generationsFromConversation(c).generations));
  });

  it('reads the 2026 sharded layout with its manifest, and reports a listed shard that is missing', async () => {
    const manifest = {
      export_version: 2,
      files: [
        { path: 'conversations-000.json', type: 'conversations', count: 2 },
        { path: 'conversations-001.json', type: 'conversations', count: 2 },
        { path: 'conversations-002.json', type: 'conversations', count: 1 },
      ],
    };
    const { conversations, errors } = await readExportAll({
      files: [
        { name: 'conversations-001.json', data: JSON.stringify([convs.async, convs.hidden]) },
        { name: 'user.json', data: '{"id":"user-x"}' },
        { name: 'conversations-000.json', data: strToU8(JSON.stringify([convs.dalle, convs.fourO])) },
        { name: 'export_manifest.json', data: JSON.stringify(manifest) },
      ],
    });
    expect(summary(conversations)).toEqual(EXPECTED);
    expect(errors).toEqual([
      { kind: 'error', file: 'conversations-002.json', error: 'listed in export_manifest.json but not found' },
    ]);
  });

  it('streams a .zip (classic and sharded) built with fflate, skipping media and other files', async () => {
    const classic = zipSync({
      'chat.html': strToU8('<html>…</html>'),
      'conversations.json': strToU8(JSON.stringify(all)),
      'dalle-generations/file-3lZoyavh3UZ9QJT5k1dJjk4J-0a1b.webp': new Uint8Array(2000).fill(7),
      'user.json': strToU8('{}'),
    });
    const a = await readExportAll(chunked(classic, 1000));
    expect(a.errors).toEqual([]);
    expect(summary(a.conversations)).toEqual(EXPECTED);

    const sharded = zipSync(
      {
        'export_manifest.json': strToU8(JSON.stringify({ files: ['conversations-000.json', 'conversations-001.json'] })),
        'conversations-000.json': strToU8(JSON.stringify([convs.dalle, convs.fourO])),
        'conversations-001.json': strToU8(JSON.stringify([convs.async, convs.hidden])),
        'user-oKTHndoJ2Y3ycC5w3jLUd0pr/file_0000000081e471fdaaa71e619b330e0f-e2d2.png': new Uint8Array(500),
      },
      { level: 9 },
    );
    const b = await readExportAll(sharded);
    expect(b.errors).toEqual([]);
    expect(summary(b.conversations)).toEqual(EXPECTED);
    expect(b.conversations[0]?.file).toBe('conversations-000.json');
  });

  it('yields conversation by conversation (an async iterator), before the file ends', async () => {
    const bytes = strToU8(JSON.stringify(all));
    const seen: string[] = [];
    let chunksRead = 0;
    async function* counted(): AsyncGenerator<Uint8Array> {
      for await (const c of chunked(bytes, 4096)) {
        chunksRead++;
        yield c;
      }
    }
    for await (const item of readExport(counted())) {
      if (item.kind === 'conversation') seen.push(`${item.conversationId}@${chunksRead}`);
    }
    const at = seen.map((s) => Number(s.split('@')[1]));
    expect(at[0]).toBeLessThan(Math.ceil(bytes.length / 4096));
  });

  it('keeps what it read before an error, and types the errors', async () => {
    const text = JSON.stringify(all);
    const truncated = await readExportAll(text.slice(0, Math.floor(text.length * 0.6)));
    expect(truncated.conversations.length).toBeGreaterThanOrEqual(1);
    expect(truncated.errors).toHaveLength(1);
    expect(truncated.errors[0]?.error).toMatch(/^invalid JSON/);

    expect((await readExportAll('hello')).errors).toEqual([{ kind: 'error', file: 'input', error: 'neither a zip nor JSON' }]);
    expect((await readExportAll(new Uint8Array(0))).errors).toEqual([{ kind: 'error', file: 'input', error: 'empty file' }]);
    const badZip = await readExportAll(zipSync({ 'conversations.json': strToU8('[{"mapping": ') }));
    expect(badZip.conversations).toEqual([]);
    expect(badZip.errors).toHaveLength(1);
    const garbage = await readExportAll(strToU8('[1, "x", null, {"mapping": 3}, {"a": {"b": []}}]'));
    expect(garbage.errors).toEqual([]);
    expect(garbage.conversations.flatMap((c) => c.generations)).toEqual([]);
  });

  it('accepts a single conversation object (a saved GET) and a ReadableStream-like reader', async () => {
    const bytes = strToU8(JSON.stringify(convs.async));
    let sent = false;
    const reader = {
      getReader: () => ({
        read: async () => (sent ? { done: true } : ((sent = true), { done: false, value: bytes })),
        releaseLock: () => undefined,
      }),
    };
    const { conversations } = await readExportAll(reader);
    expect(summary(conversations)).toEqual([['69eb5a4b-282c-83ea-b4f6-91ba9510bc9f', 1]]);
  });
});

describe('readExportPath (Node)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'promptloss-export-'));
  writeFileSync(join(dir, 'conversations-000.json'), JSON.stringify([convs.dalle, convs.fourO]));
  writeFileSync(join(dir, 'conversations-001.json'), JSON.stringify([convs.async, convs.hidden]));
  writeFileSync(join(dir, 'export_manifest.json'), JSON.stringify({ files: ['conversations-000.json', 'conversations-001.json'] }));
  writeFileSync(join(dir, 'chat.html'), '<html></html>');
  writeFileSync(join(dir, 'my-backup.json'), JSON.stringify([convs.async]));
  const zipDir = mkdtempSync(join(tmpdir(), 'promptloss-export-zip-'));
  writeFileSync(join(zipDir, 'export.zip'), zipSync({ 'conversations.json': strToU8(JSON.stringify(all)) }));

  const collect = async (path: string) => {
    const items: ExportItem[] = [];
    for await (const i of readExportPath(path)) items.push(i);
    return items;
  };

  it('reads a sharded directory, a single file, a zip file and a directory holding a zip', async () => {
    for (const path of [dir, join(dir, 'conversations-000.json'), join(zipDir, 'export.zip'), zipDir]) {
      const items = await collect(path);
      expect(items.filter((i) => i.kind === 'error')).toEqual([]);
      const convsRead = items.filter((i) => i.kind === 'conversation');
      expect(convsRead.length).toBe(path.endsWith('000.json') ? 2 : 4);
    }
  });

  it('reads a file given by path whatever its name (but skips unrelated names inside a directory)', async () => {
    const items = await collect(join(dir, 'my-backup.json'));
    expect(items.map((i) => [i.kind, i.file])).toEqual([['conversation', 'my-backup.json']]);
  });

  it('reports a missing path', async () => {
    const items = await collect(join(dir, 'nope.json'));
    expect(items).toHaveLength(1);
    expect(items[0]?.kind).toBe('error');
  });
});
