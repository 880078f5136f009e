import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueFilter } from '../../domain/queue';
import { useSession, useStores } from '../../state/stores';
import type { SessionSpec } from '../../state/study-session-store';
import { useCodeNames } from '../../state/use-texts';
import { useRouter } from '../../ui/router';
import { whenIdle } from '../../ui/lazy-part';
import { Screen } from '../../ui/screen';
import { clearPendingStart, hasPendingStart } from './pending-start';
import { MORE_NEW_CARDS, StudyOverview } from './study-overview';
import { readStudyPrefs, saveStudyPrefs, type StudyPrefs } from './study-prefs';
import { preloadCardParts } from './card-parts';
import { essentialsSession, sessionFromAddress } from './study-address';
import { StudySession } from './study-session';
import '../../ui/card.css';
import './study.css';

// Needed only once a session ends: it loads while the session runs (when the browser is idle).
const loadSummary = () => import('./study-summary');
const StudySummary = lazy(() => loadSummary().then((m) => ({ default: m.StudySummary })));

/** Downloads the parts of Study that its first card does not need (tests call it before rendering). */
export function preloadStudyParts(): Promise<void> {
  return Promise.all([preloadCardParts(), loadSummary()]).then(() => undefined);
}

/** The Study screen: today's overview → a session → its summary. The session outlives the screen. */
export function StudyScreen() {
  const { t } = useTranslation();
  const { env, session } = useStores();
  const names = useCodeNames();
  const [prefs, setPrefs] = useState(() => readStudyPrefs(env.storage));
  const router = useRouter();
  const active = useSession((s) => s.session !== null);
  const result = useSession((s) => s.result);
  // "Study more new cards" raises today's limit while this screen is open.
  const [extraNew, setExtraNew] = useState(0);
  const filter: QueueFilter = useMemo(
    () => ({ classes: prefs.classes, includeUnofficial: prefs.unofficial }),
    [prefs.classes, prefs.unofficial],
  );

  useEffect(() => session.getState().setNames(names), [session, names]);
  // What the first card never needs loads once the browser is idle: the answer forms for the cards
  // after it, and the summary.
  useEffect(() => whenIdle(() => void preloadStudyParts()), []);

  // Before the first paint: "/study?code=404" (Browse's "Study this code now") and
  // "/study?set=essentials" (the readiness meter) open their session at once, and so does a Start
  // pressed on index.html's prerendered overview before the app had loaded.
  useLayoutEffect(() => {
    const asked = sessionFromAddress(window.location.search);
    const store = session.getState();
    if (asked) {
      store.start({ ...asked, mode: prefs.mode });
      router.navigate('/study', { replace: true });
    } else if (hasPendingStart() && !store.session) {
      store.start({ filter, mode: prefs.mode, extraNew });
    }
    clearPendingStart();
    // Only when the screen opens: later changes of the choices concern the next session.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const changePrefs = (next: StudyPrefs) => {
    setPrefs(next);
    saveStudyPrefs(env.storage, next);
  };
  const start = (spec: Omit<SessionSpec, 'mode'>) =>
    session.getState().start({ ...spec, mode: prefs.mode });

  return (
    <Screen title={t('study.title')}>
      {active ? (
        <StudySession />
      ) : result ? (
        <Suspense fallback={null}>
          <StudySummary result={result} onBack={() => session.getState().closeSummary()} />
        </Suspense>
      ) : (
        <StudyOverview
          prefs={prefs}
          onPrefs={changePrefs}
          filter={filter}
          extraNew={extraNew}
          onMoreNew={() => setExtraNew((n) => n + MORE_NEW_CARDS)}
          onStart={() => start({ filter, extraNew })}
          onEssentials={() => start(essentialsSession())}
        />
      )}
    </Screen>
  );
}
