/**
 * Pass 2: quoted strings. A short quoted string in a prompt is text to render ("OpenAI", “字母榜”, 「营业中」);
 * its words are masked from the other passes. Long quotations (quoted prompts) are left to the other passes.
 */
export interface Quote {
  /** The quoted content, verbatim. */
  text: string;
  /** Span of the content, without the quote marks. */
  start: number;
  end: number;
}

const PAIRS = /"([^"\n]{1,60})"|“([^”\n]{1,60})”|「([^」\n]{1,60})」|『([^』\n]{1,60})』|《([^》\n]{1,60})》|‘([^’\n]{1,40})’|(?<![\p{L}\p{N}])'([^'\n]{1,40})'(?![\p{L}\p{N}])/gu;

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  for (const match of text.matchAll(PAIRS)) {
    const group = match.slice(1).findIndex((value) => value !== undefined);
    const content = match[group + 1]!;
    if (!content.trim()) continue;
    const start = match.index + 1;
    quotes.push({ text: content, start, end: start + content.length });
  }
  return quotes;
}
