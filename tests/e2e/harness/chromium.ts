import { mkdirSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ARTIFACTS, CHROME_BUILD, chromiumPath, INSTALL_HINT } from './browsers';
import { routeReplica } from './replica';
import '../../fixtures/chatgpt/routes';
import '../../fixtures/gemini/routes';

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** Every request the pages made to the replica sites, in order. */
  requests: { method: string; url: string }[];
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension loaded, the two sites served from the replicas. */
export async function launchChromium(options: { headless?: boolean; extension?: boolean } = {}): Promise<ChromiumSession> {
  const withExtension = options.extension ?? true;
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(`Chromium not found. ${INSTALL_HINT}`);
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 860 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`] : ['--disable-extensions']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  const requests: { method: string; url: string }[] = [];
  for (const pattern of ['https://chatgpt.com/**', 'https://chat.openai.com/**', 'https://gemini.google.com/**']) {
    await context.route(pattern, async (route) => {
      const request = route.request();
      requests.push({ method: request.method(), url: request.url() });
      const response = routeReplica({ url: request.url(), method: request.method(), body: request.postData() });
      await route.fulfill({
        status: response.status,
        contentType: response.contentType,
        body: response.body,
        headers: response.headers,
      });
    });
  }
  const worker = withExtension ? context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')) : null;
  const extensionId = worker ? new URL(worker.url()).host : '';
  mkdirSync(`${ARTIFACTS}/screenshots`, { recursive: true });
  return {
    context,
    extensionId,
    requests,
    async screenshot(page, name) {
      const path = `${ARTIFACTS}/screenshots/chromium-${name}.png`;
      await page.screenshot({ path });
      return path;
    },
    close: () => context.close(),
  };
}
