import { constraintsOf } from '../compute/06-constraints';
import { related } from '../compute/07-align';
import type { Lexicon } from '../lexicon/build';
import { readText } from '../read-text';
import type { Constraint } from '../schema';
import { ADD_MORE, EDIT_CUE, FEWER_CUE, FRESH_CUE, INSTANCE_CUE, MEDIUM_CUE, ONE_MORE, PREDICATIVE, REPLACE_PATTERNS, SMALL_NUMBERS, WATER_BODIES } from './cues';

/**
 * Follow-up turns: the constraints in force at the latest message are the earlier turns' constraints, updated by
 * each later turn. A later turn overrides what it changes on the same subject (colour, count, position, light,
 * style, a replaced or removed object) and adds what is new; a turn that starts a fresh request starts over.
 * Each constraint records its `turn`; spans point into the message of that turn.
 */
export interface InForce {
  constraints: Constraint[];
  /** Index of the first turn still in force. */
  since: number;
  startedFresh: boolean;
  reason: string;
}

const EXCLUSIVE = new Set(['color', 'material', 'size', 'shape', 'pattern']);
const TIME_OF_DAY = /night|sunset|sunrise|dawn|dusk|golden hour|blue hour|daylight|midday|noon|twilight|moonlight/;

export function constraintsInForce(turns: string[], lexicon: Lexicon): InForce {
  let state: Constraint[] = [];
  let since = 0;
  let startedFresh = false;
  let reason = 'a single message';
  turns.forEach((text, turn) => {
    const reading = readText(text);
    const own = constraintsOf(reading).map((c) => ({ ...c, turn }));
    if (turn === 0) {
      state = own;
      return;
    }
    const fresh = freshReason(text, own, state, lexicon);
    if (fresh) {
      state = own;
      since = turn;
      startedFresh = turn === turns.length - 1;
      reason = fresh;
      return;
    }
    reason = `message ${turn + 1} edits the request of message ${since + 1}`;
    state = applyEdit(state, own, reading, text, turn, lexicon);
  });
  const last = turns.length - 1;
  const constraints = state.map((c, index) => ({
    ...c,
    id: `c${index + 1}`,
    ...(turns.length > 1 ? { edit: c.turn === last && since < last } : {}),
  }));
  return { constraints, since, startedFresh, reason };
}

function freshReason(text: string, own: Constraint[], state: Constraint[], lexicon: Lexicon): string | null {
  if (FRESH_CUE.test(text)) return 'the message asks for a new image';
  const objects = own.filter((c) => c.kind === 'object');
  if (!objects.length || EDIT_CUE.test(text)) return null;
  const known = state.filter((c) => c.kind === 'object');
  // "The dog" after "a puppy" is the same subject; "apples" after a question about "fruit" is a new one.
  const overlaps = objects.some((o) => known.some((k) => k.subject === o.subject || lexicon.family.get(k.subject) === o.subject));
  return overlaps ? null : 'the message names only new subjects and no change to the earlier image';
}

function mainSubject(state: Constraint[]): string | null {
  const objects = state.filter((c) => c.kind === 'object').map((c) => c.subject);
  return objects.find((subject) => state.some((c) => c.subject === subject && (c.kind === 'count' || c.kind === 'attribute'))) ?? objects[0] ?? null;
}

function applyEdit(state: Constraint[], own: Constraint[], reading: ReturnType<typeof readText>, text: string, turn: number, lexicon: Lexicon): Constraint[] {
  let next = [...state];
  const same = (a: string, b: string) => a === b || related(lexicon, a, b);
  // Subjects of the follow-up that the earlier turns named: keep the earlier lemma ("the bunny" = rabbit).
  // A follow-up's subject is an earlier one when it is the same lemma, or the earlier one is a kind of it
  // ("make the dog white" after "a puppy"); never the other way ("apple" after "fruit" stays apple).
  const canonical = (subject: string) =>
    next.find((c) => c.kind === 'object' && c.subject === subject)?.subject ??
    next.find((c) => c.kind === 'object' && lexicon.family.get(c.subject) === subject)?.subject ??
    (subject === 'water' ? next.find((c) => c.kind === 'object' && WATER_BODIES.has(c.subject))?.subject : undefined) ??
    subject;
  const drop = (test: (c: Constraint) => boolean) => {
    next = next.filter((c) => !test(c));
  };
  const about = (lemma: string) => (c: Constraint) => same(c.subject, lemma) || (c.object !== undefined && same(c.object, lemma));

  // Replaced objects: every constraint about the old one goes; the new one comes in through `own`.
  // 把树改成三棵 / "turn the cup green": no new object, so the values belong to the old one.
  let changed: string | null = null;
  for (const { pattern, newFirst } of REPLACE_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [oldText, newText] = newFirst ? [match[2]!, match[1]!] : [match[1]!, match[2]!];
    const oldLemma = firstObject(oldText);
    const newLemma = firstObject(newText);
    if (oldLemma && !newLemma) changed ??= next.find((c) => c.kind === 'object' && same(c.subject, oldLemma))?.subject ?? null;
    if (oldLemma && newLemma && !same(oldLemma, newLemma)) {
      const old = next.find((c) => c.kind === 'object' && same(c.subject, oldLemma))?.subject ?? oldLemma;
      // The new thing takes the old one's place (guide, convention 6): "a dog instead of the cat" keeps "on the sofa".
      const placed = next.filter((c) => (c.kind === 'relation' || c.kind === 'position') && about(old)(c) && !(c.object && same(c.subject, c.object)))
        .map((c) => ({ ...c, turn, subject: same(c.subject, old) ? newLemma : c.subject, ...(c.object && same(c.object, old) ? { object: newLemma } : {}) }));
      drop(about(old));
      next.push(...placed);
      own = own.filter((c) => !(c.kind === 'object' && same(c.subject, old)));
    }
  }

  // "make it a painting": a style of the whole image.
  const medium = MEDIUM_CUE.exec(text);
  if (medium) {
    const noun = medium[1]!.toLowerCase();
    const lemma = noun === 'photograph' ? 'photo' : noun;
    const at = medium.index + medium[0].length - noun.length;
    if (!own.some((c) => c.kind === 'style')) {
      own = [...own.filter((c) => !(c.kind === 'object' && c.subject === (lexicon.en.get(lemma)?.find((tag) => tag.t === 'obj')?.id ?? lemma))),
        { id: '', kind: 'style', text: noun, span: [at, at + noun.length], subject: 'image', value: lemma, turn }];
    }
  }
  const subject = changed ?? mainSubject(next);
  const adding = ADD_MORE.test(text);
  const shifted = new Set<Constraint>();
  // "make the sofa green and add a lamp": the value belongs to the thing named before it, not to the next noun.
  own = own.map((c) => {
    if (c.kind !== 'attribute') return c;
    const before = PREDICATIVE.exec(text.slice(0, c.span[0]));
    const owner = before ? firstObject(before[1]!) : null;
    return owner && owner !== c.subject && own.some((o) => o.kind === 'object' && o.subject === owner) ? { ...c, subject: owner } : c;
  });
  const incoming: Constraint[] = own.map((c) => ({ ...c, subject: canonical(c.subject), ...(c.object ? { object: canonical(c.object) } : {}) }));
  if (adding) {
    // "add one more egg", 再加一个鸡蛋: the plain 一个/"one" is the number added, not an implicit article.
    for (const entity of reading.entities) {
      const lemma = canonical(entity.lemma);
      // (Only for a thing already there: "add a dog" to a picture with none is a plain dog.)
      if (entity.count?.weak && entity.count.value === '1' && !incoming.some((c) => c.kind === 'count' && same(c.subject, lemma)) &&
        next.some((c) => c.kind === 'object' && same(c.subject, lemma))) {
        incoming.push({ id: '', kind: 'count', text: text.slice(entity.count.start, entity.count.end), span: [entity.count.start, entity.count.end], subject: lemma, value: '1', turn });
      }
    }
  }
  // Values the follow-up gives with no noun ("make it white", 再加两只) belong to the main subject.
  if (subject) {
    const span = (s: { start: number; end: number }) => ({ text: text.slice(s.start, s.end), span: [s.start, s.end] as [number, number] });
    for (const attr of reading.freeAttrs) incoming.push({ id: '', kind: 'attribute', ...span(attr), subject, value: attr.value, attributeType: attr.type, turn });
    for (const position of reading.freePositions) incoming.push({ id: '', kind: 'position', ...span(position), subject, value: position.value, turn });
    for (const count of reading.freeCounts) incoming.push({ id: '', kind: 'count', ...span(count), subject, value: count.value, turn });
    // "one fewer", 少一只; "add another", 再来一只: the count in force moves by the number.
    const fewer = FEWER_CUE.exec(text);
    const more = !fewer && ONE_MORE.exec(text);
    const shift = fewer ? -(SMALL_NUMBERS[(fewer[1] ?? fewer[2] ?? fewer[3] ?? '').toLowerCase()] ?? Number(fewer[1] ?? fewer[2] ?? fewer[3])) : more ? 1 : 0;
    const match = fewer || more;
    // The thing named right after the cue ("another cat", 再来一只猫), else the main subject; a new thing ("add
    // another dog" to a picture with none, 再加一只狗) is one thing, not one more.
    const after = match ? reading.entities.find((e) => !e.anaphoric && e.start >= match.index + match[0].length && e.start - (match.index + match[0].length) <= 16) : undefined;
    const named = after ? canonical(after.lemma) : subject;
    const known = next.some((o) => o.kind === 'object' && same(o.subject, named));
    if (match && known && shift && Number.isFinite(shift) && !incoming.some((c) => c.kind === 'count' && same(c.subject, named) && c.value !== '1')) {
      const old = next.find((o) => o.kind === 'count' && same(o.subject, named));
      const base = old ? Number(old.value) : 1;
      if (Number.isFinite(base) && base + shift >= 1) {
        for (let i = incoming.length - 1; i >= 0; i--) if (incoming[i]!.kind === 'count' && same(incoming[i]!.subject, named)) incoming.splice(i, 1);
        const count: Constraint = { id: '', kind: 'count', text: match[0], span: [match.index, match.index + match[0].length], subject: named, value: String(base + shift), turn };
        shifted.add(count);
        incoming.push(count);
      }
    }
    // "only one" with no noun
    if (/\bonly one\b|\bjust one\b|只要一[个只個隻]|只留一[个只個隻]/i.test(text) && !incoming.some((c) => c.kind === 'count')) {
      const at = text.search(/only one|just one|只要一|只留一/i);
      incoming.push({ id: '', kind: 'count', text: text.slice(at, at + 8), span: [at, Math.min(text.length, at + 8)], subject, value: '1', turn });
    }
  }

  const selector = (c: Constraint) => next.some((o) => o.kind === 'attribute' && o.turn !== turn && same(o.subject, c.subject) && o.value === c.value);
  // One instance of a counted subject picked by its place: "the middle one", 中间那个, 最左边那只.
  const several = subject !== null && next.some((o) => o.kind === 'count' && same(o.subject, subject) && (Number(o.value) >= 2 || o.value === 'several'));
  const instance = several && (reading.freePositions.length > 0 || incoming.some((c) => c.kind === 'position' && c.subject === subject)) &&
    INSTANCE_CUE.test(text);
  for (const c of incoming) {
    switch (c.kind) {
      case 'object':
        if (next.some((o) => o.kind === 'object' && same(o.subject, c.subject))) continue;
        break;
      case 'count': {
        const old = next.find((o) => o.kind === 'count' && same(o.subject, c.subject));
        if (shifted.has(c)) {
          // already the new total
        } else if (adding && old && Number.isFinite(Number(old.value)) && Number.isFinite(Number(c.value))) {
          c.value = String(Number(old.value) + Number(c.value));
        } else if (adding && !old && Number.isFinite(Number(c.value)) && next.some((o) => o.kind === 'object' && o.turn !== turn && same(o.subject, c.subject))) {
          // "add two more" / 再加两只 after a plain "an owl" / 一只猫头鹰: the implicit one counts (guide, convention 7).
          c.value = String(Number(c.value) + 1);
        }
        drop((o) => o.kind === 'count' && same(o.subject, c.subject));
        break;
      }
      case 'attribute':
        // A value the subject already has picks an instance ("the red one on the left", 红色的放在左边) and changes
        // nothing; a value said of one instance ("make the middle one pink", 最左边那只改成黑色) leaves the others'
        // value; values given together in one turn ("one black, the others pink") do not replace each other.
        if (c.attributeType && EXCLUSIVE.has(c.attributeType) && !selector(c) && !(instance && c.subject === subject)) {
          drop((o) => o.kind === 'attribute' && o.turn !== turn && same(o.subject, c.subject) && o.attributeType === c.attributeType);
        }
        drop((o) => o.kind === 'attribute' && same(o.subject, c.subject) && o.value === c.value);
        break;
      case 'position':
        drop((o) => o.kind === 'position' && same(o.subject, c.subject));
        break;
      case 'relation':
        drop((o) => o.kind === 'relation' && same(o.subject, c.subject) && same(o.object ?? '', c.object ?? ''));
        break;
      case 'text':
        drop((o) => o.kind === 'text' && (same(o.subject, c.subject) || incoming.filter((x) => x.kind === 'text').length === 1));
        break;
      case 'lighting': {
        const direction = c.value !== c.subject;
        drop((o) => o.kind === 'lighting' && (direction ? o.value !== o.subject : TIME_OF_DAY.test(o.value) && TIME_OF_DAY.test(c.value)) || (o.kind === 'lighting' && o.value === c.value));
        break;
      }
      case 'style':
        drop((o) => o.kind === 'style');
        break;
      case 'camera':
        drop((o) => o.kind === 'camera');
        break;
      case 'aspect':
        drop((o) => o.kind === 'aspect');
        break;
      case 'negation':
        // "remove the hat", 去掉帽子: the hat and everything said about it go; "no hat" stays in force.
        drop((o) => o.kind !== 'negation' && about(c.subject)(o));
        drop((o) => o.kind === 'negation' && same(o.subject, c.subject));
        break;
    }
    next.push({ ...c, turn });
  }
  return next;
}

function firstObject(fragment: string): string | null {
  const reading = readText(fragment);
  return reading.entities[0]?.lemma ?? null;
}
