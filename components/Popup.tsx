import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Mark } from './Mark';
import { SiteSwitch } from './SiteSwitch';
import { usePageLang } from './usePageLang';
import { t } from '@/lib/i18n/strings';
import { siteOfHost, type SiteId } from '@/lib/store/settings';

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

export function Popup() {
  const lang = usePageLang();
  const [tab, setTab] = useState<TabInfo | null>(null);
  useEffect(() => {
    void currentTab().then(setTab, () => setTab({ id: null, site: null }));
  }, []);

  return (
    <div className="pl-root pl-popup">
      <header className="pl-header">
        <Mark size={20} />
        <h1>{t(lang, 'popupTitle')}</h1>
        <span className="pl-spacer" />
        <a href={browser.runtime.getURL('/prompt-history.html')} target="_blank" rel="noreferrer">
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
      {tab === null ? null : tab.site ? (
        <>
          <div className="pl-card">
            <SiteSwitch site={tab.site} label={t(lang, 'popupSiteSwitch', { site: tab.site })} />
          </div>
          <p className="pl-muted" data-popup-pairs="0">
            {t(lang, 'popupNoPairs')}
          </p>
        </>
      ) : (
        <p className="pl-card pl-muted" data-popup-unsupported="">
          {t(lang, 'popupNotSupported')}
        </p>
      )}
    </div>
  );
}
