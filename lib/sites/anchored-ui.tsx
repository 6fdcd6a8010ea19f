import type { ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import reportCss from '@/components/report/report.css?inline';
import themeCss from '@/components/theme.css?inline';

/** The styles go in with the code: one stylesheet string per UI, no fetch per image. */
const CSS = `${themeCss}\n${reportCss}`.replaceAll(':root', ':host');

/**
 * One small React UI per page element (an image, a turn), each in its own open shadow root placed as the
 * element's first child with zero height, so the page's layout never moves. Keyed by element; re-rendered in place.
 */
interface Mounted {
  ui: ShadowRootContentScriptUi<Root>;
  root: Root | null;
  element: ReactElement | null;
}

export interface AnchoredUis {
  render(anchor: Element, element: ReactElement, theme: 'light' | 'dark'): void;
  /** Removes every UI whose anchor is not in `keep` (or all of them). */
  prune(keep?: Set<Element>): void;
  anchors(): Element[];
}

export function createAnchoredUis(ctx: ContentScriptContext, name: string): AnchoredUis {
  // The same context, but WXT must not fetch the entry's stylesheet again for every image: we pass it inline.
  const uiContext = Object.create(ctx, { options: { value: { ...ctx.options, cssInjectionMode: 'manual' } } }) as ContentScriptContext;
  const mounted = new Map<Element, Mounted>();
  const pending = new Set<Element>();
  return {
    render(anchor, element, theme) {
      const existing = mounted.get(anchor);
      if (existing) {
        existing.element = element;
        existing.root?.render(element);
        existing.ui.shadowHost.setAttribute('data-theme', theme);
        return;
      }
      if (pending.has(anchor)) return;
      pending.add(anchor);
      const entry: Mounted = { ui: null as unknown as ShadowRootContentScriptUi<Root>, root: null, element };
      void createShadowRootUi<Root>(uiContext, {
        name,
        css: CSS,
        position: 'inline',
        anchor: anchor as HTMLElement,
        append: 'first',
        mode: 'open',
        onMount(container) {
          const root = createRoot(container);
          entry.root = root;
          if (entry.element) root.render(entry.element);
          return root;
        },
        onRemove(root) {
          root?.unmount();
        },
      }).then((ui) => {
        pending.delete(anchor);
        entry.ui = ui;
        if (!anchor.isConnected) return;
        ui.mount();
        const host = ui.shadowHost;
        host.setAttribute('data-theme', theme);
        host.style.cssText = 'display:block;position:relative;height:0;width:0;overflow:visible;z-index:20;';
        mounted.set(anchor, entry);
      }, () => pending.delete(anchor));
    },
    prune(keep) {
      for (const [anchor, entry] of mounted) {
        if (keep?.has(anchor) && anchor.isConnected) continue;
        try {
          entry.ui.remove();
        } catch {
          /* already gone */
        }
        mounted.delete(anchor);
      }
    },
    anchors: () => [...mounted.keys()],
  };
}
