import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chatgptScenario, resetChatgptReplica } from '../fixtures/chatgpt/routes';
import { launchChromium, type ChromiumSession } from './harness/chromium';

/** The local image check, in the extension: the text in the generated image read off the page's thread. */
let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

/** The same image through the CLI (Node): the extension must reach the same verdict with the same pipeline. */
function nodeVerdict(prompt: string, image: string): { verdict: string; read?: string } {
  const bin = fileURLToPath(new URL('../../bin/promptloss.mjs', import.meta.url));
  const out = spawnSync(process.execPath, [bin, 'check-image', '--prompt', prompt, '--image', image, '--json'], { encoding: 'utf8' });
  const text = (JSON.parse(out.stdout) as { constraints: { kind: string; image?: { verdict: string; read?: string } }[] }).constraints.find((c) => c.kind === 'text');
  return text!.image!;
}

test('the neon sign image is read locally, off the page, with the same verdict as the CLI', async () => {
  resetChatgptReplica();
  const s = chatgptScenario('neon-openai-2025')!;
  const conversation = readFileSync(fileURLToPath(new URL('../fixtures/chatgpt/payloads/neon-openai-2025.json', import.meta.url)), 'utf8');
  const file = /sediment:\/\/(file_[0-9a-f]+)/.exec(conversation)![1]!;
  const expected = nodeVerdict(s.expect[0]!.userText, fileURLToPath(new URL(`../fixtures/chatgpt/images/${file}.png`, import.meta.url)));
  const page = await session.context.newPage();
  // Long tasks on the page's own thread while the check runs (the check must run elsewhere).
  await page.addInitScript(() => {
    const longTasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = longTasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(s.url);
  const badge = page.locator('[data-promptloss-badge]').first();
  await expect.poll(() => badge.innerText(), { timeout: 60_000, interval: 500 }).toMatch(/image:/);
  await badge.click();
  const row = page.locator('[data-promptloss-report] [data-kind="text"]').first();
  await expect.poll(() => row.locator('[data-image-verdict]').getAttribute('data-image-verdict'), { timeout: 10_000 }).toBe(expected.verdict);
  if (expected.read) expect(await row.locator('[data-image-verdict]').innerText()).toContain(expected.read);
  await session.screenshot(page, 'image-check');
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  console.log(`long tasks on the page's thread during the check: ${longTasks.map((d) => d.toFixed(0)).join(', ') || 'none'}`);
  expect(longTasks.filter((d) => d > 200)).toHaveLength(0);
  await page.close();
});
