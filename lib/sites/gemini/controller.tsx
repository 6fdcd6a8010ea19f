import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { InPageReport } from '@/components/report/InPageReport';
import type { TapPayload } from '@/lib/capture/chatgpt-session';
import { conversationIdFromPath, type GeminiTurn } from '@/lib/capture/gemini';
import { createGeminiSession } from '@/lib/capture/gemini-session';
import { analyze, type Analysis } from '@/lib/engine';
import { resolveLang, type Lang } from '@/lib/i18n/strings';
import type { HistoryEntry } from '@/lib/store/history';
import { readBadgeStatuses, readUiLanguage } from '@/lib/store/settings';
import { createAnchoredUis } from '../anchored-ui';
import { coalesced, watchPage } from '../page-watch';
import { insertIntoComposer } from './composer';
import { automaticDeepAnalysis, deepBridge, watchDeepStatus, type DeepStatus } from '../deep-bridge';
import { createLateResults } from '../image-results';
import { readTurns, type DomTurn } from './read-turns';

/**
 * The Gemini side: the DOM is the truth of what is on screen (turns, thinking when shown, generated images); the
 * traffic fills in what the DOM lacks (collapsed thinking, old turns). Each generated image gets the user's
 * constraints checked against Gemini's plan — its thinking and its answer — once the turn is complete.
 */
export interface GeminiController {
  /** Capture on or off (the site switch), and the UI shown or hidden (the switch, or the keyboard command). */
  setEnabled(enabled: boolean, visible?: boolean): void;
  ingest(payload: TapPayload): void;
}

interface Pair {
  id: string;
  userText: string;
  previous: string[];
  plan: string;
  analysis: Analysis;
  compare: 'plan' | 'none';
}

export async function startGemini(ctx: ContentScriptContext, onReport?: (entry: HistoryEntry) => void): Promise<GeminiController> {
  const session = createGeminiSession();
  const uis = createAnchoredUis(ctx, 'promptloss-report');
  let enabled = true;
  let lang: Lang = resolveLang(await readUiLanguage(), navigator.language);
  let shown = await readBadgeStatuses();
  const pairs = new Map<string, Pair>();
  const checks = new Map<string, Record<string, boolean>>();
  const reported = new Set<string>();
  let deep: DeepStatus = { mode: 'off', consented: false, hasKey: false };
  const late = createLateResults(() => schedule());
  ctx.onInvalidated(watchDeepStatus((status) => {
    deep = status;
    schedule();
  }));

  const pairOf = (turn: DomTurn, previous: string[], network: GeminiTurn | null): Pair => {
    const id = `gemini:${turn.key ?? network?.key ?? turn.responseId ?? turn.userText.slice(0, 80)}`;
    const thinking = turn.thinking ?? network?.thinking ?? '';
    const answer = turn.answer || network?.answer || '';
    const plan = [thinking, answer].filter(Boolean).join('\n\n');
    const cached = pairs.get(id);
    if (cached && cached.plan === plan && cached.userText === turn.userText) return cached;
    const pair: Pair = {
      id, userText: turn.userText, previous, plan,
      analysis: analyze(turn.userText, plan, { previous }),
      compare: plan.trim() ? 'plan' : 'none',
    };
    pairs.set(id, pair);
    return pair;
  };

  const schedule = coalesced(ctx, () => render(), 150);

  let visible = true;
  function render(): void {
    if (!enabled || !visible) {
      uis.prune();
      return;
    }
    const conversationId = conversationIdFromPath(location.pathname);
    const turns = readTurns(document, { conversationId });
    const theme = document.body?.classList.contains('dark-theme') || document.documentElement.classList.contains('dark') ? 'dark' : 'light';
    const keep = new Set<Element>();
    const previous: string[] = [];
    for (const turn of turns) {
      const network = session.turn(turn.key, turn.responseId);
      const earlier = [...(network?.previousUserTexts.length ? network.previousUserTexts : previous)];
      if (turn.userText) previous.push(turn.userText);
      if (!turn.images.length) continue;
      const streaming = turn.status === 'streaming' || turn.pending;
      const pair = pairOf(turn, earlier, network);
      // Capture health: an image whose prompt could not be read says so, with diagnostics free of user content.
      const unreadable = !pair.userText.trim();
      const diagnostics = unreadable ? JSON.stringify({
        promptloss: 'gemini capture diagnostics (no user content)',
        path: location.pathname.replace(/[0-9a-f_]{12,}/gi, '<id>'),
        turnsOnPage: turns.length, images: turn.images.length, thinking: turn.thinkingState, status: turn.status,
        networkTurns: session.turns().length, idsFromJslog: turn.images.filter((i) => i.responseId).length,
      }, null, 2) : undefined;
      if (!streaming && !unreadable && !reported.has(pair.id)) {
        reported.add(pair.id);
        onReport?.(entryOf(pair, conversationId));
        if (pair.compare === 'plan') {
          void automaticDeepAnalysis(deep, pair.analysis, pair.previous).then((result) => result && late.setDeep(pair.id, result));
        }
      }
      for (const image of turn.images) {
        keep.add(image.host);
        // blob: images are revoked once shown: the image's own URL comes from Gemini's traffic when the DOM lacks it.
        const imageUrl = image.url ?? network?.images.find((candidate) => candidate.index === image.index)?.url ?? network?.images[0]?.url ?? null;
        uis.render(image.host, (
          <InPageReport
            lang={lang}
            capture={unreadable ? 'unknown' : 'plan'}
            diagnostics={diagnostics}
            compare={pair.compare}
            messageId={turn.responseId ?? pair.id}
            analysis={late.shown(pair.id, pair.analysis)}
            streaming={streaming}
            shown={shown}
            copy={copy}
            structuredToInput={(text) => insertIntoComposer(document, text)}
            deep={deepBridge(deep, pair.previous, imageUrl)}
            onDeepResult={(result) => late.setDeep(pair.id, result)}
            checked={checks.get(pair.id) ?? {}}
            onCheck={(id, value) => {
              const next = { ...(checks.get(pair.id) ?? {}), [id]: value };
              checks.set(pair.id, next);
              void browser.runtime.sendMessage({ type: 'history/update', id: pair.id, checks: next }).catch(() => undefined);
              schedule();
            }}
          />
        ), theme);
      }
    }
    uis.prune(keep);
  }

  watchPage(ctx, {
    attributes: ['aria-busy', 'class', 'src'],
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
      if (enabled && session.ingest(payload)) schedule();
    },
  };
}

function entryOf(pair: Pair, conversationId: string | null, now = Date.now()): HistoryEntry {
  return {
    id: pair.id, site: 'gemini', conversationId, createdAt: now, capturedAt: now, userText: pair.userText,
    previous: pair.previous, rewrite: pair.plan || null, capture: pair.compare === 'plan' ? 'plan' : 'no-prompt',
    compare: pair.compare, analysis: pair.analysis, title: null, checks: {},
  };
}

async function copy(text: string): Promise<void> {
  await navigator.clipboard.writeText(text).catch(() => undefined);
}
