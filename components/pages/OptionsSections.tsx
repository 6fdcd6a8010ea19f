import { useEffect, useId, useRef, useState } from 'react';
import type { Lang } from '@/lib/i18n/strings';
import { pt, type PageKey } from '@/lib/i18n/pages';
import { Retention } from '@/lib/store/history';
import { importChatgptExport, type ImportProgress, type ImportResult } from '@/lib/store/import-export';
import { BADGE_STATUSES, badgeStatuses, readBadgeStatuses, readRetention, retention } from '@/lib/store/settings';
import { clearHistory, importEntries, listHistory } from './client';

const BADGE_LABEL: Record<(typeof BADGE_STATUSES)[number], PageKey> = {
  lost: 'badgeLost', altered: 'badgeAltered', unbound: 'badgeUnbound', kept: 'badgeKept',
};

/** Which statuses the in-page badge counts (the `badgeStatuses` setting). At least one stays on. */
export function BadgeStatusSettings({ lang }: { lang: Lang }) {
  const [shown, setShown] = useState<Set<string> | null>(null);
  const hint = useId();
  useEffect(() => {
    void readBadgeStatuses().then(setShown);
    return badgeStatuses.watch(() => void readBadgeStatuses().then(setShown));
  }, []);
  return (
    <fieldset className="pl-fieldset" aria-describedby={hint} data-badge-statuses="">
      <legend className="pl-visually-hidden">{pt(lang, 'optionsBadge')}</legend>
      <p id={hint} className="pl-muted pl-small">{pt(lang, 'optionsBadgeHint')}</p>
      {BADGE_STATUSES.map((status) => {
        const checked = shown?.has(status) ?? true;
        const last = checked && shown?.size === 1;
        return (
          <label key={status} className="pl-check">
            <input
              type="checkbox"
              data-badge-status={status}
              checked={checked}
              disabled={!shown || last}
              aria-describedby={last ? `${hint}-last` : undefined}
              onChange={(event) => {
                const on = event.target.checked;
                const next = BADGE_STATUSES.filter((s) => (s === status ? on : shown?.has(s)));
                if (!next.length) return;
                setShown(new Set(next));
                void badgeStatuses.setValue(next);
              }}
            />
            <span className={`pl-count-dot pl-dot-${status}`} aria-hidden="true" />
            {pt(lang, BADGE_LABEL[status])}
          </label>
        );
      })}
      {shown?.size === 1 ? <p id={`${hint}-last`} className="pl-muted pl-small">{pt(lang, 'optionsBadgeLast')}</p> : null}
    </fieldset>
  );
}

/** History retention by count and by age (the `retention` setting); saved as soon as the value is valid. */
export function RetentionSettings({ lang }: { lang: Lang }) {
  const [values, setValues] = useState<{ maxEntries: string; maxAgeDays: string } | null>(null);
  const [saved, setSaved] = useState(false);
  const id = useId();
  useEffect(() => {
    void readRetention().then((r) => setValues({ maxEntries: String(r.maxEntries), maxAgeDays: String(r.maxAgeDays) }));
  }, []);
  const countValid = Retention.shape.maxEntries.safeParse(Number(values?.maxEntries)).success && values?.maxEntries.trim() !== '';
  const ageValid = Retention.shape.maxAgeDays.safeParse(Number(values?.maxAgeDays)).success && values?.maxAgeDays.trim() !== '';
  const change = async (field: 'maxEntries' | 'maxAgeDays', text: string) => {
    if (!values) return;
    const next = { ...values, [field]: text };
    setValues(next);
    setSaved(false);
    const parsed = Retention.safeParse({ maxEntries: Number(next.maxEntries), maxAgeDays: Number(next.maxAgeDays) });
    if (parsed.success && next.maxEntries.trim() && next.maxAgeDays.trim()) {
      await retention.setValue(parsed.data);
      setSaved(true);
    }
  };
  return (
    <div className="pl-retention" data-retention="">
      <div className="pl-row-field">
        <label htmlFor={`${id}-count`}>{pt(lang, 'retentionCount')}</label>
        <input
          id={`${id}-count`}
          type="number"
          inputMode="numeric"
          min={10}
          max={100000}
          step={1}
          data-retention-field="maxEntries"
          disabled={!values}
          value={values?.maxEntries ?? ''}
          aria-invalid={values ? !countValid : undefined}
          aria-describedby={values && !countValid ? `${id}-count-error` : undefined}
          onChange={(event) => void change('maxEntries', event.target.value)}
        />
      </div>
      {values && !countValid ? <p id={`${id}-count-error`} className="pl-error pl-small">{pt(lang, 'retentionCountInvalid')}</p> : null}
      <div className="pl-row-field">
        <label htmlFor={`${id}-age`}>{pt(lang, 'retentionAge')}</label>
        <input
          id={`${id}-age`}
          type="number"
          inputMode="numeric"
          min={0}
          max={36500}
          step={1}
          data-retention-field="maxAgeDays"
          disabled={!values}
          value={values?.maxAgeDays ?? ''}
          aria-invalid={values ? !ageValid : undefined}
          aria-describedby={values && !ageValid ? `${id}-age-error` : undefined}
          onChange={(event) => void change('maxAgeDays', event.target.value)}
        />
      </div>
      {values && !ageValid ? <p id={`${id}-age-error`} className="pl-error pl-small">{pt(lang, 'retentionAgeInvalid')}</p> : null}
      <p className="pl-muted pl-small">
        {pt(lang, 'retentionHint')} <span role="status" className="pl-status">{saved ? pt(lang, 'saved') : ''}</span>
      </p>
    </div>
  );
}

type ImportState =
  | { state: 'idle' }
  | { state: 'running'; progress: ImportProgress }
  | { state: 'done'; result: ImportResult }
  | { state: 'failed'; error: string };

/** The text of an import's outcome, and whether it is a failure. */
export function importOutcome(lang: Lang, result: ImportResult): { lines: string[]; failed: boolean } {
  if (!result.recognised) {
    return result.errors.length
      ? { lines: [pt(lang, 'importUnreadable', { error: result.errors[0]!.replace(/^[^:]*:\s*/, '') })], failed: true }
      : { lines: [pt(lang, 'importNotExport')], failed: true };
  }
  if (!result.generations) {
    return { lines: [pt(lang, 'importNoImages', { conversations: result.conversations })], failed: false };
  }
  const lines = [pt(lang, 'importDone', { stored: result.stored, conversations: result.conversations })];
  if (result.skipped) lines.push(pt(lang, 'importSkipped', { n: result.skipped }));
  if (result.sent > result.stored) lines.push(pt(lang, 'importNotStored', { n: result.sent - result.stored }));
  if (result.errors.length) lines.push(pt(lang, 'importPartial', { errors: result.errors.slice(0, 3).join('; ') }));
  return { lines, failed: false };
}

/** Import of a ChatGPT data export: read in the page, analysed here, stored by the background in batches. */
export function ImportSection({ lang }: { lang: Lang }) {
  const [status, setStatus] = useState<ImportState>({ state: 'idle' });
  const [fileName, setFileName] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const run = async (file: File) => {
    setStatus({ state: 'running', progress: { bytesRead: 0, bytesTotal: file.size, conversations: 0, generations: 0, skipped: 0, sent: 0, stored: 0 } });
    try {
      const existing = new Set((await listHistory()).entries.map((entry) => entry.id));
      const result = await importChatgptExport(file.name, file.stream() as unknown as ReadableStream<Uint8Array>, {
        send: importEntries,
        existing,
        size: file.size,
        onProgress: (progress) => setStatus({ state: 'running', progress }),
      });
      setStatus({ state: 'done', result });
    } catch (error) {
      setStatus({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  const outcome = status.state === 'done' ? importOutcome(lang, status.result) : null;
  return (
    <div className="pl-import" data-import="">
      <p className="pl-muted pl-small" id={`${id}-hint`}>{pt(lang, 'importHint')}</p>
      <div className="pl-file">
        <span id={`${id}-pick`}>{pt(lang, 'importPick')}</span>
        <div className="pl-file-row">
          {/* The browser's own file button speaks the browser's language: a button of ours opens it instead. */}
          <input
            ref={input}
            type="file"
            hidden
            tabIndex={-1}
            accept=".zip,.json,application/zip,application/json"
            data-import-file=""
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) {
                setFileName(file.name);
                void run(file);
              }
            }}
          />
          <button
            type="button"
            className="pl-button"
            aria-labelledby={`${id}-pick ${id}-choose`}
            aria-describedby={`${id}-hint`}
            disabled={status.state === 'running'}
            data-import-choose=""
            onClick={() => input.current?.click()}
          >
            <span id={`${id}-choose`}>{pt(lang, 'importChoose')}</span>
          </button>
          <span className="pl-file-name pl-small">{fileName ?? pt(lang, 'importNoFile')}</span>
        </div>
      </div>
      {status.state === 'running' ? (
        <div className="pl-progress" data-import-state="running">
          <progress
            aria-labelledby={`${id}-progress`}
            max={status.progress.bytesTotal || 1}
            value={status.progress.bytesTotal ? status.progress.bytesRead : undefined}
          />
          <p id={`${id}-progress`} role="status" className="pl-small">
            {pt(lang, 'importReading', {
              conversations: status.progress.conversations,
              generations: status.progress.generations,
              stored: status.progress.stored,
            })}
          </p>
        </div>
      ) : null}
      {outcome ? (
        <div
          className={`pl-banner ${outcome.failed ? 'pl-banner-error' : 'pl-banner-ok'}`}
          role={outcome.failed ? 'alert' : 'status'}
          data-import-state={outcome.failed ? 'failed' : 'done'}
          data-import-stored={status.state === 'done' ? status.result.stored : 0}
        >
          {outcome.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
      {status.state === 'failed' ? (
        <p className="pl-banner pl-banner-error" role="alert" data-import-state="failed">
          {pt(lang, 'importFailed', { error: status.error })}
        </p>
      ) : null}
    </div>
  );
}

/** Clear history, behind a confirm step that says how many pairs go. */
export function ClearSection({ lang }: { lang: Lang }) {
  const [step, setStep] = useState<{ state: 'idle' } | { state: 'confirm'; count: number } | { state: 'done' }>({ state: 'idle' });
  const confirmButton = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (step.state === 'confirm') confirmButton.current?.focus();
  }, [step.state]);
  if (step.state === 'confirm') {
    return (
      <div className="pl-confirm" role="group" aria-labelledby="pl-clear-question" data-clear-confirm="">
        <p id="pl-clear-question">{pt(lang, 'clearConfirm', { n: step.count })}</p>
        <div className="pl-buttons">
          <button
            ref={confirmButton}
            type="button"
            className="pl-button pl-button-danger"
            data-clear-yes=""
            onClick={async () => {
              await clearHistory();
              setStep({ state: 'done' });
            }}
          >
            {pt(lang, 'clearYes')}
          </button>
          <button
            type="button"
            className="pl-button"
            onClick={() => {
              setStep({ state: 'idle' });
              requestAnimationFrame(() => startButton.current?.focus());
            }}
          >
            {pt(lang, 'clearNo')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="pl-buttons">
      <button
        ref={startButton}
        type="button"
        className="pl-button"
        data-clear=""
        onClick={async () => {
          const count = await listHistory().then((r) => r.entries.length, () => 0);
          setStep({ state: 'confirm', count });
        }}
      >
        {pt(lang, 'clearButton')}
      </button>
      <span role="status" className="pl-status" data-clear-status="">{step.state === 'done' ? pt(lang, 'clearDone') : ''}</span>
    </div>
  );
}
