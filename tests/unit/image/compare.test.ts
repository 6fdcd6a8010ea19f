import { describe, expect, test } from 'vitest';
import { extract } from '@/lib/engine';
import { bestSpan } from '@/lib/engine/text/compare-text';
import { checkAspect, checkPlacement, checkText, describePosition, judge, type TextRead } from '@/lib/image';
import { foldString } from '@/lib/image/check/fold';

/** A read on one line: boxes laid left to right, 40 px per character, 50 px tall. */
function reads(...items: (string | { text: string; chars?: number[]; weak?: boolean; score?: number; at?: [number, number] })[]): TextRead[] {
  let x = 100;
  return items.map((item) => {
    const r = typeof item === 'string' ? { text: item } : item;
    const n = Array.from(r.text).length;
    const [x0, y0] = r.at ?? [x, 400];
    x = x0 + n * 40 + 30;
    const chars = r.chars ?? Array.from(r.text, () => 0.99);
    return {
      text: r.text, chars, score: r.score ?? chars.reduce((a, b) => a + b, 0) / Math.max(1, n), detScore: r.weak ? 0.5 : 0.9, weak: r.weak ?? false,
      box: [[x0, y0], [x0 + n * 40, y0], [x0 + n * 40, y0 + 50], [x0, y0 + 50]],
    };
  });
}

describe('text comparison', () => {
  test('folding: NFKC, case, spaces, punctuation, accents and look-alikes', () => {
    expect(foldString('OpenAI')).toBe(foldString('0penAl'));
    expect(foldString('OPEN 24 HOURS!')).toBe('opeu24hours'.replace('u', 'n'));
    expect(foldString('Café – Modern')).toBe(foldString('cafe modem'));
    expect(foldString('ＡＢＣ１')).toBe('abcl');
    expect(foldString('字母榜')).toBe('字母榜');
  });

  test('bestSpan finds the closest substring', () => {
    expect(bestSpan([...'openal'], [...'xxopanalyy'])).toEqual({ start: 2, end: 8, distance: 1 });
    expect(bestSpan([...'abc'], [])).toMatchObject({ distance: 3 });
  });

  test('kept: exact after folding (a correct "OpenAI" read as "OpenAl" is kept)', () => {
    const check = checkText('OpenAI', reads('OpenAl'))!;
    expect(check).toMatchObject({ verdict: 'kept', distance: 0, read: 'OpenAl', source: 'ocr' });
    expect(check.box).toEqual([100, 400, 240, 50]);
  });

  test('altered: close but different, shows what was read and the distance', () => {
    expect(checkText('OpenAI', reads('Welcome to', 'OpanAl'))).toMatchObject({ verdict: 'altered', read: 'OpanAl', distance: 0.167 });
    expect(checkText('HAPPY BIRTHDAY', reads('HAPPY BRITHDAY'))).toMatchObject({ verdict: 'altered' });
  });

  test('found across adjacent boxes, and inside a longer line', () => {
    expect(checkText('Grand Opening', reads('Grand', 'Opening'))).toMatchObject({ verdict: 'kept', read: 'Grand Opening' });
    const inside = checkText('Coffee', reads('Best Coffee in town'))!;
    expect(inside).toMatchObject({ verdict: 'kept', read: 'Coffee' });
    expect(inside.box![0]).toBeGreaterThan(100 + 4 * 40);
  });

  test('lost: nothing similar; a short word must not match part of a longer one', () => {
    expect(checkText('OpenAI', reads('Bistro'))).toMatchObject({ verdict: 'lost' });
    expect(checkText('OpenAI', [])).toMatchObject({ verdict: 'lost' });
    expect(checkText('CAT', reads('SCATTER'))).toMatchObject({ verdict: 'lost' });
    expect(checkText('BAR', reads('BAT'))).toMatchObject({ verdict: 'altered' });
    expect(checkText('BAR', reads('BARN DOOR'))).toMatchObject({ verdict: 'altered', read: 'BARN' });
    expect(checkText('OPEN', reads('OPEN24HOURS'))).toMatchObject({ verdict: 'kept' });
  });

  test('unverified: nothing similar but an unclear line of text that could be it', () => {
    expect(checkText('OPEN 24 HOURS', reads({ text: 'OPEN 2', weak: true, chars: [0.4, 0.4, 0.4, 0.4, 0.4, 0.4] }))).toMatchObject({ verdict: 'unverified' });
    // a round blob read as "O" cannot hide a long text
    const blob = reads({ text: 'O', chars: [0.3] });
    expect(checkText('OPEN 24 HOURS', blob)).toMatchObject({ verdict: 'lost' });
  });

  test('Chinese: found characters with a doubtful glyph are unverified, not kept', () => {
    expect(checkText('字母榜', reads({ text: '字母榜', chars: [0.99, 1, 0.99] }))).toMatchObject({ verdict: 'kept' });
    const doubtful = checkText('字母榜', reads({ text: '字母榜', chars: [0.99, 0.8, 0.99] }))!;
    expect(doubtful.verdict).toBe('unverified');
    expect(doubtful.rationale).toMatch(/母/);
    expect(checkText('字母榜', reads('字毋榜'))).toMatchObject({ verdict: 'altered', read: '字毋榜' });
    expect(checkText('咖啡 Coffee', reads('咖啡', 'Coffee'))).toMatchObject({ verdict: 'kept' });
  });
});

describe('aspect', () => {
  test('ratios with a tolerance; orientation words; format words of the engine', () => {
    expect(checkAspect('16:9', 1792, 1024)).toMatchObject({ verdict: 'kept', source: 'format' });
    expect(checkAspect('16:9', 1536, 1024)).toMatchObject({ verdict: 'altered' });
    expect(checkAspect('16:9', 1024, 1024)).toMatchObject({ verdict: 'lost', read: '1024×1024 (1:1)' });
    expect(checkAspect('9:16', 1024, 1792)).toMatchObject({ verdict: 'kept' });
    expect(checkAspect('square', 1024, 1024)).toMatchObject({ verdict: 'kept' });
    expect(checkAspect('square', 1024, 1536)).toMatchObject({ verdict: 'lost' });
    expect(checkAspect('portrait', 1024, 1536)).toMatchObject({ verdict: 'kept' });
    expect(checkAspect('portrait', 1536, 1024)).toMatchObject({ verdict: 'lost' });
    expect(checkAspect('phone wallpaper', 576, 1024)).toMatchObject({ verdict: 'kept' });
    expect(checkAspect('phone wallpaper', 1024, 1536)).toMatchObject({ verdict: 'altered' });
    expect(checkAspect('banner', 1536, 512)).toMatchObject({ verdict: 'kept' });
    expect(checkAspect('banner', 1536, 1024)).toMatchObject({ verdict: 'altered' });
    expect(checkAspect('poster', 1024, 1024)).toMatchObject({ verdict: 'altered' });
    expect(checkAspect('album cover', 1000, 1000)).toMatchObject({ verdict: 'kept' });
    expect(checkAspect('mood', 10, 10)).toBeNull();
  });

  test('the prompt words go through the engine: 竖版, 手机壁纸, 16:9', () => {
    const value = (prompt: string) => extract(prompt).find((c) => c.kind === 'aspect')!.value;
    expect(checkAspect(value('竖版海报'), 1024, 1536)).toMatchObject({ verdict: 'kept' });
    expect(checkAspect(value('手机壁纸，星空'), 1024, 1024)).toMatchObject({ verdict: 'lost' });
    expect(checkAspect(value('a beach, 16:9'), 1792, 1024)).toMatchObject({ verdict: 'kept' });
  });
});

describe('placement', () => {
  test('box centre against the asked side', () => {
    expect(checkPlacement('top', [400, 50, 200, 80], 1024, 1024)).toMatchObject({ verdict: 'kept', read: 'top' });
    expect(checkPlacement('top', [400, 850, 200, 80], 1024, 1024)).toMatchObject({ verdict: 'altered', read: 'bottom' });
    expect(checkPlacement('left', [50, 450, 200, 80], 1024, 1024)).toMatchObject({ verdict: 'kept' });
    expect(checkPlacement('bottom-right', [800, 900, 200, 80], 1024, 1024)).toMatchObject({ verdict: 'kept' });
    expect(checkPlacement('center', [400, 450, 200, 80], 1024, 1024)).toMatchObject({ verdict: 'kept' });
    expect(checkPlacement('background', [0, 0, 10, 10], 1024, 1024)).toBeNull();
    expect(describePosition([0, 0, 100, 100], 1024, 1024)).toBe('top-left');
  });

  test('judge: a position of the same subject as a text is checked where the text was read', () => {
    const constraints = extract('A wooden sign that says "OpenAI" at the top, 16:9');
    const onTop = judge(1024, 1024, constraints, reads({ text: 'OpenAI', at: [400, 60] }));
    const byKind = (kind: string) => onTop.constraints.find((c) => c.kind === kind)!.image;
    expect(byKind('text')).toMatchObject({ verdict: 'kept' });
    expect(byKind('position')).toMatchObject({ verdict: 'kept', read: 'top' });
    expect(byKind('aspect')).toMatchObject({ verdict: 'lost' });
    expect(onTop.constraints.find((c) => c.kind === 'object')!.image).toBeUndefined();
    const below = judge(1024, 1024, constraints, reads({ text: 'OpenAI', at: [400, 900] }));
    expect(below.constraints.find((c) => c.kind === 'position')!.image).toMatchObject({ verdict: 'altered', read: 'bottom' });
    const none = judge(1024, 1024, constraints, []);
    expect(none.constraints.find((c) => c.kind === 'position')!.image).toMatchObject({ verdict: 'unverified' });
    expect(onTop.text).toEqual([{ text: 'OpenAI', box: [[400, 60], [640, 60], [640, 110], [400, 110]], score: 0.99 }]);
  });
});
