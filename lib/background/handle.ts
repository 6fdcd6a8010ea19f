import { browser } from 'wxt/browser';
import { BackgroundRequest } from '../messages';
import { deepAnalyze, deepAuditImage, deepConsent, deepStatus, deepTestKey } from './deep';
import { checkImageOfPair } from './image-check';
import { localArea } from '../store/browser-area';
import { createHistoryStore, type HistoryEntry } from '../store/history';
import { readRetention } from '../store/settings';

/** The background's answers to runtime messages. Everything it stores stays in the extension's local storage. */
export const history = createHistoryStore(localArea);

const TAB_PAIRS_KEY = 'tabs.pairs';
async function tabPairs(): Promise<Record<string, string[]>> {
  const value = (await browser.storage.session.get(TAB_PAIRS_KEY))[TAB_PAIRS_KEY];
  return value && typeof value === 'object' ? (value as Record<string, string[]>) : {};
}
let tabQueue: Promise<unknown> = Promise.resolve();

async function rememberTab(tabId: number, entry: HistoryEntry): Promise<void> {
  tabQueue = tabQueue.then(async () => {
    const map = await tabPairs();
    const ids = (map[tabId] ?? []).filter((id) => id !== entry.id);
    ids.push(entry.id);
    map[tabId] = ids.slice(-200);
    await browser.storage.session.set({ [TAB_PAIRS_KEY]: map });
  }).catch(() => undefined);
  await tabQueue;
  const problems = entry.analysis.summary.lost + entry.analysis.summary.altered;
  try {
    await browser.action.setBadgeText({ tabId, text: entry.compare === 'rewrite' && problems ? String(problems) : '' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#cf222e' });
  } catch {
    /* the tab may be gone */
  }
}

export async function forgetTab(tabId: number): Promise<void> {
  const map = await tabPairs();
  if (!(tabId in map)) return;
  delete map[tabId];
  await browser.storage.session.set({ [TAB_PAIRS_KEY]: map });
}

export async function handleMessage(raw: unknown, sender: { tab?: { id?: number }; url?: string }): Promise<unknown> {
  const parsed = BackgroundRequest.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'unknown request' };
  const request = parsed.data;
  switch (request.type) {
    case 'history/add': {
      const result = await history.add(request.entry, await readRetention());
      if (sender.tab?.id !== undefined) await rememberTab(sender.tab.id, request.entry);
      return result;
    }
    case 'history/update':
      return { ok: await history.update(request.id, { ...(request.checks ? { checks: request.checks } : {}), ...(request.deep || request.image ? { extra: { ...(request.deep ? { deep: request.deep } : {}), ...(request.image ? { image: request.image } : {}) } } : {}) }) };
    case 'history/list':
      return { ok: true, entries: await history.list(), quotaExceeded: await history.quotaExceeded() };
    case 'history/get':
      return { ok: true, entry: await history.get(request.id) };
    case 'history/clear':
      await history.clear();
      return { ok: true };
    case 'history/import': {
      const retention = await readRetention();
      let added = 0;
      for (const entry of request.entries) if ((await history.add(entry, retention)).ok) added++;
      return { ok: true, added };
    }
    case 'deep/status':
      return deepStatus();
    case 'deep/consent':
      return deepConsent();
    case 'deep/test-key':
      // Only the extension's own pages may ask: a content script has no business testing the key.
      if (sender.tab && !sender.url?.startsWith(browser.runtime.getURL(''))) return { ok: false, error: 'not allowed' };
      return deepTestKey();
    case 'deep/analyze':
      return deepAnalyze(request.trigger, request.analysis, request.previous);
    case 'image/check':
      return checkImageOfPair(request.analysis, request.image ?? request.imageUrl ?? '');
    case 'deep/audit-image':
      return deepAuditImage(request.trigger, request.analysis, request.image ?? request.imageUrl ?? '');
    case 'tab/pairs': {
      const ids = (await tabPairs())[request.tabId] ?? [];
      const entries = (await Promise.all(ids.map((id) => history.get(id)))).filter((entry): entry is HistoryEntry => !!entry);
      return { ok: true, entries: entries.reverse() };
    }
  }
}
