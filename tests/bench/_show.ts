import { analyze } from '@/lib/engine';
import { loadCorpus, matches } from './metrics';
const [file, ...ids] = process.argv.slice(2);
for (const line of loadCorpus(file === 'multi' ? 'multiturn.jsonl' : 'pairs.jsonl').filter((p) => p.split === 'dev' && ids.includes(p.id))) {
  console.log('=== ' + line.id);
  if (line.previous) console.log('PREV: ' + line.previous.join(' || '));
  console.log('ORIG: ' + line.original);
  console.log('REWR: ' + line.rewritten);
  const a = analyze(line.original, line.rewritten, line.previous ? { previous: line.previous } : {});
  for (const c of a.constraints) console.log(`  got ${c.kind} ${c.subject}=${c.value}${c.object ? ' ' + c.object : ''} ${c.status} [${c.text}] ev=[${c.evidence?.text ?? ''}] ${c.found ?? ''}`);
  for (const e of line.expect) {
    const f = a.constraints.find((c) => matches(e, c));
    console.log(`  exp ${e.kind} ${e.subject}=${e.value}${e.object ? ' ' + e.object : ''} ${e.status} ${f ? (f.status === e.status ? 'OK' : 'XX ' + f.status) : 'MISSING'}`);
  }
}
