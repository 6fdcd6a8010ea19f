import { expect, test } from 'vitest';
import { PAGE_KEYS, pt } from '@/lib/i18n/pages';

test('every page string exists in English and Chinese with the same parameters', () => {
  const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const key of PAGE_KEYS) {
    const en = pt('en', key);
    const zh = pt('zh', key);
    expect(en, key).not.toBe('');
    expect(zh, key).not.toBe('');
    expect(params(zh), key).toEqual(params(en));
  }
});

test('the Chinese strings are Chinese', () => {
  const notTranslated = PAGE_KEYS.filter((key) => !/[\u4e00-\u9fff]/.test(pt('zh', key)));
  expect(notTranslated).toEqual([]);
});

test('parameters are filled in', () => {
  expect(pt('en', 'historyShown', { shown: 2, total: 5 })).toBe('2 of 5 pairs');
  expect(pt('zh', 'historyShown', { shown: 2, total: 5 })).toBe('显示 2 / 5 条');
});
