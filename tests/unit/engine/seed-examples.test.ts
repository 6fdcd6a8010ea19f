import { describe, expect, test } from 'vitest';
import { analyze, extract, type Constraint } from '@/lib/engine';
import { related } from '@/lib/engine/compute/07-align';
import { lexicon } from '@/lib/engine/lexicon/build';

/** The seed article's examples, each checked atom by atom. */
function find(constraints: Constraint[], kind: string, subject: string, value: string, extra: Partial<Constraint> = {}) {
  const sameSubject = (a: string, b: string) => a === b || related(lexicon(), a, b);
  const hit = constraints.find((c) => c.kind === kind && sameSubject(c.subject, subject) && (c.value === value || (kind === 'object' && sameSubject(c.value, value))) &&
    Object.entries(extra).every(([key, v]) => (c as Record<string, unknown>)[key] === v));
  if (!hit) throw new Error(`no ${kind} ${subject}=${value} in\n${constraints.map((c) => `${c.kind} ${c.subject}=${c.value}${c.qualifier ? ` (${c.qualifier})` : ''}${c.object ? ` → ${c.object}` : ''} ${c.status ?? ''}`).join('\n')}`);
  return hit;
}

describe('extraction', () => {
  test('three apples with a state each, in Chinese', () => {
    const c = extract('画三个苹果：左侧苹果带有咬痕，中间苹果附着水珠，右侧苹果呈现腐烂状态。');
    expect(find(c, 'count', 'apple', '3').text).toBe('三个苹果');
    find(c, 'attribute', 'apple', 'bitten', { qualifier: 'left' });
    find(c, 'attribute', 'apple', 'wet', { qualifier: 'center' });
    find(c, 'attribute', 'apple', 'rotten', { qualifier: 'right' });
    find(c, 'position', 'apple', 'left');
  });

  test('three apples with "the left one" anaphora, in English', () => {
    const c = extract('Three apples: the left one is bitten, the middle one has water droplets, the right one is rotten.');
    find(c, 'count', 'apple', '3');
    find(c, 'attribute', 'apple', 'bitten', { qualifier: 'left' });
    find(c, 'attribute', 'apple', 'wet', { qualifier: 'center' });
    find(c, 'attribute', 'apple', 'rotten', { qualifier: 'right' });
  });

  test('half a glass of water with sunlight from the left', () => {
    for (const prompt of ['窗台上的半杯水，阳光从左侧射入', 'Half a glass of water on a windowsill, sunlight coming from the left']) {
      const c = extract(prompt);
      find(c, 'lighting', 'sunlight', 'left');
      find(c, 'object', 'windowsill', 'windowsill');
      expect(c.some((x) => x.kind === 'attribute' && x.value === 'half-full')).toBe(true);
    }
  });

  test('a kitchen with positions and three bowls on the table', () => {
    const c = extract('绘制一个厨房，左边是冰箱，右边是灶台，中间的桌子上放着三个碗');
    find(c, 'position', 'refrigerator', 'left');
    find(c, 'position', 'stove', 'right');
    find(c, 'count', 'bowl', '3');
    find(c, 'relation', 'bowl', 'on', { object: 'table' });
  });

  test('text to render, quoted and unquoted, keeps its script', () => {
    const c = extract('一块木质招牌，上面写着“字母榜”，两侧有字母A和Z');
    expect(find(c, 'text', 'sign', '字母榜').text).toBe('字母榜');
    find(c, 'attribute', 'sign', 'wooden');
    const en = extract('A wooden signboard that reads "字母榜", with the letters A and Z on the sides');
    find(en, 'text', 'sign', '字母榜');
    find(en, 'text', 'sign', 'A');
    find(en, 'text', 'sign', 'Z');
  });

  test('negation, style, camera and aspect in both languages', () => {
    const zh = extract('水墨画风格，俯视角度，不要文字，16:9');
    find(zh, 'negation', 'text', 'text');
    find(zh, 'camera', 'image', 'top-down');
    find(zh, 'aspect', 'image', '16:9');
    expect(zh.some((x) => x.kind === 'style')).toBe(true);
    const en = extract('A watercolor of a quiet street, no people, close-up, square format');
    find(en, 'negation', 'person', 'person');
    find(en, 'style', 'image', 'watercolor');
    find(en, 'camera', 'image', 'close-up');
    find(en, 'aspect', 'image', 'square');
  });

  test('spans point into the original', () => {
    const prompt = 'A red cup to the left of a blue cup';
    for (const c of extract(prompt)) expect(prompt.slice(c.span[0], c.span[1])).toBe(c.text);
  });
});

describe('comparison', () => {
  test('three apples kept across languages, with the states on the right apples', () => {
    const a = analyze(
      '画三个苹果：左侧苹果带有咬痕，中间苹果附着水珠，右侧苹果呈现腐烂状态。',
      'A photorealistic still life of three apples on a rustic wooden table. The apple on the left has a small, clearly visible bite mark. The apple in the middle is covered in glistening water droplets, and the apple on the right is visibly rotten, with brown decaying patches. Soft natural light, shallow depth of field.',
    );
    find(a.constraints, 'count', 'apple', '3', { status: 'kept' });
    find(a.constraints, 'attribute', 'apple', 'bitten', { status: 'kept' });
    find(a.constraints, 'attribute', 'apple', 'wet', { status: 'kept' });
    find(a.constraints, 'attribute', 'apple', 'rotten', { status: 'kept' });
    expect(a.summary.dilution).toBeGreaterThan(0.5);
    expect(a.additions.some((x) => x.kind === 'object' && x.value === 'table')).toBe(true);
  });

  test('states swapped between apples are unbound; a count made vague is altered', () => {
    const a = analyze(
      'Three apples: the left one is bitten, the middle one has water droplets, the right one is rotten.',
      'Several apples on a table: the apple on the left is rotten, the middle apple is wet with droplets, the apple on the right has a bite taken out of it.',
    );
    find(a.constraints, 'count', 'apple', '3', { status: 'altered', found: 'several' });
    find(a.constraints, 'attribute', 'apple', 'bitten', { status: 'unbound' });
    find(a.constraints, 'attribute', 'apple', 'wet', { status: 'kept' });
    find(a.constraints, 'attribute', 'apple', 'rotten', { status: 'unbound' });
  });

  test('a misspelt sign is altered and shows what the rewrite says', () => {
    const a = analyze('A neon sign that says "OpenAI" on a brick wall', 'A glowing neon sign reading "OpanAl" mounted on a weathered brick wall at night.');
    const text = find(a.constraints, 'text', 'sign', 'OpenAI', { status: 'altered' });
    expect(text.found).toBe('OpanAl');
    expect(text.evidence?.text).toBe('OpanAl');
  });

  test('translated text is altered text', () => {
    const a = analyze('一块木质招牌，上面写着“字母榜”', 'A rustic wooden signboard with the words "Alphabet List" carved into it.');
    find(a.constraints, 'text', 'sign', '字母榜', { status: 'altered', found: 'Alphabet List' });
    find(a.constraints, 'attribute', 'sign', 'wooden', { status: 'kept' });
  });

  test('colours that leak off their cups are unbound', () => {
    const a = analyze('A red cup to the left of a blue cup', 'Two ceramic cups in vivid red and blue tones sit side by side on a marble counter.');
    find(a.constraints, 'attribute', 'cup', 'red', { status: 'unbound' });
    find(a.constraints, 'attribute', 'cup', 'blue', { status: 'unbound' });
  });

  test('a negation ignored by the rewrite is altered', () => {
    const a = analyze('An empty street at dawn, no people', 'A quiet street at dawn with a lone cyclist riding through the mist.');
    find(a.constraints, 'negation', 'person', 'person', { status: 'altered' });
  });

  test('a light from the wrong side is altered, a missing one lost', () => {
    const flipped = analyze('A glass of water, sunlight from the left', 'A glass of water lit by warm sunlight streaming in from the right.');
    find(flipped.constraints, 'lighting', 'sunlight', 'left', { status: 'altered' });
    const gone = analyze('A glass of water, sunlight from the left', 'A glass of water on a table, cinematic mood.');
    find(gone.constraints, 'lighting', 'sunlight', 'left', { status: 'lost' });
  });

  test('a cup falling from a table with water splashing', () => {
    const a = analyze('一个杯子从桌子上掉落，水花四溅', 'A ceramic cup tumbling off the edge of a wooden table, water splashing out in a frozen arc.');
    find(a.constraints, 'object', 'cup', 'cup', { status: 'kept' });
    find(a.constraints, 'attribute', 'cup', 'falling', { status: 'kept' });
  });
});
