import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze } from '@/lib/engine';
import { launchChromium, type ChromiumSession } from './harness/chromium';

/** The built extension on the Gemini replica: the user's constraints against Gemini's plan, per generated image. */
interface Scenario {
  id: string;
  url: string;
  send?: string;
  expect: { responseId: string; userText: string; thinking: string | null; images: number }[];
}
const scenarios = JSON.parse(readFileSync(new URL('../fixtures/gemini/scenarios.json', import.meta.url), 'utf8')) as Scenario[];
const scenario = (id: string) => scenarios.find((s) => s.id === id)!;

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

async function openReport(page: Page, responseId: string) {
  const report = page.locator(`[data-promptloss-report][data-message-id="${responseId}"]`);
  await page.locator('[data-promptloss-badge]').first().waitFor({ timeout: 20_000 });
  for (let attempt = 0; attempt < 40 && !(await report.count()); attempt++) {
    for (const badge of await page.locator('[data-promptloss-badge][aria-expanded="false"]').all()) await badge.click();
    if (!(await report.count())) await page.waitForTimeout(250);
  }
  await report.waitFor({ timeout: 5000 });
  return report;
}

const rows = (report: ReturnType<Page['locator']>) =>
  report.locator('[data-promptloss-constraint]').evaluateAll((nodes) => nodes.map((n) => ({ kind: n.getAttribute('data-kind'), status: n.getAttribute('data-status'), text: n.querySelector('.pl-what')?.textContent ?? '' })));

test('an English prompt: constraints checked against the thinking; a contradicted light and an unmentioned state show', async () => {
  const s = scenario('apples-en');
  const turn = s.expect.find((e) => e.images)!;
  const page = await session.context.newPage();
  await page.goto(s.url);
  const report = await openReport(page, turn.responseId);
  expect(await report.getAttribute('data-compare')).toBe('plan');
  const list = await rows(report);
  expect(list.length).toBe(analyze(turn.userText, '', { previous: s.expect.filter((e) => e !== turn).map((e) => e.userText) }).constraints.length);
  expect(list.find((r) => r.kind === 'lighting')?.status).toBe('altered');
  expect(list.find((r) => r.kind === 'attribute' && r.text.includes('rotten'))?.status).toBe('lost');
  expect(list.find((r) => r.kind === 'attribute' && r.text.includes('bitten'))?.status).toBe('kept');
  const counts = Object.fromEntries(await Promise.all(['kept', 'altered', 'unbound', 'lost'].map(async (k) => [k, Number(await report.getAttribute(`data-${k}`))])));
  for (const status of ['kept', 'altered', 'unbound', 'lost']) expect(counts[status]).toBe(list.filter((r) => r.status === status).length);
  await session.screenshot(page, 'gemini-apples');
  await page.close();
});

test('a Chinese prompt on /u/1/app: the arc that the plan never mentions is flagged', async () => {
  const s = scenario('sign-zh');
  const turn = s.expect[0]!;
  const page = await session.context.newPage();
  await page.goto(s.url);
  const report = await openReport(page, turn.responseId);
  const list = await rows(report);
  expect(list.find((r) => r.kind === 'text' && r.text.includes('字母榜'))?.status).toBe('kept');
  expect(list.find((r) => r.kind === 'style')?.status).toBe('kept');
  expect(list.some((r) => r.status === 'lost')).toBe(true);
  await session.screenshot(page, 'gemini-sign-zh');
  await page.close();
});

test('a live turn: no report while it streams, the report once complete; the structured prompt lands in the input box', async () => {
  const s = scenario('live-lighthouse');
  const turn = s.expect[0]!;
  const page = await session.context.newPage();
  await page.goto(`${s.url}?replica_delay=600`);
  await page.locator('rich-textarea .ql-editor').click();
  await page.keyboard.type(s.send!);
  await page.keyboard.press('Enter');
  // While the image is on screen but the turn still streams, the badge says "analyzing…" and no report exists.
  const analyzing = page.locator('[data-promptloss-badge="pending"]');
  await analyzing.waitFor({ timeout: 20_000 });
  expect(await page.locator('[data-promptloss-report]').count()).toBe(0);
  await session.screenshot(page, 'gemini-streaming');
  const report = await openReport(page, turn.responseId);
  const list = await rows(report);
  expect(list.find((r) => r.kind === 'count')?.status).toBe('altered'); // exactly two seagulls → "a flock"
  await report.locator('[data-action="structured-to-input"]').click();
  await expect.poll(() => page.locator('rich-textarea .ql-editor').innerText()).toContain('"lighthouse"');
  await session.screenshot(page, 'gemini-live');
  await page.close();
});

test('web-search images get no report; single-page navigation between chats leaves nothing behind', async () => {
  const page = await session.context.newPage();
  await page.goto(scenario('web-images-gem').url);
  await page.locator('model-response').first().waitFor();
  await page.waitForTimeout(1500);
  expect(await page.locator('[data-promptloss-badge]').count()).toBe(0);
  // The sidebar switches chats without a page load: the apples chat gets its report…
  const apples = scenario('apples-en');
  await page.locator(`a[href$="${new URL(apples.url).pathname}"]`).first().click();
  await expect.poll(() => page.url()).toContain(new URL(apples.url).pathname);
  await openReport(page, apples.expect[1]!.responseId);
  // …and going back to the web-images chat leaves no report of the apples behind.
  await page.goBack();
  await expect.poll(() => page.url()).toContain(new URL(scenario('web-images-gem').url).pathname);
  await expect.poll(() => page.locator('[data-promptloss-report], [data-promptloss-badge]').count(), { timeout: 5000 }).toBe(0);
  await page.close();
});
