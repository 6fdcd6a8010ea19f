import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze, Analysis, extract } from '@/lib/engine';

/** Any input gives an Analysis (possibly empty), never an exception; spans always point into the texts. */
describe('the engine is total', () => {
  const texts = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(fc.constantFrom('three', 'apples', '左侧', '苹果', '"', '“', 'no', 'on the left', ',', '。', '16:9', 'from', '的', '个', '🍎', '<b>', '{"a":', 'one'), { maxLength: 60 }).map((parts) => parts.join(' ')),
  );

  test('analyze returns a valid Analysis for arbitrary input', () => {
    fc.assert(
      fc.property(texts, texts, (original, rewritten) => {
        const analysis = analyze(original, rewritten);
        expect(Analysis.safeParse(analysis).success).toBe(true);
        for (const c of analysis.constraints) {
          expect(original.slice(c.span[0], c.span[1])).toBe(c.text);
          if (c.evidence) expect(rewritten.slice(c.evidence.span[0], c.evidence.span[1])).toBe(c.evidence.text);
        }
        for (const a of analysis.additions) expect(rewritten.slice(a.span[0], a.span[1])).toBe(a.text);
      }),
      { numRuns: 300 },
    );
  });

  test('non-text input is treated as empty with a warning', () => {
    const analysis = analyze(42 as unknown as string, null as unknown as string);
    expect(analysis.constraints).toEqual([]);
    expect(analysis.warnings?.[0]).toMatch(/not text/);
    expect(extract(undefined as unknown as string)).toEqual([]);
  });

  test('deterministic', () => {
    const a = analyze('三只猫在沙发上，不要文字', 'Three cats lounging on a velvet sofa, no text.');
    expect(analyze('三只猫在沙发上，不要文字', 'Three cats lounging on a velvet sofa, no text.')).toEqual(a);
  });

  test('100,000 characters of prose, emoji, HTML and code are analysed (time printed, not asserted)', () => {
    const chunk = 'Three red apples on the left, 三个苹果在左边，阳光从左侧射入。 <div class="x">🍎</div> const x = {a: 1}; no people. ';
    const big = chunk.repeat(Math.ceil(100_000 / chunk.length)).slice(0, 100_000);
    const started = performance.now();
    const analysis = analyze(big, big);
    console.log(`100k chars analysed in ${(performance.now() - started).toFixed(0)} ms, ${analysis.constraints.length} constraints`);
    expect(Analysis.safeParse(analysis).success).toBe(true);
  });
});
