// npm run bench — per-pair time of analyze() (p50/p95) over ≥ 1,000 pairs, and its ratio to a bare
// Intl.Segmenter word pass over the same texts, measured in the same run. Prints figures; asserts nothing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '@/lib/engine';
import { loadCorpus } from './metrics';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const lines = (file: string) => readFileSync(`${FIXTURES}${file}`, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { prompt: string });

const short = lines('benchmarks/geneval/evaluation_metadata.jsonl');
const long = lines('benchmarks/geneval-long-bagel/evaluation_metadata_long.jsonl');
const pairs: { original: string; rewritten: string; previous?: string[] }[] = [
  ...short.map((line, index) => ({ original: line.prompt, rewritten: long[index]!.prompt })),
  ...loadCorpus('pairs.jsonl').map(({ original, rewritten }) => ({ original, rewritten })),
  ...loadCorpus('multiturn.jsonl').map(({ original, rewritten, previous }) => ({ original, rewritten, previous })),
];
// Reverse direction too (a long prompt against a short rewrite) to reach ≥ 1,000 pairs of varied shape.
const all: typeof pairs = [...pairs, ...pairs.slice(0, Math.max(0, 1000 - pairs.length)).map((p) => ({ original: p.rewritten, rewritten: p.original }))];

const segmenters = { en: new Intl.Segmenter('en', { granularity: 'word' }), zh: new Intl.Segmenter('zh', { granularity: 'word' }) };
function segmentPass(text: string): number {
  let words = 0;
  const segmenter = /\p{Script=Han}/u.test(text) ? segmenters.zh : segmenters.en;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

for (const pair of all.slice(0, 200)) analyze(pair.original, pair.rewritten, pair.previous ? { previous: pair.previous } : {}); // warm-up
const engine: number[] = [];
const segment: number[] = [];
let sink = 0;
for (let round = 0; round < 3; round++) {
  for (const pair of all) {
    let start = performance.now();
    sink += analyze(pair.original, pair.rewritten, pair.previous ? { previous: pair.previous } : {}).constraints.length;
    engine.push(performance.now() - start);
    start = performance.now();
    sink += segmentPass(pair.original) + segmentPass(pair.rewritten) + (pair.previous ?? []).reduce((n, text) => n + segmentPass(text), 0);
    segment.push(performance.now() - start);
  }
}
engine.sort((a, b) => a - b);
segment.sort((a, b) => a - b);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const result = {
  p50_ms: Number(percentile(engine, 50).toFixed(3)),
  p95_ms: Number(percentile(engine, 95).toFixed(3)),
  segmenter_ratio: Number((sum(engine) / sum(segment)).toFixed(2)),
  pairs: all.length,
};
if (process.argv.includes('--json')) console.log(JSON.stringify(result));
else {
  console.log(`analyze() over ${result.pairs} pairs × 3 rounds, Node ${process.version} (${sink > 0 ? 'ok' : '?'})`);
  console.log(`  per pair: p50 ${result.p50_ms} ms, p95 ${result.p95_ms} ms (target p95 ≤ 2 ms)`);
  console.log(`  segmenter pass: p50 ${percentile(segment, 50).toFixed(3)} ms; engine / Intl.Segmenter word pass = ${result.segmenter_ratio}× (target ≤ 10×; Node's segmenter is ~5× slower than Chromium's)`);
}
