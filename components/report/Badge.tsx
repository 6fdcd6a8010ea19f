import { PLAN_LABEL, STATUS_LABEL, t, type Lang } from '@/lib/i18n/strings';
import type { Summary } from '@/lib/engine/schema';

export type BadgeState = { kind: 'analyzing' } | { kind: 'failed' } | { kind: 'unknown' } |
  { kind: 'summary'; summary: Summary; compare: 'rewrite' | 'plan' | 'none'; constraints: number; image?: Record<string, number> };

/** The compact badge beside an image: "2 lost · 1 altered · 9 kept", coloured by the worst status. */
export function Badge({ lang, state, open, onToggle, shown }: {
  lang: Lang; state: BadgeState; open: boolean; onToggle: () => void; shown: Set<string>;
}) {
  let label: string;
  let severity = 'kept';
  if (state.kind === 'analyzing') {
    label = t(lang, 'analyzing');
    severity = 'pending';
  } else if (state.kind === 'failed') {
    label = t(lang, 'badgeFailed');
    severity = 'unknown';
  } else if (state.kind === 'unknown') {
    label = t(lang, 'captureUnknown');
    severity = 'unknown';
  } else if (state.compare === 'none') {
    label = t(lang, 'badgeNoRewrite', { n: state.constraints });
    severity = 'unchecked';
  } else {
    const s = state.summary;
    const parts = (['lost', 'altered', 'unbound', 'kept'] as const)
      .filter((status) => s[status] > 0 && shown.has(status))
      .map((status) => `${s[status]} ${t(lang, (state.compare === 'plan' ? PLAN_LABEL : STATUS_LABEL)[status]!)}`);
    label = parts.length ? parts.join(' · ') : t(lang, 'badgeClean', { n: state.constraints });
    severity = s.altered ? 'altered' : s.lost ? (state.compare === 'plan' ? 'unbound' : 'lost') : s.unbound ? 'unbound' : 'kept';
    if (state.compare === 'rewrite' && s.lost) severity = 'lost';
  }
  // The image's own check (text read, format) counts too: for calls with no rewrite it is the only automatic check.
  if (state.kind === 'summary' && state.image) {
    const parts = ['altered', 'lost', 'unverified', 'kept'].filter((v) => state.image![v]).map((v) => `${state.image![v]} ${v}`);
    if (parts.length) label += ` · ${t(lang, 'badgeImage', { counts: parts.join(', ') })}`;
    if (state.image.altered || state.image.lost) severity = severity === 'kept' || severity === 'unchecked' ? 'altered' : severity;
  }
  return (
    <button type="button" className={`pl-badge pl-sev-${severity}`} aria-expanded={open} onClick={onToggle} data-promptloss-badge={severity}>
      <span className="pl-dot" aria-hidden="true" />
      {label}
    </button>
  );
}
