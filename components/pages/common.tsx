import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Report, type CaptureClass } from '@/components/report/Report';
import { t, type Lang, type StringKey } from '@/lib/i18n/strings';
import { pt } from '@/lib/i18n/pages';
import { siteName } from '@/lib/store/export-history';
import type { HistoryEntry } from '@/lib/store/history';
import { copyText } from './copy';

export { siteName };

/** A date and time in the UI language: "3 Aug 2024, 14:03" / "2024年8月3日 14:03". */
export function formatDate(lang: Lang, ms: number, withTime = true): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric', month: 'short', day: 'numeric', ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  }).format(ms);
}

const STATUS_WORD: Record<'lost' | 'altered' | 'unbound' | 'kept', StringKey> = {
  lost: 'statusLost', altered: 'statusAltered', unbound: 'statusUnbound', kept: 'statusKept',
};
const PLAN_WORD: Record<'lost' | 'altered' | 'unbound' | 'kept', StringKey> = {
  lost: 'planNotMentioned', altered: 'planContradicted', unbound: 'planDetached', kept: 'planMentioned',
};

/** "2 lost · 1 altered · 9 kept" as small labelled counts; every status is named, not only coloured. */
export function CountChips({ lang, entry }: { lang: Lang; entry: Pick<HistoryEntry, 'compare' | 'analysis'> }) {
  const s = entry.analysis.summary;
  const total = entry.analysis.constraints.length;
  if (entry.compare === 'none') {
    return <span className="pl-counts pl-muted">{pt(lang, 'notCompared', { n: total })}</span>;
  }
  if (!total) return <span className="pl-counts pl-muted">{pt(lang, 'noConstraints')}</span>;
  const words = entry.compare === 'plan' ? PLAN_WORD : STATUS_WORD;
  return (
    <span className="pl-counts" data-counts={`${s.lost}/${s.altered}/${s.unbound}/${s.kept}`}>
      {(['lost', 'altered', 'unbound', 'kept'] as const)
        .filter((status) => s[status] > 0)
        .map((status) => (
          <span key={status} className={`pl-count pl-count-${status}`}>
            <span className="pl-count-dot" aria-hidden="true" />
            {s[status]} {t(lang, words[status])}
          </span>
        ))}
    </span>
  );
}

/** Report accepts the capture classes of a live page; a stored 'plan' or 'manual' entry needs no note. */
export function reportCapture(capture: HistoryEntry['capture']): CaptureClass {
  return capture === 'plan' || capture === 'manual' ? 'rewrite' : capture;
}

/** The same report as in the page, for a stored entry; the checklist is kept when nothing was compared. */
export function EntryReport({ lang, entry, onChecks }: {
  lang: Lang;
  entry: HistoryEntry;
  onChecks?: (checks: Record<string, boolean>) => void;
}) {
  const [checks, setChecks] = useState(entry.checks);
  useEffect(() => setChecks(entry.checks), [entry]);
  const checklist = entry.compare !== 'rewrite' && onChecks;
  return (
    <Report
      lang={lang}
      capture={reportCapture(entry.capture)}
      compare={entry.compare}
      messageId={entry.id}
      analysis={entry.analysis}
      title={entry.title}
      copy={copyText}
      {...(checklist
        ? {
            checked: checks,
            onCheck: (id: string, value: boolean) => {
              const next = { ...checks, [id]: value };
              setChecks(next);
              onChecks(next);
            },
          }
        : {})}
    />
  );
}

/** A short one-line excerpt of a prompt. */
export function excerpt(lang: Lang, text: string, max = 160): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (!line) return pt(lang, 'noText');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Calls `onChange` when the stored history changes (debounced), so open pages follow new captures. */
export function useHistoryChanges(onChange: () => void): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local' || !Object.keys(changes).some((key) => key.startsWith('history.'))) return;
      clearTimeout(timer);
      timer = setTimeout(onChange, 250);
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      clearTimeout(timer);
      browser.storage.onChanged.removeListener(listener);
    };
  }, [onChange]);
}
