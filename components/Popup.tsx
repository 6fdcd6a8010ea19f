import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { Mark } from './Mark';
import { SiteSwitch } from './SiteSwitch';
import { usePageLang } from './usePageLang';
import { t } from '@/lib/i18n/strings';
import { pt } from '@/lib/i18n/pages';
import type { HistoryEntry } from '@/lib/store/history';
import { siteOfHost, type SiteId } from '@/lib/store/settings';
import { Analyzer } from './pages/Analyzer';
import { tabPairs, updateChecks } from './pages/client';
import { CountChips, EntryReport, excerpt, formatDate, useHistoryChanges } from './pages/common';

interface TabInfo {
  id: number | null;
  site: SiteId | null;
}

/** The tab the popup speaks about: `?tabId=` when opened as a page (tests, pinned), else the active tab. */
async function currentTab(): Promise<TabInfo> {
  const requested = Number(new URLSearchParams(location.search).get('tabId'));
  const tab = Number.isInteger(requested) && requested > 0
    ? await browser.tabs.get(requested).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  let site: SiteId | null = null;
  try {
    site = tab?.url ? siteOfHost(new URL(tab.url).hostname) : null;
  } catch {
    site = null;
  }
  return { id: tab?.id ?? null, site };
}

/** `?analyze=<text>`: the context menu opens the popup as a page with the selection, to analyse it. */
const analyzeParam = new URLSearchParams(location.search).get('analyze');

export function Popup() {
  const lang = usePageLang();
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [pairs, setPairs] = useState<HistoryEntry[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [analyzerOpen, setAnalyzerOpen] = useState(analyzeParam !== null);
  const lastSelected = useRef<string | null>(null);
  const detailHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void currentTab().then(setTab, () => setTab({ id: null, site: null }));
  }, []);
  const loadPairs = useCallback(() => {
    if (tab?.id == null) {
      if (tab) setPairs([]);
      return;
    }
    tabPairs(tab.id).then(setPairs, () => setPairs([]));
  }, [tab]);
  useEffect(loadPairs, [loadPairs]);
  useHistoryChanges(loadPairs);
  useEffect(() => {
    if (selected) detailHeading.current?.focus();
    else if (lastSelected.current) {
      document.querySelector<HTMLElement>(`[data-pair-id="${CSS.escape(lastSelected.current)}"] button`)?.focus();
    }
  }, [selected]);

  const current = selected ? pairs?.find((entry) => entry.id === selected) ?? null : null;
  const historyUrl = browser.runtime.getURL('/prompt-history.html');

  const header = (
    <header className="pl-header">
      <Mark size={20} />
      <h1>{t(lang, 'popupTitle')}</h1>
      <span className="pl-spacer" />
      <a href={historyUrl} target="_blank" rel="noreferrer">
        {t(lang, 'linkHistory')}
      </a>
      <a
        href="#options"
        onClick={(event) => {
          event.preventDefault();
          void browser.runtime.openOptionsPage();
        }}
      >
        {t(lang, 'linkOptions')}
      </a>
    </header>
  );

  if (analyzeParam !== null) {
    return (
      <div className="pl-root pl-popup pl-popup-page">
        {header}
        <section aria-labelledby="pl-analyzer-heading">
          <h2 id="pl-analyzer-heading" className="pl-section-title">{pt(lang, 'analyzerHeading')}</h2>
          <Analyzer lang={lang} initialOriginal={analyzeParam} />
        </section>
      </div>
    );
  }

  if (current) {
    return (
      <div className="pl-root pl-popup" data-popup-detail={current.id}>
        {header}
        <div className="pl-detail-head">
          <button
            type="button"
            className="pl-button pl-button-quiet"
            data-popup-back=""
            onClick={() => {
              lastSelected.current = current.id;
              setSelected(null);
            }}
          >
            ← {pt(lang, 'popupBack')}
          </button>
          <a href={`${historyUrl}#${encodeURIComponent(current.id)}`} target="_blank" rel="noreferrer" className="pl-link">
            {pt(lang, 'popupOpenInHistory')}
          </a>
        </div>
        <h2 className="pl-section-title" ref={detailHeading} tabIndex={-1}>
          {formatDate(lang, current.createdAt)}
        </h2>
        <EntryReport lang={lang} entry={current} onChecks={(checks) => void updateChecks(current.id, checks).catch(() => undefined)} />
      </div>
    );
  }

  const count = pairs?.length ?? 0;
  return (
    <div className="pl-root pl-popup">
      {header}
      {tab === null ? null : tab.site ? (
        <div className="pl-card">
          <SiteSwitch site={tab.site} label={t(lang, 'popupSiteSwitch', { site: tab.site })} />
        </div>
      ) : pairs !== null && !count ? (
        <p className="pl-card pl-muted" data-popup-unsupported="">
          {t(lang, 'popupNotSupported')}
        </p>
      ) : null}
      {pairs !== null && count ? (
        <section aria-labelledby="pl-pairs-heading" data-popup-pairs={count}>
          <h2 id="pl-pairs-heading" className="pl-section-title">
            {pt(lang, 'popupPairsHeading')} <span className="pl-muted">· {pt(lang, 'popupPairsCount', { n: count })}</span>
          </h2>
          <ul className="pl-list pl-list-popup">
            {pairs.map((entry) => (
              <li key={entry.id} data-pair-id={entry.id}>
                <button type="button" className="pl-item" onClick={() => setSelected(entry.id)}>
                  <span className="pl-item-meta">
                    <span>{formatDate(lang, entry.createdAt)}</span>
                  </span>
                  <span className="pl-item-text">{excerpt(lang, entry.userText, 110)}</span>
                  <CountChips lang={lang} entry={entry} />
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : pairs !== null && tab?.site ? (
        <p className="pl-muted" data-popup-pairs="0">
          {t(lang, 'popupNoPairs')}
        </p>
      ) : null}
      <details className="pl-disclosure" open={analyzerOpen} onToggle={(event) => setAnalyzerOpen(event.currentTarget.open)}>
        <summary data-analyzer-toggle="">{pt(lang, 'analyzerHeading')}</summary>
        {analyzerOpen ? <Analyzer lang={lang} /> : null}
      </details>
    </div>
  );
}
