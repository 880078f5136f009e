import { useEffect, useSyncExternalStore } from 'react';
import { usePrefs, useStores } from '../state/stores';
import { APP_VERSION } from './app-version';
import { BackupReminderSlot } from './backup-reminder-slot';
import { defaultInstallController, defaultSwController } from './default-controllers';
import { flushStores } from './flush-stores';
import { InstallButton } from './install-button';
import type { InstallController } from './install-controller';
import { IosInstallHint } from './ios-install-hint';
import { OfflineIndicator } from './offline-indicator';
import { isIosSafari } from './platform';
import type { SwController } from './sw-controller';
import { UpdateBanner } from './update-banner';
import { useThemeColor } from './use-theme-color';
import './pwa.css';

export interface PwaStatusProps {
  /** Injected in tests; the page's registered service worker otherwise. */
  sw?: SwController;
  install?: InstallController;
  iosSafari?: boolean;
}

/** The installed-app layer under the header: update banner, offline status, Install button, iOS hint, backup reminder. */
export function PwaStatus({
  sw = defaultSwController(),
  install = defaultInstallController,
  iosSafari = isIosSafari(navigator),
}: PwaStatusProps) {
  const stores = useStores();
  const theme = usePrefs((s) => s.theme);
  const { offlineReady } = useSyncExternalStore(sw.subscribe, sw.getState, sw.getState);
  const { installed } = useSyncExternalStore(install.subscribe, install.getState, install.getState);
  useThemeColor(theme);

  useEffect(() => {
    sw.setBeforeReload(() => flushStores(stores));
  }, [sw, stores]);

  useEffect(() => {
    document.documentElement.dataset.appVersion = APP_VERSION;
  }, []);

  return (
    <div className="pwa-status">
      <UpdateBanner sw={sw} />
      <OfflineIndicator offlineReady={offlineReady} />
      <InstallButton install={install} />
      {iosSafari && !installed && <IosInstallHint storage={stores.env.storage} />}
      <BackupReminderSlot installed={installed} />
    </div>
  );
}
