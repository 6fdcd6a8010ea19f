// npm run bench:image — the local image checks on the scene corpus (tests/fixtures/images): verdict accuracy per
// group (tuning scenes and held-out scenes apart), against a plain substring comparison; mean normalised edit
// distance; cold and warm time per image in Node and in headless Chromium; the bytes the models add.
// Prints figures; asserts nothing. Flags: --no-browser, --json, --verbose.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../lib/engine';
import { checkImage, MODEL_FILES } from '../../lib/image';
import { readImageFile } from '../../lib/image/decode/node';
import { createNodeOcr, nodeModelDir } from '../../lib/image/ocr/node';
import { binaryRight, normalisedDistance, score, type Outcome, type Truth } from '../fixtures/images/score';
import { SCENES } from '../fixtures/images/scenes';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = join(ROOT, 'tests/fixtures/images');
const args = new Set(process.argv.slice(2));

if (!existsSync(join(DIR, 'truth.json')) || SCENES.some((s) => !existsSync(join(DIR, `${s.id}.png`)))) {
  console.error('drawing the scenes (tests/fixtures/images/generate.ts)…');
  execFileSync(process.execPath, ['--import', 'tsx', join(DIR, 'generate.ts')], { stdio: 'inherit' });
}
const truth = JSON.parse(readFileSync(join(DIR, 'truth.json'), 'utf8')) as Truth[];

const started = performance.now();
const ocr = createNodeOcr();
await ocr.ready();
const ready = performance.now() - started;
const outcomes: Outcome[] = [];
const times: { ms: number; pixels: number }[] = [];
const neds: number[] = [];
let first = 0;
for (const scene of truth) {
  const pixels = await readImageFile(join(DIR, scene.image));
  const t0 = performance.now();
  const result = await checkImage(pixels, extract(scene.prompt), ocr, { alwaysRead: true });
  const ms = performance.now() - t0;
  if (!times.length) first = ms;
  times.push({ ms, pixels: pixels.width * pixels.height });
  const got = score(scene, result.constraints, result.text.map((t) => t.text));
  outcomes.push(...got);
  // OCR quality: the drawn text against the best read of it (normalised edit distance, 0 = read exactly).
  const drawn = SCENES.find((s) => s.id === scene.id)!.texts;
  for (const t of drawn) {
    const all = result.text.map((r) => r.text);
    neds.push(Math.min(1, ...all.map((r) => normalisedDistance(foldText(t.text), foldText(r)))));
  }
  if (args.has('--verbose')) {
    for (const o of got) console.log(`${o.right ? ' ' : '✗'} ${o.scene.padEnd(20)} ${o.key.padEnd(28)} want ${o.want.join('|').padEnd(18)} got ${o.got.padEnd(10)} ${o.read ?? ''}`);
  }
}
await ocr.dispose();

function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

const rate = (list: Outcome[], f: (o: Outcome) => boolean) => (list.length ? list.filter(f).length / list.length : NaN);
const text = outcomes.filter((o) => o.key.startsWith('text:'));
const groups = [...new Set(outcomes.map((o) => o.group))];
const dev = outcomes.filter((o) => !o.holdout), hold = outcomes.filter((o) => o.holdout);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const per1024 = times.map((t) => t.ms * ((1024 * 1024) / t.pixels));
const require = createRequire(import.meta.url);
const wasmDir = dirname(require.resolve('onnxruntime-web/ort-wasm-simd-threaded.wasm'));
const bytes = {
  models: Object.values(MODEL_FILES).reduce((n, f) => n + statSync(join(nodeModelDir(), f)).size, 0),
  wasm: statSync(join(wasmDir, 'ort-wasm-simd-threaded.wasm')).size + statSync(join(wasmDir, 'ort-wasm-simd-threaded.mjs')).size,
};
const browser = args.has('--no-browser') ? null : await browserTimings(truth.slice(0, 8).map((s) => join(DIR, s.image))).catch((error: unknown) => ({ error: String(error) }));

const summary = {
  scenes: truth.length, checks: outcomes.length,
  right: rate(outcomes, (o) => o.right), rightTuning: rate(dev, (o) => o.right), rightHoldout: rate(hold, (o) => o.right),
  text: {
    right: rate(text, (o) => o.right),
    keptVsNot: rate(text, (o) => binaryRight(o, o.got)),
    baselineRight: rate(text, (o) => o.baselineRight === true),
    baselineKeptVsNot: rate(text, (o) => binaryRight(o, o.baseline)),
  },
  groups: Object.fromEntries(groups.map((g) => {
    const list = outcomes.filter((o) => o.group === g);
    return [g, { n: list.length, right: rate(list, (o) => o.right), baseline: rate(list.filter((o) => o.baseline), (o) => o.baselineRight === true) }];
  })),
  meanNed: neds.reduce((a, b) => a + b, 0) / Math.max(1, neds.length),
  node: { ready, firstImageMs: first, warmMedianMsPer1024: median(per1024.slice(1)) },
  browser,
  bytes,
  wrong: outcomes.filter((o) => !o.right).map((o) => `${o.scene} ${o.key}: want ${o.want.join('|')}, got ${o.got}${o.read ? ` («${o.read}»)` : ''}`),
};

if (args.has('--json')) console.log(JSON.stringify(summary));
else {
  const pct = (x: number) => (Number.isNaN(x) ? '   –' : `${(x * 100).toFixed(0).padStart(3)}%`);
  console.log(`${truth.length} scenes, ${outcomes.length} checks (${hold.length} held out)\n`);
  console.log('group              n  right  substring');
  for (const [g, v] of Object.entries(summary.groups)) console.log(`${g.padEnd(16)} ${String(v.n).padStart(3)}  ${pct(v.right)}   ${pct(v.baseline)}`);
  console.log(`\nright verdicts: ${pct(summary.right)} (tuning ${pct(summary.rightTuning)}, held out ${pct(summary.rightHoldout)})`);
  console.log(`text checks: ${pct(summary.text.right)} right (4 verdicts); kept vs not kept ${pct(summary.text.keptVsNot)}`);
  console.log(`plain substring comparison: ${pct(summary.text.baselineRight)} right; kept vs not kept ${pct(summary.text.baselineKeptVsNot)}`);
  console.log(`mean normalised edit distance, drawn text vs best read: ${summary.meanNed.toFixed(3)}`);
  console.log(`Node (onnxruntime-web WASM, 1 thread): models ready ${(ready / 1000).toFixed(2)} s, first image ${(first / 1000).toFixed(2)} s, warm ${(summary.node.warmMedianMsPer1024 / 1000).toFixed(2)} s per 1024×1024 (median)`);
  if (browser && 'error' in browser) console.log(`headless Chromium: not measured (${browser.error})`);
  else if (browser) console.log(`headless Chromium (same bundle, WASM, 1 thread): models ready ${(browser.ready / 1000).toFixed(2)} s, first image ${(browser.first / 1000).toFixed(2)} s, warm ${(browser.warm / 1000).toFixed(2)} s per 1024×1024 (median of ${browser.n})`);
  console.log(`bytes added: models + dictionary ${(bytes.models / 1e6).toFixed(1)} MB, onnxruntime WASM + loader ${(bytes.wasm / 1e6).toFixed(1)} MB`);
  if (summary.wrong.length) console.log(`\nwrong:\n  ${summary.wrong.join('\n  ')}`);
}

/**
 * The same lib/image code bundled with esbuild and run in headless Chromium, served under the extension pages' CSP
 * (script-src 'self' 'wasm-unsafe-eval'): models fetched as ArrayBuffers, pixels from createImageBitmap + OffscreenCanvas.
 */
async function browserTimings(images: string[]): Promise<{ ready: number; first: number; warm: number; n: number }> {
  const bundle = await build({
    stdin: {
      contents: `export { checkImage, createOcr } from './lib/image'; export { extract } from './lib/engine';`,
      resolveDir: ROOT, loader: 'ts',
    },
    bundle: true, format: 'esm', platform: 'browser', write: false, minify: true, alias: { '@': ROOT },
  });
  const files = new Map<string, { body: Buffer | Uint8Array; type: string }>();
  files.set('/bundle.js', { body: bundle.outputFiles[0]!.contents, type: 'text/javascript' });
  for (const f of ['ort-wasm-simd-threaded.wasm', 'ort-wasm-simd-threaded.mjs']) {
    files.set(`/ort/${f}`, { body: readFileSync(join(wasmDir, f)), type: f.endsWith('.wasm') ? 'application/wasm' : 'text/javascript' });
  }
  for (const f of Object.values(MODEL_FILES)) files.set(`/models/${f}`, { body: readFileSync(join(nodeModelDir(), f)), type: 'application/octet-stream' });
  images.forEach((path, i) => files.set(`/images/${i}.png`, { body: readFileSync(path), type: 'image/png' }));
  const page = `<!doctype html><meta charset="utf-8"><script type="module" src="/run.js"></script>`;
  const run = `
    import { checkImage, createOcr, extract } from '/bundle.js';
    const t0 = performance.now();
    const ocr = createOcr({ loadModel: (name) => fetch('/models/' + name).then((r) => r.arrayBuffer()), wasmPaths: location.origin + '/ort/' });
    await ocr.ready();
    const ready = performance.now() - t0;
    const times = [];
    for (let i = 0; i < ${images.length}; i++) {
      const bitmap = await createImageBitmap(await (await fetch('/images/' + i + '.png')).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext('2d');
      g.drawImage(bitmap, 0, 0);
      const { data, width, height } = g.getImageData(0, 0, bitmap.width, bitmap.height);
      const s = performance.now();
      await checkImage({ data, width, height }, extract('a sign that says "x"'), ocr);
      times.push((performance.now() - s) * (1024 * 1024) / (width * height));
    }
    window.__done = { ready, times };`;
  files.set('/', { body: Buffer.from(page), type: 'text/html' });
  files.set('/run.js', { body: Buffer.from(run), type: 'text/javascript' });
  const server = createServer((req, res) => {
    const file = files.get((req.url ?? '/').split('?')[0]!);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'content-security-policy': "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" });
    res.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await tab.goto(`http://127.0.0.1:${port}/`);
    const done = await tab.waitForFunction(() => (window as unknown as { __done?: unknown }).__done, null, { timeout: 300_000, polling: 500 })
      .then((h) => h.jsonValue() as Promise<{ ready: number; times: number[] }>)
      .catch((error: unknown) => { throw new Error(`${String(error).split('\n')[0]} ${errors.join(' | ')}`); });
    const warm = done.times.slice(1).sort((a, b) => a - b);
    return { ready: done.ready, first: done.times[0]!, warm: warm[Math.floor(warm.length / 2)]!, n: warm.length };
  } finally {
    await browser.close();
    server.close();
  }
}
