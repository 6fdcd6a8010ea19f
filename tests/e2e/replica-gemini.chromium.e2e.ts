// Smoke test of the Gemini replica (tests/fixtures/gemini): the scenarios render, the live send streams, and the
// page satisfies PromptLoss's own DOM reader (lib/sites/gemini, bundled with esbuild and run inside the page) and
// network parsers (lib/capture/gemini, run here on the bodies the routes serve).
import '../fixtures/gemini/routes';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parseHistoryResponse, parseStreamGenerateResponse, streamGenerateRequestFromBody } from '../../lib/capture/gemini';
import { chatListBody, CONVERSATIONS, HERE, historyBody, LIVE_STREAM, streamBody } from '../fixtures/gemini/data';
import scenarioList from '../fixtures/gemini/scenarios.json';
import { ROOT } from './harness/browsers';
import { launchChromium, type ChromiumSession } from './harness/chromium';

interface Expect {
  responseId: string;
  choiceId: string;
  userText: string;
  thinking: string | null;
  answerIncludes: string;
  images: number;
  webImages: number;
}
interface Scenario {
  id: string;
  url: string;
  title: string;
  conversationId: string;
  send?: string;
  expect: Expect[];
}
const SCENARIOS = scenarioList as Scenario[];
const scenario = (id: string) => SCENARIOS.find((s) => s.id === id) as Scenario;

/** What readTurns(document) returns, without the elements. */
interface PageTurn {
  key: string | null;
  conversationId: string | null;
  responseId: string | null;
  choiceId: string | null;
  userText: string;
  answer: string;
  thinking: string | null;
  thinkingState: string;
  status: string;
  pending: boolean;
  images: { src: string | null; responseId: string | null; choiceId: string | null; index: number; jslogFormat: string | null }[];
}
interface PageRead {
  turns: PageTurn[];
  excludedImages: number;
  composer: boolean;
}

let session: ChromiumSession;
let reader = '';

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [`${ROOT}lib/sites/gemini/index.ts`],
    bundle: true,
    format: 'iife',
    globalName: '__plGemini',
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  reader = bundle.outputFiles[0]!.text;
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

/** Runs PromptLoss's readTurns on the live page (DevTools evaluation is not subject to the page's CSP). */
async function readPage(page: Page): Promise<PageRead> {
  return (await page.evaluate(`(() => {
    ${reader}
    globalThis.__plGemini = __plGemini;
    const { turns, diagnostics } = __plGemini.readTurnsWithDiagnostics(document);
    return {
      excludedImages: diagnostics.excludedImages,
      composer: __plGemini.findComposer(document) !== null,
      turns: turns.map((t) => ({
        key: t.key, conversationId: t.conversationId, responseId: t.responseId, choiceId: t.choiceId,
        userText: t.userText, answer: t.answer, thinking: t.thinking, thinkingState: t.thinkingState,
        status: t.status, pending: t.pending,
        images: t.images.map((i) => ({ src: i.src, responseId: i.responseId, choiceId: i.choiceId, index: i.index, jslogFormat: i.jslogFormat })),
      })),
    };
  })()`)) as PageRead;
}

async function open(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

/** Waits until every expected turn is complete and its generated images have loaded. */
async function settled(page: Page, s: Scenario): Promise<PageRead> {
  const images = s.expect.reduce((n, e) => n + e.images, 0);
  await expect
    .poll(() => page.locator('model-response .response-footer.complete').count(), { timeout: 15_000 })
    .toBe(s.expect.length);
  await expect.poll(() => page.locator('generated-image img.loaded').count(), { timeout: 15_000 }).toBe(images);
  return readPage(page);
}

function checkTurns(read: PageRead, s: Scenario): void {
  expect(read.turns).toHaveLength(s.expect.length);
  s.expect.forEach((e, i) => {
    const t = read.turns[i]!;
    expect(t.key).toBe(`${s.conversationId}/${e.responseId}`);
    expect(t.responseId).toBe(e.responseId);
    expect(t.conversationId).toBe(s.conversationId);
    expect(t.choiceId).toBe(e.choiceId);
    expect(t.userText).toBe(e.userText);
    expect(t.answer).toContain(e.answerIncludes);
    expect(t.answer).not.toContain('googleusercontent.com');
    expect(t.status).toBe('complete');
    expect(t.pending).toBe(false);
    // Collapsed thinking is not in the DOM (doc §2.3).
    expect(t.thinking).toBeNull();
    expect(t.thinkingState).toBe(e.thinking === null ? 'absent' : 'collapsed');
    expect(t.images).toHaveLength(e.images);
    for (const image of t.images) {
      expect(image.src).toMatch(/^blob:https:\/\/gemini\.google\.com\//);
      expect(image.responseId).toBe(e.responseId);
      expect(image.choiceId).toBe(e.choiceId);
      expect(image.jslogFormat).toBe('base64');
    }
  });
}

test('the routes serve bodies that PromptLoss parsers read as scenarios.json says', () => {
  for (const s of SCENARIOS) {
    const turns = parseHistoryResponse(historyBody(s.conversationId));
    expect(turns.map((t) => t.responseId)).toEqual(s.expect.map((e) => e.responseId));
    s.expect.forEach((e, i) => {
      const t = turns[i]!;
      expect(t.conversationId).toBe(s.conversationId);
      expect(t.choiceId).toBe(e.choiceId);
      expect(t.userText).toBe(e.userText);
      expect(t.thinking).toBe(e.thinking);
      expect(t.answer).toContain(e.answerIncludes);
      expect(t.images).toHaveLength(e.images);
      for (const image of t.images) expect(image.url).toMatch(/^https:\/\/lh3\.googleusercontent\.com\/gg-dl\//);
    });
  }
  const live = scenario('live-lighthouse');
  const turn = parseStreamGenerateResponse(streamBody(LIVE_STREAM), { userText: live.send });
  expect(turn).toMatchObject({
    key: `${live.conversationId}/${live.expect[0]!.responseId}`,
    choiceId: live.expect[0]!.choiceId,
    thinking: live.expect[0]!.thinking,
    status: 'complete',
  });
  expect(turn?.images).toHaveLength(1);

  // The committed snapshots in rpc/ are what the routes serve (rerun build.ts after changing data.ts).
  const snapshot = (name: string) => readFileSync(`${HERE}rpc/${name}`, 'utf8');
  for (const c of CONVERSATIONS) expect(snapshot(`hNvQHb-${c.hex}.txt`)).toBe(historyBody(c.hex));
  expect(snapshot('StreamGenerate-live.txt')).toBe(streamBody(LIVE_STREAM));
  expect(snapshot('MaZiqc.txt')).toBe(chatListBody(false));
});

test('scenario apples-en: two turns from hNvQHb, collapsed then expanded thinking, one blob image', async () => {
  const s = scenario('apples-en');
  const page = await open(s.url);
  // The extension runs on the replica despite its Trusted Types and nonce CSP.
  await expect.poll(() => page.locator('[data-promptloss-dock="gemini"]').getAttribute('data-tap-seen'), { timeout: 15_000 }).toBe('true');
  const read = await settled(page, s);
  checkTurns(read, s);
  expect(read.composer).toBe(true);
  const history = session.requests.find((r) => r.url.includes('rpcids=hNvQHb') && r.url.includes('source-path=%2Fapp%2F3f8a1c2e9b7d4a60'));
  expect(history?.method).toBe('POST');
  await session.screenshot(page, 'replica-gemini-apples');

  // The page revokes the blob once the image has loaded (2026-09): its src cannot be fetched any more.
  const refetch = await page.evaluate(async () => {
    const src = document.querySelector('generated-image img')?.getAttribute('src') ?? '';
    return fetch(src).then(
      () => 'fetched',
      () => 'revoked',
    );
  });
  expect(refetch).toBe('revoked');

  // Trusted Types are enforced, and an injected inline script does not run.
  const guarded = await page.evaluate(() => {
    let html = 'allowed';
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
    } catch {
      html = 'threw';
    }
    return html;
  });
  expect(guarded).toBe('threw');

  // Expanding the thinking puts its text (and a second message-content) in the DOM.
  await page.locator('model-response').nth(1).locator('[data-test-id="thoughts-header-button"]').click();
  const expanded = await readPage(page);
  expect(expanded.turns[1]!.thinkingState).toBe('expanded');
  expect(expanded.turns[1]!.thinking).toBe(s.expect[1]!.thinking!.replace(/\*\*/g, ''));
  expect(expanded.turns[1]!.answer).toBe(read.turns[1]!.answer);
  expect(await page.locator('model-response').nth(1).locator('message-content').count()).toBe(2);
  await session.screenshot(page, 'replica-gemini-apples-thinking');

  // SPA navigation through the sidebar, then back.
  const before = session.requests.length;
  await page.locator('a.conversation[href="/app/6a4c2e8f0b1d3957"]').click();
  await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/app/6a4c2e8f0b1d3957');
  await expect.poll(() => page.locator('model-response .response-footer.complete').count()).toBe(1);
  expect(session.requests.slice(before).some((r) => r.url.includes('source-path=%2Fapp%2F6a4c2e8f0b1d3957'))).toBe(true);
  expect(session.requests.slice(before).some((r) => r.method === 'GET' && r.url.endsWith('/app/6a4c2e8f0b1d3957'))).toBe(false);
  await page.goBack();
  await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/app/3f8a1c2e9b7d4a60');
  checkTurns(await settled(page, s), s);
  await page.close();
});

test('scenario sign-zh: a Chinese turn under /u/1, RPCs under /u/1', async () => {
  const s = scenario('sign-zh');
  const page = await open(s.url);
  checkTurns(await settled(page, s), s);
  expect(session.requests.some((r) => r.url.startsWith('https://gemini.google.com/u/1/_/BardChatUi/data/batchexecute?rpcids=hNvQHb'))).toBe(true);
  expect(await page.locator('a.conversation.selected').getAttribute('href')).toBe('/u/1/app/9e2d7b40c6a13f58');
  await session.screenshot(page, 'replica-gemini-sign');
  await page.close();
});

test('scenario web-images-gem: web images only, none counted as generated', async () => {
  const s = scenario('web-images-gem');
  const page = await open(s.url);
  const read = await settled(page, s);
  checkTurns(read, s);
  expect(await page.locator('model-response [data-full-size-image-uri] img').count()).toBe(s.expect[0]!.webImages);
  expect(read.excludedImages).toBeGreaterThanOrEqual(s.expect[0]!.webImages);
  await session.screenshot(page, 'replica-gemini-web-images');
  await page.close();
});

test('scenario live-lighthouse: send from /app, pending → streaming → image → complete', async () => {
  const s = scenario('live-lighthouse');
  const e = s.expect[0]!;
  const page = await open(s.url);
  const bodies: string[] = [];
  page.on('request', (request: Request) => {
    if (request.url().includes('StreamGenerate')) bodies.push(request.postData() ?? '');
  });
  await expect.poll(() => page.locator('.zero-state-container').isVisible()).toBe(true);
  expect((await readPage(page)).turns).toHaveLength(0);

  // PromptLoss's own composer writer puts the prompt in, then the user clicks Send.
  const inserted = await page.evaluate(`(() => { ${reader}; return __plGemini.insertIntoComposer(document, ${JSON.stringify(s.send)}); })()`);
  expect(inserted).toBe(true);
  await page.locator('[data-test-id="send-button-container"] gem-icon-button.send-button:not(.stop) button').click();

  const seen: string[] = [];
  let streamingShot = false;
  const deadline = Date.now() + 20_000;
  for (;;) {
    const read = await readPage(page);
    const t = read.turns[0];
    const state = !t ? 'none' : t.pending ? 'pending' : `${t.status}:${t.images.length}`;
    if (seen[seen.length - 1] !== state) seen.push(state);
    if (t?.status === 'streaming' && !t.pending && !streamingShot && t.answer !== '') {
      expect(await page.locator('model-response [aria-busy="true"]').count()).toBe(1);
      expect(await page.locator('[data-test-id="send-button-container"] .stop').count()).toBe(1);
      await session.screenshot(page, 'replica-gemini-live-streaming');
      streamingShot = true;
    }
    if (t?.status === 'complete') break;
    if (Date.now() > deadline) throw new Error(`never completed: ${seen.join(' → ')}`);
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
  expect(seen[0]).toBe('pending');
  expect(seen).toContain('streaming:0');
  expect(seen).toContain('streaming:1'); // the image shows before the turn completes
  expect(seen[seen.length - 1]).toBe('complete:1');

  await expect.poll(() => page.locator('generated-image img.loaded').count()).toBe(1);
  const done = await readPage(page);
  checkTurns(done, s);
  expect(await page.evaluate(() => location.pathname)).toBe('/app/b5e8f1a3d7c20964');
  expect(await page.locator('a.conversation.selected .conversation-title').textContent()).toBe(s.title);
  expect(await page.locator('model-response [aria-busy="true"]').count()).toBe(0);

  // One XHR POST to StreamGenerate whose f.req carries the prompt at inner[0][0].
  const posts = session.requests.filter((r) => r.url.includes('/assistant.lamda.BardFrontendService/StreamGenerate?'));
  expect(posts.at(-1)?.method).toBe('POST');
  expect(bodies).toHaveLength(1);
  expect(streamGenerateRequestFromBody(bodies[0]!)?.userText).toBe(e.userText);
  await session.screenshot(page, 'replica-gemini-live-complete');

  // Reloading the new chat reads it back from hNvQHb.
  await page.reload();
  checkTurns(await settled(page, s), s);

  // A follow-up typed on the keyboard and sent with Enter continues the chat (context at inner[2]).
  await page.locator('rich-textarea .ql-editor').click();
  await page.keyboard.type('Make the door blue instead');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('model-response .response-footer.complete').count(), { timeout: 15_000 }).toBe(2);
  const after = await readPage(page);
  expect(after.turns.map((t) => t.userText)).toEqual([e.userText, 'Make the door blue instead']);
  expect(after.turns[1]!.responseId).not.toBe(e.responseId);
  expect(after.turns[1]!.conversationId).toBe(s.conversationId);
  const followUp = streamGenerateRequestFromBody(bodies.at(-1)!);
  expect(followUp).toMatchObject({
    userText: 'Make the door blue instead',
    conversationId: s.conversationId,
    parentResponseId: e.responseId,
    parentChoiceId: e.choiceId,
  });
  await page.close();
});

test('dark theme with ?theme=dark', async () => {
  const s = scenario('apples-en');
  const page = await open(`${s.url}?theme=dark`);
  await settled(page, s);
  expect(await page.evaluate(() => [...document.body.classList])).toContain('dark-theme');
  await session.screenshot(page, 'replica-gemini-dark');
  await page.close();
});
