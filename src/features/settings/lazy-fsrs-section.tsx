import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// The scheduler section and its workers' clients download only when Settings shows it.
const FsrsSection = lazy(() => import('./fsrs-section'));

function LoadFailed() {
  const { t } = useTranslation();
  return (
    <p className="settings-part" role="alert">
      {t('app.loadFailed')}
    </p>
  );
}

class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <LoadFailed /> : this.props.children;
  }
}

/** The scheduler section of Settings, loaded on demand (with a message if the download fails). */
export function LazyFsrsSection() {
  return (
    <Boundary>
      <Suspense fallback={null}>
        <FsrsSection />
      </Suspense>
    </Boundary>
  );
}
