// Visible text of a DOM subtree without layout (no innerText): block elements break lines, noise is skipped.

import { safeMatches } from './query.ts';

const PARAGRAPH_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'TABLE', 'BLOCKQUOTE', 'PRE', 'HR']);
const LINE_TAGS = new Set([
  'DIV',
  'LI',
  'TR',
  'DD',
  'DT',
  'DL',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'FIGURE',
  'FIGCAPTION',
  'DETAILS',
  'SUMMARY',
  'ADDRESS',
  'RESPONSE-ELEMENT',
  'CODE-BLOCK',
]);
const CELL_TAGS = new Set(['TD', 'TH']);
const MAX_NODES = 200_000;

type Item = { node: Node; pre: boolean } | { gap: number };

/** Text of `root` as a reader sees it: paragraphs separated by a blank line, lines by a newline, `<br>` as a newline. */
export function visibleText(root: Element, noise: string): string {
  let out = '';
  // A pending break between blocks: the strongest of the adjacent boundaries wins (1 = line, 2 = paragraph).
  let gap = 0;
  const emit = (text: string) => {
    if (gap > 0) {
      if (text.trim() === '') return;
      if (out !== '') out += '\n'.repeat(gap);
      gap = 0;
    }
    out += text;
  };
  const stack: Item[] = [{ node: root, pre: false }];
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_NODES) {
    const item = stack.pop() as Item;
    if ('gap' in item) {
      gap = Math.max(gap, item.gap);
      continue;
    }
    const { node, pre } = item;
    if (node.nodeType === 3 /* TEXT */) {
      const value = node.nodeValue ?? '';
      emit(pre ? value : value.replace(/[\s\u00a0]+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 /* ELEMENT */) continue;
    const el = node as Element;
    if (el !== root && safeMatches(el, noise)) continue;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BR') {
      gap = 0;
      out += '\n';
      continue;
    }
    const isPre = pre || tag === 'PRE';
    const boundary = PARAGRAPH_TAGS.has(tag) ? 2 : LINE_TAGS.has(tag) ? 1 : 0;
    if (boundary > 0) {
      gap = Math.max(gap, boundary);
      stack.push({ gap: boundary });
    } else if (CELL_TAGS.has(tag)) emit(' ');
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined) stack.push({ node: child, pre: isPre });
    }
  }
  return tidyText(out);
}

export function tidyText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
