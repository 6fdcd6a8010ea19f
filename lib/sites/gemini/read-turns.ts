// Reads the turns Gemini has rendered: prompt, answer, thinking (only when expanded — never clicked open), status,
// generated images with their ids, and the elements to anchor UI next to. Never throws on broken or partial DOM.
//
// The DOM is the fallback and the anchor (doc §5.2): text here is what Gemini rendered (not what was sent), the
// thinking is absent unless the user expanded it, image alts carry no prompt and srcs are blob: URLs since 2026-07.

import { decodeJslogIds, type JslogIds } from '../../capture/gemini/jslog.ts';
import { normalizeConversationId, normalizeResponseId, turnKey } from '../../capture/gemini/ids.ts';
import type { GeminiDomDiagnostics, GeminiTurn } from '../../capture/gemini/schema.ts';
import { closestWithin, isWithin, queryChain, queryFirst, queryUnion, safeMatches, sortInDocumentOrder } from './query.ts';
import { SELECTORS, TEXT_NOISE, type SelectorName } from './selectors.ts';
import { tidyText, visibleText } from './text.ts';

export type ThinkingState = 'absent' | 'collapsed' | 'expanded';

export interface DomImage {
  /** The `<img>` element. */
  element: Element;
  /** Its generated-image host (`single-image` / `generated-image`), or the img itself. */
  host: Element;
  /** `data-image-attachment-index`, else the position among the turn's generated images. */
  index: number;
  /** The raw src (often `blob:` since 2026-07; Gemini revokes it after load — do not fetch it). */
  src: string | null;
  /** The src when it is an http(s) URL (lh3 `gg-dl`), else null. */
  url: string | null;
  responseId: string | null;
  conversationId: string | null;
  choiceId: string | null;
  jslogFormat: JslogIds['format'] | null;
}

export interface DomTurn {
  /** Same join key as the network turns (`turnKey`); null while nothing identifies the turn (e.g. pending). */
  key: string | null;
  conversationId: string | null;
  responseId: string | null;
  choiceId: string | null;
  userText: string;
  answer: string;
  /** The thinking text, only when expanded in the DOM. */
  thinking: string | null;
  thinkingState: ThinkingState;
  status: 'streaming' | 'complete';
  /** The `pending-request` placeholder shown before Gemini swaps in the real turn. */
  pending: boolean;
  images: DomImage[];
  /** The turn container (`.conversation-container`), or the model/user element when there is none. */
  container: Element;
  userElement: Element | null;
  /** The model turn (`model-response`): anchor UI next to it. */
  modelElement: Element | null;
  /** The rendered answer (`.markdown.markdown-main-panel`). */
  answerElement: Element | null;
}

export interface ReadTurnsOptions {
  /** Fallback conversation id (e.g. from the URL via `conversationIdFromPath`), used when jslog names none. */
  conversationId?: string | null;
}

interface Ctx {
  diag: GeminiDomDiagnostics;
  fallbackConversationId: string | null;
}

function emptyDomDiagnostics(): GeminiDomDiagnostics {
  return {
    source: 'dom',
    containers: 0,
    pendingContainers: 0,
    userQueries: 0,
    modelResponses: 0,
    thoughts: { absent: 0, collapsed: 0, expanded: 0 },
    generatedImages: 0,
    excludedImages: 0,
    jslog: { json: 0, base64: 0, undecodable: 0 },
    statuses: { streaming: 0, complete: 0 },
    selectorHits: {},
    turns: 0,
    notes: [],
  };
}

function hit(ctx: Ctx, name: SelectorName, alternative: number): void {
  const previous = ctx.diag.selectorHits[name];
  // Keep the best (lowest) alternative that matched anywhere.
  if (previous === undefined || previous === -1 || (alternative !== -1 && alternative < previous))
    ctx.diag.selectorHits[name] = alternative;
}

function note(ctx: Ctx, text: string): void {
  if (!ctx.diag.notes.includes(text)) ctx.diag.notes.push(text);
}

/** First match of `name` inside `scope` (not inside thoughts unless allowed), recording which alternative hit. */
function find(ctx: Ctx, scope: ParentNode, name: SelectorName, outsideThoughts = false): Element | null {
  const chain = SELECTORS[name];
  for (let i = 0; i < chain.length; i++) {
    let found: Element[] = [];
    try {
      found = Array.from(scope.querySelectorAll(chain[i] as string));
    } catch {
      continue;
    }
    if (outsideThoughts) found = found.filter((el) => !isWithin(el, SELECTORS.thoughts, scope as Element));
    if (found[0] !== undefined) {
      hit(ctx, name, i);
      return found[0];
    }
  }
  hit(ctx, name, -1);
  return null;
}

function jslogIds(ctx: Ctx, el: Element | null): JslogIds | null {
  const raw = el?.getAttribute('jslog') ?? null;
  if (raw === null || !raw.includes(':')) return null;
  const ids = decodeJslogIds(raw);
  if (ids === null) {
    if (raw.includes('BardVeMetadataKey')) ctx.diag.jslog.undecodable++;
    return null;
  }
  ctx.diag.jslog[ids.format]++;
  return ids;
}

// ------------------------------------------------------------------ ids of a turn

interface TurnIds {
  responseId: string | null;
  conversationId: string | null;
  choiceId: string | null;
}

function idsOfTurn(ctx: Ctx, container: Element, user: Element | null, model: Element | null): TurnIds {
  let responseId: string | null = null;
  let conversationId: string | null = null;
  let choiceId: string | null = null;

  // jslog on response-container / model-response / the prompt's edit button, or any tagged element in the turn.
  const tagged = [
    ...(model ? [model, ...queryUnion(model, SELECTORS.turnJslog)] : []),
    ...(user ? queryUnion(user, SELECTORS.turnJslog) : []),
    container,
  ];
  for (const el of tagged) {
    if (isWithin(el, SELECTORS.excludedImageScopes.filter((s) => s !== 'user-query'), container)) continue;
    const ids = jslogIds(ctx, el);
    if (ids === null) continue;
    responseId ??= ids.responseId;
    conversationId ??= ids.conversationId;
    choiceId ??= ids.choiceId;
    if (responseId !== null && conversationId !== null && choiceId !== null) break;
  }

  // `message-content#message-content-id-r_<hex>` / `#model-response-message-contentr_<hex>`.
  if (responseId === null && model !== null) {
    const el = find(ctx, model, 'responseIdElement', true);
    const id = el?.getAttribute('id') ?? '';
    const match = /(r_[A-Za-z0-9_-]{6,64})$/.exec(id);
    if (match) responseId = normalizeResponseId(match[1]);
  }
  // `.conversation-container[id]` is the response id's hex.
  if (responseId === null && safeMatches(container, '.conversation-container')) {
    responseId = normalizeResponseId(container.getAttribute('id'));
  }
  if (choiceId === null && model !== null) {
    const draft = queryFirst(model, SELECTORS.draftId)?.getAttribute('data-test-draft-id') ?? null;
    if (draft !== null && /^rc_[A-Za-z0-9_-]{6,64}$/.test(draft)) choiceId = draft;
  }
  return { responseId, conversationId: conversationId ?? ctx.fallbackConversationId, choiceId };
}

// ------------------------------------------------------------------ text

function userTextOf(ctx: Ctx, user: Element | null): string {
  if (user === null) return '';
  const lines = queryChain(user, SELECTORS.userQueryLine);
  hit(ctx, 'userQueryLine', lines.alternative);
  if (lines.elements.length > 0) {
    return tidyText(lines.elements.map((p) => visibleText(p, TEXT_NOISE).replace(/\n+/g, ' ')).join('\n'));
  }
  const box = find(ctx, user, 'userQueryText');
  return visibleText(box ?? user, TEXT_NOISE);
}

function thinkingOf(ctx: Ctx, model: Element | null): { state: ThinkingState; text: string | null } {
  if (model === null) return { state: 'absent', text: null };
  const block = find(ctx, model, 'thoughts');
  if (block === null) return { state: 'absent', text: null };
  const content = find(ctx, block, 'thoughtsContent');
  const text = content === null ? '' : visibleText(content, 'script, style, template, button, mat-icon, svg, .cdk-visually-hidden');
  if (text !== '') return { state: 'expanded', text };
  return { state: 'collapsed', text: null };
}

// ------------------------------------------------------------------ status

function spinnerVisible(el: Element): boolean {
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  if (style.includes('visibility:hidden') || style.includes('display:none') || /opacity:0(?:[;.]0*)?(?:;|$)/.test(style))
    return false;
  return !el.hasAttribute('hidden');
}

function statusOf(
  ctx: Ctx,
  pending: boolean,
  model: Element | null,
  isLast: boolean,
  stopVisible: boolean,
): 'streaming' | 'complete' {
  if (pending) return 'streaming';
  if (model === null) return isLast && stopVisible ? 'streaming' : 'complete';
  if (find(ctx, model, 'responseComplete') !== null) return 'complete';
  if (safeMatches(model, '[aria-busy="true"]') || find(ctx, model, 'responseBusy') !== null) return 'streaming';
  if (find(ctx, model, 'responseActions') !== null) return 'complete';
  const spinner = find(ctx, model, 'responseSpinner');
  if (spinner !== null && spinnerVisible(spinner)) return 'streaming';
  // No marker either way (selectors drifted): only the last turn can still be running.
  return isLast && stopVisible ? 'streaming' : 'complete';
}

// ------------------------------------------------------------------ images

function imagesOf(ctx: Ctx, model: Element | null, turn: TurnIds): DomImage[] {
  if (model === null) return [];
  const candidates = queryUnion(model, SELECTORS.generatedImage).filter((el) => el.tagName.toUpperCase() === 'IMG');
  const all = Array.from(model.querySelectorAll('img'));
  const excluded = (el: Element) => isWithin(el, SELECTORS.excludedImageScopes, model);
  const kept = candidates.filter((el) => !excluded(el));
  ctx.diag.excludedImages += all.filter((el) => excluded(el)).length;
  const hostSelector = SELECTORS.generatedImageHost.join(', ');

  return sortInDocumentOrder(kept).map((img, position) => {
    const host = closestWithin(img, hostSelector, model) ?? img;
    const indexHost = closestWithin(img, '[data-image-attachment-index]', model);
    const indexAttr = Number.parseInt(indexHost?.getAttribute('data-image-attachment-index') ?? '', 10);
    // The nearest jslog between the img and the model turn (button.image-button carries it in 2026).
    let ids: JslogIds | null = null;
    for (let el: Element | null = img; el !== null && el !== model && ids === null; el = el.parentElement) {
      if (el.hasAttribute('jslog')) ids = jslogIds(ctx, el);
    }
    const src = img.getAttribute('src');
    return {
      element: img,
      host,
      index: Number.isInteger(indexAttr) && indexAttr >= 0 ? indexAttr : position,
      src,
      url: src !== null && /^https?:\/\//i.test(src) ? src : null,
      responseId: ids?.responseId ?? turn.responseId,
      conversationId: ids?.conversationId ?? turn.conversationId,
      choiceId: ids?.choiceId ?? turn.choiceId,
      jslogFormat: ids?.format ?? null,
    };
  });
}

// ------------------------------------------------------------------ turns

interface RawTurn {
  container: Element;
  user: Element | null;
  model: Element | null;
  pending: boolean;
}

function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((el) => {
    for (let p = el.parentElement; p !== null; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

function rawTurns(ctx: Ctx, root: ParentNode): RawTurn[] {
  const containerSelector = SELECTORS.turnContainer.join(', ');
  const containers = queryUnion(root, SELECTORS.turnContainer);
  if ((root as Node).nodeType === 1 && safeMatches(root as Element, containerSelector)) containers.unshift(root as Element);
  hit(ctx, 'turnContainer', queryChain(root, SELECTORS.turnContainer).alternative);
  const list = outermost(containers);
  const out: RawTurn[] = [];
  for (const container of list) {
    const user = find(ctx, container, 'userQuery');
    const model = find(ctx, container, 'modelResponse');
    const pending = safeMatches(container, SELECTORS.pendingTurn.join(', '));
    if (user === null && model === null) continue;
    out.push({ container, user, model, pending });
  }
  // Outside containers (drifted layout, or a bare fragment): pair user-query / model-response in document order.
  const modelSelector = SELECTORS.modelResponse.join(', ');
  const userSelector = SELECTORS.userQuery.join(', ');
  const candidates = queryUnion(root, [...SELECTORS.userQuery, ...SELECTORS.modelResponse]);
  // The root itself may be a lone user-query or model-response (e.g. a node a MutationObserver just saw).
  if ((root as Node).nodeType === 1 && safeMatches(root as Element, `${userSelector}, ${modelSelector}`))
    candidates.unshift(root as Element);
  const loose = candidates.filter((el) => !list.some((c) => c === el || c.contains(el)));
  const outer = outermost(loose);
  if (outer.length > 0) note(ctx, 'turns-outside-containers');
  let open: RawTurn | null = null;
  for (const el of outer) {
    if (safeMatches(el, userSelector)) {
      open = { container: el, user: el, model: null, pending: false };
      out.push(open);
    } else if (safeMatches(el, modelSelector)) {
      if (open !== null && open.model === null) {
        open.model = el;
        open.container = el;
      } else out.push({ container: el, user: null, model: el, pending: false });
      open = null;
    }
  }
  const byContainer = new Map(out.map((t) => [t.container, t] as const));
  return sortInDocumentOrder([...byContainer.keys()]).map((node) => byContainer.get(node) as RawTurn);
}

function documentOf(root: ParentNode): ParentNode {
  const owner = (root as Node).ownerDocument;
  return owner ?? root;
}

function readOne(ctx: Ctx, raw: RawTurn, isLast: boolean, stopVisible: boolean): DomTurn {
  const { container, user, model, pending } = raw;
  const ids = idsOfTurn(ctx, container, user, model);
  const answerElement = model === null ? null : find(ctx, model, 'answerText', true);
  const answer = answerElement === null ? '' : visibleText(answerElement, TEXT_NOISE);
  const thinking = thinkingOf(ctx, model);
  const status = statusOf(ctx, pending, model, isLast, stopVisible);
  const images = imagesOf(ctx, model, ids);
  return {
    key: turnKey(ids.conversationId, ids.responseId, ids.choiceId),
    conversationId: ids.conversationId,
    responseId: ids.responseId,
    choiceId: ids.choiceId,
    userText: userTextOf(ctx, user),
    answer,
    thinking: thinking.text,
    thinkingState: thinking.state,
    status,
    pending,
    images,
    container,
    userElement: user,
    modelElement: model,
    answerElement,
  };
}

export interface ReadTurnsResult {
  turns: DomTurn[];
  diagnostics: GeminiDomDiagnostics;
}

/** Turns and a content-free report of what matched (which selector alternatives, counts). Never throws. */
export function readTurnsWithDiagnostics(root: ParentNode, options: ReadTurnsOptions = {}): ReadTurnsResult {
  const ctx: Ctx = {
    diag: emptyDomDiagnostics(),
    fallbackConversationId: normalizeConversationId(options.conversationId ?? null),
  };
  const turns: DomTurn[] = [];
  try {
    const raws = rawTurns(ctx, root);
    const stopVisible = queryFirst(documentOf(root), SELECTORS.stopButton) !== null;
    raws.forEach((raw, i) => {
      try {
        turns.push(readOne(ctx, raw, i === raws.length - 1, stopVisible));
      } catch {
        note(ctx, 'turn-error');
      }
    });
  } catch {
    note(ctx, 'read-error');
  }
  const d = ctx.diag;
  d.turns = turns.length;
  d.containers = turns.filter((t) => safeMatches(t.container, SELECTORS.turnContainer.join(', '))).length;
  d.pendingContainers = turns.filter((t) => t.pending).length;
  d.userQueries = turns.filter((t) => t.userElement !== null).length;
  d.modelResponses = turns.filter((t) => t.modelElement !== null).length;
  for (const t of turns) {
    d.thoughts[t.thinkingState]++;
    d.statuses[t.status]++;
    d.generatedImages += t.images.length;
  }
  return { turns, diagnostics: d };
}

/** The turns rendered under `root`, in document order. Never throws. */
export function readTurns(root: ParentNode, options: ReadTurnsOptions = {}): DomTurn[] {
  return readTurnsWithDiagnostics(root, options).turns;
}

/**
 * DOM turns as GeminiTurn (source 'dom'); turns nothing identifies (pending) are left out. previousUserTexts are the
 * earlier rendered prompts — Gemini lazy-loads old turns, so they may be incomplete (prefer the hNvQHb history).
 */
export function geminiTurnsFromDom(turns: readonly DomTurn[]): GeminiTurn[] {
  const out: GeminiTurn[] = [];
  const previous: string[] = [];
  for (const t of turns) {
    if (t.key !== null) {
      out.push({
        key: t.key,
        conversationId: t.conversationId,
        responseId: t.responseId,
        choiceId: t.choiceId,
        userText: t.userText,
        previousUserTexts: [...previous],
        thinking: t.thinking,
        answer: t.answer,
        images: t.images.map((image) => ({
          url: image.url,
          responseId: image.responseId,
          choiceId: image.choiceId,
          index: image.index,
        })),
        status: t.status,
        source: 'dom',
      });
    }
    if (t.userText !== '') previous.push(t.userText);
  }
  return out;
}
