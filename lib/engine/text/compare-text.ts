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
