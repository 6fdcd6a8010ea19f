import { normaliseEnglish, type Lexicon } from '../lexicon/build';
import type { Tag } from '../lexicon/tags';
import { FUNCTION_WORDS, ZH_FUNCTION_WORDS } from '../model/function-words';
import { ZH_APPROX, ZH_DIGITS, ZH_UNITS, ZH_VAGUE } from '../model/quantities';
import type { Token } from './01-tokenise';
import type { Quote } from './02-quotes';

/**
 * Pass 3: longest-match lookup of the lexicon over the tokens (English n-grams of normalised words; Chinese runs of
 * Han characters), plus the Chinese numeral + measure-word grammar and aspect ratios. Tokens inside quotes are
 * masked. Each mention keeps every tag its form has; pass 4 picks one by context.
 */
export interface Mention {
  tags: Tag[];
  tag: Tag;
  start: number;
  end: number;
  /** Token indices, inclusive. */
  first: number;
  last: number;
  sentence: number;
  clause: number;
  /** For Chinese quantities: what the measure word means. */
  measure?: 'plain' | 'pair' | 'group' | 'container';
  /** For quantities: a number written as 一/a (weak, implicit). */
  implicit?: boolean;
}

export interface Tagged {
  tokens: Token[];
  mentions: Mention[];
  /** Per token: index of its sentence and clause. */
  sentenceOf: number[];
  clauseOf: number[];
  /** Per token: true when inside a quote. */
  masked: boolean[];
}

const PRIORITY: Tag['t'][] = [
  'num', 'measure', 'neg', 'nopeople', 'textcue', 'aspect', 'cam', 'style', 'light', 'rel', 'pos', 'attr', 'obj',
  'palette', 'from', 'pred', 'ana',
];

export function tag(tokens: Token[], quotes: Quote[], lexicon: Lexicon): Tagged {
  const masked = tokens.map((token) => quotes.some((quote) => token.start >= quote.start && token.end <= quote.end));
  const sentenceOf: number[] = [];
  const clauseOf: number[] = [];
  let sentence = 0;
  let clause = 0;
  for (const token of tokens) {
    if (token.kind === 'sentence') {
      sentence++;
      clause++;
    } else if (token.kind === 'clause') clause++;
    sentenceOf.push(sentence);
    clauseOf.push(clause);
  }
  const norms = tokens.map((token) => (token.kind === 'word' ? variantOf(normaliseEnglish(token.norm, lexicon.irregular), lexicon) : token.norm));
  const mentions: Mention[] = [];
  const make = (tags: Tag[], first: number, last: number, extra: Partial<Mention> = {}): Mention => ({
    tags,
    tag: tags[0]!,
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    first,
    last,
    sentence: sentenceOf[first]!,
    clause: clauseOf[first]!,
    ...extra,
  });

  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (masked[i] || token.kind === 'sentence' || token.kind === 'clause') {
      i++;
      continue;
    }
    if (token.kind === 'ratio') {
      mentions.push(make([{ t: 'aspect', id: token.norm, ratio: token.norm }], i, i));
      i++;
      continue;
    }
    const quantity = chineseQuantity(tokens, i, masked, lexicon);
    if (quantity) {
      mentions.push(make([{ t: 'num', value: quantity.value }], i, quantity.last, quantity.extra));
      i = quantity.last + 1;
      continue;
    }
    if (token.kind === 'num') {
      mentions.push(make([{ t: 'num', value: Number(token.norm) }], i, i));
      i++;
      continue;
    }
    const hanFound = token.kind === 'han' ? longestHan(tokens, i, masked, lexicon) : null;
    const functionEnd = token.kind === 'han' ? chineseFunctionWord(tokens, i, masked) : -1;
    if (functionEnd > (hanFound?.last ?? i - 1)) {
      i = functionEnd + 1; // 画面具有: no 面具
      continue;
    }
    const found = (token.kind === 'han' ? hanFound : longestEnglish(norms, tokens, i, masked, lexicon)) ??
      personNoun(norms[i]!, i) ?? unknownNoun(tokens, norms, i, masked, mentions);
    // "hand-thrown bowls", "sun-drenched field": a noun that opens a hyphenated participle is part of a modifier.
    if (found && found.last === i && token.hyphen && found.tags.every((t) => t.t === 'obj') && PARTICIPLE.test(tokens[i + 1]?.norm ?? '')) {
      i += 2;
      continue;
    }
    if (found) {
      const tags = [...found.tags].sort((a, b) => PRIORITY.indexOf(a.t) - PRIORITY.indexOf(b.t));
      mentions.push(make(tags, i, found.last));
      i = found.last + 1;
      continue;
    }
    i++;
  }
  return { tokens, mentions, sentenceOf, clauseOf, masked };
}

/**
 * A word the lexicon lacks, read as the form it knows: British spellings (colour, centre, mouldy), comparatives and
 * superlatives of attributes (smaller, tallest, redder), and other inflections of a state (glowed → glowing,
 * splash → splashing, melt → melted). Only variants that land on an attribute or light are taken, so an unknown
 * noun stays unknown (a rider is not "rid").
 */
const variantCache = new Map<string, string>();
let wordsOf: { lexicon: Lexicon; words: Set<string> } | null = null;
/** Every word of every English form ("close" of "close-up"): such a word is never re-read as a variant. */
function knownWords(lexicon: Lexicon): Set<string> {
  if (wordsOf?.lexicon !== lexicon) {
    const words = new Set<string>();
    for (const key of lexicon.en.keys()) for (const word of key.split(' ')) words.add(word);
    wordsOf = { lexicon, words };
    variantCache.clear();
  }
  return wordsOf.words;
}
export function variantOf(norm: string, lexicon: Lexicon): string {
  if (norm.length < 4 || !/^[a-z]+$/.test(norm) || lexicon.en.has(norm) || knownWords(lexicon).has(norm)) return norm;
  const cached = variantCache.get(norm);
  if (cached !== undefined) return cached;
  const known = (form: string) => lexicon.en.get(form)?.some((tag) => tag.t === 'attr' || tag.t === 'light' || tag.t === 'pos') ?? false;
  const candidates: string[] = [];
  const british = norm.replace(/our(s|ed|ing|ful)?$/, 'or$1').replace(/tre$/, 'ter').replace(/is(e|ed|ing)$/, 'iz$1').replace(/^mould/, 'mold').replace(/^grey/, 'gray');
  if (british !== norm) candidates.push(british);
  const stems: string[] = [];
  const ending = /(?:ing|ed|er|est)$/.exec(norm)?.[0];
  if (ending) {
    const stem = norm.slice(0, -ending.length);
    stems.push(stem, `${stem}e`);
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) stems.push(stem.slice(0, -1)); // bigger, splitting
    if (stem.endsWith('i')) stems.push(`${stem.slice(0, -1)}y`); // happier, dried
  }
  for (const stem of stems) {
    if (stem.length < 3) continue;
    const bare = stem.endsWith('e') ? stem.slice(0, -1) : stem;
    const doubled = /[aeiou][b-df-hj-np-tv-z]$/.test(stem) && !/[aeiou]{2}[b-df-hj-np-tv-z]$/.test(stem) ? stem + stem.at(-1) : stem;
    candidates.push(stem, `${bare}ing`, `${bare}ed`, `${doubled}ing`, `${doubled}ed`);
  }
  const found = candidates.find((form) => form !== norm && known(form)) ?? norm;
  if (variantCache.size < 5000) variantCache.set(norm, found);
  return found;
}

/** An English word the lexicon lacks but that names a person by its suffix: cyclist, florist, violinist. */
const NOT_PEOPLE = new Set(['twist', 'assist', 'exist', 'insist', 'resist', 'consist', 'persist', 'wrist', 'moist', 'hoist', 'midst', 'amethyst']);
function personNoun(norm: string, i: number): { tags: Tag[]; last: number } | null {
  if (norm.length < 6 || !/^[a-z]+ist$/.test(norm) || NOT_PEOPLE.has(norm)) return null;
  return { tags: [{ t: 'obj', id: norm, family: 'person' }], last: i };
}

const FUNCTION = new Set(FUNCTION_WORDS.split(/\s+/).filter(Boolean));
const DETERMINER = /^(a|an|the|this|that|these|those|some|his|her|its|their|our|my|your|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|few|both|each|every|no)$/;
const ADJECTIVE_ENDING = /(?:ing|ful|ive|ous|ic|ical|ant|ent|less|ish|able|ible|ary|ial|ual|ental|[^e]ed)$/;
const PARTICIPLE = /^[a-z]+(?:ed|[ewo]n|ing|like|free|less|made)$/;
const AFTER_NOUN = /^(of|on|in|with|and|or|at|by|near|under|above|beside|behind|next|sitting|standing|lying|that|which|who|is|are|has|have|against|from|to|over|inside|for|wearing|holding)$/;

/**
 * An English noun the lexicon lacks ("a green sofa", "the mailbox on the left"): a word after a determiner (and
 * modifiers the lexicon knows) that ends its noun phrase. It becomes an object with its own lemma.
 */
function unknownNoun(tokens: Token[], norms: string[], i: number, masked: boolean[], mentions: Mention[]): { tags: Tag[]; last: number } | null {
  const token = tokens[i]!;
  const norm = norms[i]!;
  if (token.kind !== 'word' || masked[i] || !/^[a-z][a-z']{2,}$/.test(norm) || norm.endsWith('ly') || FUNCTION.has(token.norm) || FUNCTION.has(norm)) return null;
  // Adjective and participle endings ("a vibrant, sunlit …", "the shrinking", "a dreamy") are not head nouns; real
  // nouns with these endings (painting, building) are in the lexicon.
  if (ADJECTIVE_ENDING.test(norm)) return null;
  const next = tokens[i + 1];
  // After a noun: a preposition or verb from AFTER_NOUN, or a participle ("a duckling paddling across").
  if (next && next.kind === 'word' && !AFTER_NOUN.test(next.norm) && !/^[a-z]{3,}ing$/.test(next.norm)) return null;
  // "three hand-thrown bowls": the first half of a hyphenated modifier is not a noun.
  if (token.hyphen) return null;
  // What stands before: a determiner, or modifiers (known attributes, numbers) after a determiner.
  // Walk back over a stack of modifiers ("a bright blue mailbox", "a small, round teapot"): known attributes and
  // numbers, an intensifier the lexicon reads as light ("bright", "dark"), and the commas between them. Bounded
  // by the few mentions right before the word.
  let k = i - 1;
  let m = mentions.length - 1;
  let counted = false; // "a single fluffy wombat", "three small foxes": a number is as good as a determiner
  for (let steps = 0; steps < 6 && k >= 0; steps++) {
    const last = mentions[m];
    if (last && last.last === k && (last.tag.t === 'attr' || last.tag.t === 'num' || (last.tag.t === 'light' && last.first === last.last))) {
      if (last.tag.t === 'num') counted = true;
      k = last.first - 1;
      m--;
    } else if (tokens[k]!.kind === 'clause' && tokens[k]!.raw === ',' && mentions[m]?.last === k - 1 && mentions[m]?.tag.t === 'attr') {
      k--;
    } else break;
  }
  const before = tokens[k];
  const last = mentions[mentions.length - 1];
  const lastTag = last && last.last === i - 1 ? last.tag.t : null;
  if (lastTag !== 'num' && !counted && (!before || before.kind !== 'word' || !DETERMINER.test(before.norm))) return null;
  return { tags: [{ t: 'obj', id: norm, family: null }], last: i };
}

function longestEnglish(norms: string[], tokens: Token[], i: number, masked: boolean[], lexicon: Lexicon) {
  let phrase = '';
  let best: { tags: Tag[]; last: number } | null = null;
  for (let j = i; j < tokens.length && j < i + lexicon.enMaxWords; j++) {
    const token = tokens[j]!;
    if (masked[j] || (token.kind !== 'word' && token.kind !== 'num')) break;
    phrase = phrase ? `${phrase} ${norms[j]}` : norms[j]!;
    const tags = lexicon.en.get(phrase);
    if (tags) best = { tags, last: j };
  }
  return best;
}

const ZH_FUNCTION = new Set(ZH_FUNCTION_WORDS.split(/\s+/).filter(Boolean));
/** The last token of the longest Chinese function word starting at i (at most 3 characters), or -1. */
function chineseFunctionWord(tokens: Token[], i: number, masked: boolean[]): number {
  let phrase = '';
  let last = -1;
  for (let j = i; j < tokens.length && j < i + 3; j++) {
    if (masked[j] || tokens[j]!.kind !== 'han') break;
    phrase += tokens[j]!.raw;
    if (ZH_FUNCTION.has(phrase)) last = j;
  }
  return last;
}

function longestHan(tokens: Token[], i: number, masked: boolean[], lexicon: Lexicon) {
  let phrase = '';
  let best: { tags: Tag[]; last: number } | null = null;
  for (let j = i; j < tokens.length && j < i + lexicon.zhMaxChars; j++) {
    if (masked[j] || tokens[j]!.kind !== 'han') break;
    phrase += tokens[j]!.raw;
    const tags = lexicon.zh.get(phrase);
    if (tags) best = { tags, last: j };
  }
  return best;
}

/** 三个, 两只, 十二个, 一双, 半杯, 二十多只, 五六个, 几个, 3个 — a numeral (or vague word) and a measure word. */
function chineseQuantity(tokens: Token[], i: number, masked: boolean[], lexicon: Lexicon) {
  const token = tokens[i]!;
  if (i > 0 && tokens[i - 1]!.raw === '第') return null; // ordinals are not counts
  let j = i;
  let value: number | 'several' | null = null;
  let implicit = false;
  const han = (k: number) => (k < tokens.length && !masked[k] && tokens[k]!.kind === 'han' ? tokens[k]!.raw : '');
  if (token.kind === 'num') {
    value = Number(token.norm);
    j = i + 1;
  } else if (han(i) === '半') {
    value = 0.5;
    j = i + 1;
  } else {
    const vague = ZH_VAGUE.find((word) => [...word].every((char, k) => han(i + k) === char));
    if (vague && vague !== '多') {
      value = 'several';
      j = i + [...vague].length;
    } else {
      let digits = '';
      while (han(j) && (han(j) in ZH_DIGITS || han(j) in ZH_UNITS)) digits += han(j++);
      if (!digits) return null;
      if (digits.length === 2 && digits[0]! in ZH_DIGITS && digits[1]! in ZH_DIGITS && digits[0] !== digits[1]) {
        value = 'several'; // 五六个: about five or six
      } else {
        value = parseChineseNumber(digits);
      }
      implicit = digits === '一';
    }
  }
  if (value === null || Number.isNaN(value)) return null;
  if (ZH_APPROX.includes(han(j)) && typeof value === 'number' && value >= 10) {
    value = 'several';
    j++;
  }
  // The measure word: the longest measure form at j.
  let measureLast = -1;
  let semantics: 'plain' | 'pair' | 'group' | 'container' | null = null;
  let phrase = '';
  for (let k = j; k < j + 2 && han(k); k++) {
    phrase += han(k);
    const tag = lexicon.zh.get(phrase)?.find((candidate) => candidate.t === 'measure');
    if (tag && tag.t === 'measure') {
      measureLast = k;
      semantics = tag.semantics;
    }
  }
  if (measureLast < 0 || !semantics) return null;
  // A measure word that starts a longer word (一面镜子 is fine, 一台 in 灶台 is not reached here) is accepted.
  if (semantics === 'pair' && typeof value === 'number') value *= 2;
  if (semantics === 'group') value = 'several';
  return { value, last: measureLast, extra: { measure: semantics, implicit } as Partial<Mention> };
}

export function parseChineseNumber(digits: string): number {
  let total = 0;
  let section = 0;
  let current = 0;
  for (const char of digits) {
    if (char in ZH_DIGITS) {
      current = ZH_DIGITS[char]!;
    } else {
      const unit = ZH_UNITS[char]!;
      if (unit === 10000) {
        total += (section + current) * unit;
        section = 0;
      } else if (unit === 20) {
        section += 20;
      } else {
        section += (current || 1) * unit;
      }
      current = 0;
    }
  }
  return total + section + current;
}
