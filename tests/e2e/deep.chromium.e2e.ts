import { afterAll, beforeAll, expect, test } from 'vitest';
import { chatgptScenario, resetChatgptReplica } from '../fixtures/chatgpt/routes';
import { answer, startGeminiStandIn, type StandIn } from '../helpers/gemini-stand-in';
import { launchChromium, type ChromiumSession } from './harness/chromium';

/** Deep analysis end to end: the key entered in the extension, a click in the report, the stand-in's verdicts. */
const KEY = 'AIza-test-key-never-in-the-page-42';
let session: ChromiumSession;
let standIn: StandIn;

beforeAll(async () => {
  standIn = await startGeminiStandIn((request) => {
    const prompt = request.body.contents?.[0]?.parts?.map((p) => p.text ?? '').join('\n') ?? '';
    const list = JSON.parse(/Constraints[^\n]*\n(\[.*\])/.exec(prompt)?.[1] ?? '[]') as { id: string; kind: string; subject: string; value: string }[];
    const image = request.body.contents?.[0]?.parts?.some((p) => p.inlineData);
    if (image) return answer({ verdicts: list.map((c) => ({ id: c.id, verdict: c.kind === 'text' ? 'altered' : 'kept', ...(c.kind === 'text' ? { read: 'OpanAl' } : {}), rationale: 'stand-in image verdict' })) });
    return answer({ constraints: list.map((c) => ({ ...c, status: c.kind === 'text' ? 'altered' : 'kept', rationale: `stand-in: ${c.subject}`, ...(c.kind === 'text' ? { found: 'OpanAl' } : {}) })) });
  });
  session = await launchChromium();
  // A page that records every message posted to it, to prove the key never reaches the page.
  await session.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __seenMessages: string[] }).__seenMessages = seen;
    window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
  });
});
afterAll(async () => {
  await session?.close();
  await standIn?.close();
});

test('on demand: nothing is sent before the click; consent, then the model\'s verdicts; the key never reaches the page', async () => {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  // Test-only: point the client at the local stand-in. Everything else is done the way a user does it.
  await options.evaluate(async (url) => chrome.storage.local.set({ 'settings.deepBaseUrl': url }), standIn.url);
  await options.locator('[data-deep-mode]').selectOption('on-demand');
  await options.locator('[data-deep-key]').fill(KEY);
  expect(await options.locator('[data-deep-key]').getAttribute('type')).toBe('password');
  await options.locator('[data-deep-test]').click();
  await expect.poll(() => options.locator('[data-deep-note]').getAttribute('data-deep-note')).toBe('ok');
  await session.screenshot(options, 'deep-options');
  standIn.requests.length = 0; // the test call is the only one so far
  resetChatgptReplica();
  const s = chatgptScenario('neon-openai-2025')!;
  const page = await session.context.newPage();
  await page.goto(s.url);
  const badge = page.locator('[data-promptloss-badge]').first();
  await badge.waitFor();
  await badge.click();
  const report = page.locator('[data-promptloss-report]').first();
  await report.locator('[data-action="deep-analyze"]').waitFor();
  await page.waitForTimeout(1000);
  expect(standIn.requests).toHaveLength(0);

  await report.locator('[data-action="deep-analyze"]').click();
  await report.locator('[data-deep-consent]').waitFor();
  expect(standIn.requests).toHaveLength(0);
  await report.locator('[data-action="deep-consent"]').click();
  await expect.poll(() => report.locator('[data-rationale]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(standIn.requests).toHaveLength(1);
  expect(standIn.requests[0]!.apiKey).toBe(KEY);
  expect(await report.locator('[data-kind="text"]').getAttribute('data-status')).toBe('altered');
  expect(await report.locator('[data-rationale]').first().innerText()).toContain('stand-in');

  await report.locator('[data-action="deep-audit"]').click();
  await expect.poll(() => report.locator('[data-image-verdict]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(standIn.requests.at(-1)!.body.contents![0]!.parts!.some((p) => p.inlineData?.mimeType.startsWith('image/'))).toBe(true);
  expect(await report.locator('[data-rationale]').count()).toBeGreaterThan(0); // the text verdicts stay beside the image verdicts
  await session.screenshot(page, 'deep-report');

  const everything = await page.evaluate(() => {
    const texts = [document.documentElement.outerHTML];
    for (const host of document.querySelectorAll('*')) if (host.shadowRoot) texts.push(host.shadowRoot.innerHTML);
    return { dom: texts.join('\n'), messages: (window as unknown as { __seenMessages: string[] }).__seenMessages.join('\n') };
  });
  expect(everything.dom).not.toContain(KEY);
  expect(everything.messages).not.toContain(KEY);
  expect(everything.messages.length).toBeGreaterThan(0);
  await page.close();
  await options.close();
});
