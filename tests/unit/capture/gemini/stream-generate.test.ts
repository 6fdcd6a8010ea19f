import { describe, expect, it } from 'vitest';
import {
  createStreamGenerateReader,
  parseStreamGenerateResponse,
  streamGenerateRequestFromBody,
  userPromptFromStreamGenerateBody,
} from '../../../../lib/capture/gemini/stream-generate.ts';
import { geminiNetworkDiagnosticsSchema, geminiTurnSchema, type GeminiTurn } from '../../../../lib/capture/gemini/schema.ts';
import { fixture, fixtureJson, splitAt } from './fixtures.ts';

const PROMPT_ZH = '画一张赛博朋克风格的台北夜景：下着雨，霓虹灯在湿漉漉的街道上倒影，远处是台北101，16:9，不要出现任何文字。';
const expected = fixtureJson<GeminiTurn>('stream-image-zh.expected.json');
const request = fixture('stream-image-zh.request.txt');

function frame(value: unknown): string {
  const body = `\n${JSON.stringify(value)}\n`;
  return `${body.length}${body}`;
}
const wrb = (payload: unknown) => frame([['wrb.fr', null, JSON.stringify(payload)]]);

describe('StreamGenerate request', () => {
  it('reads the Chinese prompt from f.req inner[0][0]', () => {
    expect(userPromptFromStreamGenerateBody(request)).toBe(PROMPT_ZH);
    expect(streamGenerateRequestFromBody(request)).toMatchObject({
      userText: PROMPT_ZH,
      conversationId: null,
      parentResponseId: null,
      language: 'zh-CN',
      innerLength: 69,
      requestedAspectRatio: null,
    });
  });

  it('reads the context of a continued chat and splits a UI-appended aspect-ratio line off the prompt', () => {
    const continued = streamGenerateRequestFromBody(fixture('stream-continue.request.txt'));
    expect(continued).toMatchObject({
      userText: 'A red fox sitting in fresh snow, watercolor, no text',
      rawPrompt: 'A red fox sitting in fresh snow, watercolor, no text\n\nRequested aspect ratio: 1:1.',
      requestedAspectRatio: '1:1',
      conversationId: 'c_d84d56201036955d',
      parentResponseId: 'r_e05b3acccae0146e',
      parentChoiceId: 'rc_30be61f22fe21994',
    });
  });

  it('accepts the bare f.req value and the Bard-era inner shape; null for anything else', () => {
    const inner = JSON.stringify([['hello', 0, null, []], null, ['', '', '']]);
    expect(userPromptFromStreamGenerateBody(JSON.stringify([null, inner]))).toBe('hello');
    expect(userPromptFromStreamGenerateBody(`f.req=${encodeURIComponent(JSON.stringify([null, inner]))}`)).toBe('hello');
    for (const junk of ['', 'at=x', 'f.req=%E0%A4%A', 'f.req=[1,2]', 'f.req=' + encodeURIComponent('[null,"[[42]]"]'), '{}'])
      expect(userPromptFromStreamGenerateBody(junk)).toBeNull();
  });
});

describe('StreamGenerate response', () => {
  it('builds the turn: ids, thinking, answer without placeholders, images from the later frame, complete', () => {
    const turn = parseStreamGenerateResponse(fixture('stream-image-zh.utf16.txt'), { requestBody: request });
    expect(turn).toEqual(expected);
    expect(geminiTurnSchema.parse(turn)).toEqual(turn);
  });

  it('gives the same turn for UTF-16 lengths, byte lengths and no lengths', () => {
    for (const name of ['stream-image-zh.bytes.txt', 'stream-image-zh.nolength.txt'])
      expect(parseStreamGenerateResponse(fixture(name), { requestBody: request }), name).toEqual(expected);
  });

  it('is cumulative: each snapshot is the whole turn so far, and images arrive after the text is complete', () => {
    const text = fixture('stream-image-zh.utf16.txt');
    const reader = createStreamGenerateReader({ requestBody: request });
    const starts = [...text.matchAll(/\n\d+\n\[\[/g)].map((m) => (m.index ?? 0) + 1);
    const snaps = splitAt(text, starts).map((piece) => reader.push(piece));
    reader.end();
    // piece 0 is the prefix; then one frame per piece.
    expect(snaps[0]).toBeNull();
    expect(snaps[1]).toMatchObject({ responseId: 'r_e05b3acccae0146e', conversationId: null, answer: '', status: 'streaming' });
    expect(snaps[1]?.key).toBe('-/r_e05b3acccae0146e');
    expect(snaps[2]).toMatchObject({ conversationId: 'c_d84d56201036955d', answer: '', status: 'streaming' });
    expect(snaps[2]?.thinking).toMatch(/^\*\*Envisioning Cyberpunk Taipei\*\*/);
    expect(snaps[3]).toMatchObject({ answer: '这是你要的赛博朋克台北夜景 🌃', status: 'streaming', images: [] });
    expect(snaps[4]).toMatchObject({ answer: expected.answer, status: 'complete', images: [] });
    expect(snaps[5]?.images).toHaveLength(2);
    expect(reader.snapshot()).toEqual(expected);
    expect(reader.saved()).toBe(true);
    expect(reader.errorCodes()).toEqual([1096]);
  });

  it('returns no turn for a refusal, but reports its error code', () => {
    const reader = createStreamGenerateReader({ requestBody: request });
    reader.push(fixture('stream-refusal.txt'));
    expect(reader.end()).toBeNull();
    expect(reader.errorCodes()).toEqual([1037]);
    expect(reader.diagnostics()).toMatchObject({ turns: 0, errorCodes: [1037], rows: { wrb: 1, di: 1, af: 1, e: 1 } });
  });

  it('shows an async image job as a started, streaming turn with no content', () => {
    const turn = parseStreamGenerateResponse(fixture('stream-async-ack.txt'), { userText: 'edit it' });
    expect(turn).toMatchObject({ key: '-/r_bc98137b61ada92c', answer: '', images: [], status: 'streaming', userText: 'edit it' });
  });

  it('reads the real Vietnamese chunk (status 1 = streaming)', () => {
    const turn = parseStreamGenerateResponse(fixture('stream-text-vi.txt'));
    expect(turn).toMatchObject({
      key: 'c_66fc1629be0bc83a/r_a9283965aa789ef0',
      choiceId: 'rc_c1300196cbdf6021',
      answer: 'Xin chào! Rất vui được hỗ trợ bạn.',
      thinking: null,
      status: 'streaming',
      userText: '',
    });
  });

  it('uses a fallback conversation id until the stream names one, and fills previousUserTexts from options', () => {
    const reader = createStreamGenerateReader({ conversationId: 'd84d56201036955d', previousUserTexts: ['一', '二'] });
    const turn = reader.push(`)]}'\n\n${wrb([null, [null, 'r_e05b3acccae0146e']])}`);
    expect(turn).toMatchObject({ key: 'c_d84d56201036955d/r_e05b3acccae0146e', previousUserTexts: ['一', '二'] });
  });

  it('keeps drafts apart and never lets an empty later text erase the earlier one', () => {
    const cand = (rc: string, text: string | null, status: number) => {
      const c: unknown[] = new Array(10).fill(null);
      c[0] = rc;
      c[1] = text === null ? null : [text];
      c[8] = [status];
      return c;
    };
    const body =
      `)]}'\n\n` +
      wrb([null, ['c_d84d56201036955d', 'r_e05b3acccae0146e'], null, null, [cand('rc_aaaaaaaaaaaaaaaa', 'first', 1), cand('rc_bbbbbbbbbbbbbbbb', 'second', 1)]]) +
      wrb([null, ['c_d84d56201036955d', 'r_e05b3acccae0146e'], null, null, [cand('rc_aaaaaaaaaaaaaaaa', null, 2), cand('rc_bbbbbbbbbbbbbbbb', 'second, longer', 2)]]);
    const reader = createStreamGenerateReader();
    reader.push(body);
    expect(reader.end()).toMatchObject({ choiceId: 'rc_aaaaaaaaaaaaaaaa', answer: 'first', status: 'complete' });
    expect(reader.candidates().map((t) => t.answer)).toEqual(['first', 'second, longer']);
  });

  it('takes the real text of a card_content answer from [22][0], and old inline <ctrl94> thoughts', () => {
    const c: unknown[] = new Array(23).fill(null);
    c[0] = 'rc_cccccccccccccccc';
    c[1] = ['http://googleusercontent.com/card_content/0'];
    c[8] = [2];
    c[22] = ['The real card text.'];
    const d: unknown[] = ['rc_dddddddddddddddd', ['<ctrl94>thought\nPlanning a cat.<ctrl95>Here is a cat.'], null, null, null, null, null, null, [2]];
    const reader = createStreamGenerateReader();
    reader.push(`)]}'\n\n${wrb([null, ['c_d84d56201036955d', 'r_e05b3acccae0146e'], null, null, [c, d]])}`);
    const [card, inline] = reader.candidates();
    expect(card?.answer).toBe('The real card text.');
    expect(inline).toMatchObject({ answer: 'Here is a cat.', thinking: 'Planning a cat.' });
  });

  it('reports diagnostics without any user content', () => {
    const reader = createStreamGenerateReader({ requestBody: request });
    reader.push(fixture('stream-image-zh.utf16.txt'));
    reader.end();
    const d = reader.diagnostics();
    expect(geminiNetworkDiagnosticsSchema.parse(d)).toEqual(d);
    expect(d).toMatchObject({ frames: 8, payloads: 5, generatedImages: 2, statusCodes: [1, 2], turns: 1, notes: ['placeholder-ahead-of-image', 'saved'] });
    const text = JSON.stringify(d);
    for (const secret of ['台北', 'Envisioning', 'googleusercontent', 'r_e05b', 'c_d84d']) expect(text).not.toContain(secret);
  });
});
