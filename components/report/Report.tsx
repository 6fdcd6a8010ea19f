import { useMemo, useState } from 'react';
import { repair } from '@/lib/engine/repair';
import type { Analysis, Constraint, ConstraintKind } from '@/lib/engine/schema';
import { CONSTRAINT_KINDS } from '@/lib/engine/schema';
import { KIND_LABEL, PLAN_LABEL, STATUS_LABEL, t, type Lang, type StringKey } from '@/lib/i18n/strings';
import { DeepActions, type DeepBridge } from './DeepActions';
import { describeConstraint } from './describe';
import { Highlighted, type Mark } from './Highlighted';

export type CaptureClass = 'rewrite' | 'no-prompt' | 'skipped' | 'failed' | 'hidden-context' | 'unknown' | 'plan';

export interface ReportProps {
  lang: Lang;
  capture: CaptureClass;
  /** What the constraints were compared with: the rewrite, the model's plan (thinking/answer), or nothing. */
  compare: 'rewrite' | 'plan' | 'none';
  messageId: string;
  analysis: Analysis;
  hiddenContext?: string[];
  title?: string | null;
  thoughts?: string | null;
  diagnostics?: string;
  copy: (text: string) => Promise<void>;
  /** Puts a message into the site's composer without sending it; false when the composer is not found. */
  askAgain?: (text: string) => boolean;
  /** Puts the structured prompt into the site's input box without sending it. */
  structuredToInput?: (text: string) => boolean;
  /** The user's own ticks while looking at the image, by constraint id. */
  checked?: Record<string, boolean>;
  onCheck?: (id: string, checked: boolean) => void;
  /** The opt-in Gemini analysis, when the site UI offers it. */
  deep?: DeepBridge;
  onDeepResult?: (analysis: Analysis) => void;
  /** Runs the local image check (text in the image, format) now. */
  checkImage?: () => void;
  /** The earlier image a follow-up points at ("the second one"), and how to show it. */
  refersTo?: { n: number; show: () => void };
}


const CAPTURE_NOTE: Partial<Record<CaptureClass, StringKey>> = {
  'no-prompt': 'captureNoPrompt', skipped: 'captureSkipped', failed: 'captureFailed', 'hidden-context': 'captureHidden',
  unknown: 'captureUnknown',
};

/** The full report of one generation; the same component in the page, the popup and the history. */
export function Report(props: ReportProps) {
  const { lang, analysis, capture, compare } = props;
  const hasRewrite = compare === 'rewrite';
  const compared = compare !== 'none';
  const labels = compare === 'plan' ? PLAN_LABEL : STATUS_LABEL;
  const [notice, setNotice] = useState<string | null>(null);
  const fixed = useMemo(() => (hasRewrite ? repair(analysis) : null), [analysis, hasRewrite]);
  const counts = analysis.summary;
  const byKind = useMemo(() => {
    const groups = new Map<ConstraintKind, Constraint[]>();
    for (const kind of CONSTRAINT_KINDS) groups.set(kind, []);
    for (const c of analysis.constraints) groups.get(c.kind)!.push(c);
    return [...groups.entries()].filter(([, list]) => list.length);
  }, [analysis]);
  const status = (c: Constraint) => (compared ? c.status ?? 'lost' : 'unchecked');
  // Constraints of earlier messages have spans in those messages: only the latest message is highlighted.
  const latestTurn = Math.max(-1, ...analysis.constraints.map((c) => c.turn ?? -1));
  const originalMarks: Mark[] = analysis.constraints
    .filter((c) => c.turn === undefined || c.turn === latestTurn)
    .map((c) => ({ span: c.span, status: status(c), title: describeConstraint(c) }));
  const edits = analysis.constraints.filter((c) => c.edit);
  const dropped = analysis.constraints.filter((c) => !c.edit && c.turn !== undefined && c.turn < latestTurn && c.status && c.status !== 'kept');
  const rewriteMarks: Mark[] = analysis.constraints
    .filter((c) => c.evidence)
    .map((c) => ({ span: c.evidence!.span, status: status(c), title: describeConstraint(c) }));
  const flash = (key: StringKey) => {
    setNotice(t(lang, key));
    setTimeout(() => setNotice(null), 2500);
  };
  const structured = fixed?.structured ?? repair(analysis).structured;
  const askText = `${t(lang, 'askAgainMessage')}\n${analysis.constraints.map((c) => `- ${describeConstraint(c)}`).join('\n')}`;

  return (
    <section
      className="pl-report"
      aria-label={t(lang, 'reportTitle')}
      data-promptloss-report=""
      data-kept={compared ? counts.kept : 0}
      data-altered={compared ? counts.altered : 0}
      data-unbound={compared ? counts.unbound : 0}
      data-lost={compared ? counts.lost : 0}
      data-message-id={props.messageId}
      data-capture={capture}
      data-compare={compare}
      {...(hasRewrite ? {} : { 'data-no-rewrite': '' })}
    >
      {CAPTURE_NOTE[capture] ? <p className="pl-note">{t(lang, CAPTURE_NOTE[capture]!)}</p> : null}
      {props.title ? <p className="pl-muted">{t(lang, 'imageTitle')}: {props.title}</p> : null}
      {capture === 'hidden-context' && props.hiddenContext?.length ? (
        <blockquote className="pl-hidden">{props.hiddenContext.join('\n')}</blockquote>
      ) : null}
      {compare === 'plan' ? <p className="pl-muted">{t(lang, 'planNote')}</p> : null}
      {analysis.conversation?.startedFresh ? <p className="pl-muted">{t(lang, 'startedFresh')}</p> : null}
      {props.refersTo ? (
        <p>
          <button type="button" className="pl-link-button" data-action="show-referenced" onClick={() => props.refersTo?.show()}>
            {t(lang, 'refersTo', { n: props.refersTo.n })}
          </button>
        </p>
      ) : null}
      {compared && edits.length ? (
        <div className="pl-edit" data-promptloss-edit="">
          <h3>{t(lang, 'yourChange')}</h3>
          <ul>
            {edits.map((c) => (
              <li key={c.id} className="pl-row">
                <span className="pl-what">{describeConstraint(c)}</span>
                <span className={`pl-chip pl-${c.status}`}>
                  {t(lang, c.status === 'kept' ? 'editLanded' : c.status === 'lost' ? 'editMissed' : 'editPartly')}
                </span>
                {c.found ? <span className="pl-evidence">{t(lang, 'says')} “{c.found}”</span> : null}
              </li>
            ))}
          </ul>
          {dropped.length ? (
            <p className="pl-muted">
              {t(lang, 'earlierDropped')} {dropped.map((c) => `${describeConstraint(c)} (${t(lang, 'turnLabel', { n: (c.turn ?? 0) + 1 })})`).join(' · ')}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className={compared ? 'pl-sides' : ''}>
        <div>
          <h3>{t(lang, 'yourPrompt')}</h3>
          <Highlighted text={analysis.original} marks={originalMarks} />
        </div>
        {compared ? (
          <div>
            <h3>{t(lang, hasRewrite ? 'theRewrite' : 'thePlan')}</h3>
            <Highlighted text={analysis.rewritten} marks={rewriteMarks} />
          </div>
        ) : null}
      </div>
      {props.thoughts && compare !== 'plan' ? (
        <details>
          <summary>{t(lang, 'thoughts')}</summary>
          <p className="pl-text">{props.thoughts}</p>
        </details>
      ) : null}
      <h3>{t(lang, 'constraints')}</h3>
      {props.onCheck ? <p className="pl-muted">{t(lang, 'checklistHint')}</p> : null}
      {byKind.map(([kind, list]) => (
        <div key={kind} className="pl-group">
          <h4>{t(lang, KIND_LABEL[kind])}</h4>
          <ul>
            {list.map((c) => {
              const s = status(c);
              return (
                <li key={c.id} data-promptloss-constraint="" data-kind={c.kind} data-status={s} className={`pl-row pl-${s}`}>
                  {props.onCheck ? (
                    <input
                      type="checkbox"
                      aria-label={describeConstraint(c)}
                      data-check={c.id}
                      checked={props.checked?.[c.id] ?? false}
                      onChange={(event) => props.onCheck?.(c.id, event.target.checked)}
                    />
                  ) : null}
                  <span className={`pl-chip pl-${s}`}>{t(lang, labels[s]!)}</span>
                  <span className="pl-what">{describeConstraint(c)}</span>
                  {compared ? (
                    <span className="pl-evidence">
                      {c.status === 'lost' ? t(lang, compare === 'plan' ? 'noEvidencePlan' : 'noEvidence') : c.found ? `${t(lang, c.status === 'unbound' ? 'movedTo' : 'says')} “${c.found}”` : c.evidence ? `“${c.evidence.text}”` : ''}
                    </span>
                  ) : null}
                  {c.rationale ? <span className="pl-muted" data-rationale="">{c.rationale}</span> : null}
                  {c.localStatus ? (
                    <span className="pl-disagree" data-local-status={c.localStatus}>
                      {t(lang, 'deepLocal', { status: t(lang, labels[c.localStatus] ?? 'statusLost') })}
                    </span>
                  ) : null}
                  {c.image ? (
                    <span className={`pl-image pl-${c.image.verdict}`} data-image-verdict={c.image.verdict} title={c.image.rationale}>
                      {t(lang, 'inImage', { verdict: `${c.image.verdict}${c.image.read ? ` “${c.image.read}”` : ''}` })}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {hasRewrite && analysis.additions.length ? (
        <>
          <h3>{t(lang, 'additions')}</h3>
          <p className="pl-additions">{analysis.additions.map((a) => a.value).join(' · ')}</p>
        </>
      ) : null}
      {compared ? (
        <p className="pl-muted">
          {t(lang, 'fidelity', { pct: Math.round(counts.fidelity * 100) })} · {t(lang, 'dilution', { pct: Math.round(counts.dilution * 100) })}
        </p>
      ) : null}
      <div className="pl-actions">
        {fixed ? (
          <button type="button" data-action="copy-repaired" onClick={() => void props.copy(fixed.repaired).then(() => flash('copied'))}>
            {t(lang, 'copyRepaired')}
          </button>
        ) : null}
        <button type="button" data-action="copy-structured" onClick={() => void props.copy(structured).then(() => flash('copied'))}>
          {t(lang, 'copyStructured')}
        </button>
        {props.structuredToInput ? (
          <button type="button" data-action="structured-to-input" onClick={() => props.structuredToInput?.(structured) && flash('askAgainDone')}>
            {t(lang, 'structuredToInput')}
          </button>
        ) : null}
        {props.checkImage ? (
          <button type="button" data-action="check-image" onClick={() => props.checkImage?.()}>
            {t(lang, 'checkImage')}
          </button>
        ) : null}
        {props.askAgain ? (
          <button type="button" data-action="ask-again" onClick={() => props.askAgain?.(askText) && flash('askAgainDone')}>
            {t(lang, 'askAgain')}
          </button>
        ) : null}
        {props.diagnostics ? (
          <button type="button" data-action="copy-diagnostics" onClick={() => void props.copy(props.diagnostics!).then(() => flash('copied'))}>
            {t(lang, 'copyDiagnostics')}
          </button>
        ) : null}
        <span role="status" className="pl-notice">{notice}</span>
      </div>
      {props.deep && props.onDeepResult ? <DeepActions lang={lang} deep={props.deep} analysis={analysis} onResult={props.onDeepResult} /> : null}
    </section>
  );
}
