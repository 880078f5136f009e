import { useTranslation } from 'react-i18next';
import { useOnline } from './use-online';

/** A status line: "Offline…" without a network, "Ready to work offline" once the first install is cached. */
export function OfflineIndicator({ offlineReady }: { offlineReady: boolean }) {
  const { t } = useTranslation();
  const online = useOnline();
  const text = !online
    ? t('pwa.network.offline')
    : offlineReady
      ? t('pwa.network.offlineReady')
      : '';
  return (
    <p role="status" className={online ? 'pwa-network' : 'pwa-network pwa-network--offline'}>
      {text}
    </p>
  );
}
