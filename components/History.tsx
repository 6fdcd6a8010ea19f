import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { Mark } from './Mark';
import { usePageLang } from './usePageLang';
import { t } from '@/lib/i18n/strings';
import { pt } from '@/lib/i18n/pages';
import { CONSTRAINT_KINDS, ConstraintKind } from '@/lib/engine/schema';
import { Site, type HistoryEntry } from '@/lib/store/history';
import { KindChart, KIND_LABEL, TimeChart } from './pages/Charts';
import { listHistory, updateChecks } from './pages/client';
import { CountChips, EntryReport, excerpt, formatDate, siteName, useHistoryChanges } from './pages/common';
import { ExportButtons } from './pages/ExportButtons';
import { byNewest, filterEntries, NO_FILTER, STATUS_FILTERS, type HistoryFilter, type StatusFilter } from './pages/filter';
import { lossByDay, lossByKind } from './pages/stats';

type Loaded =
  | { state: 'loading' }
  | { state: 'error'; error: string }
  | { state: 'ready'; entries: HistoryEntry[]; quotaExceeded: boolean };

const PAGE = 200;
const allLiteral = z.literal('all');
const STATUS_LABEL: Record<StatusFilter, Parameters<typeof pt>[1]> = {
  all: 'statusAll', lost: 'statusHasLost', altered: 'statusHasAltered', unbound: 'statusHasUnbound', kept: 'statusAllKept',
};

const selectedFromHash = () => decodeURIComponent(location.hash.replace(/^#/, '')) || null;

/** Every captured pair across sites: search and filters, charts, a list and the report of the one selected. */
export function History() {
  const lang = usePageLang();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [filter, setFilter] = useState<HistoryFilter>(NO_FILTER);
  const [selected, setSelected] = useState<string | null>(selectedFromHash);
  const [limit, setLimit] = useState(PAGE);
  const detailHeading = useRef<HTMLHeadingElement>(null);
  const focusDetail = useRef(false);

  const load = useCallback(() => {
    listHistory().then(
      ({ entries, quotaExceeded }) => setLoaded({ state: 'ready', entries: byNewest(entries), quotaExceeded }),
      (error: unknown) => setLoaded({ state: 'error', error: error instanceof Error ? error.message : String(error) }),
    );
  }, []);
  useEffect(load, [load]);
  useHistoryChanges(load);
  useEffect(() => {
    document.title = pt(lang, 'mdTitle');
  }, [lang]);
  useEffect(() => {
    const onHash = () => setSelected(selectedFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const entries = useMemo(() => (loaded.state === 'ready' ? loaded.entries : []), [loaded]);
  const shown = useMemo(() => filterEntries(entries, filter), [entries, filter]);
  const kinds = useMemo(() => lossByKind(shown), [shown]);
  const days = useMemo(() => lossByDay(shown), [shown]);
  const current = selected ? entries.find((entry) => entry.id === selected) ?? null : null;
  useEffect(() => {
    if (current && focusDetail.current) {
      focusDetail.current = false;
      detailHeading.current?.focus();
    }
  }, [current]);

  const select = (id: string | null) => {
    focusDetail.current = id !== null;
    setSelected(id);
    history.replaceState(null, '', id ? `#${encodeURIComponent(id)}` : location.pathname + location.search);
    if (id === null) {
      const previous = selected;
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(previous ?? '')}"] button`)?.focus());
    }
  };
  const update = (patch: Partial<HistoryFilter>) => {
    setFilter((value) => ({ ...value, ...patch }));
    setLimit(PAGE);
  };

  return (
    <div className="pl-root pl-fullpage">
      <div className="pl-page pl-history">
        <header className="pl-header">
          <Mark size={24} />
          <h1>{t(lang, 'historyTitle')}</h1>
          <span className="pl-spacer" />
          <a
            href="#options"
            onClick={(event) => {
              event.preventDefault();
              void browser.runtime.openOptionsPage();
            }}
          >
            {pt(lang, 'historyOptions')}
          </a>
        </header>
        {loaded.state === 'ready' && loaded.quotaExceeded ? (
          <p className="pl-banner pl-banner-error" role="alert" data-history-quota="">
            {pt(lang, 'historyQuota')}
          </p>
        ) : null}
        {loaded.state === 'error' ? (
          <p className="pl-banner pl-banner-error" role="alert">{pt(lang, 'loadFailed', { error: loaded.error })}</p>
        ) : null}
        {loaded.state === 'ready' && !entries.length ? (
          <div className="pl-card pl-empty" data-history-empty="">
            <p>{t(lang, 'historyEmpty')}</p>
            <p className="pl-muted">{pt(lang, 'historyEmptyHint')}</p>
          </div>
        ) : null}
        {entries.length ? (
          <>
            <form className="pl-filters" role="search" onSubmit={(event) => event.preventDefault()}>
              <label className="pl-field pl-field-grow">
                <span>{pt(lang, 'historySearch')}</span>
                <input
                  type="search"
                  data-filter="query"
                  value={filter.query}
                  onChange={(event) => update({ query: event.target.value })}
                />
              </label>
              <label className="pl-field">
                <span>{pt(lang, 'historySite')}</span>
                <select data-filter="site" value={filter.site} onChange={(event) => update({ site: Site.or(allLiteral).catch('all').parse(event.target.value) })}>
                  <option value="all">{pt(lang, 'siteAll')}</option>
                  {Site.options.map((site) => (
                    <option key={site} value={site}>{siteName(site, lang)}</option>
                  ))}
                </select>
              </label>
              <label className="pl-field">
                <span>{pt(lang, 'historyStatus')}</span>
                <select
                  data-filter="status"
                  value={filter.status}
                  onChange={(event) => update({ status: STATUS_FILTERS.find((s) => s === event.target.value) ?? 'all' })}
                >
                  {STATUS_FILTERS.map((status) => (
                    <option key={status} value={status}>{pt(lang, STATUS_LABEL[status])}</option>
                  ))}
                </select>
              </label>
              <label className="pl-field">
                <span>{pt(lang, 'historyKind')}</span>
                <select data-filter="kind" value={filter.kind} onChange={(event) => update({ kind: ConstraintKind.or(allLiteral).catch('all').parse(event.target.value) })}>
                  <option value="all">{pt(lang, 'kindAll')}</option>
                  {CONSTRAINT_KINDS.map((kind) => (
                    <option key={kind} value={kind}>{t(lang, KIND_LABEL[kind])}</option>
                  ))}
                </select>
              </label>
            </form>
            <div className="pl-toolbar">
              <span role="status" data-history-count={shown.length}>
                {pt(lang, 'historyShown', { shown: shown.length, total: entries.length })}
              </span>
              {JSON.stringify(filter) !== JSON.stringify(NO_FILTER) ? (
                <button type="button" className="pl-button pl-button-quiet" onClick={() => update(NO_FILTER)}>
                  {pt(lang, 'historyResetFilters')}
                </button>
              ) : null}
              <span className="pl-spacer" />
              <ExportButtons lang={lang} entries={() => Promise.resolve(shown)} compact label={pt(lang, 'historyExportShown')} />
            </div>
            <div className="pl-charts">
              <KindChart lang={lang} stats={kinds} />
              <TimeChart lang={lang} days={days} />
            </div>
            <div className={`pl-split${current ? ' pl-split-open' : ''}`}>
              <div className="pl-list-wrap">
                {shown.length ? (
                  <ul className="pl-list" aria-label={pt(lang, 'historyListLabel')} data-history-list="">
                    {shown.slice(0, limit).map((entry) => (
                      <li key={entry.id} data-entry-id={entry.id} data-site={entry.site}>
                        <button
                          type="button"
                          className="pl-item"
                          aria-current={entry.id === selected ? 'true' : undefined}
                          onClick={() => select(entry.id)}
                        >
                          <span className="pl-item-meta">
                            <span>{formatDate(lang, entry.createdAt)}</span>
                            <span className={`pl-site pl-site-${entry.site}`}>{siteName(entry.site, lang)}</span>
                          </span>
                          <span className="pl-item-text" lang={entry.analysis.languages.original === 'zh' ? 'zh-CN' : undefined}>
                            {excerpt(lang, entry.userText)}
                          </span>
                          <CountChips lang={lang} entry={entry} />
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="pl-card pl-muted" data-history-nomatch="">{pt(lang, 'historyNoMatch')}</p>
                )}
                {shown.length > limit ? (
                  <button type="button" className="pl-button pl-more" onClick={() => setLimit(limit + PAGE)}>
                    {pt(lang, 'historyShowMore', { n: Math.min(PAGE, shown.length - limit) })}
                  </button>
                ) : null}
              </div>
              <section className="pl-detail" aria-labelledby="pl-detail-heading" data-history-detail={current?.id ?? ''}>
                {current ? (
                  <>
                    <div className="pl-detail-head">
                      <h2 id="pl-detail-heading" ref={detailHeading} tabIndex={-1}>
                        {formatDate(lang, current.createdAt)} · {siteName(current.site, lang)}
                      </h2>
                      <button type="button" className="pl-button pl-button-quiet" onClick={() => select(null)}>
                        {pt(lang, 'historyCloseDetail')}
                      </button>
                    </div>
                    <EntryReport
                      lang={lang}
                      entry={current}
                      onChecks={(checks) => void updateChecks(current.id, checks).catch(() => undefined)}
                    />
                  </>
                ) : (
                  <p className="pl-muted" id="pl-detail-heading">{pt(lang, 'historySelect')}</p>
                )}
              </section>
            </div>
          </>
        ) : null}
      </div>
    </div>
  );
}
