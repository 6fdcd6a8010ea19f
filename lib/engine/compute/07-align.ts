import type { Lexicon } from '../lexicon/build';
import type { Constraint, Evidence, Status } from '../schema';
import { compareText, foldText } from '../text/compare-text';
import type { Entity, Reading, Spanned } from './05-read';

/**
 * Pass 7: each constraint of the original against the rewrite's reading.
 * kept — carried, on the same subject (synonyms and translations meet in one concept id);
 * altered — the same slot holds another value; unbound — the value is there but on another subject or none;
 * lost — nothing carries it.
 */
interface Verdict {
  status: Status;
  at?: Spanned;
  found?: string;
}

/** Same concept, or one the family of the other (cup ⊃ glass, person ⊃ woman). */
export function related(lexicon: Lexicon, a: string, b: string): boolean {
  if (a === b) return true;
  const fa = lexicon.family.get(a);
  const fb = lexicon.family.get(b);
  return fa === b || fb === a;
}

/** The rewrite's entities that carry a lemma: the same concept, its family, or a sibling (cyclist for man). */
function carriers(r: Reading, lexicon: Lexicon, lemma: string): Entity[] {
  const family = lexicon.family.get(lemma) ?? null;
  return r.entities.filter((entity) => related(lexicon, entity.lemma, lemma) || siblings(lexicon, entity.lemma, lemma) ||
    (entity.family !== null && (entity.family === lemma || entity.family === family)));
}

function siblings(lexicon: Lexicon, a: string, b: string): boolean {
  const fa = lexicon.family.get(a);
  return !!fa && fa === lexicon.family.get(b) && a !== b;
}

/** Degrees of one size the guide counts as the same value: a small church drawn tiny is kept. */
const SIZE_CLASS: Record<string, string> = { tiny: 'small', small: 'small', little: 'small', large: 'large', huge: 'large' };
/** A young animal ("a baby dinosaur", 熊猫宝宝) is a small one. */
const YOUNG_SIZE = new Set(['young', 'small', 'little', 'tiny']);
function sameAttribute(a: string, b: string): boolean {
  return a === b || (SIZE_CLASS[a] !== undefined && SIZE_CLASS[a] === SIZE_CLASS[b]) ||
    ((a === 'young' || b === 'young') && YOUNG_SIZE.has(a) && YOUNG_SIZE.has(b));
}

/** Times of day the guide treats as one value: early light (dawn = morning), late light (evening = dusk). */
const LIGHT_CLASS: Record<string, string> = { sunrise: 'early', morning: 'early', dusk: 'late', sunset: 'late', night: 'night', moonlight: 'night' };
/** Light qualities that exclude each other: warm light drawn as cold moonlight is altered. */
const LIGHT_OPPOSITE: Record<string, string> = {
  'warm light': 'cool light', 'soft light': 'hard light', bright: 'dim', 'high-key': 'low-key', daylight: 'night', sunlight: 'overcast',
};
/** Styles that name the same medium: a pencil sketch is a sketch. */
const STYLE_CLASS: Record<string, string> = { sketch: 'sketch', 'pencil drawing': 'sketch' };

const EXCLUSIVE_TYPES = new Set(['color', 'material', 'size', 'shape', 'pattern']);
const TIME_OF_DAY = new Set(['night', 'sunset', 'sunrise', 'golden hour', 'blue hour', 'daylight', 'midday', 'dusk', 'dawn', 'twilight', 'moonlight']);
const ORIENTATION: Record<string, 'portrait' | 'landscape' | 'square'> = { portrait: 'portrait', landscape: 'landscape', square: 'square', panorama: 'landscape', widescreen: 'landscape' };

function orientation(value: string, ratio: string | null): 'portrait' | 'landscape' | 'square' | null {
  const match = /^(\d+):(\d+)$/.exec(ratio ?? value);
  if (match) {
    const [w, h] = [Number(match[1]), Number(match[2])];
    return w === h ? 'square' : w > h ? 'landscape' : 'portrait';
  }
  return ORIENTATION[value] ?? null;
}

/** Relations that say the same thing for a checker: a knight riding a horse is on it. */
const RELATION_CLASS: Record<string, string> = {
  on: 'on', riding: 'on', 'sitting on': 'on', 'standing on': 'on', 'lying on': 'on', 'resting on': 'on', atop: 'on', 'on top of': 'on',
  in: 'in', inside: 'in', within: 'in', 'sitting in': 'in',
  above: 'above', over: 'above', 'hanging above': 'above',
  'next to': 'near', near: 'near', beside: 'near', 'close to': 'near',
  'in front of': 'in front of', before: 'in front of',
};
function sameRelation(a: string, b: string): boolean {
  return a === b || (RELATION_CLASS[a] !== undefined && RELATION_CLASS[a] === RELATION_CLASS[b]);
}

/**
 * Where a thing is, said loosely: a rabbit on the grass sits in the meadow, a swan on the lake glides across it, a
 * farmer wearing a hat is in a hat. The labelling guide counts these as kept; only a different direction (left of →
 * right of, next to → behind) or a different action (holding → looking at) is altered.
 */
const LOOSE_PLACE = new Set(['on', 'in', 'across', 'through', 'among', 'around', 'along', 'at', 'over', 'above', 'containing']);
const LOOSE_PAIRS = new Set(['wearing|in', 'in|wearing', 'holding|carrying', 'carrying|holding', 'hugging|holding', 'holding|hugging', 'hugging|around',
  // a side is one way of being next to something; play takes many verbs
  'near|left of', 'near|right of', 'near|behind', 'near|in front of', 'playing with|throwing', 'playing with|holding', 'playing with|chasing']);
function compatibleRelation(wanted: string, found: string): boolean {
  if (sameRelation(wanted, found)) return true;
  const a = RELATION_CLASS[wanted] ?? wanted;
  const b = RELATION_CLASS[found] ?? found;
  return (LOOSE_PLACE.has(a) && LOOSE_PLACE.has(b) && !(a === 'above' && b !== 'above' && b !== 'over')) || LOOSE_PAIRS.has(`${a}|${b}`);
}
/** Relations that fix a direction: a rewrite that only puts the two things together does not carry them. */
const DIRECTIONAL = new Set(['left of', 'right of', 'above', 'below', 'under', 'behind', 'in front of', 'between']);

export function align(constraints: Constraint[], rewrite: Reading, lexicon: Lexicon): Constraint[] {
  const text = rewrite.text;
  const asked = new Set(constraints.filter((c) => c.kind === 'object').map((c) => c.subject));
  const askedTexts = constraints.filter((c) => c.kind === 'text').map((c) => foldText(c.value));
  const evidence = (at: Spanned | undefined): Evidence | undefined =>
    at ? { text: text.slice(at.start, at.end), span: [at.start, at.end] } : undefined;
  // Subjects asked with two values of one type (one pig black, the others pink): neither is an echoed edit.
  const valueKey = (c: Constraint) => `${c.subject}|${c.attributeType ?? lexicon.attributeType.get(c.value) ?? ''}`;
  const values = new Map<string, Set<string>>();
  for (const c of constraints) if (c.kind === 'attribute') values.set(valueKey(c), (values.get(valueKey(c)) ?? new Set()).add(c.value));
  const multiValued = (c: Constraint) => (values.get(valueKey(c))?.size ?? 0) > 1;
  return constraints.map((constraint) => {
    const verdict = swappedPlace(constraint, constraints, rewrite, lexicon) ?? judge(constraint, rewrite, lexicon, asked, askedTexts, multiValued(constraint));
    const out: Constraint = { ...constraint, status: verdict.status };
    const ev = evidence(verdict.at);
    if (ev) out.evidence = ev;
    if (verdict.found !== undefined && verdict.status !== 'kept') out.found = verdict.found;
    else delete out.found;
    return out;
  });
}

/**
 * Same-lemma instances told apart by place (the left apple is bitten, the right one rotten). When the rewrite moves
 * the distinguishing attribute to another place, the place is altered (labelling guide, convention 3): judge the
 * position by where the instance with that attribute now stands.
 */
function swappedPlace(c: Constraint, all: Constraint[], r: Reading, lexicon: Lexicon): Verdict | null {
  // The only marked instance of its lemma ("the red one in the center") drawn elsewhere: the attribute is kept
  // and its position constraint reports the move. With several marked instances the states themselves were
  // shuffled, and stay 'unbound' (tests/unit/engine/seed-examples.test.ts pins that).
  if (c.kind === 'attribute' && c.qualifier &&
    !all.some((other) => other !== c && other.kind === 'attribute' && other.subject === c.subject && other.qualifier && other.qualifier !== c.qualifier)) {
    const holder = r.entities.find((entity) => related(lexicon, entity.lemma, c.subject) && entity.attrs.some((attr) => attr.value === c.value));
    const attr = holder?.attrs.find((candidate) => candidate.value === c.value);
    if (attr) return { status: 'kept', at: attr };
  }
  if (c.kind !== 'position') return null;
  for (const marker of all) {
    if (marker.kind !== 'attribute' || marker.qualifier !== c.value || marker.subject !== c.subject) continue;
    const holder = r.entities.find((entity) => related(lexicon, entity.lemma, c.subject) && entity.position &&
      entity.attrs.some((attr) => attr.value === marker.value));
    if (!holder?.position) continue;
    if (samePosition(holder.position.value, c.value)) return { status: 'kept', at: holder.position };
    return { status: 'altered', at: holder.position, found: holder.position.value };
  }
  return null;
}

function judge(c: Constraint, r: Reading, lexicon: Lexicon, asked: Set<string>, askedTexts: string[] = [], multiValued = false): Verdict {
  const subjects = (lemma: string) => r.entities.filter((entity) => related(lexicon, entity.lemma, lemma));
  const isAsked = (lemma: string) => [...asked].some((other) => related(lexicon, other, lemma));
  /** The rewrite named the subject differently ("a wooden board" for the sign): a noun the user never used. */
  const paraphrase = (entity: Entity, subject: string, type?: string) => !isAsked(entity.lemma) &&
    (!subjects(subject).length || subjects(subject).some((other) => other.mention.sentence === entity.mention.sentence &&
      // a plate that has its own colour is not also "a pink napkin"
      !(type && other.attrs.some((attr) => lexicon.attributeType.get(attr.value) === type))));
  switch (c.kind) {
    case 'object': {
      const same = subjects(c.subject)[0];
      if (same) return { status: 'kept', at: same };
      const negated = r.negations.find((negation) => related(lexicon, negation.lemma, c.subject));
      if (negated) return { status: 'altered', at: negated, found: `no ${negated.lemma}` };
      // A sibling of the same family (a girl drawn as a woman, a neon sign for a signboard) carries the subject.
      const sibling = carriers(r, lexicon, c.subject)[0];
      if (sibling) return { status: 'kept', at: sibling, found: sibling.lemma };
      // Compounds the lexicon does not list: "tabletop" carries the table, "storybooks" the book (a head of at
      // least four letters at the end of a word, so "man" is not found in "woman").
      const escaped = c.subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const compound = new RegExp(c.subject.length >= 4 ? `\\b${escaped}|\\B${escaped}(?:e?s)?\\b` : `\\b${escaped}`, 'i').exec(r.text);
      if (compound && /^[a-z ]+$/.test(c.subject)) return { status: 'kept', at: { start: compound.index, end: compound.index + c.subject.length } };
      // A two-word concept carried by one of its words as a thing of the rewrite: 竹林 "bamboo forest" by bamboo
      // stalks, 雪山 "snowy mountain" by the peaks (family) of a mountainside.
      const words = c.subject.split(' ');
      if (words.length > 1) {
        const part = r.entities.find((entity) => words.some((word) => word.length >= 4 && (entity.lemma === word || entity.family === word ||
          entity.lemma.split(' ').includes(word))));
        if (part) return { status: 'kept', at: part, found: part.lemma };
        const loose = r.mentions.find((mention) => mention.tag.t === 'attr' && words.includes(mention.tag.id));
        if (loose) return { status: 'kept', at: loose };
      }
      return { status: 'lost' };
    }
    case 'count': {
      // A count needs the thing itself or a kind of it (four golden retrievers are four dogs), not a sibling.
      const candidates = r.entities.filter((entity) => related(lexicon, entity.lemma, c.subject) || entity.family === c.subject);
      if (c.value === '0.5') {
        // Half a glass: carried by a half-full glass; a full or empty one, or another strong number, alters it;
        // a plain "a glass of water" has dropped it.
        const half = candidates.find((entity) => entity.attrs.some((attr) => attr.value === 'half-full') || entity.count?.value === '0.5');
        if (half) return { status: 'kept', at: half };
        for (const entity of candidates) {
          const fill = entity.attrs.find((attr) => attr.value === 'full' || attr.value === 'empty');
          if (fill) return { status: 'altered', at: fill, found: fill.value };
          if (entity.count && !entity.count.weak) return { status: 'altered', at: entity.count, found: entity.count.value };
        }
        return { status: 'lost' };
      }
      const counted = candidates.find((entity) => entity.count);
      if (counted?.count) {
        if (counted.count.value === c.value) return { status: 'kept', at: counted.count };
        return { status: 'altered', at: counted.count, found: counted.count.value };
      }
      const wanted = Number(c.value);
      // "one on the left, one in the middle, one on the right": as many placed instances as asked.
      const placed = new Set(candidates.filter((entity) => entity.position).map((entity) => entity.position!.value));
      if (wanted >= 2 && placed.size === wanted) return { status: 'kept', at: candidates[0] };
      const elsewhere = r.entities.find((entity) => entity.count?.value === c.value && !related(lexicon, entity.lemma, c.subject));
      if (elsewhere?.count) return { status: 'unbound', at: elsewhere.count, found: `${elsewhere.count.value} ${elsewhere.lemma}` };
      const free = r.freeCounts.find((count) => count.value === c.value);
      // "three chubby, rosy piglets": a number the reading could not attach, right before the subject, is its count.
      if (free && candidates.some((entity) => entity.start > free.end && entity.start - free.end <= 40 && !/[.!?。！？]/.test(r.text.slice(free.end, entity.start)))) {
        return { status: 'kept', at: free };
      }
      if (free) return { status: 'unbound', at: free, found: free.value };
      if (wanted === 1 && candidates.length === 1) return { status: 'kept', at: candidates[0] };
      return { status: 'lost' };
    }
    case 'attribute': {
      const type = c.attributeType ?? lexicon.attributeType.get(c.value);
      let targets = subjects(c.subject);
      if (c.qualifier) {
        // The instance at the qualifier's place; instances with no place at all still carry it (the lost place
        // is reported by the position constraint), an instance elsewhere does not.
        targets = targets.filter((entity) => !entity.position || samePosition(entity.position.value, c.qualifier!));
      }
      for (const entity of targets) {
        const attr = entity.attrs.find((candidate) => sameAttribute(candidate.value, c.value));
        if (!attr) continue;
        // An edit echoed at the end ("… a glossy red cup … Make the cup green.") while the description keeps the
        // old value: the old value, said first, is what the image gets (guide, convention 8).
        const earlier = c.edit && !multiValued && type && EXCLUSIVE_TYPES.has(type) ? targets.flatMap((other) => other.attrs)
          .find((other) => other.start < attr.start && other.value !== attr.value && lexicon.attributeType.get(other.value) === type) : undefined;
        if (earlier) return { status: 'altered', at: earlier, found: earlier.value };
        return { status: 'kept', at: attr };
      }
      // The value on another instance or another subject, or on no subject at all.
      for (const entity of r.entities) {
        const attr = entity.attrs.find((candidate) => candidate.value === c.value);
        if (attr && paraphrase(entity, c.subject, type)) return { status: 'kept', at: attr };
        if (attr) {
          const where = entity.position && related(lexicon, entity.lemma, c.subject) ? `${entity.position.value} ${entity.lemma}` : entity.lemma;
          return { status: 'unbound', at: attr, found: where };
        }
      }
      const free = r.freeAttrs.find((attr) => attr.value === c.value);
      if (free) return { status: 'unbound', at: free, found: 'no subject' };
      if (type && EXCLUSIVE_TYPES.has(type)) {
        for (const entity of targets) {
          const other = entity.attrs.find((candidate) => candidate.type === type);
          if (other) return { status: 'altered', at: other, found: other.value };
        }
      }
      return { status: 'lost' };
    }
    case 'position': {
      if (c.subject === 'text') {
        // A bare text's place: on a placed text of the rewrite (or its carrier), else a free position of the same value.
        const placed = r.texts.find((rendered) => rendered.position && samePosition(rendered.position.value, c.value)) ??
          r.texts.find((rendered) => rendered.carrier?.position && samePosition(rendered.carrier.position.value, c.value));
        if (placed) return { status: 'kept', at: placed.position ?? placed.carrier!.position! };
        const free = r.freePositions.find((position) => samePosition(position.value, c.value));
        if (free) return { status: 'kept', at: free };
      }
      if (c.subject === 'text' && !r.entities.some((entity) => entity.lemma === 'text')) {
        // Another place said in the sentence of a rewritten text: "画面右下角…题有“高山流水”".
        const moved = r.texts.find((rendered) => rendered.position)?.position ?? r.texts.find((rendered) => rendered.carrier?.position)?.carrier!.position ?? r.freePositions.find((position) =>
          r.texts.some((rendered) => !/[.!?。！？]/.test(r.text.slice(Math.min(position.end, rendered.end), Math.max(position.start, rendered.start)))));
        if (moved) return { status: 'altered', at: moved, found: moved.value };
        return { status: 'lost' };
      }
      const candidates = subjects(c.subject);
      const same = candidates.find((entity) => entity.position && samePosition(entity.position.value, c.value));
      if (same?.position) return { status: 'kept', at: same.position };
      const other = r.entities.find((entity) => entity.position && samePosition(entity.position.value, c.value) &&
        !related(lexicon, entity.lemma, c.subject));
      const differing = candidates.find((entity) => entity.position);
      if (differing?.position && !other) return { status: 'altered', at: differing.position, found: differing.position.value };
      if (other?.position) return { status: 'unbound', at: other.position, found: other.lemma };
      if (differing?.position) return { status: 'altered', at: differing.position, found: differing.position.value };
      const relation = r.relations.find((rel) => related(lexicon, rel.subject.lemma, c.subject) && rel.value.startsWith(`${c.value} `));
      if (relation) return { status: 'kept', at: { start: relation.relStart, end: relation.relEnd } };
      return { status: 'lost' };
    }
    case 'relation': {
      const object = c.object ?? '';
      const inverse = lexicon.inverse.get(c.value);
      const subjectCarriers = new Set(carriers(r, lexicon, c.subject));
      const inSentence = (lemma: string, sentence: number) => r.entities.some((entity) => entity.mention.sentence === sentence && related(lexicon, entity.lemma, lemma));
      for (const rel of r.relations) {
        const sentence = rel.object.mention.sentence;
        const forward = (related(lexicon, rel.subject.lemma, c.subject) || (!isAsked(rel.subject.lemma) && inSentence(c.subject, sentence))) &&
          (related(lexicon, rel.object.lemma, object) || (!isAsked(rel.object.lemma) && inSentence(object, rel.subject.mention.sentence)));
        const backward = related(lexicon, rel.subject.lemma, object) && related(lexicon, rel.object.lemma, c.subject);
        if ((forward && sameRelation(rel.value, c.value)) || (backward && inverse && sameRelation(rel.value, inverse))) return { status: 'kept', at: rel };
      }
      // Left of / right of carried as positions of the two subjects.
      const positionPair: Record<string, [string, string]> = { 'left of': ['left', 'right'], 'right of': ['right', 'left'], above: ['top', 'bottom'], below: ['bottom', 'top'] };
      const pair = positionPair[c.value];
      if (pair) {
        const a = subjects(c.subject).find((entity) => entity.position?.value === pair[0]);
        const b = subjects(object).find((entity) => entity.position?.value === pair[1] && entity !== a);
        if (a && b) return { status: 'kept', at: a.position! };
      }
      for (const rel of r.relations) {
        const forward = related(lexicon, rel.subject.lemma, c.subject) && related(lexicon, rel.object.lemma, object);
        const backward = related(lexicon, rel.subject.lemma, object) && related(lexicon, rel.object.lemma, c.subject);
        if (forward && compatibleRelation(c.value, rel.value)) return { status: 'kept', at: rel };
        // A sibling of the subject (a girl drawn as a woman) in the same relation to the same thing.
        if (subjectCarriers.has(rel.subject) && related(lexicon, rel.object.lemma, object) && sameRelation(c.value, rel.value)) {
          return { status: 'kept', at: rel };
        }
        // The same subject in the same kind of place, the place named with a word the user never used ("in the
        // snow" → "in a snowy field", "above the desert" → "over the dunes").
        const paraphrased = subjectCarriers.has(rel.subject) && !isAsked(rel.object.lemma);
        if (paraphrased && compatibleRelation(c.value, rel.value) && (DIRECTIONAL.has(c.value) ? sameRelation(c.value, rel.value) : true)) {
          return { status: 'kept', at: rel };
        }
        if (forward || backward) return { status: 'altered', at: rel, found: `${rel.subject.lemma} ${rel.value} ${rel.object.lemma}` };
      }
      // Both things named in one sentence with no contradicting relation: a rewrite says "a retriever bounds after
      // a tennis ball on the beach" for "a dog chasing a ball on a beach". Directions need explicit words.
      if (!DIRECTIONAL.has(c.value)) {
        const objectSentences = new Map(carriers(r, lexicon, object).map((other) => [other.mention.sentence, other]));
        const together = carriers(r, lexicon, c.subject).find((entity) => {
          const other = objectSentences.get(entity.mention.sentence);
          return other !== undefined && other !== entity;
        });
        if (together) return { status: 'kept', at: together };
      }
      const moved = r.relations.find((rel) => rel.value === c.value && (isAsked(rel.subject.lemma) || isAsked(rel.object.lemma)));
      if (moved) return { status: 'unbound', at: moved, found: `${moved.subject.lemma} ${moved.value} ${moved.object.lemma}` };
      return { status: 'lost' };
    }
    case 'text': {
      let best: { verdict: ReturnType<typeof compareText>; at: Spanned; value: string } | null = null;
      for (const rendered of r.texts) {
        const verdict = compareText(c.value, rendered.value);
        if (!best || verdict.distance < best.verdict.distance) best = { verdict, at: rendered, value: rendered.value };
      }
      if (best && (best.verdict.verdict === 'exact' || best.verdict.verdict === 'case')) return { status: 'kept', at: best.at };
      if (best && best.verdict.verdict !== 'different') return { status: 'altered', at: best.at, found: best.value };
      // A different text on the same carrier (字母榜 → "Alphabet List"): translated or replaced.
      // Texts that are the user's other requested texts ("A" and "Z" beside 字母榜) are not a replacement of this one;
      // among the rest, the longest on the same carrier is the likely translation.
      const others = r.texts.filter((rendered) => !askedTexts.includes(foldText(rendered.value)));
      const onCarrier = others
        .filter((rendered) => rendered.carrier && related(lexicon, rendered.carrier.lemma, c.subject))
        .sort((a, b) => b.value.length - a.value.length)[0];
      if (onCarrier) return { status: 'altered', at: onCarrier, found: onCarrier.value };
      if (others.length === 1 && others[0]) return { status: 'altered', at: others[0], found: others[0].value };
      const raw = r.text.indexOf(c.value);
      if (raw >= 0 && c.value.length >= 2) return { status: 'kept', at: { start: raw, end: raw + c.value.length } };
      return { status: 'lost' };
    }
    case 'lighting': {
      const direction = c.value !== c.subject ? c.value : null;
      if (direction) {
        const same = r.lights.find((light) => light.direction && samePosition(light.direction.value, direction));
        const first = r.lights.find((light) => light.direction);
        // An edited direction echoed after a description that keeps the old one (convention 8).
        if (same?.direction && c.edit && first?.direction && first !== same && !samePosition(first.direction.value, direction)) {
          return { status: 'altered', at: first.direction, found: `from ${first.direction.value}` };
        }
        if (same?.direction) return { status: 'kept', at: same.direction };
        const other = r.lights.find((light) => light.direction);
        if (other?.direction) return { status: 'altered', at: other.direction, found: `from ${other.direction.value}` };
        return { status: 'lost' };
      }
      const same = r.lights.find((light) => light.id === c.value || (LIGHT_CLASS[light.id] !== undefined && LIGHT_CLASS[light.id] === LIGHT_CLASS[c.value]));
      if (same) return { status: 'kept', at: same };
      const opposite = r.lights.find((light) => LIGHT_OPPOSITE[c.value] === light.id || LIGHT_OPPOSITE[light.id] === c.value);
      if (opposite) return { status: 'altered', at: opposite, found: opposite.id };
      if (TIME_OF_DAY.has(c.value)) {
        const other = r.lights.find((light) => TIME_OF_DAY.has(light.id));
        if (other) return { status: 'altered', at: other, found: other.id };
      }
      return { status: 'lost' };
    }
    case 'negation': {
      const kept = r.negations.find((negation) => related(lexicon, negation.lemma, c.subject) ||
        (negation.family !== null && negation.family === c.subject));
      if (kept) return { status: 'kept', at: kept };
      const present = r.entities.find((entity) => related(lexicon, entity.lemma, c.subject) || entity.family === c.subject);
      if (present) return { status: 'altered', at: present, found: present.lemma };
      return { status: 'lost' };
    }
    case 'style':
    case 'camera': {
      const list = c.kind === 'style' ? r.styles : r.cameras;
      const same = list.find((item) => item.id === c.value || (STYLE_CLASS[item.id] !== undefined && STYLE_CLASS[item.id] === STYLE_CLASS[c.value]));
      // An edited view echoed after a description that keeps the old one (convention 8): "viewed from directly
      // overhead … Shot from a low angle."
      const first = c.kind === 'camera' ? list.find((item) => cameraGroup(item.id) !== null && cameraGroup(item.id) === cameraGroup(c.value)) : undefined;
      if (same && c.edit && first && first.start < same.start && first.id !== same.id) {
        return { status: 'altered', at: first, found: first.id };
      }
      if (same) return { status: 'kept', at: same };
      if (c.kind === 'camera') {
        const group = cameraGroup(c.value);
        const other = group ? list.find((item) => cameraGroup(item.id) === group) : undefined;
        if (other) return { status: 'altered', at: other, found: other.id };
        return { status: 'lost' };
      }
      const other = list[0];
      if (other) return { status: 'altered', at: other, found: other.id };
      return { status: 'lost' };
    }
    case 'aspect': {
      const wanted = orientation(c.value, lexicon.aspectRatio.get(c.value) ?? null);
      const same = r.aspects.find((aspect) => aspect.value === c.value);
      if (same) return { status: 'kept', at: same };
      const compatible = r.aspects.find((aspect) => wanted && orientation(aspect.value, aspect.ratio) === wanted &&
        !(/:/.test(c.value) && /:/.test(aspect.value)));
      if (compatible) return { status: 'kept', at: compatible };
      const other = r.aspects[0];
      if (other) return { status: 'altered', at: other, found: other.value };
      return { status: 'lost' };
    }
  }
}

const POSITION_EQUIVALENTS: Record<string, string[]> = {
  center: ['center', 'middle'],
  middle: ['center', 'middle'],
};
function samePosition(a: string, b: string): boolean {
  return a === b || (POSITION_EQUIVALENTS[a]?.includes(b) ?? false);
}

function cameraGroup(id: string): string | null {
  if (/top|overhead|bird|aerial|low|worm|eye|high angle|below|above|dutch/.test(id)) return 'angle';
  if (/close|macro|medium|wide|full|long shot|establishing/.test(id)) return 'shot';
  if (/front|side|back|profile|rear/.test(id)) return 'view';
  return null;
}

export type { Entity };
