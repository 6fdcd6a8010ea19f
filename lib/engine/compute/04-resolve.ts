import type { Lexicon } from '../lexicon/build';
import type { Tag } from '../lexicon/tags';
import type { Mention, Tagged } from './03-tag';

/**
 * Pass 4: one tag per mention, chosen by context. "glass" is a material before a noun and an object otherwise;
 * "one" is a count before a noun and an anaphor after "the left"; a Chinese measure word alone is noise unless it
 * is also a noun (碗).
 */
export function resolve(tagged: Tagged, _lexicon: Lexicon): Mention[] {
  const { mentions } = tagged;
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k]!;
    const next = mentions[k + 1];
    const between = next ? tagged.tokens.slice(mention.last + 1, next.first).map((token) => token.norm) : [];
    const nextIsAdjacentObject = !!next && next.tags.some((tag) => tag.t === 'obj') && next.sentence === mention.sentence &&
      between.length <= 1 && !between.includes('of');
    const has = (t: Tag['t']) => mention.tags.find((tag) => tag.t === t);
    // "a red fox watches them", "the girl waves at": an English plural-looking noun right after a noun and before
    // an object pronoun or article is the verb of the clause, not a second thing.
    const previousMention = out[out.length - 1];
    const following = tagged.tokens[mention.last + 1]?.norm ?? '';
    if (mention.tags.every((tag) => tag.t === 'obj') && tagged.tokens[mention.first]!.kind === 'word' &&
      /s$/.test(tagged.tokens[mention.last]!.norm) && previousMention?.tag.t === 'obj' && previousMention.last === mention.first - 1 &&
      /^(them|it|him|her|us|the|a|an|his|their|its|over|at|across|into|toward|towards)$/.test(following)) continue;
    let chosen: Tag | undefined = mention.tags[0];
    if (has('num') && has('ana')) {
      const previous = out[out.length - 1];
      const afterModifier = previous && mention.first - previous.last <= 1 &&
        (previous.tag.t === 'pos' || previous.tag.t === 'attr');
      chosen = nextIsAdjacentObject && !afterModifier ? has('num') : has('ana');
    } else if (has('attr') && has('obj')) {
      // "glass vase" vs "a glass of water"; a state noun ("water droplets", 水珠) is the state of its subject.
      const attr = has('attr');
      chosen = nextIsAdjacentObject || (attr?.t === 'attr' && attr.type === 'state') ? attr : has('obj');
    } else if (has('measure')) {
      chosen = has('obj');
    }
    // "a black background", 纯白背景: a coloured background is a thing with that colour, not a frame position.
    const previous = out[out.length - 1];
    if (chosen?.t === 'pos' && chosen.id === 'background' && previous?.tag.t === 'attr' && previous.tag.type === 'color' &&
      mention.first - previous.last <= 2 && tagged.tokens.slice(previous.last + 1, mention.first).every((token) => /^[的之]$/.test(token.raw))) {
      chosen = { t: 'obj', id: 'background', family: null };
    }
    if (!chosen) continue;
    out.push({ ...mention, tag: chosen });
  }
  return out;
}
