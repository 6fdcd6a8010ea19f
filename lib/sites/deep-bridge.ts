import { browser } from 'wxt/browser';
import type { DeepBridge } from '@/components/report/DeepActions';
import type { Analysis } from '@/lib/engine';
import { deepSettings } from '@/lib/store/settings';
import { imageSource } from './image-source';

/**
 * The page side of the deep analysis: it knows the mode and whether a key exists (asked from the background),
 * never the key itself; every call goes through the background.
 */
export interface DeepStatus {
  mode: DeepBridge['mode'];
  consented: boolean;
  hasKey: boolean;
}

export function watchDeepStatus(onChange: (status: DeepStatus) => void): () => void {
  const refresh = () =>
    void browser.runtime.sendMessage({ type: 'deep/status' }).then((answer: unknown) => {
      const status = answer as Partial<DeepStatus> & { ok?: boolean };
      if (status?.ok) onChange({ mode: status.mode ?? 'off', consented: !!status.consented, hasKey: !!status.hasKey });
    }, () => undefined);
  refresh();
  return deepSettings.watch(refresh);
}

export function deepBridge(status: DeepStatus, previous: string[], imageUrl: string | null): DeepBridge | undefined {
  if (status.mode === 'off') return undefined;
  const send = (message: unknown) => browser.runtime.sendMessage(message) as Promise<{ ok: boolean; analysis?: Analysis; error?: string }>;
  return {
    ...status,
    consent: async () => {
      await browser.runtime.sendMessage({ type: 'deep/consent' });
    },
    analyze: (analysis: Analysis) => send({ type: 'deep/analyze', trigger: 'click', analysis, previous }),
    ...(imageUrl ? { audit: async (analysis: Analysis) => send({ type: 'deep/audit-image', trigger: 'click', analysis, ...(await imageSource(imageUrl)) }) } : {}),
  };
}

/** Automatic mode, after a report is final: the background decides (rate limit, cache, consent); null when it declines. */
export async function automaticDeepAnalysis(status: DeepStatus, analysis: Analysis, previous: string[]): Promise<Analysis | null> {
  if (status.mode !== 'automatic' || !status.consented) return null;
  const answer = (await browser.runtime.sendMessage({ type: 'deep/analyze', trigger: 'automatic', analysis, previous }).catch(() => null)) as
    { ok?: boolean; analysis?: Analysis } | null;
  return answer?.ok && answer.analysis ? answer.analysis : null;
}
