import { constraintsOf } from '../compute/06-constraints';
import { related } from '../compute/07-align';
import type { Lexicon } from '../lexicon/build';
import { readText } from '../read-text';
import type { Constraint } from '../schema';
import { ADD_MORE, EDIT_CUE, FRESH_CUE, REPLACE_PATTERNS } from './cues';

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
      drop(about(old));
      own = own.filter((c) => !(c.kind === 'object' && same(c.subject, old)));
    }
  }

  const subject = changed ?? mainSubject(next);
  const adding = ADD_MORE.test(text);
  const incoming: Constraint[] = own.map((c) => ({ ...c, subject: canonical(c.subject), ...(c.object ? { object: canonical(c.object) } : {}) }));
  if (adding) {
    // "add one more egg", 再加一个鸡蛋: the plain 一个/"one" is the number added, not an implicit article.
    for (const entity of reading.entities) {
      const lemma = canonical(entity.lemma);
      if (entity.count?.weak && entity.count.value === '1' && !incoming.some((c) => c.kind === 'count' && same(c.subject, lemma))) {
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
    // "only one" with no noun
    if (/\bonly one\b|\bjust one\b|只要一[个只個隻]|只留一[个只個隻]/i.test(text) && !incoming.some((c) => c.kind === 'count')) {
      const at = text.search(/only one|just one|只要一|只留一/i);
      incoming.push({ id: '', kind: 'count', text: text.slice(at, at + 8), span: [at, Math.min(text.length, at + 8)], subject, value: '1', turn });
    }
  }

  for (const c of incoming) {
    switch (c.kind) {
      case 'object':
        if (next.some((o) => o.kind === 'object' && same(o.subject, c.subject))) continue;
        break;
      case 'count': {
        const old = next.find((o) => o.kind === 'count' && same(o.subject, c.subject));
        if (adding && old && Number.isFinite(Number(old.value)) && Number.isFinite(Number(c.value))) {
          c.value = String(Number(old.value) + Number(c.value));
        } else if (adding && !old && Number.isFinite(Number(c.value)) && next.some((o) => o.kind === 'object' && same(o.subject, c.subject))) {
          // "add two more" / 再加两只 after a plain "an owl" / 一只猫头鹰: the implicit one counts (guide, convention 7).
          c.value = String(Number(c.value) + 1);
        }
        drop((o) => o.kind === 'count' && same(o.subject, c.subject));
        break;
      }
      case 'attribute':
        if (c.attributeType && EXCLUSIVE.has(c.attributeType)) {
          drop((o) => o.kind === 'attribute' && same(o.subject, c.subject) && o.attributeType === c.attributeType);
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
