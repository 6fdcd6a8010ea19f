import { afterAll, beforeAll, expect, test } from 'vitest';
import { FirefoxSession } from './harness/firefox';

let firefox: FirefoxSession;
beforeAll(async () => {
  firefox = await FirefoxSession.launch();
});
afterAll(async () => {
  await firefox?.close();
});

const dockState = (site: string) =>
  `(() => { const host = document.querySelector('promptloss-ui');
     const dock = host?.shadowRoot?.querySelector('[data-promptloss-dock="${site}"]');
     return dock ? { mode: host.shadowRoot.mode, tapSeen: dock.getAttribute('data-tap-seen') } : null; })()`;

for (const [site, url] of [
  ['chatgpt', 'https://chatgpt.com/c/6748a1b2-0000-4000-8000-000000000001'],
  ['gemini', 'https://gemini.google.com/app/5c1a2b3c4d5e6f70'],
] as const) {
  test(`both content scripts run on the ${site} replica in Firefox`, async () => {
    await firefox.navigate(url);
    const state = await firefox.waitFor<{ mode: string; tapSeen: string }>(
      `(() => { const s = ${dockState(site)}; return s && s.tapSeen === 'true' ? s : null; })()`,
    );
    expect(state).toEqual({ mode: 'open', tapSeen: 'true' });
    await firefox.screenshot(`${site}-page`);
  });
}

test('popup and options render in Firefox', async () => {
  await firefox.navigate(firefox.extensionUrl('popup.html'));
  const unsupported = await firefox.waitFor<boolean>(`!!document.querySelector('[data-popup-unsupported]')`);
  expect(unsupported).toBe(true);
  await firefox.screenshot('popup');
  await firefox.navigate(firefox.extensionUrl('options.html'));
  const switches = await firefox.waitFor<number>(`document.querySelectorAll('[data-site-switch]').length`);
  expect(switches).toBe(3);
  await firefox.screenshot('options');
});
