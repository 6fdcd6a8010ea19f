import { browser } from 'wxt/browser';
import { imageSource } from './image-source';
import type { Analysis } from '@/lib/engine';
import { imageChecks, readImageChecks, type ImageChecks } from '@/lib/store/settings';

/**
 * Results that arrive after a report is drawn — the local image check, the deep analysis — kept per pair, laid over
 * its local analysis, and remembered with the pair in the history. The laid-over analysis is cached so React sees
 * the same object until something changes.
 */
export interface LateResults {
  /** The analysis to show for a pair: the deep one if any, with the image verdicts on its constraints. */
  shown(id: string, local: Analysis): Analysis;
  /** Shows a deep result with its report and remembers it with the pair in the history. */
  setDeep(id: string, analysis: Analysis): void;
  /** Shows the local image check with its report and remembers it with the pair in the history. */
  setImage(id: string, analysis: Analysis): void;
  hasImage(id: string): boolean;
}

function remember(update: { id: string; deep?: Analysis; image?: Analysis }): void {
  void browser.runtime.sendMessage({ type: 'history/update', ...update }).catch(() => undefined);
}

export function createLateResults(onChange: () => void): LateResults {
  const deep = new Map<string, Analysis>();
  const image = new Map<string, Analysis>();
  const cache = new Map<string, { local: Analysis; deep?: Analysis; image?: Analysis; shown: Analysis }>();
  return {
    shown(id, local) {
      const d = deep.get(id);
      const i = image.get(id);
      const hit = cache.get(id);
      if (hit && hit.local === local && hit.deep === d && hit.image === i) return hit.shown;
      let shown = d ?? local;
      if (i) {
        const checks = new Map(i.constraints.filter((c) => c.image).map((c) => [c.id, c.image!]));
        shown = { ...shown, constraints: shown.constraints.map((c) => (checks.has(c.id) && (!c.image || c.image.source !== 'gemini') ? { ...c, image: checks.get(c.id)! } : c)) };
      }
      cache.set(id, { local, deep: d, image: i, shown });
      return shown;
    },
    setDeep(id, analysis) {
      deep.set(id, analysis);
      remember({ id, deep: analysis });
      onChange();
    },
    setImage(id, analysis) {
      image.set(id, analysis);
      remember({ id, image: analysis });
      onChange();
    },
    hasImage: (id) => image.has(id),
  };
}

/** Whether a pair's image is worth a local check: the prompt asks for a text or a format. */
export function wantsImageCheck(analysis: Analysis): boolean {
  return analysis.constraints.some((c) => c.kind === 'text' || c.kind === 'aspect');
}

export function watchImageChecks(onChange: (mode: ImageChecks) => void): () => void {
  void readImageChecks().then(onChange);
  return imageChecks.watch((value) => onChange(value ?? 'automatic'));
}

/** Asks the background to check the image (bytes fetched there, OCR off the page's thread). */
export async function requestImageCheck(analysis: Analysis, imageUrl: string): Promise<Analysis | null> {
  const answer = (await browser.runtime.sendMessage({ type: 'image/check', analysis, ...(await imageSource(imageUrl)) }).catch(() => null)) as { ok?: boolean; analysis?: Analysis } | null;
  return answer?.ok && answer.analysis ? answer.analysis : null;
}
