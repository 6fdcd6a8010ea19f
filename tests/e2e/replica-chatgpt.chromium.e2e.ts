import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
// The replica's routes register themselves with the harness when imported.
import { chatgptScenario, chatgptScenarios, chatgptWebSocketFrames, resetChatgptReplica } from '../fixtures/chatgpt/routes';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { FIXTURES } from './harness/replica';
import { generationsFromConversation } from '../../lib/capture/chatgpt/index.ts';

/** Smoke test of the ChatGPT replica itself (tests/fixtures/chatgpt), with the built extension loaded. */
let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});
beforeEach(() => resetChatgptReplica());

const ROOT = join(FIXTURES, 'chatgpt');
const sha256 = (relative: string) => createHash('sha256').update(readFileSync(join(ROOT, relative))).digest('hex');

interface Digest {
  url: string;
  method: string;
  digest: string;
  bytes: number;
}

async function open(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.replicaState === 'idle', null, { timeout: 20_000 });
  return page;
}

const idle = (page: Page, timeout = 30_000) =>
  page.waitForFunction(() => document.documentElement.dataset.replicaState === 'idle', null, { timeout });

/** Every generated image on the page: its alt, whether it loaded, its container id and its two hidden copies. */
const images = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLImageElement>('img[alt^="Generated image"]')].map((img) => {
      const box = img.closest('div[id^="image-"]');
      const copies = box ? [...box.querySelectorAll('img[aria-hidden="true"]')] : [];
      return {
        alt: img.alt,
        loaded: img.complete && img.naturalWidth > 0,
        container: box?.id ?? null,
        groupClass: box?.classList.contains('group/imagegen-image') ?? false,
        sameSrcCopies: copies.filter((c) => (c as HTMLImageElement).src === img.src).length,
        src: new URL(img.src).pathname,
        turn: img.closest('section')?.getAttribute('data-turn') ?? null,
      };
    }),
  );

const turns = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('section[data-testid^="conversation-turn-"]')].map((s) => ({
      testid: s.getAttribute('data-testid'),
      turn: s.getAttribute('data-turn'),
      turnId: s.getAttribute('data-turn-id'),
      userText: s.querySelector('[data-message-author-role="user"] [data-user-message-bubble] .whitespace-pre-wrap')?.textContent ?? null,
    })),
  );

test('scenarios.json agrees with the capture parser on every final conversation', () => {
  for (const s of chatgptScenarios) {
    const final = s.payloads.afterSend?.at(-1) ?? s.payloads.conversation;
    const got = generationsFromConversation(readFileSync(join(ROOT, final), 'utf8')).generations.map((g) => ({
      toolMessageId: g.toolMessageId,
      capture: g.capture,
      userText: g.userText,
      rewrite: g.rewrite,
      previousUserTexts: g.previousUserTexts,
    }));
    const want = s.expect.map(({ toolMessageId, capture, userText, rewrite, previousUserTexts }) => ({ toolMessageId, capture, userText, rewrite, previousUserTexts }));
    expect(got, s.slug).toEqual(want);
  }
});

test('2026 conversation: turns, image containers and images render in the 2026 DOM', async () => {
  const s = chatgptScenario('era-c-2026');
  const page = await open(s.url);
  const list = await turns(page);
  expect(list.map((t) => t.turn)).toEqual(['user', 'assistant', 'user', 'assistant', 'user', 'assistant', 'user', 'assistant']);
  expect(list.map((t) => t.testid)).toEqual(list.map((_, i) => `conversation-turn-${i + 1}`));
  expect(list[0]!.userText).toBe(s.expect[0]!.userText);
  await expect.poll(async () => (await images(page)).every((i) => i.loaded), { timeout: 10_000 }).toBe(true);
  const found = await images(page);
  expect(found.map((i) => i.alt)).toEqual([
    'Generated image: Plush hard hat with lightning heart',
    'Generated image: Toy shop poster with plush hard hat',
    'Generated image: Cartoon bear in a plush hard hat',
  ]);
  for (const i of found) {
    expect(i).toMatchObject({ groupClass: true, sameSrcCopies: 2, src: '/backend-api/estuary/content', turn: 'assistant' });
    expect(i.container).toMatch(/^image-[0-9a-f-]{36}$/);
  }
  // The hidden duplicate and the failed call render nothing of their own.
  expect(await page.locator('[id^="image-"]').count()).toBe(3);
  expect(await page.locator('#prompt-textarea.ProseMirror[contenteditable="true"] > p').count()).toBe(1);
  await session.screenshot(page, 'replica-era-c');
  await page.close();
});

test('project URL, sidebar navigation without reload, back and forward, branch switcher', async () => {
  const zh = chatgptScenario('gpt4o-sign-zh-2025');
  const page = await open(zh.url);
  expect(new URL(zh.url).pathname).toMatch(/^\/g\/g-p-[0-9a-f]{32}-signage-ideas\/c\//);
  await expect.poll(async () => (await images(page)).map((i) => [i.alt, i.loaded])).toEqual([['Generated image: Alphabet List wooden sign', true]]);
  expect((await turns(page))[0]!.userText).toBe(zh.expect[0]!.userText);
  await session.screenshot(page, 'replica-project-zh');
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

  const cups = chatgptScenario('regenerate-cups-2025');
  await page.locator(`nav a[href="/c/${cups.id}"]`).click();
  await expect.poll(() => page.title()).toBe(cups.title);
  await idle(page);
  expect(new URL(page.url()).pathname).toBe(`/c/${cups.id}`);
  await expect.poll(async () => (await images(page)).map((i) => i.alt)).toEqual(['Generated image: Red cup left of blue cup']);
  await expect.poll(() => page.locator('.branch-switcher .tabular-nums').textContent()).toBe('2/2');
  await page.locator('button[aria-label="Previous response"]').click();
  await expect.poll(async () => (await images(page)).map((i) => i.alt)).toEqual(['Generated image: Red and blue ceramic cups']);

  await page.goBack();
  await expect.poll(() => page.title()).toBe(zh.title);
  await page.goForward();
  await expect.poll(() => page.title()).toBe(cups.title);
  await idle(page);
  // Same document all along: the SPA never reloaded.
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
  await page.close();
});

test('live send: the v1 stream renders, then the async image arrives from the conversation GET', async () => {
  const s = chatgptScenario('live-async-2025');
  const page = await open(s.url);
  expect((await turns(page)).length).toBe(2);
  await page.locator('#prompt-textarea').click();
  await page.keyboard.type(s.sendText!);
  await expect.poll(() => page.locator('#prompt-textarea').innerText()).toBe(s.sendText);
  await page.locator('button[data-testid="send-button"]').click();
  await page.locator('section[data-turn="assistant"] .imagegen-card').first().waitFor({ timeout: 10_000 });
  await session.screenshot(page, 'replica-live-streaming');
  await idle(page);
  const list = await turns(page);
  expect(list.map((t) => t.turn)).toEqual(['user', 'assistant', 'user', 'assistant']);
  expect(list[2]!.userText).toBe(s.sendText);
  await expect.poll(async () => (await images(page)).map((i) => [i.alt, i.loaded])).toEqual([['Generated image: Glass of water on a sunny windowsill', true]]);
  await session.screenshot(page, 'replica-live-done');

  // The bytes the page read are exactly the replica's files, extension or not.
  const digests = (await page.evaluate(() => (window as unknown as { __replicaDigests: Digest[] }).__replicaDigests)).map((d) => ({
    method: d.method,
    path: new URL(d.url).pathname,
    digest: d.digest,
  }));
  const conversationPath = `/backend-api/conversation/${s.id}`;
  expect(digests.filter((d) => d.path === conversationPath).map((d) => d.digest)).toEqual([
    sha256(s.payloads.conversation),
    ...s.payloads.afterSend!.map(sha256),
  ]);
  expect(digests.find((d) => d.method === 'POST' && d.path === '/backend-api/f/conversation')?.digest).toBe(sha256(s.payloads.stream!));
  const sends = session.requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname === '/backend-api/f/conversation');
  expect(sends.length).toBeGreaterThan(0);
  await page.close();
});

test('live send in the old whole-message encoding (dark theme)', async () => {
  const s = chatgptScenario('live-full-2024');
  const page = await open(`${s.url}?theme=dark`);
  expect(await page.evaluate(() => document.documentElement.className)).toBe('dark');
  await page.locator('#prompt-textarea').fill(s.sendText!);
  await page.keyboard.press('Enter');
  await idle(page);
  await expect.poll(async () => (await images(page)).map((i) => [i.alt, i.loaded])).toEqual([['Generated image', true]]);
  expect((await turns(page)).map((t) => t.turn)).toEqual(['user', 'assistant', 'user', 'assistant']);
  await session.screenshot(page, 'replica-live-full-dark');
  await page.close();
});

test('WebSocket hand-off: the socket fails, the app falls back to the conversation GET', async () => {
  const s = chatgptScenario('live-handoff-2025');
  const page = await open(s.url);
  await page.locator('#prompt-textarea').fill(s.sendText!);
  await page.locator('button[data-testid="send-button"]').click();
  await idle(page);
  const events = await page.evaluate(() => (window as unknown as { __replica: { events: { type: string; detail: unknown }[] } }).__replica.events);
  expect(events.find((e) => e.type === 'ws-end')?.detail).toMatch(/error|closed|timeout/);
  await expect.poll(async () => (await images(page)).map((i) => [i.alt, i.loaded])).toEqual([['Generated image: Fresh lemonade poster', true]]);
  await page.close();
});

test('WebSocket hand-off: with the socket routed, the frames stream the turn', async () => {
  const s = chatgptScenario('live-handoff-2025');
  const page = await session.context.newPage();
  const received: string[] = [];
  await page.routeWebSocket(/^wss:\/\/ws\.chatgpt\.com\//, (ws) => {
    ws.onMessage((message) => {
      received.push(String(message));
      for (const frame of chatgptWebSocketFrames(s.slug)) ws.send(frame);
    });
  });
  await page.goto(s.url);
  await idle(page);
  await page.locator('#prompt-textarea').fill(s.sendText!);
  await page.locator('button[data-testid="send-button"]').click();
  await idle(page);
  const events = await page.evaluate(() => (window as unknown as { __replica: { events: { type: string; detail: unknown }[] } }).__replica.events);
  expect(events.find((e) => e.type === 'ws-end')?.detail).toBe('done');
  expect(JSON.parse(received[0]!)).toEqual([{ id: 5, command: { type: 'subscribe', topic_id: s.websocket!.topic, offset: '0' } }]);
  await expect.poll(async () => (await images(page)).map((i) => [i.alt, i.loaded])).toEqual([['Generated image: Fresh lemonade poster', true]]);
  await session.screenshot(page, 'replica-handoff');
  await page.close();
});

test('neon and bunnies: text-bearing and landscape images load at their real sizes', async () => {
  for (const [slug, size] of [['neon-openai-2025', [1024, 1024]], ['followup-bunnies-2024', [1792, 1024]]] as const) {
    const page = await open(chatgptScenario(slug).url);
    await expect.poll(async () => (await images(page)).every((i) => i.loaded)).toBe(true);
    const sizes = await page.evaluate(() => [...document.querySelectorAll<HTMLImageElement>('img[alt^="Generated image"]')].map((i) => [i.naturalWidth, i.naturalHeight]));
    expect(sizes.every(([w, h]) => w === size[0] && h === size[1])).toBe(true);
    await session.screenshot(page, `replica-${slug}`);
    await page.close();
  }
});
