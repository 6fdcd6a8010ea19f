import type { Constraint } from '../schema';
import { isPart, type Reading, type Spanned } from './05-read';

/**
 * Pass 6: the original's reading as constraints, one atom each, ordered by position in the text, deduplicated.
 * Counts of one written as "a" / 一个 are implicit and not constraints; "the left one" adds no second object.
 */
export function constraintsOf(reading: Reading): Constraint[] {
  const out: Omit<Constraint, 'id'>[] = [];
  const { text } = reading;
  const span = (s: Spanned) => ({ text: text.slice(s.start, s.end), span: [s.start, s.end] as [number, number] });
  const instances = new Map<string, number>();
  for (const entity of reading.entities) instances.set(entity.lemma, (instances.get(entity.lemma) ?? 0) + 1);

  const seenObjects = new Set<string>();
  for (const entity of reading.entities) {
    if (!entity.anaphoric && !seenObjects.has(entity.lemma) && !isPart(entity.lemma)) {
      seenObjects.add(entity.lemma);
      out.push({ kind: 'object', ...span(entity), subject: entity.lemma, value: entity.lemma });
    }
    const qualifier = (instances.get(entity.lemma) ?? 0) > 1 && entity.position ? entity.position.value : undefined;
    if (entity.count && !entity.count.weak) {
      out.push({ kind: 'count', ...span(entity.count), subject: entity.lemma, value: entity.count.value });
    }
    if (entity.position) out.push({ kind: 'position', ...span(entity.position), subject: entity.lemma, value: entity.position.value });
    for (const attr of entity.attrs) {
      out.push({
        kind: 'attribute', ...span(attr), subject: entity.lemma, value: attr.value, attributeType: attr.type,
        ...(qualifier ? { qualifier } : {}),
      });
    }
  }
  for (const relation of reading.relations) {
    out.push({
      kind: 'relation', ...span(relation), subject: relation.subject.lemma, value: relation.value,
      object: relation.object.lemma,
    });
  }
  for (const rendered of reading.texts) {
    out.push({ kind: 'text', ...span(rendered), subject: rendered.carrier?.lemma ?? 'text', value: rendered.value });
    if (rendered.position) out.push({ kind: 'position', ...span(rendered.position), subject: 'text', value: rendered.position.value });
  }
  for (const light of reading.lights) {
    const where = light.direction ? { start: Math.min(light.start, light.direction.start), end: Math.max(light.end, light.direction.end) } : light;
    out.push({ kind: 'lighting', ...span(where), subject: light.id, value: light.direction?.value ?? light.id });
  }
  for (const negation of reading.negations) out.push({ kind: 'negation', ...span(negation), subject: negation.lemma, value: negation.lemma });
  for (const style of reading.styles) out.push({ kind: 'style', ...span(style), subject: 'image', value: style.id });
  for (const camera of reading.cameras) out.push({ kind: 'camera', ...span(camera), subject: 'image', value: camera.id });
  for (const aspect of reading.aspects) out.push({ kind: 'aspect', ...span(aspect), subject: 'image', value: aspect.value });

  const seen = new Set<string>();
  const unique = out.filter((constraint) => {
    const key = [constraint.kind, constraint.subject, constraint.value, constraint.object ?? '', constraint.qualifier ?? ''].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  return unique.map((constraint, index) => ({ id: `c${index + 1}`, ...constraint }));
}
