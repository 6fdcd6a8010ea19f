import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readExportAll } from '../../../../lib/capture/chatgpt/export.ts';
import { userPromptFromRequestBody } from '../../../../lib/capture/chatgpt/request.ts';
import { ImageGeneration } from '../../../../lib/capture/chatgpt/schema.ts';
import { readSseText, type SseEvent } from '../../../../lib/capture/chatgpt/sse.ts';
import { createChatGptStream, createStreamAccumulator, parseSseStream } from '../../../../lib/capture/chatgpt/stream.ts';
import { generationsFromConversation } from '../../../../lib/capture/chatgpt/tree.ts';
import { classifyRequest, conversationIdFromPageUrl } from '../../../../lib/capture/chatgpt/urls.ts';
import { createWebSocketDecoder, decodeWebSocketFrame } from '../../../../lib/capture/chatgpt/websocket.ts';
import { fixtureJson, fixtureText } from './fixtures.ts';

const STREAMS = ['sse-full-2023-dalle.txt', 'sse-v1-2025-4o.txt', 'sse-v1-2026-skipped.txt', 'sse-handoff-2026.txt'].map(
  (n) => fixtureText(n),
);
const TREES = [
  'conversation-dalle-2024.json',
  'conversation-4o-2025.json',
  'conversation-2026-async.json',
  'conversation-2026-hidden.json',
].map((n) => fixtureJson(n));

function valid(generations: unknown[]): boolean {
  return generations.every((g) => ImageGeneration.safeParse(g).success);
}

function accumulate(events: SseEvent[]) {
  const acc = createStreamAccumulator();
  acc.pushAll(events);
  return acc.snapshot();
}

const noPollution = () => expect(Object.keys(Object.prototype)).toEqual([]);

describe('garbage never throws and never gives a generation', () => {
  it('random JSON into the tree parser', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(generationsFromConversation(v).generations).toEqual([]);
        expect(generationsFromConversation({ mapping: v, conversation_id: 'x' }).generations).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('random text into the SSE stream, and random events into the accumulator', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.array(fc.jsonValue(), { maxLength: 20 }), (text, values) => {
        expect(parseSseStream(text).generations).toEqual([]);
        const events: SseEvent[] = values.map((v) => ({ event: 'delta', data: JSON.stringify(v) ?? '', id: null }));
        expect(accumulate(events).generations).toEqual([]);
      }),
      { numRuns: 400 },
    );
    noPollution();
  });

  it('random WebSocket frames, request bodies and URLs', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v) ?? '')), (s) => {
        const d = decodeWebSocketFrame(s);
        expect(accumulate(d.events).generations).toEqual([]);
        expect(() => userPromptFromRequestBody(s)).not.toThrow();
        expect(['ignored', 'send', 'resume', 'conversation-get']).toContain(classifyRequest(s, 'POST').kind);
        expect(() => conversationIdFromPageUrl(s)).not.toThrow();
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.string(), fc.string(), (encoded, sid) => {
        const frame = JSON.stringify([{ payload: { payload: { encoded_item: encoded, stream_item_id: sid } } }]);
        expect(accumulate(decodeWebSocketFrame(frame).events).generations).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('random bytes into the export reader', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(0x5b, 0x7b, 0x50), async (bytes, first) => {
        const withHead = new Uint8Array([first, ...(first === 0x50 ? [0x4b] : []), ...bytes]);
        for (const b of [bytes, withHead]) {
          const r = await readExportAll(b);
          expect(r.conversations.flatMap((c) => c.generations)).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('real payloads, damaged: never throw, always valid output', () => {
  it('truncated streams', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STREAMS), fc.double({ min: 0, max: 1, noNaN: true }), (text, at) => {
        const s = parseSseStream(text.slice(0, Math.floor(text.length * at)));
        expect(valid(s.generations)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reordered, dropped and duplicated events', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STREAMS),
        fc.array(fc.nat(), { maxLength: 60 }),
        (text, picks) => {
          const events = readSseText(text);
          const mixed = picks.map((p) => events[p % events.length] as SseEvent);
          expect(valid(accumulate(mixed).generations)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('random delta ops on top of a real stream (paths into the message, any value)', () => {
    const base = readSseText(STREAMS[1] as string);
    const op = fc.record(
      {
        p: fc.constantFrom('', '/message', '/message/content/parts/0', '/message/content', '/message/status', '/message/metadata', '/__proto__/x', '/message/content/parts/-', '/message/recipient'),
        o: fc.constantFrom('add', 'append', 'replace', 'remove', 'truncate', 'patch', 'bogus'),
        v: fc.jsonValue(),
        c: fc.nat({ max: 4 }),
      },
      { requiredKeys: ['v'] },
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 15 }), fc.nat(), (ops, at) => {
        const extra: SseEvent[] = ops.map((o) => ({ event: 'delta', data: JSON.stringify(o), id: null }));
        const i = at % base.length;
        const s = accumulate([...base.slice(0, i), ...extra, ...base.slice(i)]);
        expect(valid(s.generations)).toBe(true);
      }),
      { numRuns: 300 },
    );
    noPollution();
  });

  it('random edits of real trees (delete nodes, rewire parents, scramble fields)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TREES),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('drop', 'reparent', 'nullmsg', 'scramble')), { maxLength: 8 }),
        fc.jsonValue(),
        (tree, edits, junk) => {
          const t = structuredClone(tree) as { mapping: Record<string, Record<string, unknown>> };
          const ids = Object.keys(t.mapping);
          for (const [a, b, kind] of edits) {
            const x = ids[a % ids.length] as string;
            const y = ids[b % ids.length] as string;
            const n = t.mapping[x];
            if (!n) continue;
            if (kind === 'drop') delete t.mapping[x];
            else if (kind === 'reparent') n.parent = y;
            else if (kind === 'nullmsg') n.message = null;
            else if (n.message && typeof n.message === 'object') (n.message as Record<string, unknown>).content = junk;
          }
          const r = generationsFromConversation(t);
          expect(valid(r.generations)).toBe(true);
          expect(new Set(r.generations.map((g) => g.key)).size).toBe(r.generations.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('chunking invariance', () => {
  it('an SSE stream split at arbitrary boundaries gives the same snapshot as the whole', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STREAMS), fc.array(fc.nat(), { maxLength: 40 }), (text, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const s = createChatGptStream();
        let last = 0;
        for (const p of [...points, text.length]) {
          s.push(text.slice(last, p));
          last = p;
        }
        s.end();
        expect(s.snapshot()).toEqual(parseSseStream(text));
      }),
      { numRuns: 300 },
    );
  });

  it('WebSocket frames replayed (duplicates, at any later point) give the same result', () => {
    const frames = fixtureText('ws-handoff-2026.jsonl').trim().split('\n');
    const run = (order: string[]) => {
      const s = createChatGptStream();
      s.push(fixtureText('sse-handoff-2026.txt'));
      const ws = createWebSocketDecoder();
      for (const f of order) s.pushEvents(ws.push(f).events);
      return s.snapshot().generations;
    };
    const once = run(frames);
    expect(once).toHaveLength(1);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 10 }), (dups) => {
        const withDups = [...frames];
        for (const [d, at] of dups) {
          const f = frames[d % frames.length] as string;
          const first = withDups.indexOf(f);
          const pos = first + 1 + (at % (withDups.length - first));
          withDups.splice(pos, 0, f);
        }
        expect(run(withDups)).toEqual(once);
      }),
      { numRuns: 100 },
    );
  });
});
