import { describe, expect, test } from 'vitest';
import { analyze, extract, type Constraint } from '@/lib/engine';
import { variantOf } from '@/lib/engine/compute/03-tag';
import { lexicon } from '@/lib/engine/lexicon/build';

/** Rules that read wording the lexicon does not list word for word (each in English and, where it applies, Chinese). */
const has = (cs: Constraint[], kind: string, subject: string, value: string, extra: Partial<Constraint> = {}) =>
  cs.some((c) => c.kind === kind && c.subject === subject && c.value === value &&
    Object.entries(extra).every(([key, v]) => (c as Record<string, unknown>)[key] === v));
const status = (original: string, rewritten: string, kind: string, value: string) =>
  analyze(original, rewritten).constraints.find((c) => c.kind === kind && c.value === value)?.status;

describe('morphology', () => {
  test('comparatives, inflected states and British spellings read as the known form', () => {
    const lex = lexicon();
    expect(variantOf('smaller', lex)).toBe('small');
    expect(variantOf('tallest', lex)).toBe('tall');
    expect(variantOf('bigger', lex)).toBe('big');
    expect(variantOf('glowed', lex)).toBe('glowing');
    expect(variantOf('sparkled', lex)).toBe('sparkling');
    expect(variantOf('bloomed', lex)).toBe('blooming');
    expect(variantOf('colourful', lex)).toBe('colorful');
  });
  test('unknown nouns and words of known phrases are left alone', () => {
    const lex = lexicon();
    expect(variantOf('rider', lex)).toBe('rider');
    expect(variantOf('close', lex)).toBe('close'); // of "close-up"
    expect(variantOf('tears', lex)).toBe('tears');
  });
  test('a rewrite saying "a glowed lantern" keeps "a glowing lantern"', () => {
    expect(status('A glowing lantern.', 'A lantern that glowed softly, a glowed lantern on a table.', 'attribute', 'glowing')).toBe('kept');
  });
});

describe('relations', () => {
  test('a container before "of" is the subject: a glass of water on a windowsill', () => {
    expect(has(extract('Half a glass of water on a windowsill.'), 'relation', 'glass', 'on', { object: 'windowsill' })).toBe(true);
  });
  test('conjoined subjects share the relation (English and Chinese)', () => {
    const en = extract('A cat and a dog on the sofa.');
    expect(has(en, 'relation', 'cat', 'on', { object: 'couch' }) || has(en, 'relation', 'cat', 'on', { object: 'sofa' })).toBe(true);
    expect(en.some((c) => c.kind === 'relation' && c.subject === 'dog' && c.value === 'on')).toBe(true);
    const zh = extract('桌子上放着五个橙子和一把刀。');
    expect(has(zh, 'relation', 'orange', 'on', { object: 'table' })).toBe(true);
    expect(has(zh, 'relation', 'knife', 'on', { object: 'table' })).toBe(true);
  });
  test('being in clothes is wearing them', () => {
    expect(has(extract('A girl in a red dress dancing.'), 'relation', 'girl', 'wearing', { object: 'dress' })).toBe(true);
    expect(has(extract('A girl in a red house.'), 'relation', 'girl', 'in', { object: 'house' })).toBe(true);
  });
});

describe('compound subtypes and diminutives', () => {
  test('a compound subtype carries its modifier (English and Chinese)', () => {
    expect(has(extract('A neon sign above the door.'), 'attribute', 'neon sign', 'neon')).toBe(true);
    expect(has(extract('门上挂着一块霓虹灯牌。'), 'attribute', 'neon sign', 'neon')).toBe(true);
    expect(has(extract('一片竹林。'), 'attribute', 'bamboo forest', 'bamboo')).toBe(true);
    expect(has(extract('A snowy mountain at dawn.'), 'attribute', 'snowy mountain', 'snowy')).toBe(true);
  });
  test('little is its own size, in the same class as small', () => {
    expect(has(extract('A little boy flying a kite.'), 'attribute', 'boy', 'little')).toBe(true);
    expect(status('A little boy.', 'A small boy stands there.', 'attribute', 'little')).toBe('kept');
  });
  test('小女孩 is a little girl; 小猫 is just a cat', () => {
    expect(has(extract('一个小女孩在公园里。'), 'attribute', 'girl', 'little')).toBe(true);
    expect(extract('一只小猫。').some((c) => c.kind === 'attribute' && c.value === 'little')).toBe(false);
  });
});

describe('rewrite sentence shapes', () => {
  test('a place phrase that opens a sentence describes the first thing named after it', () => {
    const c = extract('Three white bunnies on the left of a meadow. On the right side, a curious red fox watches them. In the background, a small cabin.');
    expect(c.find((x) => x.kind === 'position' && x.subject === 'fox')?.value).toBe('right');
    expect(c.some((x) => x.kind === 'position' && x.value === 'background')).toBe(true);
  });

  test('a plural-looking word between a noun and its object is a verb, not a second thing', () => {
    const c = extract('a red fox watches them from the grass');
    expect(c.some((x) => x.kind === 'object' && x.subject === 'watch')).toBe(false);
    expect(c.find((x) => x.kind === 'attribute' && x.value === 'red')?.subject).toBe('fox');
  });
});
