import { DeepSettingsSection } from './pages/DeepSettings';
import { ImageCheckSettings } from './pages/ImageCheckSettings';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Mark } from './Mark';
import { SiteSwitch } from './SiteSwitch';
import { usePageLang } from './usePageLang';
import { t } from '@/lib/i18n/strings';
import { pt } from '@/lib/i18n/pages';
import { readUiLanguage, SITE_IDS, uiLanguage, UiLanguageSchema, type UiLanguage } from '@/lib/store/settings';
import { listHistory } from './pages/client';
import { ExportButtons } from './pages/ExportButtons';
import { BadgeStatusSettings, ClearSection, ImportSection, RetentionSettings } from './pages/OptionsSections';

export function Options() {
  const lang = usePageLang();
  const [language, setLanguage] = useState<UiLanguage>('auto');
  useEffect(() => {
    void readUiLanguage().then(setLanguage);
    return uiLanguage.watch((value) => setLanguage(UiLanguageSchema.catch('auto').parse(value)));
  }, []);
  useEffect(() => {
    document.title = t(lang, 'optionsTitle');
  }, [lang]);
  return (
    <div className="pl-root pl-fullpage">
      <main className="pl-page pl-options">
        <header className="pl-header">
          <Mark size={24} />
          <h1>{t(lang, 'optionsTitle')}</h1>
          <span className="pl-spacer" />
          <a href={browser.runtime.getURL('/prompt-history.html')} target="_blank" rel="noreferrer">
            {t(lang, 'linkHistory')}
          </a>
        </header>

        <section aria-labelledby="pl-o-sites">
          <h2 id="pl-o-sites">{t(lang, 'optionsSites')}</h2>
          <div className="pl-card">
            {SITE_IDS.map((site) => (
              <SiteSwitch key={site} site={site} label={site} />
            ))}
          </div>
        </section>

        <section aria-labelledby="pl-o-language">
          <h2 id="pl-o-language">
            <label htmlFor="pl-language">{t(lang, 'optionsLanguage')}</label>
          </h2>
          <div className="pl-card">
            <select
              id="pl-language"
              value={language}
              onChange={(event) => {
                const next = UiLanguageSchema.catch('auto').parse(event.target.value);
                setLanguage(next);
                void uiLanguage.setValue(next);
              }}
            >
              <option value="auto">{t(lang, 'languageAuto')}</option>
              <option value="en" lang="en">English</option>
              <option value="zh" lang="zh-CN">简体中文</option>
            </select>
          </div>
        </section>

        <section aria-labelledby="pl-o-badge">
          <h2 id="pl-o-badge">{pt(lang, 'optionsBadge')}</h2>
          <div className="pl-card">
            <BadgeStatusSettings lang={lang} />
          </div>
        </section>

        <section aria-labelledby="pl-o-history">
          <h2 id="pl-o-history">{pt(lang, 'optionsHistory')}</h2>
          <div className="pl-card">
            <RetentionSettings lang={lang} />
          </div>
          <div className="pl-card">
            <h3>{pt(lang, 'exportHeading')}</h3>
            <p className="pl-muted pl-small">{pt(lang, 'exportHint')}</p>
            <ExportButtons lang={lang} entries={() => listHistory().then((r) => r.entries)} />
          </div>
          <div className="pl-card">
            <h3>{pt(lang, 'importHeading')}</h3>
            <ImportSection lang={lang} />
          </div>
          <div className="pl-card">
            <h3>{pt(lang, 'clearHeading')}</h3>
            <ClearSection lang={lang} />
          </div>
        </section>

        <ImageCheckSettings lang={lang} />

        <section aria-labelledby="pl-o-deep" data-deep-analysis="">
          <h2 id="pl-o-deep">{pt(lang, 'deepHeading')}</h2>
          <DeepSettingsSection lang={lang} />
        </section>
      </main>
    </div>
  );
}
