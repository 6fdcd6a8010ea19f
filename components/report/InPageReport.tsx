import { useEffect, useRef, useState } from 'react';
import type { Lang } from '@/lib/i18n/strings';
import { t } from '@/lib/i18n/strings';
import { Badge, type BadgeState } from './Badge';
import { Report, type ReportProps } from './Report';

export interface InPageReportProps extends Omit<ReportProps, 'lang'> {
  lang: Lang;
  streaming: boolean;
  /** Which statuses the badge counts (a setting). */
  shown: Set<string>;
}

/** The badge beside an image and, when opened, the report under it as an overlay (no layout shift). */
export function InPageReport(props: InPageReportProps) {
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);
  const state: BadgeState = props.streaming
    ? { kind: 'analyzing' }
    : props.capture === 'unknown'
      ? { kind: 'unknown' }
      : props.capture === 'failed'
        ? { kind: 'failed' }
      : { kind: 'summary', summary: props.analysis.summary, compare: props.compare, constraints: props.analysis.constraints.length };
  return (
    <div className="pl-root pl-anchor" onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <Badge lang={props.lang} state={state} open={open} onToggle={() => setOpen(!open)} shown={props.shown} />
      {open && !props.streaming ? (
        <div className="pl-panel" ref={panel} tabIndex={-1} role="dialog" aria-label={t(props.lang, 'reportTitle')}>
          <button type="button" className="pl-close" aria-label={t(props.lang, 'close')} onClick={() => setOpen(false)}>
            ×
          </button>
          <Report {...props} />
        </div>
      ) : null}
    </div>
  );
}
