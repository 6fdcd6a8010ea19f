import type { ConstraintKind } from '@/lib/engine/schema';
import { statusOf } from '@/lib/store/export-history';
import type { HistoryEntry, Site } from '@/lib/store/history';

/** What the history page shows: a text search, a site, a status and a constraint kind. Pure. */
export type StatusFilter = 'all' | 'lost' | 'altered' | 'unbound' | 'kept';
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'lost', 'altered', 'unbound', 'kept'];

export interface HistoryFilter {
  query: string;
  site: Site | 'all';
  status: StatusFilter;
  kind: ConstraintKind | 'all';
}

export const NO_FILTER: HistoryFilter = { query: '', site: 'all', status: 'all', kind: 'all' };

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase();

/** The words a search looks in: the prompt (and earlier messages), the rewrite or plan, the image title. */
const haystacks = new WeakMap<HistoryEntry, string>();
function haystack(entry: HistoryEntry): string {
  const cached = haystacks.get(entry);
  if (cached !== undefined) return cached;
  const text = fold([entry.userText, ...entry.previous, entry.rewrite ?? entry.analysis.rewritten, entry.title ?? ''].join('\n'));
  haystacks.set(entry, text);
  return text;
}

/**
 * Whether an entry passes the filter. Every word of the query must occur. With a kind chosen, the status applies to
 * the constraints of that kind: "has lost" + "Counts" = a count was lost. "All kept" needs a comparison and at least
 * one constraint.
 */
export function matchesFilter(entry: HistoryEntry, filter: HistoryFilter): boolean {
  if (filter.site !== 'all' && entry.site !== filter.site) return false;
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  if (words.length) {
    const text = haystack(entry);
    if (!words.every((word) => text.includes(word))) return false;
  }
  const considered = filter.kind === 'all' ? entry.analysis.constraints : entry.analysis.constraints.filter((c) => c.kind === filter.kind);
  if (filter.kind !== 'all' && !considered.length) return false;
  if (filter.status === 'all') return true;
  if (entry.compare === 'none') return false;
  if (filter.status === 'kept') return considered.length > 0 && considered.every((c) => statusOf(entry, c) === 'kept');
  return considered.some((c) => statusOf(entry, c) === filter.status);
}

export function filterEntries(entries: readonly HistoryEntry[], filter: HistoryFilter): HistoryEntry[] {
  return entries.filter((entry) => matchesFilter(entry, filter));
}

/** Newest first by when the image was made (imports keep their own dates). */
export function byNewest(entries: readonly HistoryEntry[]): HistoryEntry[] {
  return [...entries].sort((a, b) => b.createdAt - a.createdAt || b.capturedAt - a.capturedAt);
}
