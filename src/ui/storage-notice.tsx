import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureScreenStrings } from '../i18n/i18n';
import { useProgress } from '../state/stores';

/** Said when the notices' own code cannot be downloaded (offline without the service worker). */
function StorageNoticeFallback() {
  const { t } = useTranslation();
  return <p className="storage-notice-fallback">{t('app.storageProblem')}</p>;
}

// Most visits have nothing to tell: the notices and their strings download only when needed.
const Panel = lazy(() =>
  Promise.all([import('./storage-notice-panel'), ensureScreenStrings()]).then(
    ([m]) => ({ default: m.StorageNoticePanel }),
    () => ({ default: StorageNoticeFallback }),
  ),
);

/**
 * Tells the user what went wrong with their saved progress, each problem on its own: reading it
 * (damaged, unreadable or newer data) and saving it (storage full, refused or missing). Each offers
 * the file that keeps what it is about safe. The alert region is always there, so that what appears
 * in it is announced.
 */
export function StorageNotice() {
  const shown = useProgress((s) => s.readProblem !== null || s.saveProblem !== null);
  return (
    <div role="alert" className="storage-notice-live">
      {shown && (
        <Suspense fallback={null}>
          <Panel />
        </Suspense>
      )}
    </div>
  );
}
