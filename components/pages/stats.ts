import { CONSTRAINT_KINDS, type ConstraintKind } from '@/lib/engine/schema';
import type { HistoryEntry } from '@/lib/store/history';

/** The numbers behind the history charts. Only pairs compared with a rewrite count: they are the ones with losses. */
export interface KindStat {
  kind: ConstraintKind;
  total: number;
  lost: number;
  altered: number;
  /** (lost + altered) / total */
  rate: number;
}

const compared = (entries: readonly HistoryEntry[]) => entries.filter((entry) => entry.compare === 'rewrite');

/** Per constraint kind: how many constraints there were and how many were lost or altered. Worst first. */
export function lossByKind(entries: readonly HistoryEntry[]): KindStat[] {
  const stats = new Map<ConstraintKind, KindStat>(CONSTRAINT_KINDS.map((kind) => [kind, { kind, total: 0, lost: 0, altered: 0, rate: 0 }]));
  for (const entry of compared(entries)) {
    for (const c of entry.analysis.constraints) {
      const stat = stats.get(c.kind)!;
      stat.total++;
      const status = c.status ?? 'lost';
      if (status === 'lost') stat.lost++;
      else if (status === 'altered') stat.altered++;
    }
  }
  return [...stats.values()]
    .filter((stat) => stat.total > 0)
    .map((stat) => ({ ...stat, rate: (stat.lost + stat.altered) / stat.total }))
    .sort((a, b) => b.rate - a.rate || b.total - a.total || CONSTRAINT_KINDS.indexOf(a.kind) - CONSTRAINT_KINDS.indexOf(b.kind));
}

export interface DayStat {
  /** YYYY-MM-DD in local time. */
  day: string;
  /** Local midnight of the day (ms). */
  start: number;
  pairs: number;
  /** Average over the day's pairs of (lost + altered) / constraints. */
  share: number;
}

export function dayKey(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Per day (by when the image was made): the average share of problem constraints. Days without pairs are absent. */
export function lossByDay(entries: readonly HistoryEntry[]): DayStat[] {
  const days = new Map<string, { start: number; sum: number; pairs: number }>();
  for (const entry of compared(entries)) {
    const constraints = entry.analysis.constraints;
    if (!constraints.length) continue;
    const bad = constraints.filter((c) => (c.status ?? 'lost') === 'lost' || c.status === 'altered').length;
    const key = dayKey(entry.createdAt);
    const date = new Date(entry.createdAt);
    const day = days.get(key) ?? { start: new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime(), sum: 0, pairs: 0 };
    day.sum += bad / constraints.length;
    day.pairs++;
    days.set(key, day);
  }
  return [...days.entries()]
    .map(([day, { start, sum, pairs }]) => ({ day, start, pairs, share: sum / pairs }))
    .sort((a, b) => a.start - b.start);
}
