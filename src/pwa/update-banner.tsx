import { useId, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { SwController } from './sw-controller';

/**
 * "Update available — Reload to update", rendered (inside the layer's permanent status region) while a
 * new version waits; accepting saves state first.
 */
export function UpdateBanner({ sw }: { sw: SwController }) {
  const { t } = useTranslation();
  const { updating, saveFailed } = useSyncExternalStore(sw.subscribe, sw.getState, sw.getState);
  const titleId = useId();
  return (
    <section className="pwa-banner" aria-labelledby={titleId}>
      <div className="pwa-banner__text">
        <p id={titleId} className="pwa-banner__title">
          {t('pwa.update.title')}
        </p>
        <p>{saveFailed ? t('pwa.update.saveFailed') : t('pwa.update.body')}</p>
      </div>
      <div className="pwa-banner__actions">
        <button
          type="button"
          className="primary"
          disabled={updating}
          onClick={() => void sw.applyUpdate()}
        >
          {updating ? t('pwa.update.updating') : t('pwa.update.reload')}
        </button>
        <button type="button" disabled={updating} onClick={sw.dismiss}>
          {t('pwa.update.later')}
        </button>
      </div>
    </section>
  );
}
