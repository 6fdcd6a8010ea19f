import { describe, expect, it } from 'vitest';
import {
  historyTurnsFromPayload,
  parseHistoryResponse,
  parseHistoryResponseWithDiagnostics,
} from '../../../../lib/capture/gemini/history.ts';
import { geminiTurnSchema } from '../../../../lib/capture/gemini/schema.ts';
import { fixture, fixtureJson } from './fixtures.ts';

interface Expected {
  key: string;
  userText: string;
  previousUserTexts: string[];
  thinking: string | null;
  answer: string;
  images: string[];
  choiceId: string;
}
const expected = fixtureJson<Expected[]>('history-hNvQHb.expected.json');

describe('hNvQHb history', () => {
  const turns = parseHistoryResponse(fixture('history-hNvQHb.txt'));

  it('returns the turns oldest first with prompts, thinking, answers and generated images', () => {
    expect(turns).toHaveLength(3);
    turns.forEach((turn, i) => {
      const want = expected[i] as Expected;
      expect(geminiTurnSchema.parse(turn)).toEqual(turn);
      expect(turn).toMatchObject({
        key: want.key,
        userText: want.userText,
        previousUserTexts: want.previousUserTexts,
        thinking: want.thinking,
        answer: want.answer,
        choiceId: want.choiceId,
        conversationId: 'c_26dfc929fd75fe3d',
        status: 'complete',
        source: 'history',
      });
      expect(turn.images.map((image) => image.url)).toEqual(want.images);
      expect(turn.images.map((image) => image.index)).toEqual(want.images.map((_, n) => n));
      for (const image of turn.images) expect(image).toMatchObject({ responseId: turn.responseId, choiceId: turn.choiceId });
    });
  });

  it('leaves web (search) images and other drafts out', () => {
    const urls = turns.flatMap((t) => t.images.map((i) => i.url));
    expect(urls.some((u) => u?.includes('wikimedia'))).toBe(false);
    expect(turns[0]?.answer).not.toContain('另一版本');
  });

  it('orders by the [sec, nanos] time when present, else reverses the newest-first list', () => {
    const turn = (rid: string, text: string, ts?: [number, number]) => {
      const t: unknown[] = [['c_26dfc929fd75fe3d', rid], null, [[text]], [[['rc_' + rid.slice(2), ['ok'], null, null, null, null, null, null, [2]]]]];
      if (ts) t.push(ts);
      return t;
    };
    const shuffled = [[turn('r_0000000000000002', 'b', [1783370800, 0]), turn('r_0000000000000001', 'a', [1783370700, 0]), turn('r_0000000000000003', 'c', [1783370900, 0])]];
    expect(historyTurnsFromPayload(shuffled).map((t) => t.userText)).toEqual(['a', 'b', 'c']);
    const untimed = [[turn('r_0000000000000003', 'c'), turn('r_0000000000000002', 'b'), turn('r_0000000000000001', 'a')]];
    const read = historyTurnsFromPayload(untimed);
    expect(read.map((t) => t.userText)).toEqual(['a', 'b', 'c']);
    expect(read[2]?.previousUserTexts).toEqual(['a', 'b']);
  });

  it('gives no turns for a metadata-only payload, a rejection, other rpcs or garbage', () => {
    expect(parseHistoryResponse(fixture('history-metadata-only.txt'))).toEqual([]);
    const rejected = parseHistoryResponseWithDiagnostics(fixture('history-reject.txt'));
    expect(rejected.turns).toEqual([]);
    expect(rejected.diagnostics.notes).toContain('reject-7');
    expect(parseHistoryResponse(fixture('stream-image-zh.utf16.txt'))).toEqual([]);
    expect(parseHistoryResponse(fixture('history-hNvQHb.txt').replace(/hNvQHb/g, 'MaZiqc'))).toEqual([]);
    for (const junk of ['', ")]}'", 'null', '[[["wrb.fr","hNvQHb","not json"]]]', '[[["wrb.fr","hNvQHb","[[1,2,3]]"]]]'])
      expect(parseHistoryResponse(junk)).toEqual([]);
    expect(historyTurnsFromPayload(null)).toEqual([]);
    expect(historyTurnsFromPayload([[[null, null, [[42]], [[[null, [null]]]], ['x']]]])).toEqual([]);
  });

  it('marks a turn whose candidate is still in progress as streaming', () => {
    const payload = [[[['c_26dfc929fd75fe3d', 'r_0000000000000009'], null, [['q']], [[['rc_0000000000000009', [''], null, null, null, null, null, null, [1]]]], [1783370700, 0]]]];
    expect(historyTurnsFromPayload(payload)[0]?.status).toBe('streaming');
  });

  it('reports its shape without user content', () => {
    const { diagnostics } = parseHistoryResponseWithDiagnostics(fixture('history-hNvQHb.txt'));
    expect(diagnostics).toMatchObject({ source: 'history', rpcIds: ['hNvQHb'], turns: 3, generatedImages: 4, webImages: 1 });
    expect(diagnostics.notes).toEqual(expect.arrayContaining(['image-edit', 'aspect-ratio-suffix']));
    const text = JSON.stringify(diagnostics);
    for (const secret of ['橘猫', 'watercolor', 'googleusercontent', 'c_26df']) expect(text).not.toContain(secret);
  });
});
