/**
 * Every selector PromptLoss uses on chatgpt.com, with its alternatives (tried in order) and when it was seen.
 * Never qualify by tag: the turn container moved from article to section in 2026. Source:
 * ../shared/docs/chatgpt-formats.md §4.
 */
export const SELECTORS = {
  /** The generated image container; its id is stable across re-renders (2026-09). */
  imageContainer: [
    '[id^="image-"][class*="imagegen-image"]', // div.group/imagegen-image#image-<uuid>, 2026-09-22
    '[class~="group/generated-image-preview"]', // Oct 2026 bundle
    '[id^="image-"]',
  ],
  /** The visible generated image (the two aria-hidden copies are skipped). */
  generatedImage: ['img[alt^="Generated image"]:not([aria-hidden="true"])', 'img[alt^="Generated image"]'],
  /** A turn: section/article[data-testid^="conversation-turn-"] (2023→2026), li[data-message-role] (Jul 2026), [data-turn-key] (Sep 2026). */
  turn: ['[data-testid^="conversation-turn-"]', 'li[data-message-role]', '[data-turn-key]'],
  /** A message with its id: [data-message-id] (2023→2026), li[data-message-role][id] (Jul 2026), search-unit ids (Sep 2026). */
  messageWithId: ['[data-message-id]', 'li[data-message-role][id]', '[data-chatgpt-search-message-ids]'],
  /** The composer: a ProseMirror contenteditable since Sep 2024. */
  composer: ['div#prompt-textarea[contenteditable="true"]', '#prompt-textarea', 'form [contenteditable="true"].ProseMirror', 'textarea[name="prompt"]', '#mobile-composer-prompt'],
  /** The thread's scroll root (2026) — where new turns appear. */
  thread: ['#thread', '[data-app-action-timeline-scroll]', 'main'],
} as const;

/** The first element matching any alternative, in order. */
export function queryFirst(root: ParentNode, alternatives: readonly string[]): Element | null {
  for (const selector of alternatives) {
    try {
      const found = root.querySelector(selector);
      if (found) return found;
    } catch {
      /* an alternative the browser cannot parse is skipped */
    }
  }
  return null;
}

/** Every element matching the first alternative that matches anything. */
export function queryAllFirst(root: ParentNode, alternatives: readonly string[]): Element[] {
  for (const selector of alternatives) {
    try {
      const found = [...root.querySelectorAll(selector)];
      if (found.length) return found;
    } catch {
      /* skipped */
    }
  }
  return [];
}

export function closestAny(element: Element, alternatives: readonly string[]): Element | null {
  for (const selector of alternatives) {
    try {
      const found = element.closest(selector);
      if (found) return found;
    } catch {
      /* skipped */
    }
  }
  return null;
}
