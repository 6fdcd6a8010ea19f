// Property tests: the parsers are total, never make a turn out of garbage, and chunking never changes the result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFrameReader, readFrames } from '../../../../lib/capture/gemini/frames.ts';
import { parseHistoryResponse } from '../../../../lib/capture/gemini/history.ts';
import { decodeJslogIds } from '../../../../lib/capture/gemini/jslog.ts';
import { geminiTurnSchema, type GeminiTurn } from '../../../../lib/capture/gemini/schema.ts';
import {
  createStreamGenerateReader,
  parseStreamGenerateResponse,
  streamGenerateRequestFromBody,
} from '../../../../lib/capture/gemini/stream-generate.ts';
import { classifyRequestUrl, routeFromPath, rpcCallsFromBatchexecuteBody } from '../../../../lib/capture/gemini/urls.ts';
import { fixture, splitAt } from './fixtures.ts';

const RUNS = { numRuns: 300 };
const STREAMS = ['stream-image-zh.utf16.txt', 'stream-image-zh.bytes.txt', 'stream-image-zh.nolength.txt', 'stream-text-vi.txt'];
const request = fixture('stream-image-zh.request.txt');

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 400 }));
/** Text that looks like the protocol: prefix, digits, newlines, brackets, quotes, the row tags. */
const protocolish = fc
  .array(
    fc.oneof(
      fc.constantFrom(")]}'", '\n', '\n\n', '[', ']', '[[', ']]', '"', '\\"', ',', 'null', 'wrb.fr', '"wrb.fr"', '["wrb.fr",null,"', 'r_', 'c_', 'rc_', '{', '}', ':'),
      fc.nat({ max: 5000 }).map(String),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));
const cuts = (max: number) => fc.array(fc.nat({ max }), { maxLength: 12 });

function frame(value: unknown): string {
  const body = `\n${JSON.stringify(value)}\n`;
  return `${body.length}${body}`;
}

/** Every snapshot the reader passes through when fed one frame at a time (plus null). */
function allSnapshots(text: string): Array<GeminiTurn | null> {
  const frames = readFrames(text);
  const out: Array<GeminiTurn | null> = [null];
  const reader = createStreamGenerateReader({ requestBody: request });
  reader.push(")]}'\n\n");
  for (const f of frames) out.push(reader.push(frame(f)));
  return out;
}

describe('totality and no turns from garbage', () => {
  it('random text in random chunks: no throw, no turn, no history', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, protocolish), cuts(400), (text, points) => {
        const reader = createStreamGenerateReader();
        for (const piece of splitAt(text, points)) expect(reader.push(piece)).toBeNull();
        expect(reader.end()).toBeNull();
        expect(reader.candidates()).toEqual([]);
        expect(parseHistoryResponse(text)).toEqual([]);
        readFrames(text);
      }),
      RUNS,
    );
  });

  it('random JSON as wrb.fr payloads (well framed): no throw, no turn', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 6 }), { maxLength: 6 }), fc.option(fc.constantFrom('hNvQHb', 'MaZiqc')), (values, rpc) => {
        const body = ")]}'\n\n" + values.map((v) => frame([['wrb.fr', rpc ?? null, JSON.stringify(v), null, null, null, 'generic']])).join('');
        expect(parseStreamGenerateResponse(body)).toBeNull();
        expect(parseHistoryResponse(body)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('random bytes: no throw, no turn', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.nat({ max: 50 }), (bytes, step) => {
        const reader = createStreamGenerateReader();
        const size = step + 1;
        for (let i = 0; i < bytes.length; i += size) reader.push(bytes.subarray(i, i + size));
        expect(reader.end()).toBeNull();
        const frames = createFrameReader();
        frames.push(bytes);
        frames.end();
      }),
      RUNS,
    );
  });

  it('request bodies, URLs and jslog: total, and jslog only ever returns well-formed ids', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, protocolish), (text) => {
        streamGenerateRequestFromBody(text);
        streamGenerateRequestFromBody(`f.req=${text}`);
        rpcCallsFromBatchexecuteBody(text);
        classifyRequestUrl(text);
        routeFromPath(text);
        const ids = decodeJslogIds(text);
        if (ids !== null) {
          expect(ids.responseId === null || /^r_/.test(ids.responseId)).toBe(true);
          expect(ids.conversationId === null || /^c_/.test(ids.conversationId)).toBe(true);
          expect(ids.choiceId === null || /^rc_/.test(ids.choiceId)).toBe(true);
        }
        decodeJslogIds(`1;BardVeMetadataKey:${text}`);
      }),
      RUNS,
    );
  });
});

describe('truncation', () => {
  for (const name of STREAMS) {
    it(`${name}: a truncated stream is exactly some earlier snapshot (or nothing)`, () => {
      const text = fixture(name);
      const snapshots = allSnapshots(text);
      fc.assert(
        fc.property(fc.nat({ max: text.length }), (n) => {
          const turn = parseStreamGenerateResponse(text.slice(0, n), { requestBody: request });
          expect(snapshots).toContainEqual(turn);
          if (turn !== null) geminiTurnSchema.parse(turn);
        }),
        RUNS,
      );
    });
  }

  it('a truncated history is all turns or none', () => {
    const text = fixture('history-hNvQHb.txt');
    const full = parseHistoryResponse(text);
    fc.assert(
      fc.property(fc.nat({ max: text.length }), (n) => {
        const turns = parseHistoryResponse(text.slice(0, n));
        expect(turns.length === 0 || turns.length === full.length).toBe(true);
        if (turns.length > 0) expect(turns).toEqual(full);
      }),
      RUNS,
    );
  });
});

describe('chunking does not change the result', () => {
  for (const name of STREAMS) {
    it(`${name}: any split into string chunks gives the same turn`, () => {
      const text = fixture(name);
      const whole = parseStreamGenerateResponse(text, { requestBody: request });
      expect(whole).not.toBeNull();
      fc.assert(
        fc.property(cuts(text.length), (points) => {
          const reader = createStreamGenerateReader({ requestBody: request });
          for (const piece of splitAt(text, points)) reader.push(piece);
          expect(reader.end()).toEqual(whole);
        }),
        RUNS,
      );
    });
  }

  it('any split into byte chunks (through multi-byte characters) gives the same turn', () => {
    const text = fixture('stream-image-zh.utf16.txt');
    const bytes = new TextEncoder().encode(text);
    const whole = parseStreamGenerateResponse(text, { requestBody: request });
    fc.assert(
      fc.property(fc.array(fc.nat({ max: bytes.length }), { maxLength: 20 }), (points) => {
        const sorted = [...new Set(points)].sort((a, b) => a - b);
        const reader = createStreamGenerateReader({ requestBody: request });
        let last = 0;
        for (const p of [...sorted, bytes.length]) {
          reader.push(bytes.subarray(last, p));
          last = p;
        }
        expect(reader.end()).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });

  it('corrupting characters never throws and any turn still satisfies the schema', () => {
    const text = fixture('stream-image-zh.utf16.txt');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: text.length - 1 }), fc.string({ minLength: 0, maxLength: 3 })), { maxLength: 6 }), (edits) => {
        let corrupted = text;
        for (const [at, replacement] of edits) corrupted = corrupted.slice(0, at) + replacement + corrupted.slice(at + 1);
        const turn = parseStreamGenerateResponse(corrupted, { requestBody: request });
        if (turn !== null) geminiTurnSchema.parse(turn);
        for (const t of parseHistoryResponse(corrupted)) geminiTurnSchema.parse(t);
      }),
      RUNS,
    );
  });
});
