import { lexicon } from '../lexicon/build';

/** How a repair names things: English lemmas, or the lexicon's first Chinese form. */
export type RepairLang = 'en' | 'zh';

export function nameOf(id: string, lang: RepairLang): string {
  return lang === 'zh' ? (lexicon().chinese.get(id) ?? id) : id;
}

const VOWEL = /^[aeiou]/i;
export function withArticle(noun: string): string {
  return `${VOWEL.test(noun) ? 'an' : 'a'} ${noun}`;
}

export function plural(noun: string): string {
  const irregular = [...lexicon().irregular.entries()].find(([, singular]) => singular === noun)?.[0];
  if (irregular) return irregular;
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

const EN_POSITION: Record<string, string> = {
  left: 'on the left', right: 'on the right', center: 'in the center', middle: 'in the center', top: 'at the top',
  bottom: 'at the bottom', foreground: 'in the foreground', background: 'in the background', edge: 'at the edge',
};
export function positionPhrase(value: string, lang: RepairLang): string {
  if (lang === 'zh') return nameOf(value, 'zh');
  return EN_POSITION[value] ?? `in the ${value} corner`;
}

const EN_RELATION: Record<string, string> = {
  'left of': 'to the left of', 'right of': 'to the right of', above: 'above', below: 'below', on: 'on', under: 'under',
  in: 'in', behind: 'behind', 'in front of': 'in front of', 'next to': 'next to', near: 'near',
};
export function relationPhrase(value: string): string {
  return EN_RELATION[value] ?? value;
}
