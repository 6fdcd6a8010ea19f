// Selector chains over the DOM, never throwing (an alternative the engine cannot parse is just skipped).

import type { SelectorChain } from './selectors.ts';

export interface ChainHit<E extends Element = Element> {
  elements: E[];
  /** Which alternative matched (-1 = none). */
  alternative: number;
}

function safeAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Is `el` itself matched by `selector`? */
export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

export function safeClosest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

/** All matches of the first alternative that matches anything. */
export function queryChain(root: ParentNode, chain: SelectorChain): ChainHit {
  for (let i = 0; i < chain.length; i++) {
    const found = safeAll(root, chain[i] as string);
    if (found.length > 0) return { elements: found, alternative: i };
  }
  return { elements: [], alternative: -1 };
}

/** The first match of the first alternative that matches anything. */
export function queryFirst(root: ParentNode, chain: SelectorChain): Element | null {
  return queryChain(root, chain).elements[0] ?? null;
}

/** Matches of every alternative, deduplicated, in document order. */
export function queryUnion(root: ParentNode, chain: SelectorChain): Element[] {
  const seen = new Set<Element>();
  for (const selector of chain) for (const el of safeAll(root, selector)) seen.add(el);
  return sortInDocumentOrder([...seen]);
}

export function sortInDocumentOrder<E extends Node>(nodes: E[]): E[] {
  return nodes.sort((a, b) => {
    if (a === b) return 0;
    try {
      const position = a.compareDocumentPosition(b);
      if (position & 4 /* FOLLOWING */) return -1;
      if (position & 2 /* PRECEDING */) return 1;
    } catch {
      // fall through
    }
    return 0;
  });
}

/** Is `el` inside (or equal to) an element matching any selector of `chain`, looking no higher than `stop`? */
export function isWithin(el: Element, chain: SelectorChain | string, stop: Element | null): boolean {
  const selector = typeof chain === 'string' ? chain : chain.join(', ');
  let node: Element | null = el;
  while (node !== null && node !== stop) {
    if (safeMatches(node, selector)) return true;
    node = node.parentElement;
  }
  return false;
}

/** The nearest ancestor-or-self matching `selector`, looking no higher than `stop` (inclusive). */
export function closestWithin(el: Element, selector: string, stop: Element | null): Element | null {
  let node: Element | null = el;
  while (node !== null) {
    if (safeMatches(node, selector)) return node;
    if (node === stop) return null;
    node = node.parentElement;
  }
  return null;
}
