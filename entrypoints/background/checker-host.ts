import { browser } from 'wxt/browser';

/**
 * Where the image checker page runs: Chrome's offscreen document, or an iframe of Firefox's background page (Firefox
 * has no offscreen documents). Started on the first check, closed when no ChatGPT or Gemini tab is open.
 */
const CHECKER = 'image-checker.html';
const SITES = ['https://chatgpt.com/*', 'https://chat.openai.com/*', 'https://gemini.google.com/*'];
type OffscreenApi = {
  hasDocument?: () => Promise<boolean>;
  createDocument: (options: { url: string; reasons: string[]; justification: string }) => Promise<void>;
  closeDocument: () => Promise<void>;
};
const offscreen = (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
let starting: Promise<void> | null = null;

export async function startChecker(): Promise<void> {
  if (offscreen) {
    if (await offscreen.hasDocument?.().catch(() => false)) return;
    starting ??= offscreen.createDocument({ url: CHECKER, reasons: ['WORKERS'], justification: 'Read the text of generated images locally (OCR)' })
      .catch(() => undefined).finally(() => (starting = null));
    await starting;
    return;
  }
  if (document.querySelector('iframe[data-image-checker]')) return;
  const frame = document.createElement('iframe');
  frame.dataset.imageChecker = '';
  frame.src = (browser.runtime.getURL as (path: string) => string)(`/${CHECKER}`);
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    document.body.append(frame);
  });
}

export async function closeCheckerIfIdle(): Promise<void> {
  const tabs = await browser.tabs.query({ url: SITES }).catch(() => []);
  if (tabs.length) return;
  if (offscreen) await offscreen.closeDocument().catch(() => undefined);
  else document.querySelector('iframe[data-image-checker]')?.remove();
}
