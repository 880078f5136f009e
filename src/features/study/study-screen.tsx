import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueFilter } from '../../domain/queue';
import { useStores } from '../../state/stores';
import { useRouter } from '../../ui/router';
import { Screen } from '../../ui/screen';
import { clearPendingStart, hasPendingStart } from './pending-start';
import { MORE_NEW_CARDS, StudyOverview } from './study-overview';
import { readStudyPrefs, saveStudyPrefs, type StudyPrefs } from './study-prefs';
import { focusCodeFrom, studyOutlook } from './study-queue';
import { StudySession, type SessionResult } from './study-session';
import { StudySummary } from './study-summary';
import '../../ui/card.css';
import './study.css';

type Phase =
  | { name: 'overview' }
  | { name: 'session'; id: number; focusCode?: number | undefined }
  | { name: 'summary'; result: SessionResult; nextDue: number | undefined; at: number };

/** The Study screen: today's overview → a session → its summary. */
export function StudyScreen() {
  const { t } = useTranslation();
  const { env, progress } = useStores();
  const [prefs, setPrefs] = useState(() => readStudyPrefs(env.storage));
  const router = useRouter();
  // "/study?code=404" (Browse's "Study this code now") opens a session on that code at once.
  const [phase, setPhase] = useState<Phase>(() => {
    const focusCode = focusCodeFrom(window.location.search);
    if (focusCode !== undefined) return { name: 'session', id: env.now(), focusCode };
    // Start pressed on index.html's prerendered overview, before the app had loaded.
    return hasPendingStart() ? { name: 'session', id: env.now() } : { name: 'overview' };
  });
  useEffect(() => clearPendingStart(), []);
  // "Study more new cards" raises today's limit while this screen is open.
  const [extraNew, setExtraNew] = useState(0);
  const filter: QueueFilter = useMemo(
    () => ({ classes: prefs.classes, includeUnofficial: prefs.unofficial }),
    [prefs.classes, prefs.unofficial],
  );

  const changePrefs = (next: StudyPrefs) => {
    setPrefs(next);
    saveStudyPrefs(env.storage, next);
  };

  const end = useCallback(
    (result: SessionResult) => {
      if (window.location.search) router.navigate('/study', { replace: true });
      if (result.studied === 0) {
        setPhase({ name: 'overview' });
        return;
      }
      const now = env.now();
      const outlook = studyOutlook(progress.getState(), filter, extraNew, now);
      setPhase({ name: 'summary', result, nextDue: outlook.nextDue, at: now });
    },
    [env, progress, filter, extraNew, router],
  );

  return (
    <Screen title={t('study.title')}>
      {phase.name === 'overview' ? (
        <StudyOverview
          prefs={prefs}
          onPrefs={changePrefs}
          filter={filter}
          extraNew={extraNew}
          onMoreNew={() => setExtraNew((n) => n + MORE_NEW_CARDS)}
          onStart={() => setPhase({ name: 'session', id: env.now() })}
        />
      ) : phase.name === 'session' ? (
        <StudySession
          key={phase.id}
          filter={filter}
          mode={prefs.mode}
          extraNew={extraNew}
          focusCode={phase.focusCode}
          onEnd={end}
        />
      ) : (
        <StudySummary
          result={phase.result}
          nextDue={phase.nextDue}
          now={phase.at}
          onBack={() => setPhase({ name: 'overview' })}
        />
      )}
    </Screen>
  );
}
