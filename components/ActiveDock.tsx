import { useEffect, useState } from 'react';
import { Mark } from './Mark';
import { t, type Lang } from '@/lib/i18n/strings';

/** The honest in-page state until a report exists: PromptLoss runs here, and nothing more is claimed. */
export function ActiveDock({ lang, site, tapSeen }: { lang: Lang; site: string; tapSeen: boolean }) {
  const [open, setOpen] = useState(true);
  const [compact, setCompact] = useState(false);
  // The notice says it once, then folds into the mark so it never sits over the conversation.
  useEffect(() => {
    const timer = setTimeout(() => setCompact(true), 6000);
    return () => clearTimeout(timer);
  }, []);
  if (!open) return null;
  return (
    <div className={`pl-root pl-dock${compact ? ' pl-compact' : ''}`} role="status" title={t(lang, 'activeTitle')}
      data-promptloss-dock={site} data-tap-seen={tapSeen ? 'true' : 'false'}>
      <Mark />
      {compact ? null : (
        <>
          <span>{t(lang, 'activeTitle')}</span>
          <button type="button" aria-label="Hide" onClick={() => setOpen(false)}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
