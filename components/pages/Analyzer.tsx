import { useEffect, useId, useRef, useState } from 'react';
import { Report } from '@/components/report/Report';
import { analyze, type Analysis } from '@/lib/engine';
import type { Lang } from '@/lib/i18n/strings';
import { pt } from '@/lib/i18n/pages';
import { copyText } from './copy';

/** "Analyze any text": a prompt and a rewrite pasted by hand, analysed right here (nothing is sent anywhere). */
export function Analyzer({ lang, initialOriginal = '' }: { lang: Lang; initialOriginal?: string }) {
  const id = useId();
  const [original, setOriginal] = useState(initialOriginal);
  const [rewrite, setRewrite] = useState('');
  const [result, setResult] = useState<{ analysis: Analysis; compared: boolean } | null>(null);
  const [message, setMessage] = useState('');
  const rewriteBox = useRef<HTMLTextAreaElement>(null);
  const reportBox = useRef<HTMLDivElement>(null);
  const reveal = useRef(false);
  useEffect(() => {
    if (result && reveal.current) {
      reveal.current = false;
      reportBox.current?.scrollIntoView({ block: 'start' });
    }
  }, [result]);
  const run = (source = original, target = rewrite) => {
    if (!source.trim()) {
      setResult(null);
      setMessage(pt(lang, 'analyzerEmpty'));
      return;
    }
    const analysis = analyze(source, target);
    setResult({ analysis, compared: target.trim() !== '' });
    setMessage(analysis.constraints.length ? '' : pt(lang, 'analyzerNoConstraints'));
  };
  // Opened from the context menu with a selection: show its constraints at once and wait for the rewrite.
  useEffect(() => {
    if (!initialOriginal.trim()) return;
    run(initialOriginal, '');
    rewriteBox.current?.focus();
  }, [initialOriginal]);
  return (
    <div className="pl-analyzer" data-analyzer="">
      <p className="pl-muted pl-small">{pt(lang, 'analyzerHint')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          reveal.current = true;
          run();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            reveal.current = true;
            run();
          }
        }}
      >
        <label htmlFor={`${id}-o`} className="pl-field-label">{pt(lang, 'analyzerOriginal')}</label>
        <textarea id={`${id}-o`} data-analyzer-original="" rows={4} value={original} onChange={(event) => setOriginal(event.target.value)} />
        <label htmlFor={`${id}-r`} className="pl-field-label">{pt(lang, 'analyzerRewrite')}</label>
        <textarea id={`${id}-r`} ref={rewriteBox} data-analyzer-rewrite="" rows={4} value={rewrite} onChange={(event) => setRewrite(event.target.value)} />
        <div className="pl-buttons">
          <button type="submit" className="pl-button pl-button-primary" data-analyzer-run="">
            {pt(lang, 'analyzerRun')}
          </button>
          <span role="status" className="pl-small pl-muted">{message}</span>
        </div>
      </form>
      {result ? (
        <div className="pl-analyzer-report" ref={reportBox}>
          <Report
            lang={lang}
            capture="rewrite"
            compare={result.compared ? 'rewrite' : 'none'}
            messageId="manual"
            analysis={result.analysis}
            copy={copyText}
          />
        </div>
      ) : null}
    </div>
  );
}
