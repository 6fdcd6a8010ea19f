import { useState } from 'react';
import { Mark } from './Mark';
import { t, type Lang } from '@/lib/i18n/strings';

/** The honest in-page state until a report exists: PromptLoss runs here, and nothing more is claimed. */
export function ActiveDock({ lang, site, tapSeen }: { lang: Lang; site: string; tapSeen: boolean }) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <div className="pl-root pl-dock" role="status" data-promptloss-dock={site} data-tap-seen={tapSeen ? 'true' : 'false'}>
      <Mark />
      <span>{t(lang, 'activeTitle')}</span>
      <button type="button" aria-label="Hide" onClick={() => setOpen(false)}>
        ×
      </button>
    </div>
  );
}
