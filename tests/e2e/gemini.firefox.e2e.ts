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
