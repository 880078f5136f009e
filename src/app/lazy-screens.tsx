import {
  Component,
  createElement,
  lazy,
  Suspense,
  useState,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { ensureScreenStrings } from '../i18n/i18n';
import { preloadStudyParts } from '../features/study/study-screen';
import { preloadPwa } from './lazy-pwa';
import type { ScreenName } from './routes';
import { ScreenLoadError } from './screen-boundary';
import './lazy-screens.css';

type Loader<P> = () => Promise<ComponentType<P>>;

/** A screen's component, downloaded on first use (or by preloadScreens), with a quiet loading state. */
export interface LazyScreen<P extends object> {
  (props: P): ReactNode;
  /** Starts the download; resolves once the screen renders without waiting. */
  preload: () => Promise<void>;
}

function ScreenLoading() {
  const { t } = useTranslation();
  // Shown only after a short delay (CSS), so a fast load does not flash.
  return (
    <p className="screen-loading" role="status">
      {t('app.loading')}
    </p>
  );
}

function LoadFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="screen-load-failed" role="alert">
      <p>{t('app.loadFailed')}</p>
      <button type="button" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </div>
  );
}

/**
 * Shows a retry button instead of a blank app when a screen's download fails (offline, new deploy).
 * Anything else the screen throws is passed on to its ScreenBoundary: it is not the connection's fault.
 */
class LoadBoundary extends Component<
  { children: ReactNode; onRetry: () => void },
  { caught: { error: unknown } | null }
> {
  override state: { caught: { error: unknown } | null } = { caught: null };

  static getDerivedStateFromError(error: unknown) {
    return { caught: { error } };
  }

  override render() {
    const { caught } = this.state;
    if (!caught) return this.props.children;
    if (caught.error instanceof ScreenLoadError) return <LoadFailed onRetry={this.props.onRetry} />;
    throw caught.error;
  }
}

/** Wraps a screen's dynamic import: suspends (with a quiet loading note) until downloaded, then renders at once. */
export function lazyScreen<P extends object>(load: Loader<P>): LazyScreen<P> {
  let loaded: ComponentType<P> | undefined;
  let job: Promise<void> | undefined;
  const loadModule = () =>
    (job ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        job = undefined; // a later navigation retries (e.g. after a network error)
        throw error;
      },
    ));
  // The strings are ensured each time (cheap once loaded): tests create one i18n instance per app.
  const preload = () => Promise.all([loadModule(), ensureScreenStrings()]).then(() => undefined);
  const makeLazy = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(async () => {
      await preload().catch((error: unknown) => {
        throw new ScreenLoadError(error);
      });
      return { default: loaded as ComponentType<P> };
    });

  function Screen(props: P) {
    // Fixed per mount: switching from the lazy wrapper to the loaded component would remount the
    // screen and lose its state. Once downloaded, a screen renders at once, without suspending.
    const [Ready] = useState<ComponentType<P> | null>(() => loaded ?? null);
    // React.lazy keeps a failed download's error: each retry needs a new lazy component.
    const [attempt, setAttempt] = useState(() => ({ Lazy: makeLazy(), n: 0 }));
    if (Ready) return createElement(Ready, props);
    const { Lazy } = attempt;
    return (
      <LoadBoundary
        key={attempt.n}
        onRetry={() => setAttempt((a) => ({ Lazy: makeLazy(), n: a.n + 1 }))}
      >
        <Suspense fallback={<ScreenLoading />}>
          {createElement(Lazy as ComponentType<P>, props)}
        </Suspense>
      </LoadBoundary>
    );
  }
  return Object.assign(Screen, { preload });
}

// Every screen but Study (the one most visits open) is its own chunk, out of the first load; the
// service worker precaches them all, so they still open offline, and the header's links start the
// download as soon as the pointer or focus reaches them (preloadScreen).
export const QuizScreen = lazyScreen(() =>
  import('../features/quiz/quiz-screen').then((m) => m.QuizScreen),
);
export const BrowseScreen = lazyScreen(() =>
  import('../features/browse/browse-screen').then((m) => m.BrowseScreen),
);
export const CodeDetailScreen = lazyScreen(() =>
  import('../features/browse/code-detail-screen').then((m) => m.CodeDetailScreen),
);
export const StatsScreen = lazyScreen(() =>
  import('../features/stats/stats-screen').then((m) => m.StatsScreen),
);
export const SettingsScreen = lazyScreen(() =>
  import('../features/settings/settings-screen').then((m) => m.SettingsScreen),
);

const ALL = [QuizScreen, BrowseScreen, CodeDetailScreen, StatsScreen, SettingsScreen];

/** Downloads every lazy screen (tests do before rendering, so that screens render at once). */
export function preloadScreens(): Promise<void> {
  return Promise.all([...ALL.map((s) => s.preload()), preloadStudyParts(), preloadPwa()]).then(
    () => undefined,
  );
}

const BY_NAME: Partial<Record<ScreenName, LazyScreen<never>[]>> = {
  quiz: [QuizScreen],
  browse: [BrowseScreen, CodeDetailScreen],
  stats: [StatsScreen],
  settings: [SettingsScreen],
};

/** Starts downloading a screen the user is about to open (pointer over or focus on its link). */
export function preloadScreen(name: ScreenName): void {
  // A failed download is retried when the user opens the screen.
  for (const screen of BY_NAME[name] ?? []) screen.preload().catch(() => undefined);
}
