import { Mark } from './Mark';
import { usePageLang } from './usePageLang';
import { t } from '@/lib/i18n/strings';

export function History() {
  const lang = usePageLang();
  return (
    <div className="pl-root pl-page">
      <header className="pl-header">
        <Mark size={24} />
        <h1>{t(lang, 'historyTitle')}</h1>
      </header>
      <p className="pl-card pl-muted" data-history-empty="">
        {t(lang, 'historyEmpty')}
      </p>
    </div>
  );
}
