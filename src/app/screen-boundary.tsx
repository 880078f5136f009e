import { Component, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../ui/router';

/** A screen's code or strings could not be downloaded (offline, a new deploy): the connection's fault. */
export class ScreenLoadError extends Error {
  constructor(cause: unknown) {
    super('This screen could not be downloaded', { cause });
    this.name = 'ScreenLoadError';
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function ScreenFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <div className="screen-load-failed" role="alert" aria-labelledby={titleId}>
      <p id={titleId}>
        <strong>{t('app.screenFailed')}</strong>
      </p>
      <p>{t('app.screenFailedBody')}</p>
      <p className="screen-load-failed__actions">
        <button type="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
        <Link to="/study">{t('app.goToStudy')}</Link>
      </p>
      <details>
        <summary>{t('app.technicalDetails')}</summary>
        <code>{describe(error)}</code>
      </details>
    </div>
  );
}

/**
 * Catches what a screen throws while rendering (bad data, a bug) and says so, with a retry and a way
 * back, instead of leaving a blank app; header and notices stay. A failed download is not caught
 * here: lazyScreen's own boundary offers to download it again.
 */
export class ScreenBoundary extends Component<
  { children: ReactNode },
  { caught: { error: unknown } | null }
> {
  override state: { caught: { error: unknown } | null } = { caught: null };

  static getDerivedStateFromError(error: unknown) {
    return { caught: { error } };
  }

  override render() {
    const { caught } = this.state;
    if (!caught) return this.props.children;
    return <ScreenFailed error={caught.error} onRetry={() => this.setState({ caught: null })} />;
  }
}
