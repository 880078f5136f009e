import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnline } from './use-online';

/** How long "Ready to work offline" stays on screen (the offline chip stays while offline). */
const READY_SHOWN_MS = 8000;

/**
 * The network status as a small chip in the header: "Offline" while there is no network, "Works
 * offline" for a few seconds once the first install is cached. Screen readers hear the full sentence
 * from a permanent status region; the chip sits in the header's top row, so it covers nothing and
 * moves nothing when it appears.
 */
export function NetworkStatus({ offlineReady }: { offlineReady: boolean }) {
  const { t } = useTranslation();
  const online = useOnline();
  // The chip says once that the app works offline, then gets out of the way.
  const [readySeen, setReadySeen] = useState(false);
  useEffect(() => {
    if (!offlineReady || readySeen) return;
    const timer = setTimeout(() => setReadySeen(true), READY_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, readySeen]);
  const state = !online ? 'offline' : offlineReady && !readySeen ? 'offlineReady' : undefined;
  return (
    <>
      <p role="status" className="visually-hidden">
        {state ? t(`pwa.network.${state}`) : ''}
      </p>
      {state && (
        <span aria-hidden="true" className={`pwa-chip pwa-chip--${state}`}>
          {t(`pwa.network.chip.${state}`)}
        </span>
      )}
    </>
  );
}
