import { useEffect, useState } from 'react';
import { resolveLang, type Lang } from '@/lib/i18n/strings';
import { readUiLanguage, uiLanguage } from '@/lib/store/settings';

/** The UI language of an extension page, following the setting live. */
export function usePageLang(): Lang {
  const [lang, setLang] = useState<Lang>(resolveLang('auto', navigator.language));
  useEffect(() => {
    void readUiLanguage().then((setting) => setLang(resolveLang(setting, navigator.language)));
    return uiLanguage.watch((setting) => setLang(resolveLang(setting ?? 'auto', navigator.language)));
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  return lang;
}
