// npm start — the main job. Builds the extension and opens Chromium with it: the real chatgpt.com and
// gemini.google.com for your own account, plus a bundled demo conversation served from the local replicas (no
// account needed). Without a display (or with --headless) it plays the same demo headless and writes the
// screenshots and the analysis it showed to demo-output/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';
import '../tests/fixtures/chatgpt/routes';
import '../tests/fixtures/gemini/routes';
import { routeReplica } from '../tests/e2e/harness/replica';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BUILD = `${ROOT}.output/chrome-mv3`;
const OUT = `${ROOT}demo-output`;
const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

interface Scenario { slug: string; title: string; url: string; live: boolean }
const DEMO = ['dalle-apples-2024', 'gpt4o-sign-zh-2025', 'neon-openai-2025', 'followup-bunnies-2024', 'era-c-2026'];
const scenarios = (JSON.parse(readFileSync(`${ROOT}tests/fixtures/chatgpt/scenarios.json`, 'utf8')) as Scenario[])
  .filter((s) => DEMO.includes(s.slug))
  .sort((a, b) => DEMO.indexOf(a.slug) - DEMO.indexOf(b.slug));
interface GeminiScenario { id: string; url: string; title?: string; expect: { images: number }[] }
const GEMINI_DEMO = ['apples-en', 'sign-zh'];
const geminiScenarios = (JSON.parse(readFileSync(`${ROOT}tests/fixtures/gemini/scenarios.json`, 'utf8')) as GeminiScenario[])
  .filter((s) => GEMINI_DEMO.includes(s.id));
const demo = [
  ...scenarios.map((s) => ({ slug: s.slug, title: s.title, url: s.url })),
  ...geminiScenarios.map((s) => ({ slug: `gemini-${s.id}`, title: s.title ?? `Gemini: ${s.id}`, url: s.url })),
];
const demoIds = demo.map((s) => new URL(s.url).pathname.split('/').pop()!);

function chromiumPath(): string {
  const found = [process.env.PROMPTLOSS_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
  if (!found) {
    console.error('Chromium not found. Install it with: sudo apt-get install -y chromium (or set PROMPTLOSS_CHROMIUM).');
    process.exit(1);
  }
  return found;
}

/** Demo pages (and what they load) come from the replica; the real site stays untouched for everything else. */
async function routeDemo(route: Route): Promise<void> {
  const request = route.request();
  let frameUrl = '';
  try {
    frameUrl = request.frame().url();
  } catch {
    frameUrl = '';
  }
  const isDemo = [request.url(), frameUrl].some((url) => demoIds.some((id) => url.includes(id)));
  if (!isDemo) return route.fallback();
  const response = routeReplica({ url: request.url(), method: request.method(), body: request.postData() });
  await route.fulfill({ status: response.status, contentType: response.contentType, body: response.body, headers: response.headers });
}

async function playDemo(context: BrowserContext): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const shown: unknown[] = [];
  for (const scenario of demo) {
    const page: Page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(scenario.url);
    const badge = page.locator('[data-promptloss-badge]').first();
    await badge.waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    await badge.click();
    const report = page.locator('[data-promptloss-report]').first();
    await report.waitFor({ timeout: 10_000 });
    const path = `${OUT}/${scenario.slug}.png`;
    await page.screenshot({ path });
    const reports = await page.locator('[data-promptloss-report]').evaluateAll((nodes) => nodes.map((node) => ({
      messageId: node.getAttribute('data-message-id'),
      capture: node.getAttribute('data-capture'),
      kept: Number(node.getAttribute('data-kept')), altered: Number(node.getAttribute('data-altered')),
      unbound: Number(node.getAttribute('data-unbound')), lost: Number(node.getAttribute('data-lost')),
      constraints: [...node.querySelectorAll('[data-promptloss-constraint]')].map((row) => ({
        kind: row.getAttribute('data-kind'), status: row.getAttribute('data-status'),
        text: row.querySelector('.pl-what')?.textContent ?? '', evidence: row.querySelector('.pl-evidence')?.textContent ?? '',
      })),
    })));
    const badges = await page.locator('[data-promptloss-badge]').allInnerTexts();
    shown.push({ scenario: scenario.slug, title: scenario.title, url: scenario.url, badges, reports, screenshot: path });
    console.log(`${scenario.title.padEnd(28)} ${badges.join(' | ')}`);
    await page.close();
  }
  writeFileSync(`${OUT}/analysis.json`, `${JSON.stringify(shown, null, 2)}\n`);
  console.log(`\nScreenshots and the analysis shown: ${OUT}/ (analysis.json)`);
}

const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const profile = headless ? '' : `${ROOT}.promptloss-profile`;
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  headless,
  viewport: headless ? { width: 1280, height: 900 } : null,
  args: [
    `--disable-extensions-except=${BUILD}`, `--load-extension=${BUILD}`, '--no-first-run', '--disable-sync',
    ...(headless ? ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] : []),
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
await context.route('https://chatgpt.com/**', routeDemo);
await context.route('https://gemini.google.com/**', routeDemo);

if (headless) {
  console.log('No display: playing the bundled demo headless.\n');
  await playDemo(context);
  await context.close();
} else {
  const first = context.pages()[0] ?? (await context.newPage());
  await first.goto('https://chatgpt.com/');
  await (await context.newPage()).goto('https://gemini.google.com/app');
  for (const scenario of demo) await (await context.newPage()).goto(scenario.url);
  console.log('Chromium is open with PromptLoss: chatgpt.com and gemini.google.com for your account, and the demo conversations:');
  for (const scenario of demo) console.log(`  ${scenario.title}: ${scenario.url}`);
  console.log('Close the browser to stop.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}
