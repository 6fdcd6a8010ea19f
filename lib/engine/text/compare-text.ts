/**
 * Comparing a text the user asked to render with a text found elsewhere (a rewrite's quote, or later an OCR read):
 * code-point edit distance, NFKC + case folding, and a look-alike skeleton (I/l/1/| → l, O/0 → o, rn → m, vv → w).
 */
export type TextVerdict = 'exact' | 'case' | 'lookalike' | 'misspelt' | 'different';

export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function skeleton(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .toLowerCase()
    .replace(/[i1|!]/g, 'l')
    .replace(/0/g, 'o')
    .replace(/\s+/g, '');
}

/** Levenshtein distance over code points (so 𠮷 counts once), bounded memory. */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (x.length < y.length) return editDistance(b, a);
  let previous = Array.from({ length: y.length + 1 }, (_, k) => k);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length]!;
}

/** Edit distance divided by the longer length: 0 identical, 1 nothing in common. */
export function normalisedDistance(a: string, b: string): number {
  const length = Math.max(Array.from(a).length, Array.from(b).length);
  return length === 0 ? 0 : editDistance(a, b) / length;
}

export function compareText(wanted: string, found: string): { verdict: TextVerdict; distance: number } {
  const distance = normalisedDistance(foldText(wanted), foldText(found));
  if (wanted.normalize('NFKC').trim() === found.normalize('NFKC').trim()) return { verdict: 'exact', distance: 0 };
  if (foldText(wanted) === foldText(found)) return { verdict: 'case', distance: 0 };
  if (skeleton(wanted) === skeleton(found)) return { verdict: 'lookalike', distance };
  if (distance <= 0.4) return { verdict: 'misspelt', distance };
  return { verdict: 'different', distance };
}

/**
 * Approximate substring search: the span [start, end) of `text` (indices into its array of units) whose edit
 * distance to the whole `pattern` is smallest; ties go to the span whose length is closest to the pattern's.
 * Works on arrays (of code points, or of folded units) so callers can keep a map back to what they folded.
 */
export function bestSpan(pattern: readonly string[], text: readonly string[]): { start: number; end: number; distance: number } {
  const m = pattern.length, n = text.length;
  if (m === 0) return { start: 0, end: 0, distance: 0 };
  if (n === 0) return { start: 0, end: 0, distance: m };
  // cost[j] and origin[j]: the best alignment of pattern[0..i) ending at text position j, and where it started.
  let cost = new Array<number>(n + 1).fill(0);
  let origin = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const nextCost = new Array<number>(n + 1);
    const nextOrigin = new Array<number>(n + 1);
    nextCost[0] = i;
    nextOrigin[0] = 0;
    for (let j = 1; j <= n; j++) {
      const substitute = cost[j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      const skipPattern = cost[j]! + 1;
      const skipText = nextCost[j - 1]! + 1;
      if (substitute <= skipPattern && substitute <= skipText) {
        nextCost[j] = substitute;
        nextOrigin[j] = origin[j - 1]!;
      } else if (skipPattern <= skipText) {
        nextCost[j] = skipPattern;
        nextOrigin[j] = origin[j]!;
      } else {
        nextCost[j] = skipText;
        nextOrigin[j] = nextOrigin[j - 1]!;
      }
    }
    cost = nextCost;
    origin = nextOrigin;
  }
  let best = { start: 0, end: 0, distance: Infinity };
  for (let j = 1; j <= n; j++) {
    const distance = cost[j]!;
    const start = origin[j]!;
    const better = distance < best.distance ||
      (distance === best.distance && Math.abs(j - start - m) < Math.abs(best.end - best.start - m));
    if (better) best = { start, end: j, distance };
  }
  return best;
}
