import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { browser } from 'wxt/browser';
import { ActiveDock } from '@/components/ActiveDock';
import { resolveLang } from '@/lib/i18n/strings';
import { ContentRequest, parseTapMessage, UI_SOURCE, type TapMessage } from '@/lib/messages';
import { readSiteToggles, readUiLanguage, siteOfHost, siteToggles } from '@/lib/store/settings';
import { startChatgpt } from './chatgpt/controller';
import { entryOfGeneration } from './chatgpt/history-entry';
import { startGemini } from './gemini/controller';

type SiteKind = 'chatgpt' | 'gemini';
type TapPayloadMessage = Extract<TapMessage, { type: 'payload' }>;

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
  let shown = false;
  let siteEnabled = true;
  let hiddenByUser = false;
  // The site switch stops capture and removes the UI; the keyboard command only hides the UI of this tab.
  const apply = (enabled: boolean) => {
    siteEnabled = enabled;
    const visible = enabled && !hiddenByUser;
    try {
      controller.setEnabled(enabled, visible);
      if (visible && !shown) ui.mount();
      if (!visible && shown) ui.remove();
      shown = visible;
    } catch (error) {
      console.warn('[PromptLoss]', error);
    }
  };
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (ContentRequest.safeParse(message).success) {
      hiddenByUser = !hiddenByUser;
      apply(siteEnabled);
    }
  });
  apply((await readSiteToggles())[site]);
  // Payloads that came before the switch was read are handled (or dropped, when the site is off) only now.
  deliver = (message) => controller.ingest(message);
  for (const message of early.splice(0)) controller.ingest(message);
  const unwatch = siteToggles.watch((value) => apply(value?.[site] ?? true));
  ctx.onInvalidated(unwatch);
}
