import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstallController } from './install-controller';

/** "Install app", present only while the browser offers installation and the app is not installed. */
export function InstallButton({ install }: { install: InstallController }) {
  const { t } = useTranslation();
  const { canInstall, installed } = useSyncExternalStore(
    install.subscribe,
    install.getState,
    install.getState,
  );
  if (!canInstall || installed) return null;
  return (
    <button type="button" className="pwa-install" onClick={() => void install.promptInstall()}>
      {t('pwa.install.button')}
    </button>
  );
}
