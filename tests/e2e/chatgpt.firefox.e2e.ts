import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { chatgptScenario, resetChatgptReplica } from '../fixtures/chatgpt/routes';
import { analyze } from '@/lib/engine';
import { FirefoxSession } from './harness/firefox';

/** The same extension in Firefox ESR over WebDriver BiDi: a report from history and one from a live send. */
let firefox: FirefoxSession;
beforeAll(async () => {
  firefox = await FirefoxSession.launch();
});
afterAll(async () => {
  await firefox?.close();
});
beforeEach(() => resetChatgptReplica());

/** Opens a replica chat, waits until its app is idle, then types a message into the composer and sends it. */
async function sendInReplica(session: FirefoxSession, url: string, text: string): Promise<void> {
  await session.navigate(url);
  await session.waitFor<boolean>(`document.documentElement.getAttribute('data-replica-state') === 'idle'`);
  await session.evaluate(`(() => {
    const box = document.querySelector('#prompt-textarea');
    const paragraph = document.createElement('p');
    paragraph.textContent = ${JSON.stringify(text)};
    box.replaceChildren(paragraph);
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    document.querySelector('button[data-testid="send-button"]').click();
    return true;
  })()`);
}

const reportState = (id: string) => `(() => {
  for (const host of document.querySelectorAll('promptloss-report')) {
    const badge = host.shadowRoot?.querySelector('[data-promptloss-badge]');
    let report = host.shadowRoot?.querySelector('[data-promptloss-report][data-message-id="${id}"]');
    if (!report && badge && badge.getAttribute('aria-expanded') === 'false') { badge.click(); continue; }
    if (report) return { capture: report.getAttribute('data-capture'), kept: +report.getAttribute('data-kept'),
      altered: +report.getAttribute('data-altered'), unbound: +report.getAttribute('data-unbound'), lost: +report.getAttribute('data-lost'),
      rows: report.querySelectorAll('[data-promptloss-constraint]').length };
  }
  return null;
})()`;

for (const slug of ['dalle-apples-2024', 'gpt4o-sign-zh-2025']) {
  test(`${slug}: the report in Firefox matches the engine`, async () => {
    const s = chatgptScenario(slug)!;
    const call = s.expect[0]!;
    await firefox.navigate(s.url);
    const state = await firefox.waitFor<{ capture: string; kept: number; altered: number; unbound: number; lost: number; rows: number }>(reportState(call.toolMessageId), 20_000);
    const expected = analyze(call.userText, call.rewrite!, { previous: call.previousUserTexts });
    expect(state).toEqual({
      capture: 'rewrite', kept: expected.summary.kept, altered: expected.summary.altered,
      unbound: expected.summary.unbound, lost: expected.summary.lost, rows: expected.constraints.length,
    });
    await firefox.screenshot(`chatgpt-${slug}`);
  });
}

// The whole-message encoding here; the delta-encoded async scenario is covered in Chromium, because under BiDi its
// image stage only arrives after a second conversation GET that the replica's app does not make by itself.
test('a live send gets its report in Firefox', async () => {
  resetChatgptReplica();
  const s = chatgptScenario('live-full-2024')!;
  const call = s.expect[0]!;
  await sendInReplica(firefox, s.url, s.sendText!);
  const state = await firefox.waitFor<{ kept: number }>(reportState(call.toolMessageId), 30_000);
  const expected = analyze(call.userText, call.rewrite!, { previous: call.previousUserTexts });
  expect(state.kept).toBe(expected.summary.kept);
  await firefox.screenshot('chatgpt-live');
});

test('in Firefox: "ask again" fills the composer without sending, and navigation shows only the open chat\'s reports', async () => {
  resetChatgptReplica();
  const first = chatgptScenario('neon-openai-2025')!;
  const second = chatgptScenario('dalle-apples-2024')!;
  await firefox.navigate(first.url);
  await firefox.waitFor(reportState(first.expect[0]!.toolMessageId), 20_000);
  const posts = () => firefox.requests.filter((r) => r.method === 'POST' && r.url.includes('/f/conversation')).length;
  const before = posts();
  await firefox.evaluate(`(() => {
    for (const host of document.querySelectorAll('promptloss-report')) host.shadowRoot?.querySelector('[data-action="ask-again"]')?.click();
    return true;
  })()`);
  const composer = await firefox.waitFor<string>(`(document.querySelector('#prompt-textarea')?.innerText || '').includes('OpenAI') && document.querySelector('#prompt-textarea').innerText`);
  expect(composer).toContain('OpenAI');
  expect(posts()).toBe(before);
  // Single-page navigation through the sidebar: the other chat's report appears, the first one's is gone.
  await firefox.evaluate(`(() => { document.querySelector('a[href$="${new URL(second.url).pathname}"]').click(); return true; })()`);
  await firefox.waitFor(reportState(second.expect[0]!.toolMessageId), 20_000);
  const leftover = await firefox.evaluate<number>(`[...document.querySelectorAll('promptloss-report')].filter((h) => h.shadowRoot?.querySelector('[data-message-id="${first.expect[0]!.toolMessageId}"]')).length`);
  expect(leftover).toBe(0);
  await firefox.screenshot('chatgpt-navigation');
});

test('in Firefox the page reads byte-identical bodies with and without the extension', async () => {
  const s = chatgptScenario('live-full-2024')!;
  const digests = async (session: FirefoxSession) => {
    resetChatgptReplica();
    await sendInReplica(session, s.url, s.sendText!);
    await session.waitFor<boolean>(`document.querySelectorAll('img[alt^="Generated image"]').length > 0 && document.documentElement.getAttribute('data-replica-state') === 'idle'`, 20_000);
    const list = await session.evaluate<{ url: string; method: string; digest: string }[]>('window.__replicaDigests');
    return list.filter((d) => d.method === 'POST').map((d) => `${d.url} ${d.digest}`);
  };
  const plain = await FirefoxSession.launch({ extension: false });
  try {
    const without = await digests(plain);
    expect(without.length).toBeGreaterThan(0);
    expect(await digests(firefox)).toEqual(without);
  } finally {
    await plain.close();
  }
});
