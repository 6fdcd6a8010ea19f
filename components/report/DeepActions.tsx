import { useState } from 'react';
import type { Analysis } from '@/lib/engine/schema';
import { t, type Lang } from '@/lib/i18n/strings';

/** What the page side knows of the deep analysis (never the key), and how to ask the background for it. */
export interface DeepBridge {
  mode: 'off' | 'on-demand' | 'automatic';
  consented: boolean;
  hasKey: boolean;
  consent(): Promise<void>;
  /** Each call starts from the analysis on screen, so a text check and an image audit add up. */
  analyze(current: Analysis): Promise<{ ok: boolean; analysis?: Analysis; error?: string }>;
  audit?: (current: Analysis) => Promise<{ ok: boolean; analysis?: Analysis; error?: string }>;
}

/** The deep-analysis buttons: consent before the first call, then the call, its result or a clear error. */
export function DeepActions({ lang, deep, analysis, onResult }: { lang: Lang; deep: DeepBridge; analysis: Analysis; onResult: (analysis: Analysis) => void }) {
  const [pending, setPending] = useState<null | 'analyze' | 'audit'>(null);
  const [asking, setAsking] = useState<null | 'analyze' | 'audit'>(null);
  const [error, setError] = useState<string | null>(null);
  const [consented, setConsented] = useState(deep.consented);
  if (deep.mode === 'off') return null;
  if (!deep.hasKey) return <p className="pl-muted" data-deep-state="no-key">{t(lang, 'deepNoKey')}</p>;
  /** The call itself, once consent is given: its result goes to the report, its failure is shown. */
  const call = async (which: 'analyze' | 'audit') => {
    setPending(which);
    setError(null);
    const result = await (which === 'analyze' ? deep.analyze(analysis) : deep.audit!(analysis)).catch(() => ({ ok: false, error: 'The background did not answer.' }));
    setPending(null);
    if (result.ok && 'analysis' in result && result.analysis) onResult(result.analysis);
    else setError(result.error ?? 'The deep analysis failed.');
  };
  const run = async (which: 'analyze' | 'audit', trusted: boolean) => {
    if (!trusted) return; // only a person's click starts a call
    if (!consented) setAsking(which);
    else await call(which);
  };
  return (
    <div className="pl-deep" data-deep-state={pending ? 'running' : error ? 'error' : 'ready'}>
      {asking ? (
        <div className="pl-note" role="alertdialog" aria-label={t(lang, 'deepConsentTitle')} data-deep-consent="">
          <strong>{t(lang, 'deepConsentTitle')}</strong>
          <p>{t(lang, 'deepConsentBody')}</p>
          <div className="pl-actions">
            <button type="button" data-action="deep-consent" onClick={async (event) => {
              if (!event.isTrusted) return;
              await deep.consent();
              setConsented(true);
              const which = asking;
              setAsking(null);
              await call(which);
            }}>{t(lang, 'deepConsentOk')}</button>
            <button type="button" onClick={() => setAsking(null)}>{t(lang, 'deepCancel')}</button>
          </div>
        </div>
      ) : null}
      <div className="pl-actions">
        <button type="button" data-action="deep-analyze" disabled={!!pending} onClick={(event) => void run('analyze', event.isTrusted)}>
          {pending === 'analyze' ? t(lang, 'deepRunning') : t(lang, 'deepRun')}
        </button>
        {deep.audit ? (
          <button type="button" data-action="deep-audit" disabled={!!pending} onClick={(event) => void run('audit', event.isTrusted)}>
            {pending === 'audit' ? t(lang, 'deepRunning') : t(lang, 'deepAudit')}
          </button>
        ) : null}
      </div>
      {error ? <p className="pl-error" role="alert" data-deep-error="">{error}</p> : null}
    </div>
  );
}
