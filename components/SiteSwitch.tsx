import { useEffect, useState } from 'react';
import { readSiteToggles, siteToggles, type SiteId, type SiteToggles } from '@/lib/store/settings';

/** A switch bound to one site's stored toggle; every open tab of that site follows it at once. */
export function SiteSwitch({ site, label }: { site: SiteId; label: string }) {
  const [toggles, setToggles] = useState<SiteToggles | null>(null);
  useEffect(() => {
    void readSiteToggles().then(setToggles);
    return siteToggles.watch((value) => value && setToggles(value));
  }, []);
  const id = `pl-switch-${site}`;
  return (
    <div className="pl-switch">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="checkbox"
        role="switch"
        data-site-switch={site}
        disabled={!toggles}
        checked={toggles?.[site] ?? true}
        onChange={async (event) => {
          const checked = event.target.checked; // read before awaiting: React restores controlled inputs
          const next = { ...(await readSiteToggles()), [site]: checked };
          setToggles(next);
          await siteToggles.setValue(next);
        }}
      />
    </div>
  );
}
