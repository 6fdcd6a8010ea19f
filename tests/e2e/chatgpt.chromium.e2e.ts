import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import '../fixtures/chatgpt/routes';
import { analyze } from '@/lib/engine';
import { launchChromium, type ChromiumSession } from './harness/chromium';

interface Scenario {
  slug: string;
  url: string;
  live: boolean;
  expect: { toolMessageId: string; capture: string; userText: string; rewrite: string | null; previousUserTexts: string[] }[];
}
const scenarios = JSON.parse(readFileSync(new URL('../fixtures/chatgpt/scenarios.json', import.meta.url), 'utf8')) as Scenario[];
const scenario = (slug: string) => scenarios.find((s) => s.slug === slug)!;

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

const reportSelector = (id: string) => `[data-promptloss-report][data-message-id="${id}"]`;

test('a DALL-E rewrite gets a report whose counts match the engine', async () => {
  const s = scenario('dalle-apples-2024');
  const page = await session.context.newPage();
  await page.goto(s.url);
  const call = s.expect[0]!;
  const expected = analyze(call.userText, call.rewrite!, { previous: call.previousUserTexts });
  const badge = page.locator('[data-promptloss-badge]').first();
  await badge.waitFor({ timeout: 15_000 });
  await session.screenshot(page, 'chatgpt-badge');
  await badge.click();
  const report = page.locator(reportSelector(call.toolMessageId));
  await report.waitFor();
  for (const status of ['kept', 'altered', 'unbound', 'lost'] as const) {
    expect(await report.getAttribute(`data-${status}`)).toBe(String(expected.summary[status]));
  }
  expect(await report.getAttribute('data-capture')).toBe('rewrite');
  expect(await report.locator('[data-promptloss-constraint]').count()).toBe(expected.constraints.length);
  await session.screenshot(page, 'chatgpt-report');
  await page.close();
});
