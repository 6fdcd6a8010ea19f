import { lexicon } from './lexicon/build';
import { tokenise } from './compute/01-tokenise';
import { findQuotes } from './compute/02-quotes';
import { tag } from './compute/03-tag';
import { resolve } from './compute/04-resolve';
import { read, type Reading } from './compute/05-read';

/** Passes 1–5 over one text: what it says, bound together. */
export function readText(text: string): Reading {
  const lex = lexicon();
  const tokens = tokenise(text);
  const quotes = findQuotes(text);
  const tagged = tag(tokens, quotes, lex);
  const mentions = resolve(tagged, lex);
  return read(text, tagged, mentions, quotes, lex);
}
