import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FirefoxSession } from './harness/firefox';

/** The Gemini side in Firefox ESR: the report against Gemini's plan appears on the replica's generated image. */
const scenarios = JSON.parse(readFileSync(new URL('../fixtures/gemini/scenarios.json', import.meta.url), 'utf8')) as {
  id: string; url: string; expect: { responseId: string; images: number }[];
}[];

let firefox: FirefoxSession;
beforeAll(async () => {
  firefox = await FirefoxSession.launch();
});
afterAll(async () => {
  await firefox?.close();
});

test('the apples scenario: a plan report with a contradicted light', async () => {
  const s = scenarios.find((x) => x.id === 'apples-en')!;
  const responseId = s.expect.find((e) => e.images)!.responseId;
  await firefox.navigate(s.url);
  const state = await firefox.waitFor<{ compare: string; lighting: string | null; rows: number }>(`(() => {
    for (const host of document.querySelectorAll('promptloss-report')) {
      const badge = host.shadowRoot?.querySelector('[data-promptloss-badge]');
      const report = host.shadowRoot?.querySelector('[data-promptloss-report][data-message-id="${responseId}"]');
      if (!report && badge && badge.getAttribute('aria-expanded') === 'false') { badge.click(); continue; }
      if (report) return { compare: report.getAttribute('data-compare'),
        lighting: report.querySelector('[data-kind="lighting"]')?.getAttribute('data-status') ?? null,
        rows: report.querySelectorAll('[data-promptloss-constraint]').length };
    }
    return null;
  })()`, 20_000);
  expect(state.compare).toBe('plan');
  expect(state.lighting).toBe('altered');
  expect(state.rows).toBeGreaterThan(5);
  await firefox.screenshot('gemini-apples');
});

test('in Firefox: a live turn is reported once complete, and the structured prompt lands in the input box', async () => {
  const s = scenarios.find((x) => x.id === 'live-lighthouse')! as { url: string; send?: string; expect: { responseId: string }[] };
  await firefox.navigate(`${s.url}?replica_delay=500`);
  await firefox.waitFor<boolean>(`!!document.querySelector('rich-textarea .ql-editor')`);
  await firefox.evaluate(`(() => {
    const editor = document.querySelector('rich-textarea .ql-editor');
    const paragraph = document.createElement('p');
    paragraph.textContent = ${JSON.stringify(s.send)};
    editor.replaceChildren(paragraph);
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    return true;
  })()`);
  await firefox.waitFor<boolean>(`!!document.querySelector('send-button-container button, button[aria-label*="Send"]')`);
  await firefox.evaluate(`(() => { (document.querySelector('send-button-container button') || document.querySelector('button[aria-label*="Send"]')).click(); return true; })()`);
  // While the turn streams there is no report; once complete there is.
  const during = await firefox.waitFor<{ reports: number }>(`(() => {
    const busy = document.querySelector('[aria-busy="true"]');
    if (!busy) return null;
    return { reports: [...document.querySelectorAll('promptloss-report')].filter((h) => h.shadowRoot?.querySelector('[data-promptloss-report]')).length + 1 };
  })()`, 20_000);
  expect(during.reports - 1).toBe(0);
  const responseId = s.expect[0]!.responseId;
  await firefox.waitFor(`(() => {
    for (const host of document.querySelectorAll('promptloss-report')) {
      const badge = host.shadowRoot?.querySelector('[data-promptloss-badge]');
      const report = host.shadowRoot?.querySelector('[data-promptloss-report][data-message-id="${responseId}"]');
      if (!report && badge && badge.getAttribute('aria-expanded') === 'false' && badge.getAttribute('data-promptloss-badge') !== 'pending') { badge.click(); continue; }
      if (report) { report.querySelector('[data-action="structured-to-input"]').click(); return true; }
    }
    return null;
  })()`, 30_000);
  const input = await firefox.waitFor<string>(`(document.querySelector('rich-textarea .ql-editor')?.innerText || '').includes('lighthouse') && document.querySelector('rich-textarea .ql-editor').innerText`);
  expect(input).toContain('"lighthouse"');
  await firefox.screenshot('gemini-live');
});
