// Development aid: prints the dev-split items the engine gets wrong (never the held-out split).
import { analyze } from '@/lib/engine';
import { loadCorpus, matches } from './metrics';

const file = process.argv[2] === 'multi' ? 'multiturn.jsonl' : 'pairs.jsonl';
const kind = process.argv[3];
const tally = new Map<string, number>();
for (const line of loadCorpus(file).filter((p) => p.split === 'dev')) {
  const analysis = analyze(line.original, line.rewritten, line.previous ? { previous: line.previous } : {});
  const pool = [...analysis.constraints];
  for (const e of line.expect) {
    if (kind && e.kind !== kind) continue;
    const index = pool.findIndex((c) => matches(e, c));
    const found = index >= 0 ? pool.splice(index, 1)[0] : undefined;
    const key = `${e.kind}:${found ? `${e.status}->${found.status}` : 'missing'}`;
    if (found?.status === e.status) continue;
    tally.set(key, (tally.get(key) ?? 0) + 1);
    if (process.argv.includes('-v')) console.log(`${line.id} ${key} | ${e.subject}=${e.value}${e.object ? ` ${e.object}` : ''} | got ${found ? `${found.status} ${found.evidence?.text ?? ''} ${found.found ?? ''}` : '-'}`);
  }
}
console.log([...tally.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v}\t${k}`).join('\n'));
