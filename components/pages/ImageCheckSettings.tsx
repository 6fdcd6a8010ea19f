import { useEffect, useState } from 'react';
import { pt } from '@/lib/i18n/pages';
import type { Lang } from '@/lib/i18n/strings';
import { imageChecks, ImageChecksSchema, readImageChecks, type ImageChecks } from '@/lib/store/settings';

/** When the local image checks run: automatically (default), on demand, or never. */
export function ImageCheckSettings({ lang }: { lang: Lang }) {
  const [mode, setMode] = useState<ImageChecks | null>(null);
  useEffect(() => {
    void readImageChecks().then(setMode);
  }, []);
  if (!mode) return null;
  return (
    <section aria-labelledby="pl-o-image" data-image-checks="">
      <h2 id="pl-o-image">{pt(lang, 'imageHeading')}</h2>
      <div className="pl-card">
        <p className="pl-muted">{pt(lang, 'imageBody')}</p>
        <div className="pl-deep-row">
          <label htmlFor="pl-image-mode">{pt(lang, 'imageMode')}</label>
          <select id="pl-image-mode" data-image-mode="" value={mode} onChange={(event) => {
            const next = ImageChecksSchema.catch('automatic').parse(event.target.value);
            setMode(next);
            void imageChecks.setValue(next);
          }}>
            <option value="automatic">{pt(lang, 'imageAutomatic')}</option>
            <option value="on-demand">{pt(lang, 'imageOnDemand')}</option>
            <option value="off">{pt(lang, 'imageOff')}</option>
          </select>
        </div>
      </div>
    </section>
  );
}
