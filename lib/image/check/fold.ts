import { skeleton } from '../../engine/text/compare-text';

/** One folded unit and where it came from in the reads. */
export interface Unit {
  unit: string;
  read: number;
  /** Code-point indices in that read's text: the first and the last it covers. */
  char: number;
  last: number;
}

/**
 * Folds text for comparison, unit by unit, keeping where each unit came from: NFKC, accents dropped, lower case,
 * look-alikes folded as the engine's skeleton (I/l/1/| → l, O/0 → o, rn → m, vv → w), whitespace and punctuation
 * dropped (what the image must show is the letters; OCR rarely reads punctuation reliably).
 */
export function foldUnits(text: string, read = 0): Unit[] {
  const out: Unit[] = [];
  Array.from(text).forEach((ch, char) => {
    const plain = ch.normalize('NFKC').normalize('NFD').replace(/\p{M}/gu, '');
    for (const piece of Array.from(plain)) {
      if (piece === '|') out.push({ unit: 'l', read, char, last: char });
      else if (/[\s\p{P}\p{S}]/u.test(piece)) continue;
      else out.push({ unit: skeleton(piece), read, char, last: char });
    }
  });
  // rn → m, vv → w (as skeleton does on whole strings)
  const merged: Unit[] = [];
  for (const u of out) {
    const last = merged[merged.length - 1];
    if (last && last.read === u.read && ((last.unit === 'r' && u.unit === 'n') || (last.unit === 'v' && u.unit === 'v'))) {
      merged[merged.length - 1] = { ...last, unit: last.unit === 'r' ? 'm' : 'w', last: u.last };
    } else merged.push(u);
  }
  return merged.filter((u) => u.unit !== '');
}

export function foldString(text: string): string {
  return foldUnits(text).map((u) => u.unit).join('');
}

export const isHan = (ch: string) => /\p{Script=Han}/u.test(ch);
