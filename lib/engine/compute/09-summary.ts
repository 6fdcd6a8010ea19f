import type { Constraint, Lang, Summary } from '../schema';
import type { Reading } from './05-read';

/** Pass 9: the counts, fidelity ((kept + unbound/2) / all) and dilution of the rewrite. */
export function summarise(constraints: Constraint[], rewrite: Reading): Summary {
  const counts = { kept: 0, altered: 0, unbound: 0, lost: 0 };
  for (const constraint of constraints) if (constraint.status) counts[constraint.status]++;
  const total = constraints.length;
  const fidelity = total === 0 ? 1 : (counts.kept + counts.unbound / 2) / total;
  return { ...counts, fidelity: round(fidelity), dilution: round(dilution(constraints, rewrite)) };
}

/**
 * The share of the rewrite's words that carry none of the user's constraints ("drowned in decorative language").
 * A Latin word or number counts 1; a Han character 0.6 (Chinese words average about 1.7 characters).
 */
export function dilution(constraints: Constraint[], rewrite: Reading): number {
  const spans = constraints
    .filter((constraint) => constraint.evidence && constraint.status !== 'lost')
    .map((constraint) => constraint.evidence!.span)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let carrying = 0;
  let cursor = 0;
  for (const token of rewrite.tokens) {
    if (token.kind === 'sentence' || token.kind === 'clause') continue;
    const weight = token.kind === 'han' ? 0.6 : 1;
    total += weight;
    while (cursor < spans.length && spans[cursor]![1] <= token.start) cursor++;
    for (let k = cursor; k < spans.length && spans[k]![0] < token.end; k++) {
      if (spans[k]![1] > token.start) {
        carrying += weight;
        break;
      }
    }
  }
  return total === 0 ? 0 : 1 - carrying / total;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const HAN = /\p{Script=Han}/gu;
const LETTER = /\p{L}/gu;
export function languageOf(text: string): Lang {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return 'none';
  const han = text.match(HAN)?.length ?? 0;
  const share = han / letters;
  if (share >= 0.5) return han < letters && letters - han > 12 ? 'mixed' : 'zh';
  return han > 0 ? 'mixed' : 'en';
}
