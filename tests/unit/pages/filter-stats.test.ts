import { describe, expect, test } from 'vitest';
import { byNewest, filterEntries, NO_FILTER } from '@/components/pages/filter';
import { dayKey, lossByDay, lossByKind } from '@/components/pages/stats';
import { APPLES, CAT, entryOf, UNCHECKED } from './entries';

const ALL = [APPLES, CAT, UNCHECKED];
const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('history filters', () => {
  test('search looks in the prompt and the rewrite, every word, any case, Chinese too', () => {
    expect(ids(filterEntries(ALL, { ...NO_FILTER, query: 'APPLES' }))).toEqual([APPLES.id]);
    expect(ids(filterEntries(ALL, { ...NO_FILTER, query: 'still life' }))).toEqual([APPLES.id]);
    expect(ids(filterEntries(ALL, { ...NO_FILTER, query: 'apples bicycle' }))).toEqual([]);
    expect(ids(filterEntries(ALL, { ...NO_FILTER, query: '橘猫' }))).toEqual([CAT.id]);
    expect(ids(filterEntries(ALL, { ...NO_FILTER, query: 'watercolor' }))).toEqual([CAT.id]);
  });

  test('site, status and kind; with a kind the status applies to that kind', () => {
    expect(ids(filterEntries(ALL, { ...NO_FILTER, site: 'gemini' }))).toEqual([CAT.id]);
    expect(ids(filterEntries(ALL, { ...NO_FILTER, status: 'lost' }))).toEqual([APPLES.id, CAT.id]);
    expect(ids(filterEntries(ALL, { ...NO_FILTER, status: 'altered' }))).toEqual([APPLES.id]);
    expect(ids(filterEntries(ALL, { ...NO_FILTER, kind: 'count' }))).toEqual([APPLES.id]);
    expect(ids(filterEntries(ALL, { ...NO_FILTER, kind: 'count', status: 'altered' }))).toEqual([APPLES.id]);
    expect(ids(filterEntries(ALL, { ...NO_FILTER, kind: 'style', status: 'kept' }))).toEqual([CAT.id]);
    expect(ids(filterEntries(ALL, { ...NO_FILTER, kind: 'negation', status: 'kept' }))).toEqual([]);
    // A pair that was not compared has no status to filter by.
    expect(ids(filterEntries(ALL, { ...NO_FILTER, status: 'kept' }))).toEqual([]);
    const perfect = entryOf('chatgpt:x:y:0', 'A red car', 'A red car on a street');
    expect(ids(filterEntries([...ALL, perfect], { ...NO_FILTER, status: 'kept' }))).toEqual([perfect.id]);
  });

  test('newest first by when the image was made', () => {
    expect(ids(byNewest([APPLES, CAT]))).toEqual([CAT.id, APPLES.id]);
  });
});

describe('chart numbers', () => {
  test('loss rate per kind counts only compared pairs: lost + altered over all of that kind, worst first', () => {
    const stats = lossByKind(ALL);
    const count = stats.find((s) => s.kind === 'count')!;
    expect(count).toEqual({ kind: 'count', total: 1, lost: 0, altered: 1, rate: 1 });
    const negation = stats.find((s) => s.kind === 'negation')!;
    expect(negation.total).toBe(2); // "no people" (apples) and "no text" (cat); the unchecked pair does not count
    for (let i = 1; i < stats.length; i++) expect(stats[i - 1]!.rate).toBeGreaterThanOrEqual(stats[i]!.rate);
    const objects = stats.find((s) => s.kind === 'object')!;
    const expected = [APPLES, CAT].flatMap((e) => e.analysis.constraints).filter((c) => c.kind === 'object');
    expect(objects.total).toBe(expected.length);
  });

  test('loss over time: per local day, the average share of problem constraints', () => {
    const morning = entryOf('a', 'Draw 3 red apples', 'Two green apples', { createdAt: new Date(2025, 4, 2, 9).getTime() });
    const evening = entryOf('b', 'A red car', 'A red car', { createdAt: new Date(2025, 4, 2, 21).getTime() });
    const later = entryOf('c', 'A red car', 'A blue bus', { createdAt: new Date(2025, 4, 5, 12).getTime() });
    const days = lossByDay([later, morning, evening, UNCHECKED]);
    expect(days.map((d) => [d.day, d.pairs])).toEqual([['2025-05-02', 2], ['2025-05-05', 1]]);
    const share = (e: typeof morning) => {
      const c = e.analysis.constraints;
      return c.filter((x) => x.status === 'lost' || x.status === 'altered').length / c.length;
    };
    expect(days[0]!.share).toBeCloseTo((share(morning) + share(evening)) / 2);
    expect(days[0]!.start).toBe(new Date(2025, 4, 2).getTime());
    expect(days[1]!.share).toBeGreaterThan(0);
    expect(dayKey(new Date(2025, 11, 31, 23, 59).getTime())).toBe('2025-12-31');
  });
});
