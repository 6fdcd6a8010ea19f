import type { Lexicon } from '../lexicon/build';
import { FUNCTION_WORDS, PART_NOUNS, PLACE_NOUNS, WORN_NOUNS, YOUNG_FORMS } from '../model/function-words';
import { OBJECTS } from '../model/objects';
import type { AttributeType } from '../lexicon/tags';
import type { Token } from './01-tokenise';
import type { Quote } from './02-quotes';
import type { Mention, Tagged } from './03-tag';

/**
 * Pass 5: what a text says, bound together: entities (with their count, position and attributes), relations
 * between them, texts to render, lights, negations, styles, camera and format. The same reading is made of the
 * original and of the rewrite; pass 6 turns the original's into constraints, pass 7 compares the two.
 */
export interface Spanned {
  start: number;
  end: number;
}
export interface Valued extends Spanned {
  value: string;
}
export interface Entity extends Spanned {
  index: number;
  lemma: string;
  family: string | null;
  mention: Mention;
  /** "the left one": a further instance of an earlier entity's lemma. */
  anaphoric: boolean;
  /** "it", 它: the same thing as an earlier entity, named again. */
  pronoun?: boolean;
  count: (Valued & { weak: boolean }) | null;
  position: Valued | null;
  attrs: (Valued & { type: AttributeType })[];
  relationObject: boolean;
}
export interface Relation extends Spanned {
  subject: Entity;
  value: string;
  object: Entity;
  relStart: number;
  relEnd: number;
}
export interface Light extends Spanned {
  id: string;
  direction: Valued | null;
}
export interface RenderText extends Spanned {
  value: string;
  carrier: Entity | null;
  /** "the word "SUMMER" at the top", 顶部写着“夏天”: where a text with no carrier goes. */
  position?: Valued | null;
}
export interface Negation extends Spanned {
  lemma: string;
  family: string | null;
}
export interface Reading {
  text: string;
  tokens: Token[];
  mentions: Mention[];
  entities: Entity[];
  relations: Relation[];
  texts: RenderText[];
  lights: Light[];
  negations: Negation[];
  styles: (Valued & { id: string })[];
  cameras: (Valued & { id: string })[];
  aspects: (Valued & { ratio: string | null })[];
  /** Values that belong to no subject: "in red and blue tones", a number with no noun. */
  freeAttrs: (Valued & { type: AttributeType })[];
  freePositions: Valued[];
  freeCounts: Valued[];
}

const PARTS = new Set(PART_NOUNS.split(/\s+/).filter(Boolean));
const STRESSED_ONE = /single|only|just|exactly|lone|solitary|只有|只要|仅|僅|唯一|孤|单|單/i;
const FUNCTION_EN = new Set(FUNCTION_WORDS.split(/\s+/).filter(Boolean));
const PLACES = new Set(PLACE_NOUNS.split(/\s+/).filter(Boolean));
const WORN = new Set(WORN_NOUNS.split(/\s+/).filter(Boolean));
/** Words that join two noun phrases into one subject: "a cat and a dog on the sofa", 五个橙子和一把刀. */
const CONJUNCTION = /^(and|和|与|與|跟|及|同|、)$/;
/** English containers: "a glass of water on the sill" puts the glass there. Cup-like nouns and 杯/碗/盘/瓶 nouns. */
const CONTAINERS = /^(cup|glass|mug|bowl|plate|bottle|jar|basket|box|bucket|tray|vase|pot|bag|crate|barrel|pitcher|jug|teapot|teacup|wine glass)$/;
/** "on the left", "in the middle", "along the top": a position after its noun, not before one. */
const POSITION_PREPOSITION = /^(on|in|at|to|along|toward|towards|near|by)$/;
/** "shiny skin", 果皮: a part names the thing before it. */
export function isPart(lemma: string): boolean {
  return PARTS.has(lemma);
}
const FILLER_EN = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'very', 'slightly', 'bright', 'light', 'dark', 'deep', 'pale', 'this', 'that', 'its', 'their', 'his', 'her']);
const FILLER_ZH = new Set(['的', '之', '色', '是', '有', '放', '着', '著', '摆', '擺', '站', '坐', '那', '这', '這', '个', '個']);
const LIGHTISH = /light|lit\b|illuminat|glow|shin|ray|beam|sun|光|照|射/i;
const CARRIER_HINT = /sign|board|banner|poster|label|logo|shirt|cover|plaque|card|neon|book|cup|mug|wall|screen|title|招牌|牌|海报|標|标|横幅|封面|衣/i;

export function read(text: string, tagged: Tagged, mentions: Mention[], quotes: Quote[], lexicon: Lexicon): Reading {
  const { tokens, clauseOf, sentenceOf } = tagged;
  const young = new Set<Mention>();
  mentions = youngAnimals(mentions, tokens, lexicon, young);
  const reading: Reading = {
    text, tokens, mentions, entities: [], relations: [], texts: [], lights: [], negations: [], styles: [],
    cameras: [], aspects: [], freeAttrs: [], freePositions: [], freeCounts: [],
  };

  // Negation scopes: from a cue to the end of its clause, at most 8 tokens.
  const negatedToken = new Uint8Array(tokens.length);
  for (const mention of mentions) {
    if (mention.tag.t !== 'neg') continue;
    for (let k = mention.last + 1; k < tokens.length && k - mention.last <= 8 && clauseOf[k] === mention.clause; k++) {
      if (tokens[k]!.kind === 'clause' || tokens[k]!.kind === 'sentence') break;
      negatedToken[k] = 1;
    }
  }
  // 把帽子去掉: in a 把 construction the removed thing stands before the verb.
  for (const mention of mentions) {
    if (mention.tag.t !== 'neg' || tokens[mention.first]!.kind !== 'han') continue;
    for (let k = mention.first - 1; k >= 0 && mention.first - k <= 8 && clauseOf[k] === mention.clause; k--) {
      if (!/^[把將将]$/.test(tokens[k]!.raw)) continue;
      for (let j = k + 1; j < mention.first; j++) negatedToken[j] = 1;
      break;
    }
  }
  const isNegated = (m: Mention) => negatedToken[m.first] === 1;

  // Entities: objects outside negation scopes, and anaphoric instances ("the left one").
  const entityAt = new Map<Mention, Entity>();
  let lastLemma: Entity | null = null;
  let counted: Entity | null = null;
  for (const [k, mention] of mentions.entries()) {
    if (mention.tag.t === 'obj') {
      if (isNegated(mention)) {
        reading.negations.push({ lemma: mention.tag.id, family: mention.tag.family, start: mention.start, end: mention.end });
        continue;
      }
      const entity = newEntity(reading, mention, mention.tag.id, mention.tag.family, false);
      if (young.has(mention)) entity.attrs.push({ value: 'young', type: 'state', start: mention.start, end: mention.end });
      entityAt.set(mention, entity);
      lastLemma = entity;
      // The quantity before the noun, over its modifiers: 两只白色的兔子, "three small red apples".
      let back = k - 1;
      while (back > k - 4 && mentions[back]?.tag.t === 'attr' && mentions[back]!.clause === mention.clause) back--;
      const previous = mentions[back];
      if (previous?.tag.t === 'num' && typeof previous.tag.value !== 'number' || (previous?.tag.t === 'num' && Number(previous.tag.value) >= 2)) counted = entity;
      else if (counted && mention.sentence !== counted.mention.sentence && !/^(one|ones)$/i.test(text.slice(mentions[k + 1]?.start ?? 0, mentions[k + 1]?.end ?? 0))) counted = null;
    } else if (mention.tag.t === 'ana' && lastLemma && (/^(one|ones)$/i.test(text.slice(mention.start, mention.end)) ||
      (/^[这這那][只隻个個位]$/.test(text.slice(mention.start, mention.end)) && !entityMentionAt(mentions, k + 1, mention.last + 1)))) {
      // "the left one": another instance of the counted subject ("three apples"), else of the last subject.
      const antecedent = counted ?? lastLemma;
      const entity = newEntity(reading, mention, antecedent.lemma, antecedent.family, true);
      entityAt.set(mention, entity);
    } else if (mention.tag.t === 'ana' && PERSONAL.test(text.slice(mention.start, mention.end))) {
      // "she should be holding a cat", 她抱着一只猫: the latest person of this sentence or the one before; "her hat",
      // 她的帽子 are possessives (determiners), and "they"/"them" name people only when the latest thing is one.
      const word = text.slice(mention.start, mention.end).toLowerCase();
      // 她的帽子 is her hat, 她的左边 is a place beside her.
      const possessive = (tokens[mention.last + 1]?.raw === '的' && mentions[k + 1]?.tag.t !== 'rel') ||
        (word === 'her' && possessiveHer(tokens, mention.last + 1, mentions[k + 1]));
      const plural = /^(they|them)$/.test(word);
      // "three apples; a boy is eating them": they/them name the latest plural thing, else the latest person.
      const many = plural ? reading.entities.filter((entity) => !entity.anaphoric && entity.mention.last < mention.first &&
        entity.mention.sentence >= mention.sentence - 1 && isPlural(text, entity)).at(-1) : undefined;
      const topic = many ?? (plural && lastLemma?.family !== 'person' && lastLemma?.lemma !== 'person' ? null : personBefore(reading.entities, mention, word));
      if (!possessive && topic) {
        const alias = newEntity(reading, mention, topic.lemma, topic.family, true);
        alias.pronoun = true;
        entityAt.set(mention, alias);
      } else if (!possessive && word === 'them') {
        const thing = reading.entities.find((entity) => entity.mention.sentence === mention.sentence && !entity.anaphoric) ?? lastLemma;
        if (thing) {
          const alias = newEntity(reading, mention, thing.lemma, thing.family, true);
          alias.pronoun = true;
          entityAt.set(mention, alias);
        }
      }
    } else if (mention.tag.t === 'ana' && /^(it|它|它们|它們)$/i.test(text.slice(mention.start, mention.end))) {
      // "with the moon above it", "a vase with roses in it": the pronoun is the sentence's topic.
      const topic = reading.entities.find((entity) => entity.mention.sentence === mention.sentence && !entity.anaphoric) ?? lastLemma;
      if (topic) {
        const alias = newEntity(reading, mention, topic.lemma, topic.family, true);
        alias.pronoun = true;
        entityAt.set(mention, alias);
      }
    } else if (mention.tag.t === 'nopeople') {
      reading.negations.push({ lemma: 'person', family: null, start: mention.start, end: mention.end });
    }
  }
  const entities = reading.entities;
  // "a neon sign", 竹林 (bamboo forest), "a straw hat": a compound subtype of its family carries its modifier as an
  // attribute of the thing, whichever language named it.
  for (const entity of entities) {
    // 小女孩, 小男孩: a person named with 小 is a little girl or boy (小猫 stays a plain cat).
    if (!entity.anaphoric && entity.family === 'person' && /^小\p{Script=Han}/u.test(text.slice(entity.start, entity.end))) {
      entity.attrs.push({ value: 'little', type: 'size', start: entity.start, end: entity.end });
    }
    const words = entity.lemma.split(' ');
    if (entity.anaphoric || words.length < 2 || words.at(-1) !== entity.family) continue;
    const modifier = words.slice(0, -1).join(' ');
    const known = lexicon.en.get(modifier)?.find((candidate) => candidate.t === 'attr');
    const value = known?.t === 'attr' ? known.id : modifier;
    entity.attrs.push({ value, type: known?.t === 'attr' ? known.type : 'kind', start: entity.start, end: entity.end });
  }

  const tokenIsFiller = (k: number) => {
    const token = tokens[k]!;
    return token.kind === 'han' ? FILLER_ZH.has(token.raw) : token.kind === 'word' && FILLER_EN.has(token.norm);
  };
  const mentionAtToken = new Map<number, Mention>();
  for (const mention of mentions) for (let k = mention.first; k <= mention.last; k++) mentionAtToken.set(k, mention);

  /** The entity that a modifier at `m` stands before: only modifiers and fillers in between. */
  const nextAdjacent = (m: Mention, allowUnknown: number, skipPositions = true, nounLikeOnly = false): Entity | null => {
    let unknown = 0;
    for (let k = m.last + 1; k < tokens.length; k++) {
      const token = tokens[k]!;
      if (token.kind === 'sentence' || (token.kind === 'clause' && token.raw !== '、' && token.raw !== ',')) return null;
      const mention = mentionAtToken.get(k);
      if (mention) {
        const entity = entityAt.get(mention);
        if (entity?.pronoun) return null; // "a bite taken out of it": no modifier stands before a pronoun
        if (entity) {
          // "a yellow brick apartment building": in an English noun compound the head is the last noun.
          const head = tokens[k]!.kind === 'word' && !tokens[mention.last]!.hyphen ? mentionAtToken.get(mention.last + 1) : undefined;
          const headEntity = head && tokens[head.first]!.kind === 'word' ? entityAt.get(head) : undefined;
          return headEntity && !headEntity.pronoun && head!.clause === mention.clause ? headEntity : entity;
        }
        // "three bright orange carrots": a one-word light tag (bright, soft, dark) is a modifier here.
        const modifierLight = mention.tag.t === 'light' && mention.first === mention.last && tokens[k]!.kind === 'word';
        if (mention.tag.t === 'attr' || mention.tag.t === 'num' || modifierLight || (skipPositions && mention.tag.t === 'pos')) {
          k = mention.last;
          continue;
        }
        return null;
      }
      if (token.kind === 'clause') {
        const after = mentionAtToken.get(k + 1);
        if (after?.tag.t === 'attr') continue; // "a small, round apple"
        return null;
      }
      if (tokenIsFiller(k)) continue;
      // English: only a noun-like word can sit between a modifier and its noun ("blue stoneware plate"), never a
      // verb or participle ("red, glowing in the light of the lamp").
      if (nounLikeOnly && token.kind === 'word' && (FUNCTION_EN.has(token.norm) || /(?:ing|ed|ly)$/.test(token.norm))) return null;
      if (++unknown > allowUnknown) return null;
    }
    return null;
  };
  const inClause = (m: Mention, entity: Entity) => entity.mention.clause === m.clause;
  const inSentence = (m: Mention, entity: Entity) => entity.mention.sentence === m.sentence;
  // Every search stays inside the mention's sentence: bounded work per mention, linear overall.
  let bySentence: Map<number, Entity[]> | null = null;
  const sentenceEntities = (sentence: number): Entity[] => {
    if (!bySentence) {
      bySentence = new Map();
      for (const entity of entities) {
        const list = bySentence.get(entity.mention.sentence) ?? [];
        list.push(entity);
        bySentence.set(entity.mention.sentence, list);
      }
    }
    return bySentence.get(sentence) ?? [];
  };
  const before = (m: Mention, test: (entity: Entity) => boolean): Entity | null => {
    const list = sentenceEntities(m.sentence);
    for (let k = list.length - 1; k >= 0; k--) {
      const entity = list[k]!;
      if (entity.mention.last < m.first && test(entity)) return entity;
    }
    return null;
  };
  const after = (m: Mention, test: (entity: Entity) => boolean): Entity | null => {
    for (const entity of sentenceEntities(m.sentence)) if (entity.mention.first > m.last && test(entity)) return entity;
    return null;
  };
  const han = (m: Mention) => tokens[m.first]!.kind === 'han';
  const precedesDirectly = (a: Mention, b: Mention) => {
    for (let k = a.last + 1; k < b.first; k++) if (!/^[的之]$/.test(tokens[k]!.raw)) return false;
    return true;
  };

  /** The container a noun fills: "a glass of water" → glass (over determiners, numbers and modifiers). */
  const containerOf = (entity: Entity): Entity | null => {
    let k = entity.mention.first - 1;
    while (k >= 0 && (tokenIsFiller(k) && tokens[k]!.norm !== 'of' || mentionAtToken.get(k)?.tag.t === 'attr')) k--;
    if (k < 1 || tokens[k]!.norm !== 'of') return null;
    const head = mentionAtToken.get(k - 1);
    const headEntity = head ? entityAt.get(head) : undefined;
    return headEntity && !headEntity.pronoun && (CONTAINERS.test(headEntity.lemma) || CONTAINERS.test(headEntity.family ?? '')) ? headEntity : null;
  };
  /**
   * Entities joined to a relation's subject by a conjunction in the same clause ("a cat and a dog on the sofa",
   * 五个橙子和一把刀): they share the relation. Only quantities, modifiers and fillers may stand between.
   */
  const conjoined = (subject: Entity, object: Entity): Entity[] => {
    const out: Entity[] = [];
    for (const step of [1, -1]) {
      let k = step > 0 ? subject.mention.last + 1 : subject.mention.first - 1;
      let joined = false;
      for (let guard = 0; guard < 12 && k >= 0 && k < tokens.length; guard++) {
        const token = tokens[k]!;
        if (token.kind === 'sentence' || (token.kind === 'clause' && token.raw !== '、')) break;
        const mention = mentionAtToken.get(k);
        const entity = mention ? entityAt.get(mention) : undefined;
        if (CONJUNCTION.test(token.norm)) joined = true;
        else if (entity) {
          if (!joined || entity === object || entity.relationObject || entity.pronoun || entity.mention.clause !== subject.mention.clause) break;
          out.push(entity);
          joined = false;
          k = step > 0 ? mention!.last : mention!.first;
        } else if (mention && (mention.tag.t === 'attr' || mention.tag.t === 'num')) {
          k = step > 0 ? mention.last : mention.first;
        } else if (!tokenIsFiller(k)) break;
        k += step;
      }
    }
    return out;
  };

  // Relations first: their objects are not the subjects of later predicates.
  for (const [k, mention] of mentions.entries()) {
    if (mention.tag.t !== 'rel') continue;
    const tag = mention.tag;
    // "standing on the left", "sitting in the center": a frame position, not a relation to the next thing.
    const next = mentions[k + 1];
    if (!han(mention) && next?.tag.t === 'pos' && next.first - mention.last <= 2) continue;
    let subject: Entity | null = null;
    let object: Entity | null = null;
    if (han(mention) && tag.spatial) {
      // 桌子上 / 桌子的左边: the object stands right before the postposition (的/之 between at most).
      object = before(mention, (entity) => inClause(mention, entity) && precedesDirectly(entity.mention, mention));
      const source = object && object.mention.first > 0 && /^[从從自]$/.test(tokens[object.mention.first - 1]!.raw);
      if (source) {
        object!.relationObject = true; // 从桌子上掉落: where it comes from, not where it is, nor the subject
        continue;
      }
      if (!object) {
        const asPosition = mention.tags.find((candidate) => candidate.t === 'pos');
        if (asPosition) mention.tag = asPosition; // a bare 左侧 is a position
        continue;
      }
      // 站在一根开满白花的树枝上: 在 may stand a few words before the place, over its modifiers, inside the clause.
      const zai = zaiBefore(tokens, object.mention.first, mention.clause, clauseOf);
      subject = zai >= 0 ? before({ ...object.mention, first: zai } as Mention, (entity) => inSentence(mention, entity)) : null;
      subject ??= after(mention, (entity) => inClause(mention, entity)) ?? before(object.mention, (entity) => inSentence(mention, entity));
    } else {
      const inWithPhrase = (entity: Entity) => tokens.slice(Math.max(0, entity.mention.first - 3), entity.mention.first).some((token) => token.norm === 'with');
      subject = before(mention, (entity) => inClause(mention, entity) && !entity.relationObject && !inWithPhrase(entity)) ??
        before(mention, (entity) => inClause(mention, entity) && !entity.relationObject);
      // The object of a preposition follows inside its clause ("bathed in soft light, with a tall fridge" has none).
      object = nextAdjacent(mention, 2) ?? after(mention, (entity) => inClause(mention, entity)) ??
        after(mention, (entity) => inSentence(mention, entity) && entity.mention.first - mention.last <= 4);
      if (!subject && object) {
        subject = after(object.mention, (entity) => inClause(mention, entity) || inSentence(mention, entity));
      }
      subject ??= before(mention, (entity) => inSentence(mention, entity) && entity !== object);
    }
    // "a girl with her dog next to her": a pronoun object is never its own antecedent's relation to itself.
    // 抱着一只比她还大的泰迪熊: the thing after the pronoun; else another subject; else (a follow-up's "next to it") as said.
    if (subject && object?.pronoun && subject.lemma === object.lemma) {
      const self = subject;
      object = after(mention, (entity) => inClause(mention, entity) && !entity.pronoun && entity !== self) ?? object;
      if (object.pronoun) {
        subject = before(mention, (entity) => inClause(mention, entity) && entity.lemma !== object!.lemma && !entity.relationObject) ?? subject;
      }
    }
    if (!subject || !object || subject === object) continue;
    // "a glass of water on the windowsill": the container before "of" is what stands there.
    if (!han(mention)) subject = containerOf(subject) ?? subject;
    object.relationObject = true;
    mention.tag = { ...tag };
    // "a girl in a red dress": being in clothes is wearing them.
    const value = tag.id === 'in' && (WORN.has(object.lemma) || (object.family !== null && WORN.has(object.family))) ? 'wearing' : tag.id;
    for (const each of [subject, ...conjoined(subject, object)]) {
      reading.relations.push({
        subject: each, value, object, relStart: mention.start, relEnd: mention.end,
        start: Math.min(each.start, mention.start, object.start), end: Math.max(each.end, mention.end, object.end),
      });
    }
  }
  const consumedRel = new Set(reading.relations.map((relation) => relation.relStart));

  // Lights, with their direction: "sunlight from the left", 阳光从左侧射入.
  const lightOfClause = new Map<number, Light>();
  for (const mention of mentions) {
    if (mention.tag.t !== 'light') continue;
    const light: Light = { id: mention.tag.id, direction: null, start: mention.start, end: mention.end };
    reading.lights.push(light);
    if (!lightOfClause.has(mention.sentence)) lightOfClause.set(mention.sentence, light);
  }
  const lightDirections = new Set<Mention>();
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k]!;
    if (mention.tag.t !== 'pos' || consumedRel.has(mention.start)) continue;
    const previous = mentions[k - 1];
    const fromBefore = previous?.tag.t === 'from' && mention.first - previous.last <= 3;
    if (!fromBefore) continue;
    let light = lightOfClause.get(mention.sentence) ?? null;
    if (!light) {
      if (!LIGHTISH.test(text.slice(Math.max(0, mention.start - 120), mention.end + 120))) continue;
      light = { id: 'light', direction: null, start: mention.start, end: mention.end };
      reading.lights.push(light);
      lightOfClause.set(mention.sentence, light);
    }
    light.direction ??= { value: mention.tag.id, start: mention.start, end: mention.end };
    lightDirections.add(mention);
  }

  // Counts: a quantity binds to the noun right after it; 一杯水 counts cups, 半杯水 is a half-full cup.
  for (const mention of mentions) {
    if (mention.tag.t !== 'num') continue;
    const value = mention.tag.value;
    let target = nextAdjacent(mention, han(mention) ? 4 : 2);
    if (mention.measure === 'container') {
      const container = containerEntity(reading, mention, lexicon, entityAt);
      if (container) {
        target = container;
        bySentence = null;
      }
    }
    if (!target) {
      if (typeof value === 'number' && value >= 2) reading.freeCounts.push({ value: String(value), start: mention.start, end: mention.end });
      continue;
    }
    if (value === 0.5) {
      // "half a glass", 半杯: a half-full glass, and the count 0.5 the guide labels.
      target.attrs.push({ value: 'half-full', type: 'state', start: mention.start, end: target.end });
      target.count ??= { value: '0.5', weak: false, start: mention.start, end: target.end };
      continue;
    }
    if (target.count) continue;
    // One is a constraint only when stressed ("a single", "only one", 只有一只, 孤): a plain a/one/一个 is implicit.
    const stressed = value === 1 && STRESSED_ONE.test(text.slice(Math.max(0, mention.start - 2), mention.end));
    target.count = { value: String(value), weak: !!mention.implicit && !stressed || (value === 1 && !stressed), start: mention.start, end: target.end };
  }

  const bareTextClauses = new Set(quotes.map((quote) => tokenAt(tokens, quote.start)).filter((k) => negatedToken[k] !== 1).map((k) => clauseOf[k]));
  // Positions: "the left apple", "左侧苹果", "左边是冰箱", "the fridge on the left", "the left one".
  for (const mention of mentions) {
    if (mention.tag.t !== 'pos' || lightDirections.has(mention) || consumedRel.has(mention.start)) continue;
    const value = { value: mention.tag.id, start: mention.start, end: mention.end };
    const clauseHasEarlier = before(mention, (entity) => inClause(mention, entity) && !entity.relationObject && !PLACES.has(entity.lemma));
    // "the stove on the left", "a robot standing on the right side of the sidewalk": a prepositional position
    // (or one followed by "of") describes the clause's earlier subject; only a bare "left"/"the left one" stands
    // before its noun.
    // 小女孩在画面左下角放飞风筝: after 在/位于 a Chinese position places the subject before it.
    const afterZai = han(mention) && /[在于於](?:画面|畫面)?$/.test(text.slice(Math.max(0, mention.start - 3), mention.start)) && !!clauseHasEarlier;
    const postNominal = afterZai || !han(mention) && (POSITION_PREPOSITION.test(tokens[mention.first]!.norm) ||
      POSITION_PREPOSITION.test(tokens[mention.first - 1]?.norm ?? '') || tokens[mention.last + 1]?.norm === 'of');
    const notPlace = (entity: Entity) => !PLACES.has(entity.lemma);
    // "On the right side, a curious red fox …", "In the foreground, …": a place phrase that opens its sentence on its
    // own describes the first thing named after it.
    const fronted = !clauseHasEarlier && !before(mention, (entity) => inSentence(mention, entity)) &&
      !after(mention, (entity) => inClause(mention, entity)) ? after(mention, (entity) => inSentence(mention, entity) && notPlace(entity)) : null;
    // "a beach with the word "SUMMER" written at the top": a position right after a bare quote (no carrier in the
    // sentence) places the text, not the clause's earlier subject.
    const entityBetween = (from: number, to: number) => {
      for (let k = from; k < to; k++) {
        const between = mentionAtToken.get(k);
        if (between && entityAt.has(between)) return true;
      }
      return false;
    };
    const afterBareText = quotes.some((quote) => quote.end <= mention.start && clauseOf[tokenAt(tokens, quote.start)] === mention.clause &&
      (!clauseHasEarlier || quote.start >= clauseHasEarlier.end) && !entityBetween(tokenAt(tokens, quote.end), mention.first)) &&
      !sentenceEntities(mention.sentence).some((entity) => CARRIER_HINT.test(entity.lemma));
    if (afterBareText) {
      reading.freePositions.push(value);
      continue;
    }
    let target = fronted ?? (postNominal && clauseHasEarlier ? null : nextAdjacent(mention, han(mention) ? 2 : 1)) ??
      (clauseHasEarlier ? null : after(mention, (entity) => inClause(mention, entity) && notPlace(entity))) ??
      before(mention, (entity) => inClause(mention, entity) && notPlace(entity)) ??
      // ", the word "SUMMER" at the top": in the clause of a quote with no carrier in its sentence, the place is the text's.
      (bareTextClauses.has(mention.clause) && !sentenceEntities(mention.sentence).some((entity) => CARRIER_HINT.test(entity.lemma)) ? null :
      // ", standing on the left": a participle clause describes the sentence's subject, not the last object.
      before(mention, (entity) => inSentence(mention, entity) && notPlace(entity) && !entity.relationObject) ??
      before(mention, (entity) => inSentence(mention, entity) && notPlace(entity)));
    // 天空的右上方有一只风筝 / "the right wall": a place noun hands its position to the thing placed there.
    if (target && PLACES.has(target.lemma)) {
      target = after(target.mention, (entity) => inClause(mention, entity) && notPlace(entity)) ?? before(target.mention, (entity) => inClause(mention, entity) && notPlace(entity)) ?? null;
    }
    if (target && !target.position) target.position = value;
    else if (!target) reading.freePositions.push(value);
  }

  // Attributes: before their noun, or predicated of the clause's subject.
  const mentionIndex = new Map(mentions.map((mention, index) => [mention, index]));
  const predicatesOfClause = new Map<number, Mention[]>();
  for (const mention of mentions) {
    if (mention.tag.t === 'pred') predicatesOfClause.set(mention.clause, [...(predicatesOfClause.get(mention.clause) ?? []), mention]);
  }
  for (const mention of mentions) {
    if (mention.tag.t !== 'attr') continue;
    const value = { value: mention.tag.id, type: mention.tag.type, start: mention.start, end: mention.end };
    if (isPalette(mentions, mentionIndex.get(mention)!, tokens)) {
      reading.freeAttrs.push(value);
      continue;
    }
    const subjectOfClause = sentenceEntities(mention.sentence).find((entity) => inClause(mention, entity) &&
      !entity.relationObject && entity.mention.last < mention.first);
    const predicated = subjectOfClause && (predicatesOfClause.get(mention.clause) ?? []).some((other) =>
      other.first > subjectOfClause.mention.last && other.last < mention.first);
    // 猫头鹰站在树枝上: a Chinese posture before 在 is the state of the subject before it, not of the place after.
    const postureOfSubject = han(mention) && /^[在于於]$/.test(tokens[mention.last + 1]?.raw ?? '');
    let target = (postureOfSubject ? before(mention, (entity) => inClause(mention, entity)) : null) ??
      nextAdjacent(mention, han(mention) ? 3 : 1, false, true) ??
      (predicated ? subjectOfClause : null) ??
      before(mention, (entity) => inClause(mention, entity) && !entity.relationObject) ??
      after(mention, (entity) => inClause(mention, entity)) ??
      before(mention, (entity) => inSentence(mention, entity) && !entity.relationObject);
    if (target && isPart(target.lemma)) {
      // "its white feathers": the owner is earlier in the sentence, else the previous sentence's topic.
      const owner = before(target.mention, (entity) => inSentence(mention, entity) && !isPart(entity.lemma)) ??
        sentenceEntities(mention.sentence - 1).find((entity) => !isPart(entity.lemma) && !PLACES.has(entity.lemma));
      target = owner ?? target;
    }
    if (!target) {
      reading.freeAttrs.push(value);
      continue;
    }
    if (!target.attrs.some((attr) => attr.value === value.value)) target.attrs.push(value);
  }

  // Texts to render: quotes, and unquoted words after a cue ("the letters A and Z", 写着字母榜).
  for (const quote of quotes) {
    const probe = { first: tokenAt(tokens, quote.start), last: tokenAt(tokens, quote.end - 1) } as Mention;
    if (negatedToken[probe.first] === 1) continue;
    const clause = clauseOf[Math.max(0, probe.first)] ?? 0;
    const sentence = sentenceOf[Math.max(0, probe.first)] ?? 0;
    const local = sentenceEntities(sentence);
    const carrier = [...local].reverse().find((entity) => entity.mention.last < probe.first && CARRIER_HINT.test(entity.lemma)) ??
      local.find((entity) => entity.mention.first > probe.last && entity.mention.clause === clause && CARRIER_HINT.test(entity.lemma)) ??
      null;
    // A bare text placed in its clause: "the word "SUMMER" at the top", 顶部写着“夏天”.
    const position = carrier ? null : reading.freePositions.find((free) => clauseOf[tokenAt(tokens, free.start)] === clause) ?? null;
    reading.texts.push({ value: quote.text, carrier, position, start: quote.start, end: quote.end });
  }
  for (const mention of mentions) {
    // A cue ("reads", 写着), or the noun "letters"/字母 followed by the letters themselves ("字母A和Z").
    const letterNoun = mention.tag.t === 'obj' && /^(letter|word|character)$/.test(mention.tag.id);
    if (mention.tag.t !== 'textcue' && !letterNoun) continue;
    const texts = unquotedText(text, tokens, mention, tagged.masked);
    if (letterNoun && texts.some((found) => /\p{Script=Han}/u.test(found.value))) continue; // 字母榜 is a word, not letters
    for (const found of texts) {
      const carrier = before(mention, (entity) => inSentence(mention, entity) && CARRIER_HINT.test(entity.lemma));
      reading.texts.push({ ...found, carrier });
    }
  }

  for (const mention of mentions) {
    const span = { start: mention.start, end: mention.end };
    if (mention.tag.t === 'style') reading.styles.push({ ...span, id: mention.tag.id, value: mention.tag.id });
    else if (mention.tag.t === 'cam') reading.cameras.push({ ...span, id: mention.tag.id, value: mention.tag.id });
    else if (mention.tag.t === 'aspect') reading.aspects.push({ ...span, value: mention.tag.id, ratio: mention.tag.ratio });
  }
  return reading;
}

/** Said of more than one: a count of two or more, an English plural, 们. */
function isPlural(text: string, entity: Entity): boolean {
  if (entity.count && (entity.count.value === 'several' || Number(entity.count.value) >= 2)) return true;
  const said = text.slice(entity.start, entity.end);
  return /[们們]$/.test(said) || (/^[a-z -]+$/i.test(said) && /s$/i.test(said) && !/s$/i.test(entity.lemma));
}
const PERSONAL = /^(she|he|her|him|they|them|他|她|他们|她们|他們|她們)$/i;
const FEMALE = /woman|girl|lady|mother|queen|princess|bride|grandmother|daughter|sister|wife|actress|waitress|nun|maid|ballerina/;
const MALE = /^(man|boy|gentleman|father|king|prince|groom|grandfather|son|brother|husband|monk|old man|businessman|fisherman|policeman)$/;
/** The person a personal pronoun names: the latest of its sentence or the one before, of its gender when said. */
function personBefore(entities: Entity[], mention: Mention, word: string): Entity | null {
  const people = entities.filter((entity) => !entity.anaphoric && (entity.family === 'person' || entity.lemma === 'person') &&
    entity.mention.last < mention.first && entity.mention.sentence >= mention.sentence - 1);
  const gendered = /^(she|her|她|她们|她們)$/.test(word) ? FEMALE : /^(he|him|他)$/.test(word) ? MALE : null;
  return (gendered ? people.filter((entity) => gendered.test(entity.lemma)).at(-1) : undefined) ??
    people.filter((entity) => !gendered || !(gendered === FEMALE ? MALE : FEMALE).test(entity.lemma)).at(-1) ?? null;
}
/** "her hat", "her long red hair": "her" before its noun phrase is a determiner; before a verb, a preposition or the end, a pronoun. */
function possessiveHer(tokens: Token[], k: number, next: Mention | undefined): boolean {
  const token = tokens[k];
  if (!token || token.kind !== 'word') return false;
  if (next && next.first === k) return next.tag.t === 'obj' || next.tag.t === 'attr' || next.tag.t === 'num';
  return !FUNCTION_EN.has(token.norm);
}
/** The 在/于/位于 that opens a Chinese place phrase ending at `first`: at most 12 tokens back, same clause; else -1. */
function zaiBefore(tokens: Token[], first: number, clause: number, clauseOf: number[]): number {
  for (let k = first - 1; k >= 0 && first - k <= 12 && clauseOf[k] === clause; k--) {
    const token = tokens[k]!;
    if (token.kind !== 'han' && token.kind !== 'num') return -1;
    if (/^[在于於位]$/.test(token.raw)) return k;
  }
  return -1;
}

let animals: Set<string> | null = null;
const youngForms = new Map(YOUNG_FORMS.split('\n').filter((line) => line.includes('|')).map((line) => line.split('|') as [string, string]));
/** Lemmas of the animals section of the lexicon. */
function isAnimal(tag: { id: string; family: string | null }): boolean {
  if (!animals) {
    animals = new Set();
    let inside = false;
    for (const line of OBJECTS.split('\n')) {
      if (line.startsWith('# ----')) inside = line.includes('animals');
      else if (inside && line.includes('|')) animals.add(line.split('|')[0]!);
    }
    animals.delete('animal');
    animals.delete('pet');
  }
  return animals.has(tag.id) || (tag.family !== null && animals.has(tag.family));
}
/**
 * "a baby panda", 熊猫宝宝, 小熊猫宝宝, "a panda cub": the young of an animal, not a separate baby. The animal
 * becomes its young form when the lexicon has one (baby dog → puppy), else it is marked young; the baby goes.
 */
function youngAnimals(mentions: Mention[], tokens: Token[], lexicon: Lexicon, young: Set<Mention>): Mention[] {
  const drop = new Set<Mention>();
  const out = mentions.slice();
  for (let k = 0; k < out.length; k++) {
    const mention = out[k]!;
    if (mention.tag.t !== 'obj' || !isAnimal(mention.tag)) continue;
    const baby = (other: Mention | undefined) => other?.tag.t === 'obj' && other.tag.id === 'baby' && !drop.has(other);
    const previous = out[k - 1];
    const next = out[k + 1];
    const after = tokens[mention.last + 1];
    let found = false;
    if (baby(previous) && previous!.last + 1 === mention.first) {
      drop.add(previous!);
      found = true;
    }
    if (baby(next) && mention.last + 1 === next!.first) {
      drop.add(next!);
      found = true;
      // 小熊猫宝宝: the 小 is the baby's, not a size.
      if (previous && !drop.has(previous) && previous.tag.t === 'attr' && previous.tag.id === 'small' && previous.last + 1 === mention.first && tokens[previous.first]!.kind === 'han') drop.add(previous);
    }
    if (after && (/^cubs?$/.test(after.norm) || (after.raw === '幼' && tokens[mention.last + 2]?.raw === '崽'))) found = true;
    if (!found) continue;
    const form = youngForms.get(mention.tag.id);
    const tag = form ? lexicon.en.get(form)?.find((candidate) => candidate.t === 'obj') : undefined;
    if (tag) out[k] = { ...mention, tag, tags: [tag] };
    else young.add(mention);
  }
  return drop.size ? out.filter((mention) => !drop.has(mention)) : out;
}

/** 那只猫 names a cat; 右边那只 alone is "the right one": is an object mention the very next thing? */
function entityMentionAt(mentions: Mention[], index: number, token: number): boolean {
  const next = mentions[index];
  return !!next && next.first === token && next.tag.t === 'obj';
}

function newEntity(reading: Reading, mention: Mention, lemma: string, family: string | null, anaphoric: boolean): Entity {
  const entity: Entity = {
    index: reading.entities.length, lemma, family, mention, anaphoric, count: null, position: null, attrs: [],
    relationObject: false, start: mention.start, end: mention.end,
  };
  reading.entities.push(entity);
  return entity;
}

/** 一杯水: the container (杯 → cup) becomes the counted entity when the lexicon knows it as a noun. */
function containerEntity(reading: Reading, mention: Mention, lexicon: Lexicon, entityAt: Map<Mention, Entity>): Entity | null {
  const measureChar = reading.tokens[mention.last]!.raw;
  const tag = lexicon.zh.get(measureChar)?.find((candidate) => candidate.t === 'obj');
  if (!tag || tag.t !== 'obj') return null;
  const probe: Mention = { ...mention, tags: [tag], tag, first: mention.last, start: reading.tokens[mention.last]!.start };
  const entity = newEntity(reading, probe, tag.id, tag.family, false);
  reading.entities.sort((a, b) => a.start - b.start);
  reading.entities.forEach((other, index) => (other.index = index));
  entityAt.set(probe, entity);
  return entity;
}

function isPalette(mentions: Mention[], index: number, tokens: Token[]): boolean {
  for (let k = index + 1; k < mentions.length && k <= index + 4; k++) {
    const other = mentions[k]!;
    if (other.tag.t === 'palette') return true;
    if (other.tag.t !== 'attr') break;
  }
  const before = tokens[mentions[index]!.first - 1];
  return !!before && /^(in|of)$/.test(before.norm) && mentions.slice(index, index + 4).some((m) => m.tag.t === 'palette');
}

function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Text after a cue without quotes: capitalised words or single letters ("the letters A and Z"), or a Han run. */
function unquotedText(text: string, tokens: Token[], cue: Mention, masked: boolean[]): Valued[] {
  const out: Valued[] = [];
  let k = cue.last + 1;
  if (k < tokens.length && masked[k]) return out; // a quote follows: already taken
  const first = tokens[k];
  if (!first) return out;
  if (first.kind === 'han') {
    let end = k;
    while (end + 1 < tokens.length && tokens[end + 1]!.kind === 'han' && end - k < 9 && !masked[end + 1]) end++;
    if (end - k >= 1) out.push({ value: text.slice(first.start, tokens[end]!.end), start: first.start, end: tokens[end]!.end });
    return out;
  }
  // Single letters: "A and Z", "A, B and C", "A和Z".
  if (first.kind === 'word' && /^\p{Lu}$/u.test(first.raw)) {
    while (k < tokens.length) {
      const token = tokens[k]!;
      if (token.kind === 'word' && /^\p{Lu}$/u.test(token.raw)) out.push({ value: token.raw, start: token.start, end: token.end });
      else if (!(token.kind === 'clause' || /^(and|or|和|与|與|及|跟)$/.test(token.norm))) break;
      k++;
    }
    return out;
  }
  // Capitalised words: "reads OPEN LATE", "says Hello World".
  let end = k - 1;
  while (end + 1 < tokens.length && end + 1 - k < 4) {
    const token = tokens[end + 1]!;
    if ((token.kind === 'word' || token.kind === 'num') && /^[\p{Lu}\d]/u.test(token.raw)) end++;
    else break;
  }
  if (end >= k) out.push({ value: text.slice(first.start, tokens[end]!.end), start: first.start, end: tokens[end]!.end });
  return out;
}
