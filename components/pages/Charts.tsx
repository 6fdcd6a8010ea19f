import { useId } from 'react';
import { t, type Lang, type StringKey } from '@/lib/i18n/strings';
import { pt } from '@/lib/i18n/pages';
import type { ConstraintKind } from '@/lib/engine/schema';
import { formatDate } from './common';
import type { DayStat, KindStat } from './stats';

export const KIND_LABEL: Record<ConstraintKind, StringKey> = {
  object: 'kindObject', count: 'kindCount', attribute: 'kindAttribute', position: 'kindPosition', relation: 'kindRelation',
  text: 'kindText', lighting: 'kindLighting', negation: 'kindNegation', style: 'kindStyle', camera: 'kindCamera', aspect: 'kindAspect',
};

const pct = (share: number) => Math.round(share * 100);

/** Horizontal bars: per kind, the share of constraints lost (red) and altered (amber), with the counts beside. */
export function KindChart({ lang, stats }: { lang: Lang; stats: KindStat[] }) {
  const id = useId();
  const W = 520;
  const ROW = 28;
  const LABEL = 130;
  const VALUE = 112;
  const BAR = W - LABEL - VALUE - 8;
  const H = Math.max(ROW, stats.length * ROW) + 4;
  const rows = stats.map((s) => ({ ...s, label: t(lang, KIND_LABEL[s.kind]) }));
  return (
    <figure className="pl-chart" data-chart="kinds" aria-labelledby={`${id}-t`}>
      <figcaption>
        <h2 id={`${id}-t`} className="pl-chart-title">{pt(lang, 'chartKindTitle')}</h2>
        <p className="pl-muted pl-small">{pt(lang, 'chartKindHint')}</p>
      </figcaption>
      {rows.length ? (
        <>
          <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${id}-t ${id}-d`} className="pl-svg">
            <desc id={`${id}-d`}>
              {rows.map((r) => pt(lang, 'chartKindRow', { kind: r.label, bad: r.lost + r.altered, total: r.total, pct: pct(r.rate) })).join('; ')}
            </desc>
            {rows.map((r, index) => {
              const y = index * ROW + 4;
              const lostW = (r.lost / r.total) * BAR;
              const alteredW = (r.altered / r.total) * BAR;
              return (
                <g key={r.kind} data-kind={r.kind} data-rate={pct(r.rate)}>
                  <title>{pt(lang, 'chartKindRow', { kind: r.label, bad: r.lost + r.altered, total: r.total, pct: pct(r.rate) })}</title>
                  <text x={LABEL - 8} y={y + ROW / 2 - 2} textAnchor="end" dominantBaseline="middle" className="pl-svg-label">{r.label}</text>
                  <rect x={LABEL} y={y + 3} width={BAR} height={ROW - 12} rx={3} className="pl-svg-track" />
                  {lostW > 0 ? <rect x={LABEL} y={y + 3} width={lostW} height={ROW - 12} rx={3} className="pl-svg-lost" /> : null}
                  {alteredW > 0 ? <rect x={LABEL + lostW} y={y + 3} width={alteredW} height={ROW - 12} rx={lostW > 0 ? 0 : 3} className="pl-svg-altered" /> : null}
                  <text x={LABEL + BAR + 8} y={y + ROW / 2 - 2} dominantBaseline="middle" className="pl-svg-value">
                    {pct(r.rate)}% · {r.lost + r.altered}/{r.total}
                  </text>
                </g>
              );
            })}
          </svg>
          <p className="pl-legend pl-small">
            <span><span className="pl-swatch pl-swatch-lost" aria-hidden="true" />{pt(lang, 'chartLegendLost')}</span>
            <span><span className="pl-swatch pl-swatch-altered" aria-hidden="true" />{pt(lang, 'chartLegendAltered')}</span>
          </p>
          <details className="pl-chart-table">
            <summary>{pt(lang, 'chartShowTable')}</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{pt(lang, 'chartColKind')}</th>
                  <th scope="col">{pt(lang, 'chartColLost')}</th>
                  <th scope="col">{pt(lang, 'chartColAltered')}</th>
                  <th scope="col">{pt(lang, 'chartColTotal')}</th>
                  <th scope="col">{pt(lang, 'chartColShare')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.kind}>
                    <th scope="row">{r.label}</th>
                    <td>{r.lost}</td>
                    <td>{r.altered}</td>
                    <td>{r.total}</td>
                    <td>{pct(r.rate)}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      ) : (
        <p className="pl-muted">{pt(lang, 'chartNoData')}</p>
      )}
    </figure>
  );
}

const DAY = 86_400_000;
export const MAX_DAYS = 90;

/**
 * Columns per day. Over at most MAX_DAYS the axis is the calendar (days without pairs stay empty); over a longer span
 * only the days with pairs are drawn, the last MAX_DAYS of them, side by side.
 */
export function TimeChart({ lang, days: all }: { lang: Lang; days: DayStat[] }) {
  const id = useId();
  const first = all[0];
  const last = all.at(-1);
  const calendar = !first || !last || Math.round((last.start - first.start) / DAY) + 1 <= MAX_DAYS;
  const days = calendar ? all : all.slice(-MAX_DAYS);
  const firstStart = days[0]?.start ?? 0;
  const slots = calendar ? (last ? Math.round((last.start - firstStart) / DAY) + 1 : 0) : days.length;
  const W = 520;
  const H = 200;
  const left = 40;
  const right = 8;
  const top = 10;
  const bottom = 24;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const slot = slots ? plotW / slots : plotW;
  const colW = Math.max(2, Math.min(28, slot * 0.7));
  const position = (d: DayStat, index: number) => (calendar ? Math.round((d.start - firstStart) / DAY) : index);
  const label = (d: DayStat) => pt(lang, 'chartTimeDay', { date: formatDate(lang, d.start, false), pct: pct(d.share), n: d.pairs });
  const hint = [pt(lang, 'chartTimeHint'), ...(calendar ? [] : [pt(lang, 'chartDaysWithData', { n: days.length })])].join(lang === 'zh' ? '' : ' ');
  return (
    <figure className="pl-chart" data-chart="days" aria-labelledby={`${id}-t`}>
      <figcaption>
        <h2 id={`${id}-t`} className="pl-chart-title">{pt(lang, 'chartTimeTitle')}</h2>
        <p className="pl-muted pl-small">
          {hint}
        </p>
      </figcaption>
      {days.length ? (
        <>
          <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${id}-t ${id}-d`} className="pl-svg">
            <desc id={`${id}-d`}>{days.map(label).join('; ')}</desc>
            {[0, 0.5, 1].map((tick) => {
              const y = top + plotH * (1 - tick);
              return (
                <g key={tick}>
                  <line x1={left} x2={W - right} y1={y} y2={y} className="pl-svg-grid" />
                  <text x={left - 6} y={y} textAnchor="end" dominantBaseline="middle" className="pl-svg-axis">{pct(tick)}%</text>
                </g>
              );
            })}
            {days.map((d, i) => {
              const x = left + position(d, i) * slot + (slot - colW) / 2;
              const h = Math.max(d.share > 0 ? 2 : 1, d.share * plotH);
              return (
                <rect key={d.day} data-day={d.day} data-share={pct(d.share)} x={x} y={top + plotH - h} width={colW} height={h} rx={Math.min(3, colW / 3)} className="pl-svg-col">
                  <title>{label(d)}</title>
                </rect>
              );
            })}
            <text x={left} y={H - 6} className="pl-svg-axis">{formatDate(lang, firstStart, false)}</text>
            {slots > 1 ? (
              <text x={W - right} y={H - 6} textAnchor="end" className="pl-svg-axis">{formatDate(lang, last!.start, false)}</text>
            ) : null}
          </svg>
          <details className="pl-chart-table">
            <summary>{pt(lang, 'chartShowTable')}</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{pt(lang, 'chartColDay')}</th>
                  <th scope="col">{pt(lang, 'chartColPairs')}</th>
                  <th scope="col">{pt(lang, 'chartColShare')}</th>
                </tr>
              </thead>
              <tbody>
                {[...days].reverse().map((d) => (
                  <tr key={d.day}>
                    <th scope="row">{formatDate(lang, d.start, false)}</th>
                    <td>{d.pairs}</td>
                    <td>{pct(d.share)}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      ) : (
        <p className="pl-muted">{pt(lang, 'chartNoData')}</p>
      )}
    </figure>
  );
}
