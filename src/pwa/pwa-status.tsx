import { useEffect, useSyncExternalStore } from 'react';
import { usePrefs, useStores } from '../state/stores';
import { APP_VERSION } from './app-version';
import { BackupReminderSlot } from './backup-reminder-slot';
import { defaultInstallController, defaultSwController } from './default-controllers';
import { flushStores } from './flush-stores';
import { InstallButton } from './install-button';
import type { InstallController } from './install-controller';
import { NetworkStatus } from './network-status';
import { isIosSafari } from './platform';
import type { SwController } from './sw-controller';
import { useThemeColor } from './use-theme-color';
import { lazyPart } from '../ui/lazy-part';
import './pwa.css';

// Shown only when an update waits or on iOS Safari: each downloads when it is first needed.
const UpdateBanner = lazyPart(() => import('./update-banner').then((m) => m.UpdateBanner));
const IosInstallHint = lazyPart(() => import('./ios-install-hint').then((m) => m.IosInstallHint));

/** Downloads the layer's rarely shown parts (tests render them at once). */
export function preloadPwaParts(): Promise<void> {
  return Promise.all([UpdateBanner.preload(), IosInstallHint.preload()]).then(() => undefined);
}

export interface PwaStatusProps {
  /** Injected in tests; the page's registered service worker otherwise. */
  sw?: SwController;
  install?: InstallController;
  iosSafari?: boolean;
}

/**
 * The installed-app layer's items in the header's top row: the network chip and the Install button.
 * Both appear after the first paint, where they take room in a row that exists already (nothing moves,
 * nothing is covered).
 */
export function PwaHeaderItems({
  sw = defaultSwController(),
  install = defaultInstallController,
}: Pick<PwaStatusProps, 'sw' | 'install'>) {
  const { offlineReady } = useSyncExternalStore(sw.subscribe, sw.getState, sw.getState);
  return (
    <div className="pwa-header-items">
      <NetworkStatus offlineReady={offlineReady} />
      <InstallButton install={install} />
    </div>
  );
}

/** The installed-app layer under the header: the update banner, the iOS install hint, the backup reminder. */
export function PwaStatus({
  sw = defaultSwController(),
  install = defaultInstallController,
  iosSafari = isIosSafari(navigator),
}: PwaStatusProps) {
  const stores = useStores();
  const theme = usePrefs((s) => s.theme);
  const { needRefresh } = useSyncExternalStore(sw.subscribe, sw.getState, sw.getState);
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
      {/* Always there, so that screen readers announce the banner when it appears in it. */}
      <div role="status" className="pwa-live">
        {needRefresh ? <UpdateBanner sw={sw} /> : null}
      </div>
      {iosSafari && !installed && <IosInstallHint storage={stores.env.storage} />}
      <BackupReminderSlot installed={installed} />
    </div>
  );
}
