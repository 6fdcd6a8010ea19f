import { browser } from 'wxt/browser';
import { DeepError } from '../deep/schema';
import { imageBytesOf } from './image-bytes';
import { deepImageAudit, deepTextCheck, inputHash } from '../deep/run';
import type { Analysis } from '../engine/schema';
import { deepApiKey, deepBaseUrl, deepSettings, readDeepSettings } from '../store/settings';

/**
 * The only place that talks to the Gemini API. The key is read here and nowhere else; a page can trigger a call
 * only through a user's click in on-demand mode; automatic mode is rate-limited and cached by a hash of the inputs.
 */
const AUTO_MIN_INTERVAL_MS = 10_000;
let lastAutomatic = 0;
const CACHE_PREFIX = 'deep.cache.';

async function options() {
  const settings = await readDeepSettings();
  const apiKey = (await deepApiKey.getValue()) ?? '';
  const baseUrl = (await deepBaseUrl.getValue()) || undefined;
  return { settings, call: { apiKey, model: settings.model, ...(baseUrl ? { baseUrl } : {}) } };
}

type Result = { ok: true; analysis: Analysis; cached?: boolean } | { ok: false; code: string; error: string };

async function guarded(trigger: 'click' | 'automatic', key: string, run: (call: Awaited<ReturnType<typeof options>>['call']) => Promise<Analysis>): Promise<Result> {
  const { settings, call } = await options();
  if (settings.mode === 'off') return { ok: false, code: 'off', error: 'Deep analysis is off. Turn it on in PromptLoss options.' };
  if (!settings.consented) return { ok: false, code: 'consent', error: 'Confirm what will be sent before the first deep analysis.' };
  if (trigger === 'automatic' && settings.mode !== 'automatic') return { ok: false, code: 'off', error: 'Automatic deep analysis is off.' };
  const cacheKey = `${CACHE_PREFIX}${inputHash(key, settings.model)}`;
  const cached = (await browser.storage.local.get(cacheKey))[cacheKey] as Analysis | undefined;
  if (cached) return { ok: true, analysis: cached, cached: true };
  if (trigger === 'automatic') {
    if (Date.now() - lastAutomatic < AUTO_MIN_INTERVAL_MS) return { ok: false, code: 'rate', error: 'Automatic deep analysis waits between calls.' };
    lastAutomatic = Date.now();
  }
  try {
    const analysis = await run(call);
    await browser.storage.local.set({ [cacheKey]: analysis }).catch(() => undefined);
    return { ok: true, analysis };
  } catch (error) {
    if (error instanceof DeepError) return { ok: false, code: error.code, error: error.message };
    return { ok: false, code: 'server', error: 'The deep analysis failed.' };
  }
}

export async function deepStatus() {
  const { settings, call } = await options();
  return { ok: true, mode: settings.mode, consented: settings.consented, hasKey: call.apiKey.length > 0, model: settings.model };
}

export async function deepConsent() {
  await deepSettings.setValue({ ...(await readDeepSettings()), consented: true });
  return { ok: true };
}

export async function deepTestKey(): Promise<{ ok: boolean; error?: string; code?: string }> {
  const { call } = await options();
  const probe: Analysis = {
    original: 'a red apple', rewritten: 'a red apple', languages: { original: 'en', rewritten: 'en' },
    constraints: [], additions: [], summary: { kept: 0, altered: 0, unbound: 0, lost: 0, fidelity: 1, dilution: 0 },
  };
  try {
    await deepTextCheck(probe, { ...call, timeoutMs: 15_000 });
    return { ok: true };
  } catch (error) {
    return error instanceof DeepError ? { ok: false, code: error.code, error: error.message } : { ok: false, error: 'The test call failed.' };
  }
}

export function deepAnalyze(trigger: 'click' | 'automatic', analysis: Analysis, previous: string[]) {
  return guarded(trigger, inputHash('text', analysis.original, analysis.rewritten, previous), (call) => deepTextCheck(analysis, call, previous));
}

/** The image bytes are fetched here, by the background, with the host access the extension has (or asked for). */
export function deepAuditImage(trigger: 'click' | 'automatic', analysis: Analysis, source: string | { base64: string; mimeType: string }) {
  const key = typeof source === 'string' ? source : `${source.base64.length}:${source.base64.slice(0, 64)}:${source.base64.slice(-64)}`;
  return guarded(trigger, inputHash('image', analysis.original, key), async (call) => {
    const image = await imageBytesOf(source).catch((error: unknown) => {
      throw new DeepError('network', error instanceof Error ? error.message : 'The image could not be read.');
    });
    return deepImageAudit(analysis, { mimeType: image.mimeType, base64: image.base64 }, call);
  });
}
