import { describe, expect, it } from 'vitest';
import { createFrameReader, readFrames, rowsOfFrame, wrbRowsOfFrame } from '../../../../lib/capture/gemini/frames.ts';
import { fixture, splitAt } from './fixtures.ts';

/** `<len>\n<json>\n` with the length in UTF-16 units counted from after the digits (HanaokaYuzu). */
function frame(value: unknown): string {
  const body = `\n${JSON.stringify(value)}\n`;
  return `${body.length}${body}`;
}

describe('frames: the length-prefixed envelope', () => {
  it('strips )]}\' and reads every frame of a real-shaped response', () => {
    const frames = readFrames(fixture('stream-image-zh.utf16.txt'));
    expect(frames).toHaveLength(8);
    expect(rowsOfFrame(frames[6])).toEqual([['di', 8532], ['af.httprm', 8531, '-2436153207069874916', 34]]);
  });

  it('counts lengths in UTF-16 units: emoji and CJK inside a frame do not shift the next one', () => {
    const text = `)]}'\n\n${frame([['wrb.fr', null, '["🌃 台北 🦊"]']])}${frame([['e', 4, null, null, 1]])}`;
    const reader = createFrameReader();
    expect([...reader.push(text), ...reader.end()]).toEqual([
      [['wrb.fr', null, '["🌃 台北 🦊"]']],
      [['e', 4, null, null, 1]],
    ]);
    expect(reader.stats().split.length).toBe(2);
    expect(reader.stats().badFrames).toBe(0);
  });

  it('also reads lengths counted in UTF-8 bytes (falls back to a bracket scan)', () => {
    const bytes = readFrames(fixture('stream-image-zh.bytes.txt'));
    expect(bytes).toEqual(readFrames(fixture('stream-image-zh.utf16.txt')));
  });

  it('reads a body without length lines', () => {
    expect(readFrames(fixture('stream-image-zh.nolength.txt'))).toEqual(readFrames(fixture('stream-image-zh.utf16.txt')));
  });

  it('gives the same frames for every two-piece split, including inside a surrogate pair and inside the prefix', () => {
    const text = `)]}'\n\n${frame([['wrb.fr', null, '["🌃x"]']])}${frame([['di', 3]])}`;
    const whole = readFrames(text);
    for (let i = 0; i <= text.length; i++) {
      const reader = createFrameReader();
      const got = [...reader.push(text.slice(0, i)), ...reader.push(text.slice(i)), ...reader.end()];
      expect(got, `split at ${i}`).toEqual(whole);
    }
  });

  it('emits a frame as soon as it is complete, not at the end', () => {
    const reader = createFrameReader();
    const text = fixture('stream-image-zh.utf16.txt');
    const firstEnd = text.indexOf('\n', text.indexOf('[["wrb.fr"')) + 1;
    expect(reader.push(text.slice(0, firstEnd))).toHaveLength(1);
  });

  it('decodes byte chunks split inside multi-byte characters', () => {
    const text = fixture('stream-image-zh.utf16.txt');
    const bytes = new TextEncoder().encode(text);
    const reader = createFrameReader();
    const got: unknown[] = [];
    for (let i = 0; i < bytes.length; i += 7) got.push(...reader.push(bytes.subarray(i, i + 7)));
    got.push(...reader.end());
    expect(got).toEqual(readFrames(text));
  });

  it('skips a broken frame (right length, bad JSON) and keeps reading the next one', () => {
    const broken = `)]}'\n\n23\n[["wrb.fr",null,"[nul\n${frame([['e', 4, null, null, 9]])}`;
    const reader = createFrameReader();
    expect(reader.push(broken)).toEqual([[['e', 4, null, null, 9]]]);
    expect(reader.stats().badFrames).toBe(1);
  });

  it('resynchronises at the end after a broken frame with a wrong length', () => {
    const broken = `)]}'\n\n20\n[["wrb.fr",null,"[nul\n${frame([['e', 4, null, null, 9]])}`;
    const reader = createFrameReader();
    const got = [...reader.push(broken), ...reader.end()];
    expect(got).toEqual([[['e', 4, null, null, 9]]]);
    expect(reader.stats().badFrames).toBe(1);
  });

  it('drops a truncated last frame at the end', () => {
    const text = fixture('stream-image-zh.utf16.txt');
    const cut = text.slice(0, text.length - 10);
    const frames = readFrames(cut);
    expect(frames).toHaveLength(7);
  });

  it('ignores garbage lines and returns nothing for garbage', () => {
    expect(readFrames('<html>503 Service Unavailable</html>')).toEqual([]);
    expect(readFrames('')).toEqual([]);
    expect(readFrames(")]}'")).toEqual([]);
    expect(readFrames('99999999999999999999\n[1]')).toEqual([[1]]);
  });

  it('splits wrb.fr rows: rpc id, parsed payload, BardErrorInfo code, reject code', () => {
    const [error] = readFrames(fixture('stream-refusal.txt'));
    expect(wrbRowsOfFrame(error)).toEqual([
      { rpcId: null, payload: undefined, hasPayloadText: false, errorCode: 1037, rejectCode: 13 },
    ]);
    const [history] = readFrames(fixture('history-reject.txt'));
    expect(wrbRowsOfFrame(history)[0]).toMatchObject({ rpcId: 'hNvQHb', rejectCode: 7 });
    expect(wrbRowsOfFrame([['wrb.fr', null, 'not json']])[0]).toMatchObject({ payload: undefined, hasPayloadText: true });
  });

  it('treats a frame that is a single row as one row', () => {
    expect(rowsOfFrame(['wrb.fr', 'x', '[]'])).toEqual([['wrb.fr', 'x', '[]']]);
    expect(rowsOfFrame({ a: 1 })).toEqual([]);
  });
});

describe('splitAt helper', () => {
  it('keeps the text', () => {
    expect(splitAt('abcdef', [4, 1, 1, 99]).join('')).toBe('abcdef');
  });
});
