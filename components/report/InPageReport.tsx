import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Lang } from '@/lib/i18n/strings';
import { t } from '@/lib/i18n/strings';
import { Badge, type BadgeState } from './Badge';
import { Report, type ReportProps } from './Report';

export interface InPageReportProps extends Omit<ReportProps, 'lang'> {
  lang: Lang;
  streaming: boolean;
  /** Which statuses the badge counts (a setting). */
  shown: Set<string>;
  onDeepResult?: (analysis: InPageReportProps['analysis']) => void;
  /** Runs the local image check now (on-demand mode). */
  checkImage?: () => void;
}

/** One report open at a time: opening a panel closes the one that was open. */
let closeOpenPanel: (() => void) | null = null;

/** The badge beside an image and, when opened, the report under it as an overlay (no layout shift). */
export function InPageReport(props: InPageReportProps) {
  const [open, setOpenState] = useState(false);
  const close = useCallback(() => setOpenState(false), []);
  const setOpen = useCallback((next: boolean) => {
    if (next) {
      if (closeOpenPanel !== close) closeOpenPanel?.();
      closeOpenPanel = close;
    } else if (closeOpenPanel === close) closeOpenPanel = null;
    setOpenState(next);
  }, [close]);
  useEffect(() => () => {
    if (closeOpenPanel === close) closeOpenPanel = null;
  }, [close]);
  const [deepAnalysis, setDeepAnalysis] = useState<{ base: unknown; analysis: InPageReportProps['analysis'] } | null>(null);
  // A deep result belongs to the analysis it was made from; a new local analysis drops it.
  const analysis = deepAnalysis && deepAnalysis.base === props.analysis ? deepAnalysis.analysis : props.analysis;
  const panel = useRef<HTMLDivElement>(null);
  const anchor = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ top: number; left: number; maxHeight: number } | null>(null);
  // The panel is fixed to the viewport under the badge, so no container of the page can clip it.
  const measure = useCallback(() => {
    const box = anchor.current?.getBoundingClientRect();
    if (!box) return;
    const width = Math.min(760, window.innerWidth * 0.88);
    const left = Math.max(8, Math.min(box.left, window.innerWidth - width - 8));
    const below = box.bottom + 6;
    const maxHeight = Math.max(240, window.innerHeight - below - 12);
    setPlace({ top: maxHeight > 240 ? below : Math.max(8, window.innerHeight - 252), left, maxHeight });
  }, []);
  useLayoutEffect(() => {
    if (!open) return;
    measure();
    window.addEventListener('scroll', measure, true);
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('scroll', measure, true);
      window.removeEventListener('resize', measure);
    };
  }, [open, measure]);
  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);
  const state: BadgeState = props.streaming
    ? { kind: 'analyzing' }
    : props.capture === 'unknown'
      ? { kind: 'unknown' }
      : props.capture === 'failed'
        ? { kind: 'failed' }
      : { kind: 'summary', summary: props.analysis.summary, compare: props.compare, constraints: props.analysis.constraints.length, image: imageCounts(analysis) };
  return (
    <div className="pl-root pl-anchor" ref={anchor} onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <Badge lang={props.lang} state={state} open={open} onToggle={() => setOpen(!open)} shown={props.shown} />
      {open && !props.streaming ? (
        <div className="pl-panel" ref={panel} tabIndex={-1} role="dialog" aria-label={t(props.lang, 'reportTitle')}
          style={place ? { top: place.top, left: place.left, maxHeight: place.maxHeight } : undefined}>
          <button type="button" className="pl-close" aria-label={t(props.lang, 'close')} onClick={() => setOpen(false)}>
            ×
          </button>
          <Report {...props} analysis={analysis} onDeepResult={(result) => {
            setDeepAnalysis({ base: props.analysis, analysis: result });
            props.onDeepResult?.(result);
          }} />
        </div>
      ) : null}
    </div>
  );
}

function imageCounts(analysis: InPageReportProps['analysis']): Record<string, number> | undefined {
  const checked = analysis.constraints.filter((c) => c.image);
  if (!checked.length) return undefined;
  const counts: Record<string, number> = {};
  for (const c of checked) counts[c.image!.verdict] = (counts[c.image!.verdict] ?? 0) + 1;
  return counts;
}
