import { afterAll, beforeAll, expect, test } from 'vitest';
import { FirefoxSession } from './harness/firefox';
import type { HistoryEntry } from '../../lib/store/history';
import { entryOf } from '../unit/pages/entries';

/** The extension's own pages in Firefox (WebDriver BiDi): options and history render, the history lists what is stored. */
let firefox: FirefoxSession;
beforeAll(async () => {
  firefox = await FirefoxSession.launch();
});
afterAll(async () => {
  await firefox?.close();
});

const BASE = Date.UTC(2025, 4, 10, 10);
const SEED: HistoryEntry[] = [
  entryOf('chatgpt:ff-1:m1:0', 'Draw 3 red apples on a wooden table, no people', 'A still life of two green apples on a table with a person',
    { createdAt: BASE, capturedAt: BASE }),
  entryOf('gemini:ff-2:r1', '画一只在樱花树下睡觉的橘猫，水彩风格，画面里不要有任何文字', 'An orange cat sleeping under a cherry blossom tree, watercolor style',
    { site: 'gemini', conversationId: 'ff-2', createdAt: BASE + 86_400_000, capturedAt: BASE + 86_400_000 }),
];

const setLanguage = async (lang: 'en' | 'zh') => {
  await firefox.navigate(firefox.extensionUrl('options.html'));
  await firefox.waitFor<boolean>(`document.querySelectorAll('[data-site-switch]').length === 3`);
  await firefox.evaluate(`(() => { const s = document.querySelector('#pl-language'); s.value = '${lang}';
    s.dispatchEvent(new Event('change', { bubbles: true })); return true; })()`);
  await firefox.waitFor<boolean>(`document.documentElement.lang === '${lang === 'zh' ? 'zh-CN' : 'en'}'`);
};

test('options render in Firefox with every section', async () => {
  await setLanguage('en');
  const sections = await firefox.waitFor<{ switches: number; badge: number; retention: number; exports: number; deep: boolean }>(
    `(() => { const n = (q) => document.querySelectorAll(q).length;
      const value = { switches: n('[data-site-switch]'), badge: n('[data-badge-status]'), retention: n('[data-retention-field]'),
        exports: n('[data-export]'), deep: !!document.querySelector('[data-deep-analysis]') };
      return value.badge && value.retention ? value : null; })()`,
  );
  expect(sections).toEqual({ switches: 3, badge: 4, retention: 2, exports: 3, deep: true });
  await firefox.screenshot('pages-options-en');
});

test('the history lists a seeded entry and opens its report in Firefox', async () => {
  await firefox.navigate(firefox.extensionUrl('prompt-history.html'));
  await firefox.waitFor<boolean>(`!!document.querySelector('[data-history-empty]')`);
  const answer = await firefox.evaluate<{ ok: boolean; added: number }>(
    `browser.runtime.sendMessage({ type: 'history/import', entries: ${JSON.stringify(SEED)} })`,
  );
  expect(answer).toEqual({ ok: true, added: SEED.length });
  const ids = await firefox.waitFor<string[]>(
    `(() => { const ids = [...document.querySelectorAll('[data-history-list] > li')].map((li) => li.getAttribute('data-entry-id'));
      return ids.length === ${SEED.length} ? ids : null; })()`,
  );
  expect(ids).toEqual(['gemini:ff-2:r1', 'chatgpt:ff-1:m1:0']);
  await firefox.evaluate(`(document.querySelector('[data-entry-id="chatgpt:ff-1:m1:0"] button').click(), true)`);
  const report = await firefox.waitFor<{ id: string; lost: string; altered: string }>(
    `(() => { const r = document.querySelector('.pl-detail [data-promptloss-report]');
      return r ? { id: r.getAttribute('data-message-id'), lost: r.getAttribute('data-lost'), altered: r.getAttribute('data-altered') } : null; })()`,
  );
  expect(report).toEqual({ id: 'chatgpt:ff-1:m1:0', lost: String(SEED[0]!.analysis.summary.lost), altered: String(SEED[0]!.analysis.summary.altered) });
  const charts = await firefox.evaluate<{ kinds: number; days: number }>(
    `({ kinds: document.querySelectorAll('[data-chart="kinds"] g[data-kind]').length, days: document.querySelectorAll('[data-chart="days"] rect[data-day]').length })`,
  );
  expect(charts.kinds).toBeGreaterThan(0);
  expect(charts.days).toBe(2);
  await firefox.screenshot('pages-history-en');
});

test('the popup analyzer works in Firefox, and the pages follow the language setting', async () => {
  await firefox.navigate(firefox.extensionUrl(`popup.html?analyze=${encodeURIComponent('Draw 3 red apples on a wooden table')}`));
  const compare = await firefox.waitFor<string>(`document.querySelector('[data-analyzer] [data-promptloss-report]')?.getAttribute('data-compare')`);
  expect(compare).toBe('none');
  await firefox.screenshot('pages-popup-en');

  await setLanguage('zh');
  await firefox.screenshot('pages-options-zh');
  await firefox.navigate(`${firefox.extensionUrl('prompt-history.html')}#${encodeURIComponent('gemini:ff-2:r1')}`);
  const title = await firefox.waitFor<string>(
    `document.querySelector('.pl-detail [data-promptloss-report]') && document.querySelector('h1')?.textContent`,
  );
  expect(title).toBe('PromptLoss 历史记录');
  await firefox.screenshot('pages-history-zh');
  await firefox.navigate(firefox.extensionUrl(`popup.html?analyze=${encodeURIComponent('画三个红苹果')}`));
  await firefox.waitFor<boolean>(`!!document.querySelector('[data-analyzer] [data-promptloss-report]')`);
  await firefox.screenshot('pages-popup-zh');
  await setLanguage('en');
});
