import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, extract, type Constraint } from '@/lib/engine';
import { lexicon, normaliseEnglish } from '@/lib/engine/lexicon/build';
import { related } from '@/lib/engine/compute/07-align';

/**
 * Accuracy measurements shared by `npm run bench:accuracy` (prints them) and the floor tests (assert them).
 * Deterministic: same engine, same data, same numbers.
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A label's subject as the lexicon's concept id ("sofa" → couch), so synonyms compare equal. */
function lemma(text: string): string {
  const key = normaliseEnglish(text.replace(/'s\b/g, ''), lexicon().irregular);
  const concept = lexicon().en.get(key)?.find((tag) => tag.t === 'obj');
  return concept && concept.t === 'obj' ? concept.id : key;
}

/** Fuzzy subject match: same lemma, a family relation, or one's words inside the other's ("security guard" ~ "guard"). */
export function sameSubject(predicted: string, expected: string): boolean {
  const a = lemma(predicted);
  const b = lemma(expected);
  if (!a || !b) return false;
  if (a === b || related(lexicon(), a, b)) return true;
  const wordsA = a.split(' ');
  const wordsB = b.split(' ');
  return wordsA.some((word) => word.length > 2 && wordsB.includes(word));
}

const rate = (hit: number, total: number) => ({ hit, total, recall: total ? hit / total : 1 });

// ---------- GenEval ----------
interface GenEvalLine {
  tag: string;
  include: { class: string; count: number; color?: string; position?: [string, number] }[];
  prompt: string;
}

export function genevalRecall() {
  const lines = readFileSync(`${FIXTURES}benchmarks/geneval/evaluation_metadata.jsonl`, 'utf8').trim().split('\n')
    .map((line) => JSON.parse(line) as GenEvalLine);
  const tally: Record<'objects' | 'counts' | 'colors' | 'relations', [number, number]> = { objects: [0, 0], counts: [0, 0], colors: [0, 0], relations: [0, 0] };
  const misses: string[] = [];
  for (const line of lines) {
    const constraints = extract(line.prompt);
    const has = (test: (c: Constraint) => boolean) => constraints.some(test);
    for (const item of line.include) {
      tally.objects[1]++;
      if (has((c) => c.kind === 'object' && sameSubject(c.subject, item.class))) tally.objects[0]++;
      else misses.push(`object ${item.class}: ${line.prompt}`);
      if (item.count >= 2) {
        tally.counts[1]++;
        if (has((c) => c.kind === 'count' && sameSubject(c.subject, item.class) && c.value === String(item.count))) tally.counts[0]++;
        else misses.push(`count ${item.count} ${item.class}: ${line.prompt}`);
      }
      if (item.color) {
        tally.colors[1]++;
        if (has((c) => c.kind === 'attribute' && sameSubject(c.subject, item.class) && c.value === item.color)) tally.colors[0]++;
        else misses.push(`color ${item.color} ${item.class}: ${line.prompt}`);
      }
      if (item.position) {
        tally.relations[1]++;
        const other = line.include[item.position[1]]!.class;
        const value = item.position[0];
        const inverse = lexicon().inverse.get(value);
        if (has((c) => c.kind === 'relation' && ((sameSubject(c.subject, item.class) && sameSubject(c.object ?? '', other) && c.value === value) ||
          (sameSubject(c.subject, other) && sameSubject(c.object ?? '', item.class) && c.value === inverse)))) tally.relations[0]++;
        else misses.push(`relation ${item.class} ${value} ${other}: ${line.prompt}`);
      }
    }
  }
  type Rate = ReturnType<typeof rate>;
  const result = Object.fromEntries(Object.entries(tally).map(([key, [hit, total]]) => [key, rate(hit, total)])) as Record<keyof typeof tally, Rate>;
  const all = Object.values(tally).reduce((sum, [hit, total]) => [sum[0]! + hit, sum[1]! + total], [0, 0]);
  return { prompts: lines.length, ...result, overall: rate(all[0]!, all[1]!), misses };
}

// ---------- DSG-1k ----------
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { row.push(field); field = ''; }
    else if (char === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (char !== '\r') field += char;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

export function dsgRecall() {
  const rows = parseCsv(readFileSync(`${FIXTURES}benchmarks/dsg/dsg-1k-anns.csv`, 'utf8'));
  const header = rows.shift()!;
  const col = (name: string) => header.indexOf(name);
  const byPrompt = new Map<string, { text: string; tuples: { broad: string; detailed: string; args: string[] }[] }>();
  for (const row of rows) {
    const id = row[col('item_id')]!;
    const tuple = row[col('tuple')] ?? '';
    const match = /\((.*)\)\s*$/.exec(tuple);
    const args = match ? splitArgs(match[1]!) : [];
    const entry = byPrompt.get(id) ?? { text: row[col('text')]!, tuples: [] };
    entry.tuples.push({ broad: row[col('category_broad')]!, detailed: row[col('category_detailed')]!, args });
    byPrompt.set(id, entry);
  }
  const tally: Record<string, [number, number]> = { entity: [0, 0], attribute: [0, 0], relation: [0, 0], count: [0, 0], 'text rendering': [0, 0] };
  for (const { text, tuples } of byPrompt.values()) {
    const constraints = extract(text);
    for (const { broad, detailed, args } of tuples) {
      const category = detailed === 'count' ? 'count' : detailed === 'text rendering' ? 'text rendering' : broad;
      if (!(category in tally) || !args.length) continue;
      tally[category]![1]++;
      const subject = args[0]!;
      let hit = false;
      if (category === 'entity') {
        hit = constraints.some((c) => (c.kind === 'object' || c.kind === 'negation') && sameSubject(c.subject, subject));
      } else if (category === 'attribute') {
        const value = (args[1] ?? '').toLowerCase();
        hit = constraints.some((c) => (c.kind === 'attribute' || c.kind === 'count' || c.kind === 'position' || c.kind === 'style') &&
          (c.kind === 'style' || sameSubject(c.subject, subject)) && (c.value === value || c.text.toLowerCase().includes(value) || value.includes(c.value)));
      } else if (category === 'relation') {
        const object = args[1] ?? '';
        hit = constraints.some((c) => c.kind === 'relation' && ((sameSubject(c.subject, subject) && sameSubject(c.object ?? '', object)) ||
          (sameSubject(c.subject, object) && sameSubject(c.object ?? '', subject))));
      } else if (category === 'count') {
        const wanted = (args[1] ?? '').replace(/^==/, '').trim();
        const value = wanted === 'few' || wanted === 'a lot' ? 'several' : wanted;
        hit = constraints.some((c) => c.kind === 'count' && sameSubject(c.subject, subject) && c.value === value);
      } else {
        const wanted = (args[1] ?? '').replace(/^"+|"+$/g, '').toLowerCase();
        hit = constraints.some((c) => c.kind === 'text' && c.value.toLowerCase() === wanted);
      }
      if (hit) tally[category]![0]++;
    }
  }
  const rates = Object.fromEntries(Object.entries(tally).map(([key, [hit, total]]) => [key, rate(hit, total)]));
  return { prompts: byPrompt.size, ...(rates as Record<'entity' | 'attribute' | 'relation' | 'count' | 'text rendering', ReturnType<typeof rate>>) };
}

function splitArgs(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let field = '';
  let quoted = false;
  for (const char of inner) {
    if (char === '"') quoted = !quoted;
    if (!quoted && char === ',' && depth === 0) { out.push(field.trim()); field = ''; continue; }
    if (char === '(') depth++;
    if (char === ')') depth--;
    field += char;
  }
  if (field.trim()) out.push(field.trim());
  return out;
}

// ---------- the labelled pair corpus ----------
export interface Expected {
  kind: string;
  subject: string;
  value: string;
  object?: string;
  status: string;
  turn?: number;
  edit?: boolean;
}
export interface CorpusLine {
  id: string;
  lang: string;
  split: 'dev' | 'holdout';
  original: string;
  rewritten: string;
  previous?: string[];
  expect: Expected[];
}

export function loadCorpus(file: 'pairs.jsonl' | 'multiturn.jsonl'): CorpusLine[] {
  return readFileSync(`${FIXTURES}corpus/${file}`, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as CorpusLine);
}

const ORIENTATION_VALUES: Record<string, string[]> = { '1:1': ['square'], square: ['1:1'], portrait: ['9:16', '2:3', '3:4', '4:5'], landscape: ['16:9', '3:2', '4:3'] };

export function matches(e: Expected, c: Constraint): boolean {
  if (e.kind !== c.kind) return false;
  const value = e.value.toLowerCase();
  const got = c.value.toLowerCase();
  switch (e.kind) {
    case 'object': case 'negation': return sameSubject(c.subject, e.subject);
    case 'text': return c.value.trim() === e.value.trim();
    case 'style': case 'camera': return got === value || got.includes(value) || value.includes(got);
    case 'aspect': return got === value || (ORIENTATION_VALUES[value]?.includes(got) ?? false);
    case 'lighting': return got === value || c.subject === value || (sameSubject(c.subject, e.subject) && (got === value || value === e.subject));
    case 'relation': {
      const inverse = lexicon().inverse.get(value);
      return (got === value && sameSubject(c.subject, e.subject) && sameSubject(c.object ?? '', e.object ?? '')) ||
        (!!inverse && got === inverse && sameSubject(c.subject, e.object ?? '') && sameSubject(c.object ?? '', e.subject));
    }
    case 'position': return sameSubject(c.subject, e.subject) && (got === value || (value === 'center' && got === 'middle'));
    default: return sameSubject(c.subject, e.subject) && got === value;
  }
}

export interface FlagScore {
  items: number;
  extracted: number;
  tp: number; fp: number; fn: number; tn: number;
  precision: number; recall: number; f1: number;
  exactStatus: number;
}

export function scoreCorpus(lines: CorpusLine[], select: (e: Expected) => boolean = () => true): FlagScore {
  const s = { items: 0, extracted: 0, tp: 0, fp: 0, fn: 0, tn: 0, exact: 0 };
  for (const line of lines) {
    const analysis = analyze(line.original, line.rewritten, line.previous ? { previous: line.previous } : {});
    const pool = [...analysis.constraints];
    for (const e of line.expect) {
      if (!select(e)) continue;
      s.items++;
      const index = pool.findIndex((c) => matches(e, c));
      const found = index >= 0 ? pool.splice(index, 1)[0] : undefined;
      if (found) s.extracted++;
      const truth = e.status !== 'kept';
      const flagged = !!found && found.status !== 'kept';
      if (truth && flagged) s.tp++;
      else if (!truth && flagged) s.fp++;
      else if (truth && !flagged) s.fn++;
      else s.tn++;
      if (found?.status === e.status) s.exact++;
    }
  }
  const precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  const recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  return {
    items: s.items, extracted: s.extracted, tp: s.tp, fp: s.fp, fn: s.fn, tn: s.tn,
    precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    exactStatus: s.items ? s.exact / s.items : 1,
  };
}
