import { describe, expect, test } from 'vitest';
import { analyze, type Constraint } from '@/lib/engine';

/** Follow-up rules of the conversation fold (lib/engine/conversation), each in English and Chinese where it applies. */
const find = (cs: Constraint[], kind: string, subject: string, value?: string) =>
  cs.find((c) => c.kind === kind && c.subject === subject && (value === undefined || c.value === value));
const fold = (previous: string[], latest: string, rewrite = latest) => analyze(latest, rewrite, { previous }).constraints;

describe('counts', () => {
  test('"one fewer" and 少一只 take one from the count in force', () => {
    expect(find(fold(['Three cats on a sofa.'], 'One fewer cat.'), 'count', 'cat')?.value).toBe('2');
    expect(find(fold(['三只猫在沙发上。'], '少一只。'), 'count', 'cat')?.value).toBe('2');
  });

  test('"add another" and 再来一只 add one to the thing already there (an implicit one counts)', () => {
    expect(find(fold(['A cat on a sofa.'], 'Add another one.'), 'count', 'cat')?.value).toBe('2');
    expect(find(fold(['一只猫在沙发上。'], '再来一只。'), 'count', 'cat')?.value).toBe('2');
    expect(find(fold(['两只猫在沙发上。'], '再来一只猫。'), 'count', 'cat')?.value).toBe('3');
  });

  test('one of a new thing is not one more', () => {
    const cs = fold(['两个小朋友在放风筝。'], '再加一只狗在他们旁边跑。');
    expect(find(cs, 'count', 'dog')).toBeUndefined();
    expect(find(cs, 'count', 'child')?.value).toBe('2');
  });
});

describe('instances and selectors', () => {
  test('a value the subject already has picks an instance and keeps the other values', () => {
    const zh = fold(['一个红色的杯子和一个蓝色的杯子。'], '红色的放在左边。');
    expect(find(zh, 'attribute', 'cup', 'blue')).toBeDefined();
    expect(find(zh, 'attribute', 'cup', 'red')).toBeDefined();
    const en = fold(['A red cup and a blue cup.'], 'Put the red one on the left.');
    expect(find(en, 'attribute', 'cup', 'blue')).toBeDefined();
  });

  test('a value for one of several instances leaves the others, and two values of one turn both stand', () => {
    const zh = fold(['三只小猪在草地上。'], '最左边那只改成黑色，其他保持粉色。',
      'Three piglets in a meadow, the one on the left black and the other two pink.');
    expect(find(zh, 'attribute', 'pig', 'black')).toBeDefined();
    expect(find(zh, 'attribute', 'pig', 'pink')?.status).toBe('kept'); // two asked values: not an echoed edit
    const en = fold(['Three white cupcakes.'], 'Make the middle one pink.');
    expect(find(en, 'attribute', 'cupcake', 'white')).toBeDefined();
    expect(find(en, 'attribute', 'cupcake', 'pink')).toBeDefined();
  });

  test('a plain recolour still replaces the old colour', () => {
    expect(find(fold(['A white rabbit.'], 'Make the bunny brown.'), 'attribute', 'rabbit', 'white')).toBeUndefined();
    expect(find(fold(['一只白色的兔子。'], '把兔子改成棕色。'), 'attribute', 'rabbit', 'white')).toBeUndefined();
  });
});

describe('referents and values', () => {
  test('"make the sofa green and add a lamp": the value goes to the thing before it', () => {
    const cs = fold(['A cat on a sofa.'], 'Make the sofa green and add a lamp.');
    expect(find(cs, 'attribute', 'couch', 'green')).toBeDefined();
    expect(find(cs, 'attribute', 'lamp', 'green')).toBeUndefined();
  });

  test('"the water" is the lake, sea or river of the earlier turn', () => {
    const cs = fold(['A cabin by a lake.'], 'Put a canoe on the water.');
    expect(find(cs, 'relation', 'canoe', 'on')?.object).toBe('lake');
  });

  test('"make it a painting" is a style of the image, not a painting in it', () => {
    const cs = fold(['A snowy cabin at night.'], 'Make it a painting.');
    expect(find(cs, 'style', 'image', 'painting')).toBeDefined();
    expect(find(cs, 'object', 'painting')).toBeUndefined();
  });
});

describe('replacements', () => {
  test('the new thing takes the old one\'s place, in both languages', () => {
    const en = fold(['A cat on a sofa.'], 'Replace the cat with a dog.');
    expect(find(en, 'relation', 'dog', 'on')?.object).toBe('couch');
    expect(find(en, 'object', 'cat')).toBeUndefined();
    const zh = fold(['一只猫在沙发上。'], '把猫换成狗。');
    expect(find(zh, 'relation', 'dog', 'on')?.object).toBe('couch');
    expect(find(zh, 'relation', 'dog', 'on')?.edit).toBe(true);
  });
});

describe('edits echoed after the old value (convention 8)', () => {
  test('a new view appended after a description that keeps the old one is altered', () => {
    const cs = fold(['A fox under a tree, top-down view.'], 'Use a low angle instead.',
      'A fox under a tree viewed from directly overhead. Shot from a low angle.');
    expect(find(cs, 'camera', 'image', 'low angle')?.status).toBe('altered');
    const plain = fold(['A fox under a tree, top-down view.'], 'Use a low angle instead.', 'A fox under a tree, shot from a low angle.');
    expect(find(plain, 'camera', 'image', 'low angle')?.status).toBe('kept');
  });
});
