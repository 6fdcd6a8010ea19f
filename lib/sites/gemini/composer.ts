// Puts text into Gemini's prompt box without sending it.
//
// The box is Quill (`rich-textarea div.ql-editor[contenteditable]`, doc §2.5). Gemini enforces Trusted Types (doc
// §5.3), so no HTML string is ever assigned: first `execCommand('insertText')` on a selection (what voyager does; it
// keeps Quill's own state in sync and lands in the undo stack), else DOM nodes built with textContent (Quill's
// MutationObserver picks them up) plus the input event Angular listens to.

import { queryChain, safeMatches } from './query.ts';
import { SELECTORS } from './selectors.ts';
import { visibleText } from './text.ts';

export interface InsertOptions {
  /** 'replace' (default) swaps the whole draft; 'append' adds after it. */
  mode?: 'replace' | 'append';
}

function isEditable(el: Element): boolean {
  const attr = el.getAttribute('contenteditable');
  return attr === '' || attr === 'true' || attr === 'plaintext-only';
}

/** The prompt box, or null. */
export function findComposer(doc: Document): HTMLElement | null {
  try {
    const hit = queryChain(doc, SELECTORS.composer);
    const el = hit.elements.find(isEditable) ?? null;
    if (el !== null) return el as HTMLElement;
    const textarea = doc.querySelector('rich-textarea textarea, input-area-v2 textarea');
    return textarea as HTMLElement | null;
  } catch {
    return null;
  }
}

const squash = (s: string) => s.replace(/\s+/g, '');

function composerText(el: HTMLElement): string {
  if (el.tagName.toUpperCase() === 'TEXTAREA') return (el as HTMLTextAreaElement).value;
  return visibleText(el, 'script, style, template');
}

function landed(el: HTMLElement, text: string, before: string, mode: 'replace' | 'append'): boolean {
  const now = squash(composerText(el));
  const want = squash(text);
  if (want === '') return mode === 'append' ? now === squash(before) : now === '';
  return mode === 'replace' ? now === want : now === squash(before) + want;
}

function selectForInsert(doc: Document, el: HTMLElement, mode: 'replace' | 'append'): boolean {
  const selection = doc.getSelection?.() ?? null;
  if (selection === null || typeof doc.createRange !== 'function') return false;
  const range = doc.createRange();
  range.selectNodeContents(el);
  if (mode === 'append') range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

function fire(doc: Document, el: HTMLElement, text: string): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const init = { bubbles: true, cancelable: false, composed: true, inputType: 'insertText', data: text };
  let event: Event;
  try {
    event = view?.InputEvent ? new view.InputEvent('input', init) : new (view?.Event ?? Event)('input', init);
  } catch {
    event = doc.createEvent('Event');
    event.initEvent('input', true, false);
  }
  el.dispatchEvent(event);
}

function setTextareaValue(doc: Document, el: HTMLTextAreaElement, text: string, mode: 'replace' | 'append'): void {
  const next = mode === 'replace' ? text : el.value + text;
  // The native setter, so frameworks that wrap `value` notice the change.
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const setter = view ? Object.getOwnPropertyDescriptor(view.HTMLTextAreaElement.prototype, 'value')?.set : undefined;
  if (setter) setter.call(el, next);
  else el.value = next;
  fire(doc, el, text);
}

/** Quill lines: one `<p>` per line, an empty line is `<p><br></p>`. Built from nodes, never from HTML strings. */
function paragraphsOf(doc: Document, text: string): HTMLElement[] {
  return text.split(/\r\n?|\n/).map((line) => {
    const p = doc.createElement('p');
    if (line === '') p.appendChild(doc.createElement('br'));
    else p.textContent = line;
    return p;
  });
}

function caretToEnd(doc: Document, el: HTMLElement): void {
  try {
    const selection = doc.getSelection?.() ?? null;
    if (selection === null) return;
    const range = doc.createRange();
    range.selectNodeContents(el);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  } catch {
    // A caret is a nicety.
  }
}

/**
 * Puts `text` into the prompt box (replacing the draft unless `mode: 'append'`) without sending it.
 * Returns true when the text is in the box afterwards.
 */
export function insertIntoComposer(doc: Document, text: string, options: InsertOptions = {}): boolean {
  const mode = options.mode ?? 'replace';
  try {
    const el = findComposer(doc);
    if (el === null || typeof text !== 'string') return false;
    const before = composerText(el);
    // The draft as it was, to rebuild from if execCommand changed it but not as asked.
    const original = Array.from(el.childNodes, (node) => node.cloneNode(true));
    try {
      el.focus();
    } catch {
      // Focus can fail in a hidden tab; insertion does not need it.
    }

    if (el.tagName.toUpperCase() === 'TEXTAREA') {
      setTextareaValue(doc, el as HTMLTextAreaElement, text, mode);
      return landed(el, text, before, mode);
    }

    // 1. execCommand on a selection covering the draft (or its end).
    if (typeof doc.execCommand === 'function' && selectForInsert(doc, el, mode)) {
      let ok = false;
      try {
        ok = text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
      } catch {
        ok = false;
      }
      if (ok && landed(el, text, before, mode)) return true;
    }

    // 2. DOM nodes (Trusted Types safe), then the input event.
    const lines = paragraphsOf(doc, text);
    if (mode === 'replace' || squash(before) === '') el.replaceChildren(...lines);
    else el.replaceChildren(...original, ...lines);
    if (safeMatches(el, '.ql-editor')) el.classList.toggle('ql-blank', squash(composerText(el)) === '');
    fire(doc, el, text);
    caretToEnd(doc, el);
    return landed(el, text, before, mode);
  } catch {
    return false;
  }
}
