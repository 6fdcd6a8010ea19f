import type { Analysis, Constraint } from '../engine/schema';

/** The readable report of the CLI: a table of constraints with status and evidence, then the summary. */
const MARK: Record<string, string> = { kept: '✔ kept', altered: '≠ altered', unbound: '⇄ unbound', lost: '✖ lost' };

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

export function describe(c: Constraint): string {
  const subject = c.qualifier ? `${c.qualifier} ${c.subject}` : c.subject;
  switch (c.kind) {
    case 'object': return c.subject;
    case 'relation': return `${c.subject} ${c.value} ${c.object ?? ''}`;
    case 'text': return `"${c.value}"${c.subject !== 'text' ? ` on ${c.subject}` : ''}`;
    case 'lighting': return c.value !== c.subject ? `${c.subject} from ${c.value}` : c.value;
    case 'negation': return `no ${c.subject}`;
    case 'style': case 'camera': case 'aspect': return c.value;
    default: return `${subject}: ${c.value}`;
  }
}

export function formatReport(analysis: Analysis): string {
  const rows = analysis.constraints.map((c) => [
    c.kind,
    clip(describe(c), 32),
    MARK[c.status ?? ''] ?? '',
    clip(c.status === 'lost' ? '—' : `${c.evidence?.text ?? ''}${c.found && c.found !== c.evidence?.text ? ` (says: ${c.found})` : ''}`, 48),
  ]);
  const header = ['kind', 'constraint', 'status', 'evidence in the rewrite'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => [...row[i]!].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  const s = analysis.summary;
  const out = [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)];
  if (!rows.length) out.push('(no constraints found in the original)');
  out.push('');
  out.push(`${s.kept} kept · ${s.altered} altered · ${s.unbound} unbound · ${s.lost} lost — fidelity ${(s.fidelity * 100).toFixed(0)}%, dilution ${(s.dilution * 100).toFixed(0)}% of the rewrite's words carry none of your constraints`);
  if (analysis.additions.length) out.push(`added by the rewrite: ${analysis.additions.map((a) => a.value).join(', ')}`);
  for (const warning of analysis.warnings ?? []) out.push(`warning: ${warning}`);
  return `${out.join('\n')}\n`;
}
