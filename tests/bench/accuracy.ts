// npm run bench:accuracy — recall on GenEval and DSG-1k, flag precision/recall/F1 and exact-status accuracy on the
// labelled corpora (dev and held-out reported apart: the held-out part is never used for tuning).
import { dsgRecall, genevalRecall, loadCorpus, scoreCorpus, type FlagScore } from './metrics';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const flags = (s: FlagScore) =>
  `P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  exact ${pct(s.exactStatus)}  (${s.items} constraints, ${pct(s.extracted / Math.max(1, s.items))} extracted)`;

const json = process.argv.includes('--json');
const geneval = genevalRecall();
const dsg = dsgRecall();
const pairs = loadCorpus('pairs.jsonl');
const multi = loadCorpus('multiturn.jsonl');
const corpus = {
  dev: scoreCorpus(pairs.filter((p) => p.split === 'dev')),
  holdout: scoreCorpus(pairs.filter((p) => p.split === 'holdout')),
};
const followUps = {
  dev: scoreCorpus(multi.filter((p) => p.split === 'dev')),
  holdout: scoreCorpus(multi.filter((p) => p.split === 'holdout')),
  edits: scoreCorpus(multi, (e) => e.edit === true),
  earlier: scoreCorpus(multi, (e) => e.edit !== true),
};

if (json) {
  const { misses: _misses, ...gen } = geneval;
  console.log(JSON.stringify({ geneval: gen, dsg, corpus, followUps }));
} else {
  console.log(`GenEval (${geneval.prompts} prompts) recall`);
  for (const key of ['objects', 'counts', 'colors', 'relations', 'overall'] as const) {
    const r = geneval[key];
    console.log(`  ${key.padEnd(10)} ${pct(r.recall)}  (${r.hit}/${r.total})`);
  }
  console.log(`DSG-1k (${dsg.prompts} prompts) recall, fuzzy subject matching`);
  for (const key of ['entity', 'attribute', 'relation', 'count', 'text rendering'] as const) {
    const r = dsg[key] as { hit: number; total: number; recall: number };
    console.log(`  ${key.padEnd(15)} ${pct(r.recall)}  (${r.hit}/${r.total})`);
  }
  console.log(`Pair corpus (${pairs.length} pairs): problem flags (altered/unbound/lost vs kept)`);
  console.log(`  dev      ${flags(corpus.dev)}`);
  console.log(`  held-out ${flags(corpus.holdout)}`);
  console.log(`Multi-turn corpus (${multi.length} conversations)`);
  console.log(`  dev      ${flags(followUps.dev)}`);
  console.log(`  held-out ${flags(followUps.holdout)}`);
  console.log(`  edits    ${flags(followUps.edits)}`);
  console.log(`  earlier  ${flags(followUps.earlier)}`);
  if (process.argv.includes('--misses')) for (const miss of geneval.misses.slice(0, 60)) console.log(`  miss: ${miss}`);
}
