import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { entriesFromJson } from '../../lib/store/export-history';
import type { HistoryEntry } from '../../lib/store/history';
import { dalleConversation, entryOf } from '../unit/pages/entries';

/** The extension's own pages in Chromium: history (list, filters, report, charts), export, options, popup. */
let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

const DAY = 86_400_000;
const BASE = Date.UTC(2025, 4, 10, 10);
const SEED: HistoryEntry[] = [
  entryOf('chatgpt:conv-1:m1:0', 'Draw 3 red apples on a wooden table, no people', 'A still life of two green apples on a table with a person in the background',
    { createdAt: BASE, capturedAt: BASE }),
  entryOf('chatgpt:conv-1:m2:0', 'A poster with the text "OPEN 24/7" above a blue door, soft morning light', 'A poster above a door reading "OPEN", warm evening light',
    { createdAt: BASE + DAY, capturedAt: BASE + DAY }),
  entryOf('gemini:g-1:r1', '画一只在樱花树下睡觉的橘猫，水彩风格，画面里不要有任何文字', 'An orange cat sleeping under a cherry blossom tree, watercolor style',
    { site: 'gemini', conversationId: 'g-1', createdAt: BASE + 2 * DAY, capturedAt: BASE + 2 * DAY }),
  entryOf('chatgpt:conv-2:m1:0', 'Two dogs on the left of a red car, photorealistic, 16:9', 'Two dogs to the left of a red car, photorealistic, wide 16:9 frame',
    { createdAt: BASE + 2 * DAY + 3600_000, capturedAt: BASE + 2 * DAY + 3600_000 }),
  entryOf('import:conv-9:m4:0', 'A blue bicycle leaning on a white fence, no text', null,
    { site: 'import', conversationId: 'conv-9', createdAt: BASE - 3 * DAY, capturedAt: BASE + 3 * DAY }),
  entryOf('chatgpt:conv-3:m1:0', 'Five yellow balloons tied to a green bench in a park, overcast sky', 'Colorful balloons tied to a bench in a sunny park',
    { createdAt: BASE + 4 * DAY, capturedAt: BASE + 4 * DAY }),
];

const ext = (path: string) => `chrome-extension://${session.extensionId}/${path}`;

async function open(path: string, size = { width: 1280, height: 860 }): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(size);
  await page.goto(ext(path));
  return page;
}

/** Sends a runtime message from an extension page, as the pages themselves do. */
const send = (page: Page, message: unknown) =>
  page.evaluate((m) => chrome.runtime.sendMessage(m) as Promise<{ ok: boolean; added?: number }>, message);

async function setLanguage(lang: 'en' | 'zh'): Promise<void> {
  const options = await open('options.html');
  await options.locator('#pl-language').selectOption(lang);
  await expect.poll(() => options.evaluate(() => document.documentElement.lang)).toBe(lang === 'zh' ? 'zh-CN' : 'en');
  await options.close();
}

const listed = (page: Page) => page.locator('[data-history-list] > li');

test('the history page lists the seeded pairs, filters them and shows the report and the charts', async () => {
  const page = await open('prompt-history.html');
  await page.locator('[data-history-empty]').waitFor();
  expect(await send(page, { type: 'history/import', entries: SEED })).toEqual({ ok: true, added: SEED.length });
  // The page follows the storage: no reload needed.
  await expect.poll(() => listed(page).count()).toBe(SEED.length);
  // Newest first, by when the image was made.
  expect(await listed(page).first().getAttribute('data-entry-id')).toBe('chatgpt:conv-3:m1:0');

  await page.locator('[data-filter="query"]').fill('apples');
  await expect.poll(() => listed(page).count()).toBe(1);
  await page.locator('[data-filter="query"]').fill('橘猫');
  await expect.poll(() => listed(page).evaluateAll((items) => items.map((li) => li.getAttribute('data-entry-id')))).toEqual(['gemini:g-1:r1']);
  await page.locator('[data-filter="query"]').fill('');
  await page.locator('[data-filter="site"]').selectOption('gemini');
  await expect.poll(() => listed(page).count()).toBe(1);
  await page.locator('[data-filter="site"]').selectOption('import');
  await expect.poll(() => listed(page).evaluateAll((items) => items.map((li) => li.getAttribute('data-site')))).toEqual(['import']);
  await page.locator('[data-filter="site"]').selectOption('all');
  await page.locator('[data-filter="kind"]').selectOption('count');
  const withCounts = SEED.filter((e) => e.analysis.constraints.some((c) => c.kind === 'count')).length;
  await expect.poll(() => listed(page).count()).toBe(withCounts);
  await page.locator('[data-filter="status"]').selectOption('lost');
  const lostCounts = SEED.filter((e) => e.compare !== 'none' && e.analysis.constraints.some((c) => c.kind === 'count' && c.status === 'lost')).length;
  await expect.poll(() => listed(page).count()).toBe(lostCounts);
  await page.locator('[data-filter="kind"]').selectOption('text');
  await page.locator('[data-filter="status"]').selectOption('kept');
  await expect.poll(() => page.locator('[data-history-nomatch]').count()).toBe(1);
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect.poll(() => listed(page).count()).toBe(SEED.length);

  // Keyboard: the controls come in reading order, and the focused control shows a ring.
  await page.locator('[data-filter="query"]').focus();
  const order: string[] = [];
  for (let i = 0; i < 12; i++) {
    order.push(await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return el.getAttribute('data-filter') ?? el.getAttribute('data-export') ?? (el.closest('[data-entry-id]') ? 'item' : el.tagName.toLowerCase());
    }));
    await page.keyboard.press('Tab');
  }
  expect(order.slice(0, 7)).toEqual(['query', 'site', 'status', 'kind', 'json', 'md', 'csv']);
  expect(order).toContain('item');
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(ring).not.toBe('none');

  // The detail is the same report as in the page.
  await page.locator('[data-entry-id="chatgpt:conv-1:m1:0"] button').click();
  const report = page.locator('.pl-detail [data-promptloss-report]');
  await expect.poll(() => report.getAttribute('data-message-id')).toBe('chatgpt:conv-1:m1:0');
  const apples = SEED[0]!.analysis.summary;
  expect(await report.getAttribute('data-lost')).toBe(String(apples.lost));
  expect(await report.getAttribute('data-altered')).toBe(String(apples.altered));
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('pl-detail-heading');
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#chatgpt:conv-1:m1:0');

  // Charts: a bar per constraint kind that occurs in compared pairs, a column per day with pairs.
  const kinds = new Set(SEED.filter((e) => e.compare === 'rewrite').flatMap((e) => e.analysis.constraints.map((c) => c.kind)));
  expect(await page.locator('[data-chart="kinds"] g[data-kind]').count()).toBe(kinds.size);
  const days = new Set(SEED.filter((e) => e.compare === 'rewrite' && e.analysis.constraints.length)
    .map((e) => new Date(e.createdAt).toDateString()));
  expect(await page.locator('[data-chart="days"] rect[data-day]').count()).toBe(days.size);
  await page.close();
});

test('exports download files that parse back (JSON, CSV, Markdown)', async () => {
  const page = await open('options.html');
  const download = async (format: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${format}"]`).click()]);
    expect(file.suggestedFilename()).toMatch(new RegExp(`^promptloss-history-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
    return readFileSync((await file.path())!, 'utf8');
  };
  const json = entriesFromJson(await download('json'));
  expect(json.map((e) => e.id).sort()).toEqual(SEED.map((e) => e.id).sort());
  expect(json.find((e) => e.id === 'gemini:g-1:r1')).toEqual(SEED.find((e) => e.id === 'gemini:g-1:r1'));
  const csv = await download('csv');
  expect(csv.startsWith('\uFEFFentry_id,site,date,kind,subject,value,status,evidence,image\r\n')).toBe(true);
  expect(csv.split('\r\n').length - 2).toBe(SEED.reduce((n, e) => n + e.analysis.constraints.length, 0));
  const md = await download('md');
  expect(md).toContain('# PromptLoss history');
  expect(md).toContain('画一只在樱花树下睡觉的橘猫');
  await expect.poll(() => page.locator('[data-export-status]').textContent()).toBe(`Downloaded ${SEED.length} pairs.`);
  await page.close();
});

test('options: badge statuses and retention are stored; an export imports with progress; a bad file is refused', async () => {
  const page = await open('options.html');
  const stored = (key: string) => page.evaluate((k) => chrome.storage.local.get(k).then((v: Record<string, unknown>) => v[k]), key);
  await page.locator('[data-badge-status="kept"]').uncheck();
  await expect.poll(() => stored('settings.badgeStatuses')).toEqual(['lost', 'altered', 'unbound']);
  await page.locator('[data-badge-status="kept"]').check();
  await expect.poll(() => stored('settings.badgeStatuses')).toEqual(['lost', 'altered', 'unbound', 'kept']);

  await page.locator('[data-retention-field="maxEntries"]').fill('500');
  await page.locator('[data-retention-field="maxAgeDays"]').fill('365');
  await expect.poll(() => stored('settings.retention')).toEqual({ maxEntries: 500, maxAgeDays: 365 });
  await page.locator('[data-retention-field="maxEntries"]').fill('5');
  expect(await page.locator('[data-retention-field="maxEntries"]').getAttribute('aria-invalid')).toBe('true');
  expect(await stored('settings.retention')).toEqual({ maxEntries: 500, maxAgeDays: 365 });
  await page.locator('[data-retention-field="maxEntries"]').fill('2000');
  await page.locator('[data-retention-field="maxAgeDays"]').fill('0');
  await expect.poll(() => stored('settings.retention')).toEqual({ maxEntries: 2000, maxAgeDays: 0 });

  const T0 = Date.UTC(2025, 4, 1) / 1000;
  const exportJson = JSON.stringify([
    dalleConversation('imp-a', [
      { user: 'Draw 4 purple tulips in a glass vase', prompt: 'Purple tulips in a vase', time: T0 },
      { user: 'Now make the vase blue', prompt: 'Four purple tulips in a blue glass vase', time: T0 + 60 },
    ]),
    dalleConversation('imp-b', [{ user: 'Tell me a joke', prompt: null, time: T0 + 600 }]),
  ]);
  await page.locator('[data-import-file]').setInputFiles({ name: 'conversations.json', mimeType: 'application/json', buffer: Buffer.from(exportJson) });
  const result = page.locator('[data-import-state="done"]');
  await result.waitFor();
  expect(await result.getAttribute('data-import-stored')).toBe('2');
  expect(await result.textContent()).toContain('Imported 2 image prompts from 2 conversations.');
  // The same file again: nothing new.
  await page.locator('[data-import-file]').setInputFiles({ name: 'conversations.json', mimeType: 'application/json', buffer: Buffer.from(exportJson) });
  await expect.poll(() => page.locator('[data-import-state="done"]').textContent()).toContain('2 were already in your history.');

  await page.locator('[data-import-file]').setInputFiles({ name: 'holiday.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]) });
  const failed = page.locator('[data-import-state="failed"]');
  await failed.waitFor();
  expect(await failed.textContent()).toContain('could not be read as a ChatGPT data export');

  const listedIds = await send(page, { type: 'history/list' }) as unknown as { entries: HistoryEntry[] };
  expect(listedIds.entries.filter((e) => e.site === 'import' && e.conversationId === 'imp-a')).toHaveLength(2);
  // The deep analysis is opt-in: off until the user picks a mode, the key field masked.
  expect(await page.locator('[data-deep-mode]').inputValue()).toBe('off');
  expect(await page.locator('[data-deep-key]').getAttribute('type')).toBe('password');
  await page.close();
});

test('the popup: the paste analyzer gives a report, and ?analyze= prefills it', async () => {
  const popup = await open('popup.html', { width: 380, height: 600 });
  await popup.locator('[data-analyzer-toggle]').click();
  await popup.locator('[data-analyzer-original]').fill('Draw 3 red apples on a wooden table, no people');
  await popup.locator('[data-analyzer-rewrite]').fill('Two green apples on a table with a person');
  await popup.locator('[data-analyzer-run]').click();
  const report = popup.locator('[data-analyzer] [data-promptloss-report]');
  await report.waitFor();
  expect(await report.getAttribute('data-compare')).toBe('rewrite');
  expect(Number(await report.getAttribute('data-altered')) + Number(await report.getAttribute('data-lost'))).toBeGreaterThan(0);
  expect(await report.locator('[data-promptloss-constraint][data-kind="count"]').getAttribute('data-status')).toBe('altered');
  await popup.close();

  const page = await open(`popup.html?analyze=${encodeURIComponent('Five yellow balloons tied to a green bench')}`, { width: 900, height: 800 });
  const original = page.locator('[data-analyzer-original]');
  await expect.poll(() => original.inputValue()).toBe('Five yellow balloons tied to a green bench');
  const prefilled = page.locator('[data-analyzer] [data-promptloss-report]');
  await prefilled.waitFor();
  expect(await prefilled.getAttribute('data-compare')).toBe('none');
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-analyzer-rewrite'))).toBe(true);
  await page.close();
});

test('the popup lists the pairs its tab captured, newest first, and opens one', async () => {
  const tab = await open('options.html');
  const tabId = await tab.evaluate(() => chrome.tabs.getCurrent().then((t: { id: number }) => t.id));
  const mine = [
    entryOf('chatgpt:tab-1:m1:0', 'A red kite above three white sheep, no clouds', 'A kite flying over sheep in a cloudy sky', { createdAt: Date.now() - 60_000, capturedAt: Date.now() - 60_000 }),
    entryOf('chatgpt:tab-1:m2:0', 'Make the kite green', 'A green kite over three white sheep', { createdAt: Date.now(), capturedAt: Date.now(), previous: ['A red kite above three white sheep, no clouds'] }),
  ];
  for (const entry of mine) expect(await send(tab, { type: 'history/add', entry })).toEqual({ ok: true });
  const popup = await open(`popup.html?tabId=${tabId}`, { width: 380, height: 600 });
  const items = popup.locator('[data-pair-id]');
  await expect.poll(() => items.evaluateAll((li) => li.map((e) => e.getAttribute('data-pair-id')))).toEqual(['chatgpt:tab-1:m2:0', 'chatgpt:tab-1:m1:0']);
  expect(await popup.locator('[data-popup-pairs]').getAttribute('data-popup-pairs')).toBe('2');
  await items.last().locator('button').click();
  const report = popup.locator('[data-promptloss-report]');
  await expect.poll(() => report.getAttribute('data-message-id')).toBe('chatgpt:tab-1:m1:0');
  await popup.locator('[data-popup-back]').click();
  await expect.poll(() => popup.evaluate(() => document.activeElement?.closest('[data-pair-id]')?.getAttribute('data-pair-id'))).toBe('chatgpt:tab-1:m1:0');
  await tab.close();
  await popup.close();
});

test('the popup switch of the ChatGPT tab removes the in-page dock and brings it back', async () => {
  const page = await session.context.newPage();
  await page.goto('https://chatgpt.com/c/6748a1b2-0000-4000-8000-000000000003');
  await page.locator('[data-promptloss-dock="chatgpt"]').waitFor();
  const tabId = await session.context.serviceWorkers()[0]!.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://chatgpt.com/c/6748a1b2-0000-4000-8000-000000000003' });
    return tab?.id as number;
  });
  const popup = await open(`popup.html?tabId=${tabId}`, { width: 380, height: 600 });
  const toggle = popup.locator('[data-site-switch="chatgpt.com"]');
  await expect.poll(() => toggle.isChecked()).toBe(true);
  expect(await popup.locator('[data-popup-pairs="0"]').count()).toBe(1);
  await toggle.click();
  await expect.poll(() => page.locator('[data-promptloss-dock]').count()).toBe(0);
  await toggle.click();
  await expect.poll(() => page.locator('[data-promptloss-dock]').count()).toBe(1);
  await popup.close();
  await page.close();
});

test('screenshots of popup, options and history in English and Chinese, light and dark', async () => {
  // A ChatGPT tab that captured three pairs (its record in session storage, as the background keeps it).
  const tab = await session.context.newPage();
  await tab.goto('https://chatgpt.com/c/6748a1b2-0000-4000-8000-000000000004');
  await tab.locator('[data-promptloss-dock="chatgpt"]').waitFor();
  const worker = session.context.serviceWorkers()[0]!;
  const tabId = await worker.evaluate(async () => {
    const [found] = await chrome.tabs.query({ url: 'https://chatgpt.com/c/6748a1b2-0000-4000-8000-000000000004' });
    return found?.id as number;
  });
  await worker.evaluate(async ({ tabId, ids }) => {
    const map = ((await chrome.storage.session.get('tabs.pairs'))['tabs.pairs'] ?? {}) as Record<string, string[]>;
    map[tabId] = ids;
    await chrome.storage.session.set({ 'tabs.pairs': map });
  }, { tabId, ids: SEED.slice(0, 3).map((e) => e.id) });
  for (const lang of ['en', 'zh'] as const) {
    await setLanguage(lang);
    for (const scheme of ['light', 'dark'] as const) {
      const suffix = scheme === 'dark' ? '-dark' : '';
      const popup = await session.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(ext(`popup.html?tabId=${tabId}`));
      await popup.locator('[data-pair-id]').first().waitFor();
      await session.screenshot(popup, `pages-popup-${lang}${suffix}`);
      await popup.locator('[data-pair-id="gemini:g-1:r1"] button').click();
      await popup.locator('[data-promptloss-report]').waitFor();
      await session.screenshot(popup, `pages-popup-report-${lang}${suffix}`);
      await popup.close();

      const analyzer = await session.context.newPage();
      await analyzer.emulateMedia({ colorScheme: scheme });
      await analyzer.setViewportSize({ width: 380, height: 600 });
      await analyzer.goto(ext('popup.html'));
      await analyzer.locator('[data-analyzer-toggle]').click();
      await analyzer.locator('[data-analyzer-original]').fill('Draw 3 red apples on a wooden table, no people');
      await analyzer.locator('[data-analyzer-rewrite]').fill('Two green apples on a table with a person');
      await analyzer.locator('[data-analyzer-run]').click();
      await analyzer.locator('[data-analyzer] [data-promptloss-report]').waitFor();
      await session.screenshot(analyzer, `pages-popup-analyzer-${lang}${suffix}`);
      await analyzer.close();

      const options = await session.context.newPage();
      await options.emulateMedia({ colorScheme: scheme });
      await options.setViewportSize({ width: 1000, height: 1400 });
      await options.goto(ext('options.html'));
      await expect.poll(() => options.locator('[data-site-switch]').count()).toBe(3);
      await options.locator('[data-clear]').click();
      await options.locator('[data-clear-confirm]').waitFor();
      await session.screenshot(options, `pages-options-${lang}${suffix}`);
      await options.close();

      const history = await session.context.newPage();
      await history.emulateMedia({ colorScheme: scheme });
      await history.setViewportSize({ width: 1280, height: 1100 });
      await history.goto(ext('prompt-history.html#chatgpt%3Aconv-1%3Am1%3A0'));
      await history.locator('.pl-detail [data-promptloss-report]').waitFor();
      await session.screenshot(history, `pages-history-${lang}${suffix}`);
      await history.close();
    }
  }
  await setLanguage('en');
  await tab.close();
});

test('clear history asks first, then empties the history page', async () => {
  const page = await open('options.html');
  await page.locator('[data-clear]').click();
  const confirm = page.locator('[data-clear-confirm]');
  await confirm.waitFor();
  const total = ((await send(page, { type: 'history/list' })) as unknown as { entries: unknown[] }).entries.length;
  expect(await confirm.textContent()).toContain(`Delete all ${total} stored pairs?`);
  // Cancel keeps everything.
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(((await send(page, { type: 'history/list' })) as unknown as { entries: unknown[] }).entries).toHaveLength(total);
  await page.locator('[data-clear]').click();
  await page.locator('[data-clear-yes]').click();
  await expect.poll(() => page.locator('[data-clear-status]').textContent()).toBe('History cleared.');
  const history = await open('prompt-history.html');
  await history.locator('[data-history-empty]').waitFor();
  await session.screenshot(history, 'pages-history-empty-en');
  await history.close();
  await page.close();
});
