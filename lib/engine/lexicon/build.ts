import { ASPECTS } from '../model/aspects';
import { ATTRIBUTES } from '../model/attributes';
import { CAMERA } from '../model/camera';
import {
  ANAPHORS, LIGHT_DIRECTION_CUES, NEGATION_CUES, NO_PEOPLE_CUES, PALETTE_CUES, PREDICATE_CUES, TEXT_CUES,
} from '../model/cues';
import { LIGHTING } from '../model/lighting';
import { OBJECTS } from '../model/objects';
import { PLURALS } from '../model/plurals';
import { POSITIONS } from '../model/positions';
import { EN_NUMBERS, ZH_MEASURES } from '../model/quantities';
import { RELATIONS } from '../model/relations';
import { STYLES } from '../model/styles';
import { singularise } from './singular';
import type { AttributeType, Tag } from './tags';

export interface Lexicon {
  /** English phrases, normalised (lower case, singular, single spaces) → tags. */
  en: Map<string, Tag[]>;
  /** Chinese forms → tags. */
  zh: Map<string, Tag[]>;
  enMaxWords: number;
  zhMaxChars: number;
  irregular: Map<string, string>;
  /** Object lemma → its family (parent) lemma. */
  family: Map<string, string>;
  /** Concept id → its English display form. */
  english: Map<string, string>;
  /** Concept id → first Chinese form, for repairs written in Chinese. */
  chinese: Map<string, string>;
  /** Attribute id → its type, so "red" and "blue" share the colour slot. */
  attributeType: Map<string, AttributeType>;
  inverse: Map<string, string>;
  aspectRatio: Map<string, string>;
}

const HAN = /\p{Script=Han}/u;

function lines(block: string): string[][] {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('|').map((field) => field.trim()));
}

function list(field: string | undefined): string[] {
  return (field ?? '').split(',').map((form) => form.trim()).filter(Boolean);
}

/** Lower-cases, unifies apostrophes and hyphens, and singularises each word. */
export function normaliseEnglish(phrase: string, irregular: ReadonlyMap<string, string>): string {
  return phrase
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .split(/[\s\-_/]+/)
    .filter(Boolean)
    .map((word) => singularise(word, irregular))
    .join(' ');
}

export function buildLexicon(): Lexicon {
  const irregular = new Map<string, string>();
  for (const [singular, plural] of lines(PLURALS)) {
    if (singular && plural) irregular.set(plural.toLowerCase(), singular.toLowerCase());
  }
  const lexicon: Lexicon = {
    en: new Map(), zh: new Map(), enMaxWords: 1, zhMaxChars: 1, irregular,
    family: new Map(), english: new Map(), chinese: new Map(), attributeType: new Map(), inverse: new Map(),
    aspectRatio: new Map(),
  };

  // Non-noun forms changed by singularising ("waters" → "water") must not shadow a noun of the same spelling.
  const weak = new Map<string, Tag[]>();
  const add = (form: string, tag: Tag) => {
    if (!form) return;
    if (HAN.test(form)) {
      const existing = lexicon.zh.get(form) ?? [];
      if (!existing.some((other) => sameTag(other, tag))) existing.push(tag);
      lexicon.zh.set(form, existing);
      lexicon.zhMaxChars = Math.max(lexicon.zhMaxChars, form.length);
    } else {
      const key = normaliseEnglish(form, irregular);
      if (!key) return;
      if (tag.t !== 'obj' && key !== form.toLowerCase().replace(/[\s\-_/]+/g, ' ').trim()) {
        weak.set(key, [...(weak.get(key) ?? []), tag]);
      }
      const existing = lexicon.en.get(key) ?? [];
      if (!existing.some((other) => sameTag(other, tag))) existing.push(tag);
      lexicon.en.set(key, existing);
      lexicon.enMaxWords = Math.max(lexicon.enMaxWords, key.split(' ').length);
    }
  };
  const concept = (id: string, en: string[], zh: string[], tag: Tag) => {
    if (!lexicon.english.has(id)) lexicon.english.set(id, id);
    if (zh[0] && !lexicon.chinese.has(id)) lexicon.chinese.set(id, zh[0]);
    for (const form of [id, ...en, ...zh]) add(form, tag);
  };

  for (const [lemma, en, zh, family] of lines(OBJECTS)) {
    if (!lemma) continue;
    const parent = family?.trim() || null;
    if (parent) lexicon.family.set(lemma, parent);
    concept(lemma, list(en), list(zh), { t: 'obj', id: lemma, family: parent });
  }
  for (const [type, id, en, zh] of lines(ATTRIBUTES)) {
    if (!type || !id) continue;
    lexicon.attributeType.set(id, type as AttributeType);
    concept(id, list(en), list(zh), { t: 'attr', id, type: type as AttributeType });
  }
  for (const [id, en, zh] of lines(POSITIONS)) if (id) concept(id, list(en), list(zh), { t: 'pos', id });
  for (const [id, en, zh, type, inverse] of lines(RELATIONS)) {
    if (!id) continue;
    if (inverse) lexicon.inverse.set(id, inverse);
    concept(id, list(en), list(zh), { t: 'rel', id, spatial: type !== 'action', inverse: inverse || null });
  }
  for (const [id, en, zh] of lines(LIGHTING)) if (id) concept(id, list(en), list(zh), { t: 'light', id });
  for (const [id, en, zh] of lines(STYLES)) if (id) concept(id, list(en), list(zh), { t: 'style', id });
  for (const [id, en, zh] of lines(CAMERA)) if (id) concept(id, list(en), list(zh), { t: 'cam', id });
  for (const [id, en, zh, ratio] of lines(ASPECTS)) {
    if (!id) continue;
    if (ratio) lexicon.aspectRatio.set(id, ratio);
    concept(id, list(en), list(zh), { t: 'aspect', id, ratio: ratio || null });
  }
  for (const [phrase, value] of lines(EN_NUMBERS)) {
    if (phrase && value) add(phrase, { t: 'num', value: value === 'several' ? 'several' : Number(value) });
  }
  for (const [word, semantics] of lines(ZH_MEASURES)) {
    if (word) add(word, { t: 'measure', semantics: semantics as 'plain' | 'pair' | 'group' | 'container' });
  }
  const cues: [string, Tag][] = [
    [NEGATION_CUES, { t: 'neg' }], [NO_PEOPLE_CUES, { t: 'nopeople' }], [TEXT_CUES, { t: 'textcue' }],
    [LIGHT_DIRECTION_CUES, { t: 'from' }], [PREDICATE_CUES, { t: 'pred' }], [ANAPHORS, { t: 'ana' }],
    [PALETTE_CUES, { t: 'palette' }],
  ];
  for (const [block, tag] of cues) for (const [form] of lines(block)) if (form) add(form, tag);
  for (const [key, tags] of weak) {
    const existing = lexicon.en.get(key);
    if (existing?.some((tag) => tag.t === 'obj')) lexicon.en.set(key, existing.filter((tag) => !tags.includes(tag)));
  }
  return lexicon;
}

function sameTag(a: Tag, b: Tag): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

let cached: Lexicon | null = null;
/** The lexicon, built once per process from the model's data. */
export function lexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}
