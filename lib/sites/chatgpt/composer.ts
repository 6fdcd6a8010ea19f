import { queryFirst, SELECTORS } from './selectors';

/**
 * Puts text into ChatGPT's composer without sending it. The composer is a ProseMirror contenteditable: insert
 * through the editing command so ProseMirror sees an input event; fall back to <p> nodes (never HTML strings).
 */
export function insertIntoComposer(doc: Document, text: string): boolean {
  const composer = queryFirst(doc, SELECTORS.composer) as HTMLElement | null;
  if (!composer) return false;
  try {
    if (composer instanceof HTMLTextAreaElement) {
      composer.value = text;
      composer.dispatchEvent(new Event('input', { bubbles: true }));
      composer.focus();
      return true;
    }
    composer.focus();
    const selection = doc.getSelection();
    selection?.selectAllChildren(composer);
    selection?.collapseToEnd();
    const inserted = doc.execCommand?.('insertText', false, text);
    if (!inserted || !composer.textContent?.includes(text.slice(0, 20))) {
      composer.replaceChildren(...text.split('\n').map((line) => {
        const paragraph = doc.createElement('p');
        paragraph.textContent = line;
        return paragraph;
      }));
      composer.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    }
    return true;
  } catch {
    return false;
  }
}
