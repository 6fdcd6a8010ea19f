// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findComposer, insertIntoComposer } from '../../../../lib/sites/gemini/composer.ts';
import { load } from './dom.ts';

function editor(): HTMLElement {
  return document.querySelector('rich-textarea .ql-editor') as HTMLElement;
}
function lines(): string[] {
  return Array.from(editor().children).map((p) => p.textContent ?? '');
}

/** Makes every HTML-string sink throw, as Trusted Types would on gemini.google.com. */
function forbidHtmlSinks(el: HTMLElement): void {
  for (const prop of ['innerHTML', 'outerHTML']) {
    Object.defineProperty(el, prop, {
      configurable: true,
      get: () => '',
      set: () => {
        throw new TypeError("This document requires 'TrustedHTML' assignment.");
      },
    });
  }
  el.insertAdjacentHTML = () => {
    throw new TypeError("This document requires 'TrustedHTML' assignment.");
  };
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('insertIntoComposer', () => {
  it('finds the Quill editor in rich-textarea', () => {
    load('composer.html');
    expect(findComposer(document)).toBe(editor());
  });

  it('puts multi-line text (with markup-like characters) into an empty box as Quill lines, without HTML strings', () => {
    load('composer.html');
    forbidHtmlSinks(editor());
    const inputs: Event[] = [];
    editor().addEventListener('input', (e) => inputs.push(e));
    const sends: Event[] = [];
    document.querySelector('[data-test-id="send-button-container"]')?.addEventListener('click', (e) => sends.push(e), true);
    document.addEventListener('keydown', (e) => sends.push(e), true);

    const text = '画一只橘猫，坐在月球上\n\n16:9，<b>不要</b>出现任何文字 & "no text"';
    expect(insertIntoComposer(document, text)).toBe(true);
    expect(lines()).toEqual(['画一只橘猫，坐在月球上', '', '16:9，<b>不要</b>出现任何文字 & "no text"']);
    expect(editor().querySelector('b')).toBeNull();
    expect(editor().classList.contains('ql-blank')).toBe(false);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]?.bubbles).toBe(true);
    expect((inputs[0] as InputEvent).inputType).toBe('insertText');
    expect(sends).toEqual([]);
  });

  it('replaces an existing draft by default, and appends when asked', () => {
    load('composer.html');
    insertIntoComposer(document, 'old draft');
    expect(insertIntoComposer(document, 'new prompt')).toBe(true);
    expect(lines()).toEqual(['new prompt']);
    expect(insertIntoComposer(document, 'more', { mode: 'append' })).toBe(true);
    expect(lines()).toEqual(['new prompt', 'more']);
  });

  it('uses execCommand("insertText") when the browser supports it', () => {
    load('composer.html');
    const exec = vi.fn((command: string, _ui?: boolean, value?: string) => {
      if (command !== 'insertText') return false;
      // What Chrome does: replace the selection with the text.
      const selection = document.getSelection();
      const range = selection?.getRangeAt(0);
      range?.deleteContents();
      range?.insertNode(document.createTextNode(value ?? ''));
      return true;
    });
    (document as unknown as { execCommand: typeof exec }).execCommand = exec;
    try {
      expect(insertIntoComposer(document, 'a fox in the snow')).toBe(true);
      expect(exec).toHaveBeenCalledWith('insertText', false, 'a fox in the snow');
      expect(editor().textContent).toBe('a fox in the snow');
    } finally {
      delete (document as unknown as { execCommand?: unknown }).execCommand;
    }
  });

  it('falls back to DOM nodes when execCommand reports success but changes nothing', () => {
    load('composer.html');
    (document as unknown as { execCommand: () => boolean }).execCommand = () => true;
    try {
      expect(insertIntoComposer(document, 'still lands')).toBe(true);
      expect(lines()).toEqual(['still lands']);
    } finally {
      delete (document as unknown as { execCommand?: unknown }).execCommand;
    }
  });

  it('clearing with an empty string leaves an empty, blank box', () => {
    load('composer.html');
    insertIntoComposer(document, 'something');
    expect(insertIntoComposer(document, '')).toBe(true);
    expect(editor().textContent).toBe('');
    expect(editor().classList.contains('ql-blank')).toBe(true);
  });

  it('writes into a plain textarea fallback through the native setter', () => {
    document.body.innerHTML = '<rich-textarea><textarea></textarea></rich-textarea>';
    const seen: string[] = [];
    document.querySelector('textarea')?.addEventListener('input', (e) => seen.push((e.target as HTMLTextAreaElement).value));
    expect(insertIntoComposer(document, 'hello')).toBe(true);
    expect(seen).toEqual(['hello']);
  });

  it('returns false when there is no prompt box', () => {
    document.body.innerHTML = '<div contenteditable="false" role="textbox"></div>';
    expect(insertIntoComposer(document, 'x')).toBe(false);
    expect(findComposer(document)).toBeNull();
  });
});
