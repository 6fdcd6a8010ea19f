import { describe, expect, test } from 'vitest';
import { analyze, repair } from '@/lib/engine';

describe('repair', () => {
  test('restores lost and altered constraints as plain sentences in the rewrite language, fixing misspelt text in place', () => {
    const analysis = analyze(
      'A neon sign that says "OpenAI" on a brick wall, three cats below it, no people, 16:9',
      'A glowing neon sign reading "OpanAl" on a weathered wall at night, a cat curled up beneath it.',
    );
    const { repaired, restored } = repair(analysis);
    expect(repaired).toContain('"OpenAI"');
    expect(repaired).not.toContain('OpanAl');
    expect(repaired).toMatch(/There are exactly 3 cats\./);
    expect(repaired).toMatch(/There is no person anywhere in the image\./);
    expect(repaired).toMatch(/Aspect ratio: 16:9\./);
    expect(restored.length).toBeGreaterThanOrEqual(3);
    expect(repair(analysis)).toEqual(repair(analysis));
  });

  test('a Chinese rewrite is repaired in Chinese, and translated text is restored verbatim', () => {
    const analysis = analyze('一块木质招牌，上面写着“字母榜”，不要文字以外的装饰', '一块招牌，上面写着“Alphabet List”。');
    const { repaired } = repair(analysis);
    expect(repaired).toContain('“字母榜”');
    expect(repaired).toMatch(/木质|木/);
    expect(/[A-Za-z]{6,} [a-z]{3,}/.test(repaired.replace('Alphabet List', ''))).toBe(false);
  });

  test('the structured prompt is a compact spec of every constraint: objects with count, places and states, text, light, negatives', () => {
    const analysis = analyze('Three apples: the left one bitten, the right one rotten. A sign reads "FRESH". Sunlight from the left. No people. Square.', 'apples');
    const spec = JSON.parse(repair(analysis).structured);
    const apple = spec.objects.find((o: { name: string }) => o.name === 'apple');
    expect(apple.count).toBe(3);
    expect(apple.instances).toEqual(expect.arrayContaining([{ position: 'left', attributes: ['bitten'] }, { position: 'right', attributes: ['rotten'] }]));
    expect(spec.text[0]).toMatchObject({ content: 'FRESH', exact: true });
    expect(spec.lighting).toContain('sunlight from left');
    expect(spec.avoid).toContain('person');
    expect(spec.aspect_ratio).toBe('square');
  });

  test('nothing to restore leaves the rewrite as it is', () => {
    const analysis = analyze('a red cup', 'A crimson cup on a table.');
    expect(repair(analysis).repaired).toBe('A crimson cup on a table.');
  });
});
