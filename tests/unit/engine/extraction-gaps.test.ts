import { describe, expect, test } from 'vitest';
import { analyze, extract, type Constraint } from '@/lib/engine';
import { readText } from '@/lib/engine/read-text';

/** General extraction gaps seen in rewrites: personal pronouns, 在 before a modified place, young animals, styles and
 * lights, and where a bare quoted text goes. Each rule in English and, where it applies, Chinese. */
const has = (cs: Constraint[], kind: string, subject: string, value: string, extra: Partial<Constraint> = {}) =>
  cs.some((c) => c.kind === kind && c.subject === subject && c.value === value &&
    Object.entries(extra).every(([key, v]) => (c as Record<string, unknown>)[key] === v));

describe('personal pronouns name the latest person', () => {
  test('she / he / they carry the relations of the person they name', () => {
    expect(has(extract('A woman stands in a garden. She should be holding a cat.'), 'relation', 'woman', 'holding', { object: 'cat' })).toBe(true);
    expect(has(extract('A man sits on a bench. He is holding a book.'), 'relation', 'man', 'holding', { object: 'book' })).toBe(true);
    expect(has(extract('Two kids play in the park; they are holding balloons.'), 'relation', 'child', 'holding', { object: 'balloon' })).toBe(true);
    // the pronoun is the same person, not a second one
    expect(readText('A woman stands in a garden. She should be holding a cat.').entities.filter((e) => e.lemma === 'woman' && !e.anaphoric)).toHaveLength(1);
  });

  test('a gendered pronoun prefers the person of its gender', () => {
    const r = readText('A man and a woman walk in the rain. He is holding an umbrella.');
    expect(r.relations.some((rel) => rel.subject.lemma === 'man' && rel.value === 'holding' && rel.object.lemma === 'umbrella')).toBe(true);
  });

  test('Chinese 她 / 他 / 他们 name the latest person, of this sentence or the one before', () => {
    expect(has(extract('一个女人站在花园里。她抱着一只猫。'), 'relation', 'woman', 'hugging', { object: 'cat' })).toBe(true);
    const c = extract('一个男孩和一个女孩，她戴着红色的帽子，他在她的左边。');
    expect(has(c, 'relation', 'girl', 'wearing', { object: 'hat' })).toBe(true);
    expect(has(c, 'relation', 'boy', 'left of', { object: 'girl' })).toBe(true);
  });

  test('possessives stay determiners: "her hat", 她的帽子', () => {
    const c = extract('A girl with her red hat.');
    expect(has(c, 'attribute', 'hat', 'red')).toBe(true);
    expect(has(c, 'attribute', 'girl', 'red')).toBe(false);
    expect(has(extract('一个女孩。她的帽子是红色的。'), 'attribute', 'hat', 'red')).toBe(true);
    expect(has(extract('一个女孩。她的帽子是红色的。'), 'attribute', 'girl', 'red')).toBe(false);
  });

  test('a pronoun object is not its own subject; things keep "them"', () => {
    expect(has(extract('A girl with her dog next to her.'), 'relation', 'dog', 'next to', { object: 'girl' })).toBe(true);
    expect(has(extract('一个小女孩抱着一只比她还大的泰迪熊。'), 'relation', 'girl', 'hugging', { object: 'teddy bear' })).toBe(true);
    expect(has(extract('Three apples on a plate; a boy is eating them.'), 'relation', 'boy', 'eating', { object: 'apple' })).toBe(true);
  });
});

describe('Chinese 在 a few words before its place', () => {
  test('the subject before 在 relates to the head noun before the postposition, over modifiers', () => {
    const c = extract('一只鸟站在一根开满白花的树枝上。');
    expect(has(c, 'relation', 'bird', 'on', { object: 'branch' })).toBe(true);
    expect(has(c, 'relation', 'flower', 'on', { object: 'branch' })).toBe(false);
    expect(has(extract('一只猫躺在一张铺着毯子的沙发上。'), 'relation', 'cat', 'on', { object: 'couch' })).toBe(true);
    expect(has(extract('一个女孩站在一棵开满花的大树旁边。'), 'relation', 'girl', 'next to', { object: 'tree' })).toBe(true);
  });
});

describe('the young of an animal', () => {
  test('"baby X" is X, young (or its young form), never a separate baby', () => {
    const c = extract('A baby panda next to a panda.');
    expect(has(c, 'object', 'baby', 'baby')).toBe(false);
    expect(has(c, 'attribute', 'panda', 'young')).toBe(true);
    expect(has(extract('A baby dog on a rug.'), 'object', 'puppy', 'puppy')).toBe(true);
    expect(has(extract('A panda cub sitting on a rock.'), 'attribute', 'panda', 'young')).toBe(true);
    expect(has(extract('A baby duck in a pond.'), 'object', 'duckling', 'duckling')).toBe(true);
    // a human baby stays a baby
    expect(has(extract('A baby sleeping in a crib.'), 'object', 'baby', 'baby')).toBe(true);
  });

  test('Chinese X宝宝, 小X宝宝, X幼崽', () => {
    for (const text of ['小熊猫宝宝和一只熊猫。', '一只熊猫宝宝。', '一只熊猫幼崽。']) {
      const c = extract(text);
      expect(has(c, 'object', 'baby', 'baby'), text).toBe(false);
      expect(has(c, 'attribute', 'panda', 'young'), text).toBe(true);
      expect(has(c, 'attribute', 'panda', 'small'), text).toBe(false);
    }
  });

  test('a baby animal carries "small" (小恐龙 → "a baby dinosaur")', () => {
    const a = analyze('一只小恐龙。', 'A cartoon baby dinosaur.');
    expect(a.constraints.find((c) => c.kind === 'attribute' && c.value === 'small')?.status).toBe('kept');
  });
});

describe('styles and lights seen in rewrites', () => {
  const styles = (text: string) => readText(text).styles.map((s) => s.id);
  const lights = (text: string) => readText(text).lights.map((l) => l.id);
  test('English', () => {
    expect(styles("a children's book illustration")).toEqual(['picture book']);
    expect(styles('a storybook illustration')).toEqual(['picture book']);
    expect(styles('a woodblock print')).toEqual(['woodcut']);
    expect(styles('flat design')).toEqual(['flat illustration']);
    expect(styles('paper craft')).toEqual(['origami']);
    expect(styles('claymation')).toEqual(['claymation']);
    expect(styles('a line drawing')).toEqual(['line art']);
    expect(lights('backlit, back-lit, warm light, cool light, rim light, candlelit')).toEqual(
      ['backlight', 'backlight', 'warm light', 'cool light', 'rim light', 'candlelight']);
  });
  test('Chinese', () => {
    expect(styles('童书插画')).toEqual(['picture book']);
    expect(styles('绘本插画')).toEqual(['picture book']);
    expect(styles('扁平设计')).toEqual(['flat illustration']);
    expect(styles('木刻版画')).toEqual(['woodcut']);
    expect(styles('纸艺')).toEqual(['origami']);
    expect(styles('黏土动画')).toEqual(['claymation']);
    expect(lights('逆光，暖光，冷光，轮廓光，烛光')).toEqual(['backlight', 'warm light', 'cool light', 'rim light', 'candlelight']);
  });
});

describe('a bare quoted text placed in its clause', () => {
  test('the text gets the position (English and Chinese)', () => {
    expect(has(extract('A beach poster style scene, the word "SUMMER" at the top.'), 'position', 'text', 'top')).toBe(true);
    expect(has(extract('顶部写着“夏天”。'), 'position', 'text', 'top')).toBe(true);
    // a text on a carrier leaves the position to the carrier
    const c = extract('A sign that reads "OPEN" on the left.');
    expect(has(c, 'position', 'sign', 'left')).toBe(true);
    expect(has(c, 'position', 'text', 'left')).toBe(false);
  });
  test('the rewrite keeps, moves or loses the place', () => {
    const position = (o: string, r: string) => analyze(o, r).constraints.find((c) => c.kind === 'position' && c.subject === 'text')?.status;
    expect(position('The word "SUMMER" at the top.', 'A beach at noon with the word "SUMMER" written at the top.')).toBe('kept');
    expect(position('The word "SUMMER" at the top.', 'A beach at noon with the word "SUMMER" written at the bottom.')).toBe('altered');
    expect(position('The word "SUMMER" at the top.', 'A beach at noon with the word "SUMMER" in the sand.')).toBe('lost');
    expect(position('画面上方有一行题字“山高水长”。', '画面右下角题有“高山流水”四字。')).toBe('altered');
  });
});
