import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Worker } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

function worker(): Worker {
  return session.context.serviceWorkers()[0]!;
}

for (const [site, url] of [
  ['chatgpt', 'https://chatgpt.com/c/6748a1b2-0000-4000-8000-000000000001'],
  ['gemini', 'https://gemini.google.com/app/5c1a2b3c4d5e6f70'],
] as const) {
  test(`both content scripts run on the ${site} replica`, async () => {
    const page = await session.context.newPage();
    await page.goto(url);
    const dock = page.locator(`[data-promptloss-dock="${site}"]`);
    await expect.poll(() => dock.getAttribute('data-tap-seen'), { timeout: 15_000 }).toBe('true');
    // The UI lives in an open shadow root, outside the page's own tree.
    const host = await page.evaluate(() => {
      const element = document.querySelector('promptloss-ui');
      return { inShadow: !!element?.shadowRoot, open: element?.shadowRoot?.mode };
    });
    expect(host).toEqual({ inShadow: true, open: 'open' });
    await session.screenshot(page, `${site}-page`);
    await page.close();
  });
}

test('the popup names the site of its tab and switches it; options and history render', async () => {
  const page = await session.context.newPage();
  await page.goto('https://chatgpt.com/c/6748a1b2-0000-4000-8000-000000000002');
  await page.locator('[data-promptloss-dock="chatgpt"]').waitFor();
  const tabId = await worker().evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://chatgpt.com/*' });
    return tab?.id;
  });
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 300 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  const toggle = popup.locator('[data-site-switch="chatgpt.com"]');
  await expect.poll(() => toggle.isChecked()).toBe(true);
  await session.screenshot(popup, 'popup');

  await toggle.click();
  await expect.poll(() => page.locator('[data-promptloss-dock]').count()).toBe(0);
  await toggle.click();
  await expect.poll(() => page.locator('[data-promptloss-dock]').count()).toBe(1);

  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await expect.poll(() => options.locator('[data-site-switch]').count()).toBe(3);
  await session.screenshot(options, 'options');

  const history = await session.context.newPage();
  await history.goto(`chrome-extension://${session.extensionId}/prompt-history.html`);
  await history.locator('[data-history-empty]').waitFor();
  await session.screenshot(history, 'history');
});

test('the keyboard command hides the in-page UI of its tab and shows it again', async () => {
  const page = await session.context.newPage();
  await page.goto('https://chatgpt.com/c/6748a1b2-0000-4000-8000-000000000003');
  await page.locator('[data-promptloss-dock]').waitFor();
  const toggle = () => worker().evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://chatgpt.com/c/6748a1b2-0000-4000-8000-000000000003' });
    await chrome.tabs.sendMessage(tab.id, { type: 'overlay/toggle' });
  });
  await toggle();
  await expect.poll(() => page.locator('[data-promptloss-dock]').count()).toBe(0);
  await toggle();
  await expect.poll(() => page.locator('[data-promptloss-dock]').count()).toBe(1);
  await page.close();
});
