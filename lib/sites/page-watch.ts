import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { resolveLang, type Lang } from '@/lib/i18n/strings';
import { badgeStatuses, readBadgeStatuses, uiLanguage } from '@/lib/store/settings';

/**
 * What makes a site's reports redraw: the page's DOM changing, single-page navigation, the UI language and the
 * badge settings changing, and a slow heartbeat for what no event announces (virtualised threads).
 */
export interface PageWatch {
  onLang: (lang: Lang) => void;
  onShown: (shown: Set<string>) => void;
  onNavigate: () => void;
  redraw: () => void;
  attributes: string[];
}

export function watchPage(ctx: ContentScriptContext, watch: PageWatch): void {
  const observer = new MutationObserver(() => watch.redraw());
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: watch.attributes });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    watch.onNavigate();
    watch.redraw();
  });
  ctx.onInvalidated(uiLanguage.watch((value) => {
    watch.onLang(resolveLang(value ?? 'auto', navigator.language));
    watch.redraw();
  }));
  ctx.onInvalidated(badgeStatuses.watch(() => void readBadgeStatuses().then((value) => {
    watch.onShown(value);
    watch.redraw();
  })));
  ctx.setInterval(watch.redraw, 2000);
  watch.redraw();
}

/** A redraw that runs at most once per `ms`, after the burst that asked for it; its errors stay inside PromptLoss. */
export function coalesced(ctx: ContentScriptContext, run: () => void, ms: number): () => void {
  let scheduled = false;
  return () => {
    if (scheduled) return;
    scheduled = true;
    ctx.setTimeout(() => {
      scheduled = false;
      try {
        run();
      } catch (error) {
        console.warn('[PromptLoss]', error);
      }
    }, ms);
  };
}
