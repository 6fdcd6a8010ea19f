import { useEffect, useState } from 'react';
import { Mark } from './Mark';
import { SiteSwitch } from './SiteSwitch';
import { usePageLang } from './usePageLang';
import { t } from '@/lib/i18n/strings';
import { readUiLanguage, SITE_IDS, uiLanguage, UiLanguageSchema, type UiLanguage } from '@/lib/store/settings';

export function Options() {
  const lang = usePageLang();
  const [language, setLanguage] = useState<UiLanguage>('auto');
  useEffect(() => {
    void readUiLanguage().then(setLanguage);
  }, []);
  return (
    <div className="pl-root pl-page">
      <header className="pl-header">
        <Mark size={24} />
        <h1>{t(lang, 'optionsTitle')}</h1>
      </header>
      <h2>{t(lang, 'optionsSites')}</h2>
      <div className="pl-card">
        {SITE_IDS.map((site) => (
          <SiteSwitch key={site} site={site} label={site} />
        ))}
      </div>
      <h2>
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
          <option value="en">English</option>
          <option value="zh">简体中文</option>
        </select>
      </div>
    </div>
  );
}
