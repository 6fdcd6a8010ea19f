import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ActiveDock } from '@/components/ActiveDock';
import { browser } from 'wxt/browser';
import { ContentRequest, parseTapMessage, UI_SOURCE, type TapMessage } from '@/lib/messages';

type TapPayloadMessage = Extract<TapMessage, { type: 'payload' }>;
import { entryOfGeneration } from './chatgpt/history-entry';
import { resolveLang } from '@/lib/i18n/strings';
import { readSiteToggles, readUiLanguage, siteOfHost, siteToggles } from '@/lib/store/settings';
import { startChatgpt } from './chatgpt/controller';
import { startGemini } from './gemini/controller';

type SiteKind = 'chatgpt' | 'gemini';

function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * The isolated-world side of a site: listens to its MAIN-world tap from document_start, and mounts the
 * React UI in an open shadow root while the site is switched on. Every error stays inside PromptLoss.
 */
export async function runOverlay(ctx: ContentScriptContext, kind: SiteKind): Promise<void> {
  let tapSeen = false;
  let rerender: () => void = () => {};
  // Payloads can arrive before the site's controller is ready: they wait here, none is lost.
  const early: TapPayloadMessage[] = [];
  let deliver: ((message: TapPayloadMessage) => void) | null = null;
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    if (event.source !== window) return;
    const message = parseTapMessage(event.data);
    if (message?.type === 'hello' && message.site === kind) {
      tapSeen = true;
      rerender();
    } else if (message?.type === 'payload' && message.site === kind) {
      if (deliver) deliver(message);
      else if (early.length < 500) early.push(message);
    }
  });

  window.postMessage({ source: UI_SOURCE, type: 'ping' }, location.origin);

  await domReady();
  const site = siteOfHost(location.hostname);
  if (!site) return;
  const lang = resolveLang(await readUiLanguage(), navigator.language);

  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'promptloss-ui',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    onMount(container) {
      const root = createRoot(container);
      rerender = () => root.render(<ActiveDock lang={lang} site={kind} tapSeen={tapSeen} />);
      rerender();
      return root;
    },
    onRemove(root) {
      rerender = () => {};
      root?.unmount();
    },
  });

  const record = (entry: unknown) => void browser.runtime.sendMessage({ type: 'history/add', entry }).catch(() => undefined);
  const controller = kind === 'chatgpt'
    ? await startChatgpt(ctx, (generation, analysis) => record(entryOfGeneration(generation, analysis)))
    : await startGemini(ctx, record);
  if (controller) {
    deliver = (message) => controller.ingest(message);
    for (const message of early.splice(0)) controller.ingest(message);
  }
  let shown = false;
  let siteEnabled = true;
  let hiddenByUser = false;
  const apply = (enabled: boolean) => {
    siteEnabled = enabled;
    enabled = enabled && !hiddenByUser;
    try {
      controller?.setEnabled(enabled);
      if (enabled && !shown) ui.mount();
      if (!enabled && shown) ui.remove();
      shown = enabled;
    } catch (error) {
      console.warn('[PromptLoss]', error);
    }
  };
  // The keyboard command shows or hides the in-page UI of this tab only.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (ContentRequest.safeParse(message).success) {
      hiddenByUser = !hiddenByUser;
      apply(siteEnabled);
    }
  });
  apply((await readSiteToggles())[site]);
  const unwatch = siteToggles.watch((value) => apply(value?.[site] ?? true));
  ctx.onInvalidated(unwatch);
}
