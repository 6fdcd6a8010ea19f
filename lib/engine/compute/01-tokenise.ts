/**
 * Pass 1: cut a text into tokens with UTF-16 offsets. Latin words and numbers are single tokens; every Han
 * character is its own token (the lexicon scan groups them, so no segmenter decides anything); punctuation
 * marks sentence and clause boundaries. One regex pass: linear in the input.
 */
export type TokenKind = 'word' | 'num' | 'han' | 'ratio' | 'sentence' | 'clause';

export interface Token {
  kind: TokenKind;
  /** The raw text of the token. */
  raw: string;
  /** Lower case with unified apostrophes (singularised later, by the lexicon's rules). */
  norm: string;
  start: number;
  end: number;
  /** A word joined to the next one by a hyphen ("hand-thrown"): the first half of a compound modifier. */
  hyphen?: boolean;
}

const TOKEN =
  /(\d{1,2}\s*[:：]\s*\d{1,2}(?!\d))|(\d+(?:\.\d+)?(?![\p{L}\d]))|([\p{L}\p{N}]+(?:['’][\p{L}]+)*)|([.!?;。！？；\n]+)|([,，、:：]|\s[-–—]\s)/gu;
const HAN = /\p{Script=Han}/u;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    if (match[1]) tokens.push({ kind: 'ratio', raw, norm: raw.replace(/\s|：/g, (c) => (c === '：' ? ':' : '')), start, end: start + raw.length });
    else if (match[2]) tokens.push({ kind: 'num', raw, norm: raw, start, end: start + raw.length });
    else if (match[3]) pushWord(tokens, raw, start);
    else if (match[4]) tokens.push({ kind: 'sentence', raw, norm: raw, start, end: start + raw.length });
    else if (match[5]) tokens.push({ kind: 'clause', raw, norm: raw.trim(), start, end: start + raw.length });
  }
  for (let k = 0; k + 1 < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind === 'word' && tokens[k + 1]!.start === token.end + 1 && /[-‐]/.test(text[token.end]!)) token.hyphen = true;
  }
  return tokens;
}

/** A run of letters may mix scripts ("3个苹果", "A字"): Han characters become one token each. */
function pushWord(tokens: Token[], raw: string, start: number): void {
  let latinStart = -1;
  const flushLatin = (end: number) => {
    if (latinStart < 0) return;
    const word = raw.slice(latinStart, end);
    const kind: TokenKind = /^\d+(?:\.\d+)?$/.test(word) ? 'num' : 'word';
    tokens.push({ kind, raw: word, norm: word.toLowerCase().replace(/’/g, "'"), start: start + latinStart, end: start + end });
    latinStart = -1;
  };
  let index = 0;
  for (const char of raw) {
    if (HAN.test(char)) {
      flushLatin(index);
      tokens.push({ kind: 'han', raw: char, norm: char, start: start + index, end: start + index + char.length });
    } else if (latinStart < 0) {
      latinStart = index;
    }
    index += char.length;
  }
  flushLatin(index);
}
