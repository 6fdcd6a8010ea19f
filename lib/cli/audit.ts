import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readExportPath } from '../capture/chatgpt/export-node';
import { analyze, CONSTRAINT_KINDS, type Analysis } from '../engine';
import { describe } from './report';

/**
 * `promptloss audit PATH [--out DIR] [--json]`: every image generation of a ChatGPT data export (.zip,
 * conversations.json, or the sharded conversations-000.json… with export_manifest.json), analysed as it streams:
 * memory grows with the summary, not with the export.
 */
type Out = { stdout: (text: string) => void; stderr: (text: string) => void };

interface Worst {
  id: string;
  problems: number;
  userText: string;
  summary: Analysis['summary'];
  issues: string[];
}

export interface AuditSummary {
  conversations: number;
  pairs: number;
  withRewrite: number;
  withoutPrompt: Record<string, number>;
  errors: number;
  perKind: Record<string, { total: number; kept: number; altered: number; unbound: number; lost: number; lossRate: number }>;
  followUps: { pairs: number; edits: { landed: number; partly: number; missed: number }; droppedEarlierByTurn: Record<string, { constraints: number; dropped: number }> };
  worst: Worst[];
}

const csvCell = (value: unknown) => {
  const text = String(value ?? '');
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export async function auditCommand(argv: string[], out: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { out: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  const path = positionals[0];
  if (!path) throw Object.assign(new Error('audit needs PATH (a .zip, conversations.json or an export folder)'), { code: 'ERR_PARSE_ARGS_USAGE' });

  const summary: AuditSummary = {
    conversations: 0, pairs: 0, withRewrite: 0, withoutPrompt: {}, errors: 0,
    perKind: Object.fromEntries(CONSTRAINT_KINDS.map((kind) => [kind, { total: 0, kept: 0, altered: 0, unbound: 0, lost: 0, lossRate: 0 }])),
    followUps: { pairs: 0, edits: { landed: 0, partly: 0, missed: 0 }, droppedEarlierByTurn: {} },
    worst: [],
  };
  let pairsFile: WriteStream | null = null;
  let csvFile: WriteStream | null = null;
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    pairsFile = createWriteStream(join(values.out, 'pairs.jsonl'));
    csvFile = createWriteStream(join(values.out, 'constraints.csv'));
    csvFile.write('pair,conversation,created,capture,kind,subject,value,object,status,evidence,found\n');
  }

  for await (const item of readExportPath(path)) {
    if (item.kind === 'error') {
      summary.errors++;
      out.stderr(`promptloss audit: ${item.file}: ${item.error}\n`);
      continue;
    }
    summary.conversations++;
    for (const generation of item.generations) {
      summary.pairs++;
      if (!generation.rewrite) {
        summary.withoutPrompt[generation.capture] = (summary.withoutPrompt[generation.capture] ?? 0) + 1;
        pairsFile?.write(`${JSON.stringify({ id: generation.key, conversationId: generation.conversationId, capture: generation.capture, userText: generation.userText })}\n`);
        continue;
      }
      summary.withRewrite++;
      const analysis = analyze(generation.userText, generation.rewrite, { previous: generation.previousUserTexts });
      for (const c of analysis.constraints) {
        const bucket = summary.perKind[c.kind]!;
        bucket.total++;
        if (c.status) bucket[c.status]++;
        csvFile?.write(`${[generation.key, generation.conversationId, generation.createdAt ?? '', generation.capture, c.kind, c.subject, c.value, c.object ?? '', c.status, c.evidence?.text ?? '', c.found ?? ''].map(csvCell).join(',')}\n`);
      }
      if (generation.previousUserTexts.length) {
        summary.followUps.pairs++;
        const edit = analysis.summary.edit;
        if (edit) {
          summary.followUps.edits.landed += edit.landed;
          summary.followUps.edits.partly += edit.partly;
          summary.followUps.edits.missed += edit.missed;
        }
        const turn = String(generation.previousUserTexts.length + 1);
        const earlier = analysis.constraints.filter((c) => !c.edit && c.turn !== undefined && c.turn < generation.previousUserTexts.length);
        const bucket = (summary.followUps.droppedEarlierByTurn[turn] ??= { constraints: 0, dropped: 0 });
        bucket.constraints += earlier.length;
        bucket.dropped += earlier.filter((c) => c.status === 'lost').length;
      }
      const problems = analysis.summary.lost + analysis.summary.altered;
      if (problems && (summary.worst.length < 10 || problems > summary.worst[summary.worst.length - 1]!.problems)) {
        summary.worst.push({
          id: generation.key, problems, userText: generation.userText.slice(0, 300), summary: analysis.summary,
          issues: analysis.constraints.filter((c) => c.status === 'lost' || c.status === 'altered').slice(0, 8).map((c) => `${c.status}: ${describe(c)}${c.found ? ` → ${c.found}` : ''}`),
        });
        summary.worst.sort((a, b) => b.problems - a.problems);
        summary.worst.length = Math.min(summary.worst.length, 10);
      }
      pairsFile?.write(`${JSON.stringify({ id: generation.key, conversationId: generation.conversationId, capture: generation.capture, createdAt: generation.createdAt, ...analysis })}\n`);
    }
  }
  for (const bucket of Object.values(summary.perKind)) bucket.lossRate = bucket.total ? round((bucket.lost + bucket.altered) / bucket.total) : 0;
  await Promise.all([pairsFile, csvFile].map((stream) => stream && new Promise((resolve) => stream.end(resolve))));
  if (values.out) {
    writeFileSync(join(values.out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
    writeFileSync(join(values.out, 'report.md'), markdown(summary));
  }
  out.stdout(values.json ? `${JSON.stringify(summary)}\n` : text(summary, values.out));
  return summary.errors && !summary.conversations ? 1 : 0;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

function text(s: AuditSummary, dir?: string): string {
  const lines = [
    `${s.conversations} conversations · ${s.pairs} image generations · ${s.withRewrite} with a rewritten prompt`,
    `without a prompt: ${Object.entries(s.withoutPrompt).map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}`,
    '',
    'loss rate per constraint kind (lost or altered / all):',
    ...Object.entries(s.perKind).filter(([, b]) => b.total).map(([kind, b]) => `  ${kind.padEnd(10)} ${pct(b.lossRate).padStart(4)}  (${b.lost} lost, ${b.altered} altered, ${b.unbound} unbound of ${b.total})`),
    '',
    `follow-up turns: ${s.followUps.pairs} pairs; edits ${s.followUps.edits.landed} landed, ${s.followUps.edits.partly} partly, ${s.followUps.edits.missed} missed`,
    ...Object.entries(s.followUps.droppedEarlierByTurn).map(([turn, b]) => `  at message ${turn}: ${b.dropped} of ${b.constraints} earlier constraints dropped`),
    '',
    'worst examples:',
    ...s.worst.map((w) => `  ${w.problems} problems — ${w.userText.replace(/\s+/g, ' ').slice(0, 90)}\n    ${w.issues.join('; ')}`),
  ];
  if (dir) lines.push('', `reports written to ${dir}: summary.json, report.md, constraints.csv, pairs.jsonl`);
  return `${lines.join('\n')}\n`;
}

function markdown(s: AuditSummary): string {
  return [
    '# PromptLoss audit of a ChatGPT export', '',
    `- Conversations: ${s.conversations}`, `- Image generations: ${s.pairs}`, `- With a rewritten prompt: ${s.withRewrite}`,
    `- Without a prompt: ${Object.entries(s.withoutPrompt).map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}`, '',
    '## Loss rate per constraint kind', '', '| kind | constraints | lost | altered | unbound | loss rate |', '|---|---|---|---|---|---|',
    ...Object.entries(s.perKind).filter(([, b]) => b.total).map(([kind, b]) => `| ${kind} | ${b.total} | ${b.lost} | ${b.altered} | ${b.unbound} | ${pct(b.lossRate)} |`), '',
    '## Follow-up turns', '', `${s.followUps.pairs} pairs; edits ${s.followUps.edits.landed} landed, ${s.followUps.edits.partly} partly, ${s.followUps.edits.missed} missed.`, '',
    ...Object.entries(s.followUps.droppedEarlierByTurn).map(([turn, b]) => `- message ${turn}: ${b.dropped} of ${b.constraints} earlier constraints dropped`), '',
    '## Worst examples', '',
    ...s.worst.map((w) => `- **${w.problems} problems** — ${w.userText.replace(/\s+/g, ' ').replace(/\|/g, '\\|')}\n  - ${w.issues.join('\n  - ')}`), '',
  ].join('\n');
}
