import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnline } from './use-online';

/** How long "Ready to work offline" stays on screen (the offline notice stays while offline). */
const READY_SHOWN_MS = 8000;

/** A status toast: "Offline…" without a network, "Ready to work offline" for a few seconds once the first install is cached. */
export function OfflineIndicator({ offlineReady }: { offlineReady: boolean }) {
  const { t } = useTranslation();
  const online = useOnline();
  // The toast says once that the app works offline, then gets out of the way.
  const [readySeen, setReadySeen] = useState(false);
  useEffect(() => {
    if (!offlineReady || readySeen) return;
    const timer = setTimeout(() => setReadySeen(true), READY_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, readySeen]);
  const text = !online
    ? t('pwa.network.offline')
    : offlineReady && !readySeen
      ? t('pwa.network.offlineReady')
      : '';
  // Screen readers hear the permanent live region; eyes see a toast inserted fresh each time. A toast
  // that grew out of an empty element would count as a layout shift (Lighthouse CLS); an inserted one
  // does not.
  return (
    <>
      <p role="status" className="visually-hidden">
        {text}
      </p>
      {text && (
        <p
          aria-hidden="true"
          className={online ? 'pwa-network' : 'pwa-network pwa-network--offline'}
        >
          {text}
        </p>
      )}
    </>
  );
}
