import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Storage key remembering that the user dismissed the Add to Home Screen hint. */
export const IOS_HINT_DISMISSED_KEY = 'hst-pwa-ios-hint-dismissed';

/** Safari on iOS has no install prompt: a short, dismissible Add to Home Screen hint, dismissed for good. */
export function IosInstallHint({ storage }: { storage: Storage }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [dismissed, setDismissed] = useState(() => storage.getItem(IOS_HINT_DISMISSED_KEY) === '1');
  if (dismissed) return null;
  const dismiss = () => {
    storage.setItem(IOS_HINT_DISMISSED_KEY, '1');
    setDismissed(true);
  };
  return (
    <aside className="pwa-hint" aria-labelledby={titleId}>
      <div>
        <p id={titleId} className="pwa-hint__title">
          {t('pwa.install.iosTitle')}
        </p>
        <p>{t('pwa.install.iosHint')}</p>
      </div>
      <button type="button" onClick={dismiss}>
        {t('pwa.install.iosDismiss')}
      </button>
    </aside>
  );
}
