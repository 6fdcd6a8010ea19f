/**
 * English singulariser for matching (not for display): the same function runs over the lexicon's forms and the
 * prompt's words, so a wrong but consistent result still matches. Irregular forms come from the model.
 */
const KEEP_ENDINGS = ['ss', 'us', 'is', 'ous', 'ics', "'s"];

export function singularise(word: string, irregular: ReadonlyMap<string, string>): string {
  const known = irregular.get(word);
  if (known !== undefined) return known;
  if (word.length <= 3 || !word.endsWith('s')) return word;
  if (KEEP_ENDINGS.some((ending) => word.endsWith(ending))) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}
