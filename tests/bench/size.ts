// npm run size — gzip sizes: the engine with its lexicon as bundled for a content script, the built content
// scripts, and the MAIN-world taps (target ≤ 5 kB). Prints figures; asserts nothing.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const gz = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

const engine = await build({
  entryPoints: [`${ROOT}lib/engine/index.ts`],
  bundle: true, minify: true, format: 'esm', platform: 'browser', write: false,
  external: ['zod'], alias: { '@': ROOT },
});
const engineBytes = engine.outputFiles[0]!.contents;
const model = await build({
  stdin: { contents: `export * from './lib/engine/lexicon/build';`, resolveDir: ROOT, loader: 'ts' },
  bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, external: ['zod'],
});
const json = process.argv.includes('--json');
const rows: [string, number, number][] = [
  ['engine + lexicon (zod external, shared with the UI)', engineBytes.length, gz(engineBytes)],
  ['  of which lexicon build + data', model.outputFiles[0]!.contents.length, gz(model.outputFiles[0]!.contents)],
];
for (const file of ['content-scripts/chatgpt-tap.js', 'content-scripts/gemini-tap.js', 'content-scripts/chatgpt.js', 'content-scripts/gemini.js']) {
  const path = `${ROOT}.output/chrome-mv3/${file}`;
  if (existsSync(path)) {
    const bytes = readFileSync(path);
    rows.push([`built ${file}`, bytes.length, gz(bytes)]);
  }
}
if (json) console.log(JSON.stringify(Object.fromEntries(rows.map(([name, raw, gzip]) => [name.trim(), { raw, gzip }]))));
else {
  for (const [name, raw, gzip] of rows) console.log(`${name.padEnd(52)} ${kb(raw).padStart(9)} raw  ${kb(gzip).padStart(8)} gzip`);
  console.log('targets: engine + lexicon ≤ 60 kB gzip; MAIN-world tap ≤ 5 kB gzip. (run `npm run build` first for the built files)');
}
