import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '@/lib/messages';
import type { HistoryEntry } from '@/lib/store/history';

/** The extension pages' side of the background messages (the background is the single writer of history). */
async function send<T>(request: BackgroundRequest): Promise<T> {
  const response = (await browser.runtime.sendMessage(request)) as ({ ok?: boolean; error?: string } & T) | undefined;
  if (!response || response.ok === false) throw new Error(response?.error ?? 'no answer from the background');
  return response;
}

export async function listHistory(): Promise<{ entries: HistoryEntry[]; quotaExceeded: boolean }> {
  const response = await send<{ entries?: HistoryEntry[]; quotaExceeded?: boolean }>({ type: 'history/list' });
  return { entries: Array.isArray(response.entries) ? response.entries : [], quotaExceeded: response.quotaExceeded === true };
}

export async function tabPairs(tabId: number): Promise<HistoryEntry[]> {
  const response = await send<{ entries?: HistoryEntry[] }>({ type: 'tab/pairs', tabId });
  return Array.isArray(response.entries) ? response.entries : [];
}

export async function clearHistory(): Promise<void> {
  await send({ type: 'history/clear' });
}

/** Stores a batch; resolves to how many entries the background stored. */
export async function importEntries(entries: HistoryEntry[]): Promise<number> {
  const response = await send<{ added?: number }>({ type: 'history/import', entries });
  return typeof response.added === 'number' ? response.added : 0;
}

export async function updateChecks(id: string, checks: Record<string, boolean>): Promise<boolean> {
  const response = await send<{ ok: boolean }>({ type: 'history/update', id, checks });
  return response.ok;
}
