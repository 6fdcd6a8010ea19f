import type { Lexicon } from '../lexicon/build';
import type { Addition, Constraint } from '../schema';
import { related } from './07-align';
import type { Reading } from './05-read';

/** Pass 8: what the rewrite adds that the user never asked for — objects, colours and states, lights, styles, shots. */
export function additionsOf(constraints: Constraint[], rewrite: Reading, lexicon: Lexicon): Addition[] {
  const out: Addition[] = [];
  const seen = new Set<string>();
  const asked = (kind: string, value: string) =>
    constraints.some((c) => (c.kind === kind || (kind === 'object' && c.kind === 'negation')) &&
      (c.value === value || related(lexicon, c.value, value) || c.subject === value || c.object === value));
  const push = (kind: Addition['kind'], value: string, start: number, end: number) => {
    const key = `${kind}|${value}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ kind, value, text: rewrite.text.slice(start, end), span: [start, end] });
  };
  for (const entity of rewrite.entities) {
    if (!entity.anaphoric && !asked('object', entity.lemma) && !constraints.some((c) => c.object === entity.lemma)) {
      push('object', entity.lemma, entity.start, entity.end);
    }
    for (const attr of entity.attrs) if (!asked('attribute', attr.value)) push('attribute', attr.value, attr.start, attr.end);
  }
  for (const light of rewrite.lights) if (!asked('lighting', light.id)) push('lighting', light.id, light.start, light.end);
  for (const style of rewrite.styles) if (!asked('style', style.id)) push('style', style.id, style.start, style.end);
  for (const camera of rewrite.cameras) if (!asked('camera', camera.id)) push('camera', camera.id, camera.start, camera.end);
  return out.sort((a, b) => a.span[0] - b.span[0]);
}
