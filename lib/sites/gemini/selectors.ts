// Every selector PromptLoss uses on gemini.google.com. Each entry is a chain: alternatives tried in order, the first
// one that matches wins (see query.ts). Dates are when the doc's sources saw them (/work/shared/docs/gemini-formats.md
// §2). Never select on `_ngcontent-*` hashes or on localized aria-labels/text (they change per deploy / language).

export type SelectorChain = readonly string[];

export const SELECTORS = {
  /** The scrolling history that holds the turns. */
  chatHistory: [
    // 2024–2026 (RonkTsang dump 2025-12-27; 2026 configs): infinite-scroller inside #chat-history.
    'infinite-scroller[data-test-id="chat-history-container"]',
    'infinite-scroller.chat-history',
    '#chat-history',
    // Shared chat page (ophel, MED).
    'share-landing-page',
    'chat-window',
  ],

  /**
   * One turn (user query + model response). `pending-request.conversation-container` replaces the real container
   * while only the spinner shows (2026-09 spike). Shared pages use `.share-turn-viewer` (ophel, MED).
   */
  turnContainer: ['.conversation-container', 'pending-request', '.share-turn-viewer'],
  pendingTurn: ['pending-request'],

  /** The user's turn. Custom element since Bard (2023–2026); the attribute forms are voyager's defensive fallbacks. */
  userQuery: ['user-query', '[data-message-author-role="user"]', 'div[aria-label="User message"]'],
  /** One `<p>` per line of the prompt; blank lines are `<p class="query-text-line"><br></p>` (2025-12 dump). */
  userQueryLine: ['.query-text .query-text-line', 'p.query-text-line', '.query-text-line'],
  userQueryText: ['.query-text', 'user-query-content', '.user-query-bubble-with-background'],

  /** The model's turn (2023–2026). */
  modelResponse: ['model-response', '[data-message-author-role="model"]', '[data-message-author-role="assistant"]'],
  /**
   * The answer text: `message-content … div.markdown.markdown-main-panel` (2025-12 dump, hamlog 2026-02, configs
   * 2026-07/2026-09). Matches inside `model-thoughts` are excluded separately (voyager `queryOutsideThoughts`).
   */
  answerText: [
    'message-content .markdown.markdown-main-panel',
    'message-content .markdown',
    'structured-content-container .markdown-main-panel',
    'message-content',
    '.model-response-text',
  ],

  /** The thinking block (2025 thinking models → 2026). */
  thoughts: ['model-thoughts', '[data-test-id="model-thoughts"]', '.model-thoughts', '.thoughts-container'],
  /** Its content; only in the DOM while expanded (ophel, voyager 2025-2026). */
  thoughtsContent: [
    '[data-test-id="thoughts-content"]',
    '.thoughts-content-expanded',
    '.thoughts-content',
    'message-content',
  ],
  thoughtsButton: ['button[data-test-id="thoughts-header-button"]', '.thoughts-header button', '.thoughts-header'],
  /** `mat-icon` name of the header: expand_more = collapsed, expand_less = expanded (2025-12 dump). */
  thoughtsIcon: ['.thoughts-header mat-icon[data-mat-icon-name]', '.thoughts-header mat-icon[fonticon]'],

  /**
   * Generated images. All alternatives are unioned (one image can match several). 2026-02 (hamlog):
   * `generated-image > single-image.generated-image > … button.image-button > img.image`; 2026-03..09 alt
   * ", AI generated"; 2026-07 src became blob:. `[data-image-attachment-index]` is also used for web attachments,
   * so every match is checked against `excludedImageScopes`.
   */
  generatedImage: [
    'generated-image img',
    'single-image.generated-image img',
    '.attachment-container.generated-images img',
    '.generated-image-container img',
    '[data-image-attachment-index] img',
    'button.image-button img.image',
    'img[alt$="AI generated"]',
  ],
  /** The host element of one generated image (for its attachment index and jslog). */
  generatedImageHost: ['[data-image-attachment-index]', 'single-image', 'generated-image', '.generated-image-container'],
  /** Scopes whose images are NOT generated: web search results (voyager), markdown inline web images, uploads, thoughts. */
  excludedImageScopes: [
    '.attachment-container.search-images',
    '.search-images',
    '[data-full-size-image-uri]',
    '.inline-image-container',
    'sources-list',
    'source-footnote',
    'sources-carousel-inline',
    'sources-carousel',
    'browse-web-chip',
    'user-query',
    'model-thoughts',
    '.thoughts-content',
  ],

  /** Elements whose jslog names the turn: `BardVeMetadataKey:[[rid,cid,null,rcid,…]]` or its base64 (2026). */
  turnJslog: [
    'response-container[jslog]',
    'model-response[jslog]',
    '[data-test-id="prompt-edit-button"][jslog]',
    '[jslog*="BardVeMetadataKey"]',
  ],
  /** The visible draft: `data-test-draft-id="rc_…"` (2025-12 dump). */
  draftId: ['[data-test-draft-id]'],
  /** `message-content#message-content-id-r_<hex>` (2025-12 dump). */
  responseIdElement: ['message-content[id^="message-content-id-"]', '[id^="model-response-message-content"]'],

  /** Done signals (2025-12 dump; hamlog, voyager `responseNotification`). */
  responseComplete: ['.response-footer.complete'],
  responseActions: [
    'message-actions [data-test-id="copy-button"]',
    '[data-test-id="copy-button"]',
    '[data-test-id="more-menu-button"]',
    'message-actions',
  ],
  /** Busy signals: aria-busy (defensive), and the avatar spinner while visible (2025-12 dump, MED). */
  responseBusy: ['[aria-busy="true"]'],
  responseSpinner: ['.avatar_spinner_animation'],
  /** The stop control while generating: 2025..2026-02 `button.send-button.stop`; 2026-07 `gem-icon-button` with `stop`. */
  stopButton: [
    'button.send-button.stop',
    '[data-test-id="send-button-container"] .stop',
    'gem-icon-button.stop',
    'mat-icon[fonticon="stop"]',
  ],

  /** Hidden accessibility headings ("You said", "Gemini said") that are not turn text (ophel strips them). */
  visuallyHidden: ['.cdk-visually-hidden'],

  /**
   * The prompt box: Quill in `rich-textarea` (2024–2026: `div.ql-editor[contenteditable="true"][role="textbox"]`);
   * gpt4free waits for `div.ql-editor.textarea`; a 2026 userscript uses the textarea-wrapper test id.
   */
  composer: [
    'rich-textarea .ql-editor[contenteditable="true"]',
    'rich-textarea [contenteditable="true"]',
    '[data-test-id="textarea-wrapper"] [contenteditable="true"][role="textbox"]',
    'div.ql-editor[contenteditable="true"]',
    'input-area-v2 [contenteditable="true"]',
    '.text-input-field [contenteditable="true"]',
    '[contenteditable="true"][role="textbox"]',
  ],
} as const satisfies Record<string, SelectorChain>;

export type SelectorName = keyof typeof SELECTORS;

/** Elements whose text never belongs to an answer or a prompt. */
export const TEXT_NOISE = [
  'script',
  'style',
  'template',
  'button',
  'gem-icon-button',
  'mat-icon',
  'svg',
  '.cdk-visually-hidden',
  'model-thoughts',
  '.thoughts-container',
  '.thoughts-content',
  'sources-list',
  'source-footnote',
  'sources-carousel-inline',
  'message-actions',
  '.code-block-decoration',
  '.hide-from-message-actions',
  '.attachment-container',
  'generated-image',
  'single-image',
  '[data-full-size-image-uri]',
  '.inline-image-container',
  '.file-preview-container',
  'user-query-file-preview',
].join(', ');
