import { z } from 'zod';
import type { Constraint } from '../engine/schema';
import { KIND_LABEL, PLAN_LABEL, STATUS_LABEL, t, type Lang } from '../i18n/strings';
import { pt } from '../i18n/pages';
import { HistoryEntry } from './history';
import { describeConstraint as describe } from '../../components/report/describe';

/**
 * The history as files a person keeps: JSON (parses back into HistoryEntry[]), Markdown (to read) and CSV (one row per
 * constraint, RFC 4180). Pure: the page turns the text into a download.
 */

/** The status a constraint is shown with: nothing was compared → 'unchecked'; compared but unmatched → 'lost'. */
export function statusOf(entry: Pick<HistoryEntry, 'compare'>, constraint: Pick<Constraint, 'status'>): string {
  return entry.compare === 'none' ? 'unchecked' : (constraint.status ?? 'lost');
}

/** The words of the rewrite that carry the constraint, else what it says instead. */
export function evidenceOf(constraint: Pick<Constraint, 'evidence' | 'found'>): string {
  return constraint.evidence?.text ?? constraint.found ?? '';
}

/** A plain JSON array of entries, exactly the stored shape. */
export function entriesToJson(entries: readonly HistoryEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** Reads a JSON export back; throws a zod error naming the first bad field. */
export function entriesFromJson(text: string): HistoryEntry[] {
  return z.array(HistoryEntry).parse(JSON.parse(text.replace(/^\uFEFF/, '')));
}

const CSV_COLUMNS = ['entry_id', 'site', 'date', 'kind', 'subject', 'value', 'status', 'evidence', 'image'] as const;

/** One CSV field, quoted when it holds a comma, a quote, CR or LF (quotes doubled), as RFC 4180 says. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One row per constraint: entry id, site, date (ISO 8601, UTC), kind, subject, value, status, evidence. CRLF lines. */
export function entriesToCsv(entries: readonly HistoryEntry[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const entry of entries) {
    const date = new Date(entry.createdAt).toISOString();
    for (const c of entry.analysis.constraints) {
      rows.push([entry.id, entry.site, date, c.kind, c.subject, c.value, statusOf(entry, c), evidenceOf(c), imageOf(entry, c)].map(csvField).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** What the image itself showed for a constraint (local check or Gemini audit), as remembered with the entry. */
function imageOf(entry: HistoryEntry, c: Constraint): string {
  const checked = [entry.extra?.image, entry.extra?.deep]
    .map((analysis) => (analysis as { constraints?: Constraint[] } | undefined)?.constraints?.find((other) => other.id === c.id)?.image)
    .find(Boolean) ?? c.image;
  return checked ? `${checked.verdict}${checked.read ? ` (${checked.read})` : ''}` : '';
}


/** Text inside a Markdown table cell: no line breaks, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ').trim();
}

/** A quoted block; every line prefixed so blank lines stay inside it. */
function quote(text: string): string {
  return text.split(/\r?\n|\r/).map((line) => (line ? `> ${line}` : '>')).join('\n');
}

export function siteName(site: HistoryEntry['site'], lang: Lang): string {
  switch (site) {
    case 'chatgpt': return 'ChatGPT';
    case 'gemini': return 'Gemini';
    case 'import': return pt(lang, 'siteImport');
    case 'manual': return pt(lang, 'siteManual');
  }
}

/** A readable report of every entry: the prompt, what the model received, and each constraint with its status. */
export function entriesToMarkdown(entries: readonly HistoryEntry[], options: { lang?: Lang; exportedAt?: number } = {}): string {
  const lang = options.lang ?? 'en';
  const stamp = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  const out: string[] = [`# ${pt(lang, 'mdTitle')}`, ''];
  out.push(pt(lang, 'mdExported', { date: stamp(options.exportedAt ?? Date.now()), n: entries.length }), '');
  for (const entry of entries) {
    const s = entry.analysis.summary;
    out.push(`## ${stamp(entry.createdAt)} · ${siteName(entry.site, lang)}`, '');
    if (entry.title) out.push(`*${cell(entry.title)}*`, '');
    out.push(`\`${entry.id}\``, '');
    out.push(`**${t(lang, 'yourPrompt')}**`, '', quote(entry.userText || ' '), '');
    if (entry.compare !== 'none' && entry.analysis.rewritten) {
      out.push(`**${t(lang, entry.compare === 'rewrite' ? 'theRewrite' : 'thePlan')}**`, '', quote(entry.analysis.rewritten), '');
    }
    if (entry.compare === 'none') {
      out.push(pt(lang, 'mdNotCompared', { n: entry.analysis.constraints.length }), '');
    } else {
      const labels = entry.compare === 'plan' ? PLAN_LABEL : STATUS_LABEL;
      out.push(
        [
          `${s.lost} ${t(lang, labels.lost!)}`,
          `${s.altered} ${t(lang, labels.altered!)}`,
          `${s.unbound} ${t(lang, labels.unbound!)}`,
          `${s.kept} ${t(lang, labels.kept!)}`,
          t(lang, 'fidelity', { pct: Math.round(s.fidelity * 100) }),
        ].join(' · '),
        '',
      );
    }
    if (entry.analysis.constraints.length) {
      const labels = entry.compare === 'plan' ? PLAN_LABEL : STATUS_LABEL;
      out.push(`| ${pt(lang, 'mdKind')} | ${pt(lang, 'mdConstraint')} | ${pt(lang, 'mdStatus')} | ${pt(lang, 'mdEvidence')} |`);
      out.push('|---|---|---|---|');
      for (const c of entry.analysis.constraints) {
        const status = statusOf(entry, c);
        out.push(`| ${t(lang, KIND_LABEL[c.kind])} | ${cell(describe(c))} | ${t(lang, labels[status] ?? 'statusLost')} | ${cell(evidenceOf(c))} |`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}

/** The file name of an export: promptloss-history-2025-01-31.json */
export function exportFileName(format: 'json' | 'md' | 'csv', now = Date.now()): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `promptloss-history-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${format}`;
}
