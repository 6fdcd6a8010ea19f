import { browser } from 'wxt/browser';
import type { Analysis } from '../engine/schema';
import { imageBytesOf } from './image-bytes';

/**
 * Local image checks, off every page's thread, in the image checker page (lib/image-checker). The background entry
 * says where that page runs (Chrome: offscreen document; Firefox: an iframe of the background page).
 */
let startChecker: () => Promise<void> = async () => {
  throw new Error('No image checker in this context.');
};
export function useCheckerHost(start: () => Promise<void>): void {
  startChecker = start;
}

export async function checkImageOfPair(analysis: Analysis, source: string | { base64: string; mimeType: string }): Promise<{ ok: true; analysis: Analysis; width: number; height: number } | { ok: false; error: string }> {
  try {
    const image = await imageBytesOf(source);
    await startChecker();
    const answer = (await browser.runtime.sendMessage({ target: 'image-checker', type: 'image/run', base64: image.base64, constraints: analysis.constraints })) as
      { ok: boolean; error?: string; constraints?: Analysis['constraints']; width?: number; height?: number } | undefined;
    if (!answer?.ok || !answer.constraints) return { ok: false, error: answer?.error ?? 'The image checker did not answer.' };
    return { ok: true, analysis: { ...analysis, constraints: answer.constraints }, width: answer.width ?? 0, height: answer.height ?? 0 };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : 'The image could not be checked.' };
  }
}
