import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { InPageReport } from '@/components/report/InPageReport';
import type { CaptureClass } from '@/components/report/Report';
import { conversationIdFromPageUrl, isTemporaryChatUrl, type ImageGeneration } from '@/lib/capture/chatgpt';
import { createChatgptSession, type TapPayload } from '@/lib/capture/chatgpt-session';
import { analyze, type Analysis } from '@/lib/engine';
import { resolveLang, type Lang } from '@/lib/i18n/strings';
import { readBadgeStatuses, readUiLanguage } from '@/lib/store/settings';
import { createAnchoredUis } from '../anchored-ui';
import { coalesced, watchPage } from '../page-watch';
import { referencedImage } from '../image-reference';
import { anchorImages, turnAnchor } from './anchors';
import { insertIntoComposer } from './composer';
import { fetchConversationTree } from './reconcile';
import { automaticDeepAnalysis, deepBridge, watchDeepStatus, type DeepStatus } from '../deep-bridge';
import { createLateResults, requestImageCheck, wantsImageCheck, watchImageChecks } from '../image-results';
import type { ImageChecks } from '@/lib/store/settings';

/** How long an image may sit on the page without a captured call before PromptLoss says it could not read it. */
const UNKNOWN_GRACE_MS = 4000;
const RECONCILE_WAIT_MS = 1500;

export interface ChatgptController {
  /** Capture on or off (the site switch), and the UI shown or hidden (the switch, or the keyboard command). */
  setEnabled(enabled: boolean, visible?: boolean): void;
  /** A payload from the MAIN-world tap (already validated). */
  ingest(payload: TapPayload): void;
}

/** The ChatGPT side of the extension: tap payloads in, one report per generated image out. */
export async function startChatgpt(ctx: ContentScriptContext, onReport?: (generation: ImageGeneration, analysis: Analysis) => void): Promise<ChatgptController> {
  const session = createChatgptSession();
  const uis = createAnchoredUis(ctx, 'promptloss-report');
  let enabled = true;
  let lang: Lang = resolveLang(await readUiLanguage(), navigator.language);
  let shown = await readBadgeStatuses();
  let lastActivity = Date.now();
  const analyses = new Map<string, { input: string; analysis: Analysis }>();
  const reported = new Set<string>();
  const treesSeen = new Map<string, number>();
  let deep: DeepStatus = { mode: 'off', consented: false, hasKey: false };
  const late = createLateResults(() => schedule());
  let imageMode: ImageChecks = 'automatic';
  ctx.onInvalidated(watchImageChecks((mode) => (imageMode = mode)));
  const checkImage = (entryId: string, analysis: Analysis, src: string) => {
    void requestImageCheck(analysis, src).then((result) => result && late.setImage(entryId, result));
  };
  ctx.onInvalidated(watchDeepStatus((status) => {
    deep = status;
    schedule();
  }));

  const analysisOf = (generation: ImageGeneration): { analysis: Analysis; compare: 'rewrite' | 'plan' | 'none' } => {
    const compare = generation.rewrite ? 'rewrite' : generation.thoughts && generation.capture !== 'failed' ? 'plan' : 'none';
    const against = generation.rewrite ?? generation.thoughts ?? '';
    const input = JSON.stringify([generation.userText, against, generation.previousUserTexts]);
    let cached = analyses.get(generation.key);
    if (!cached || cached.input !== input) {
      cached = { input, analysis: analyze(generation.userText, against, { previous: generation.previousUserTexts }) };
      analyses.set(generation.key, cached);
    }
    return { analysis: cached.analysis, compare };
  };

  const diagnostics = (images: number, matched: number) => JSON.stringify({
    promptloss: 'chatgpt capture diagnostics (no user content)',
    path: location.pathname.replace(/[0-9a-f-]{16,}/gi, '<id>'),
    images, matched, shapes: session.shapes(),
  }, null, 2);

  const schedule = coalesced(ctx, () => render(), 120);

  let visible = true;
  function render(): void {
    if (!enabled || !visible) {
      uis.prune();
      return;
    }
    const urlId = conversationIdFromPageUrl(location.href);
    const conversationId = urlId ?? (isTemporaryChatUrl(location.href) || location.pathname === '/' ? session.latestStreamedConversation() : null);
    const generations = urlId || conversationId ? session.generations(conversationId) : [];
    const theme = document.documentElement.classList.contains('dark') ? 'dark' : 'light';
    const keep = new Set<Element>();
    const anchors = anchorImages(document, generations);
    const matched = anchors.filter((anchor) => anchor.generation).length;
    const placed = new Set<string>();
    for (const [index, anchor] of anchors.entries()) {
      const generation = anchor.generation;
      if (!generation && Date.now() - lastActivity < UNKNOWN_GRACE_MS) continue;
      keep.add(anchor.container);
      if (generation) placed.add(generation.key);
      // "Make the second one brighter": link to the image the follow-up points at.
      const reference = generation?.previousUserTexts.length ? referencedImage(generation.userText) : null;
      const target = reference === 'previous' ? index - 1 : reference ? reference - 1 : -1;
      const refersTo = target >= 0 && target < index ? { n: target + 1, show: () => showImage(anchors[target]!.container) } : undefined;
      uis.render(anchor.container, element(generation, anchors.length, matched, anchor.src, refersTo), theme);
    }
    // Calls with no image on the page yet (streaming) or ever (refused): shown on their turn.
    for (const generation of generations) {
      if (placed.has(generation.key) || (generation.images.length && generation.status === 'complete')) continue;
      const turn = turnAnchor(document, generation, generation.status === 'streaming');
      if (!turn || keep.has(turn)) continue;
      keep.add(turn);
      uis.render(turn, element(generation, anchors.length, matched), theme);
    }
    uis.prune(keep);
  }

  function element(generation: ImageGeneration | null, images: number, matched: number, src = '', refersTo?: { n: number; show: () => void }) {
    if (!generation) {
      const empty = analyze('', '');
      return (
        <InPageReport lang={lang} capture="unknown" compare="none" messageId="" analysis={empty} streaming={false} shown={shown}
          diagnostics={diagnostics(images, matched)} copy={copy} />
      );
    }
    const { analysis, compare } = analysisOf(generation);
    const streaming = generation.status === 'streaming';
    const entryId = `chatgpt:${generation.key}`;
    const imageUrl = /^https?:|^\//.test(src) ? new URL(src, location.href).href : null;
    if (!streaming && !reported.has(generation.key)) {
      reported.add(generation.key);
      onReport?.(generation, analysis);
      // The image itself, checked locally: what it says in text, and its format.
      if (imageMode === 'automatic' && imageUrl && generation.images.length && wantsImageCheck(analysis)) checkImage(entryId, analysis, imageUrl);
      if (compare !== 'none') {
        void automaticDeepAnalysis(deep, analysis, generation.previousUserTexts).then((result) => result && late.setDeep(entryId, result));
      }
    }
    return (
      <InPageReport
        lang={lang}
        capture={generation.capture as CaptureClass}
        compare={compare}
        messageId={generation.toolMessageId}
        analysis={late.shown(entryId, analysis)}
        streaming={streaming}
        shown={shown}
        hiddenContext={generation.hiddenContext}
        title={generation.title}
        thoughts={generation.thoughts}
        copy={copy}
        askAgain={(text) => insertIntoComposer(document, text)}
        refersTo={refersTo}
        onDeepResult={(result) => late.setDeep(entryId, result)}
        deep={deepBridge(deep, generation.previousUserTexts, imageUrl)}
        checkImage={imageMode !== 'off' && imageUrl && wantsImageCheck(analysis) && !late.hasImage(entryId) ? () => checkImage(entryId, analysis, imageUrl) : undefined}
      />
    );
  }

  const ingest = (payload: TapPayload) => {
    lastActivity = Date.now();
    const result = session.ingest(payload);
    if (payload.channel === 'conversation') {
      const id = conversationIdFromPageUrl(payload.url.replace('/backend-api/conversation/', '/c/'));
      if (id) treesSeen.set(id, Date.now());
    }
    if (result.turnEnded) {
      const conversationId = result.turnEnded;
      const endedAt = Date.now();
      ctx.setTimeout(() => {
        if ((treesSeen.get(conversationId) ?? 0) >= endedAt || !enabled) return;
        void fetchConversationTree(conversationId).then((text) => {
          if (text) ingest({ channel: 'conversation', streamId: 'reconcile', url: `/backend-api/conversation/${conversationId}`, text });
        });
      }, RECONCILE_WAIT_MS);
    }
    if (result.changed || result.turnEnded !== null) schedule();
  };

  watchPage(ctx, {
    attributes: ['class', 'src'],
    onLang: (value) => (lang = value),
    onShown: (value) => (shown = value),
    onNavigate: () => uis.prune(),
    redraw: schedule,
  });

  return {
    setEnabled(value, show = value) {
      enabled = value;
      visible = show;
      schedule();
    },
    ingest(payload) {
      if (!enabled) return; // capture stops while the site is switched off
      try {
        ingest(payload);
      } catch (error) {
        console.warn('[PromptLoss]', error);
      }
    },
  };
}

/** Brings an earlier image into view and marks it for a moment. */
function showImage(container: Element): void {
  container.scrollIntoView({ behavior: 'smooth', block: 'center' });
  const element = container as HTMLElement;
  const before = element.style.outline;
  element.style.outline = '3px solid #8b87ff';
  setTimeout(() => (element.style.outline = before), 1600);
}

async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Clipboard API refused (no focus, permissions): the classic way.
    const area = document.createElement('textarea');
    area.value = text;
    area.style.cssText = 'position:fixed;left:-9999px;top:0;';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}
