import { useId, useState } from 'react';
import type { Lang } from '@/lib/i18n/strings';
import { pt } from '@/lib/i18n/pages';
import { entriesToCsv, entriesToJson, entriesToMarkdown, exportFileName } from '@/lib/store/export-history';
import type { HistoryEntry } from '@/lib/store/history';
import { downloadText } from './copy';

type Format = 'json' | 'md' | 'csv';
const FORMATS: { format: Format; key: 'exportJson' | 'exportMarkdown' | 'exportCsv'; short: string; type: string }[] = [
  { format: 'json', key: 'exportJson', short: 'JSON', type: 'application/json' },
  { format: 'md', key: 'exportMarkdown', short: 'Markdown', type: 'text/markdown;charset=utf-8' },
  { format: 'csv', key: 'exportCsv', short: 'CSV', type: 'text/csv;charset=utf-8' },
];

/** Three download buttons for the given entries: JSON, Markdown, CSV (with a BOM so spreadsheets read Chinese). */
export function ExportButtons({ lang, entries, label, compact = false }: {
  lang: Lang;
  entries: () => Promise<HistoryEntry[]>;
  label?: string;
  compact?: boolean;
}) {
  const id = useId();
  const [status, setStatus] = useState('');
  const run = async (format: Format, type: string) => {
    try {
      const list = await entries();
      if (!list.length) {
        setStatus(pt(lang, 'exportNothing'));
        return;
      }
      const text = format === 'json' ? entriesToJson(list) : format === 'md' ? entriesToMarkdown(list, { lang }) : `\uFEFF${entriesToCsv(list)}`;
      downloadText(text, exportFileName(format), type);
      setStatus(pt(lang, 'exportDone', { n: list.length }));
    } catch (error) {
      setStatus(pt(lang, 'loadFailed', { error: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <div className={`pl-export${compact ? ' pl-export-compact' : ''}`} role="group" aria-labelledby={label ? `${id}-l` : undefined}>
      {label ? <span id={`${id}-l`} className="pl-small pl-muted">{label}</span> : null}
      {FORMATS.map(({ format, key, short, type }) => (
        <button key={format} type="button" className="pl-button" data-export={format} onClick={() => void run(format, type)}>
          {compact ? short : pt(lang, key)}
        </button>
      ))}
      <span role="status" className="pl-small pl-status" data-export-status="">{status}</span>
    </div>
  );
}
