import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FitScore } from '../../domain/fit-evaluation';
import { planReschedule } from '../../domain/reschedule';
import { createScheduler } from '../../domain/scheduler';
import {
  cardHistories,
  countTrainingItems,
  FULL_FIT_ITEMS,
  MIN_TRAINING_ITEMS,
} from '../../domain/training-items';
import { saveParameters } from '../../state/fsrs-actions';
import {
  optimizerDownloaded,
  startOptimizer,
  type OptimizePhase,
} from '../../state/optimizer-client';
import { useProgress, useStores } from '../../state/stores';
import type { JobOutcome } from '../../state/worker-job';
import { useOnline } from '../../pwa/use-online';
import { OptimizerResult, type Comparison } from './optimizer-result';
import { NOT_ENOUGH_DATA } from '../../state/optimizer-client';

const PHASES: readonly OptimizePhase[] = ['loading', 'fitting', 'comparing'];

/** A re-run is suggested once the items have grown by half since the last run, and by 64 at least. */
function grownEnough(now: number, then: number): boolean {
  return now - then >= Math.max(FULL_FIT_ITEMS, then / 2);
}

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; phase: OptimizePhase | null; started: number }
  | { kind: 'done'; comparison: Comparison }
  | { kind: 'stopped'; outcome: Exclude<JobOutcome<unknown>, { ok: true }> };

/**
 * The optimiser: fits the parameters to the learner's log in a worker, keeps the new ones only when
 * they predict the log better, and says what changed. Cancel ends the worker; a failure changes nothing.
 */
export function OptimizerPanel() {
  const { t } = useTranslation();
  const { progress, env } = useStores();
  const log = useProgress((s) => s.log);
  const settings = useProgress((s) => s.settings);
  const online = useOnline();
  const [downloaded, setDownloaded] = useState(true);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [elapsed, setElapsed] = useState(0);
  const cancelRef = useRef<(() => void) | null>(null);
  const items = useMemo(
    () => countTrainingItems(cardHistories(log, settings.dayStartHour)),
    [log, settings.dayStartHour],
  );

  useEffect(() => {
    let live = true;
    void optimizerDownloaded().then((yes) => live && setDownloaded(yes));
    return () => {
      live = false;
    };
  }, [status.kind]);
  // Leaving Settings ends a run: nothing has been changed yet, so nothing is lost.
  useEffect(() => () => cancelRef.current?.(), []);
  useEffect(() => {
    if (status.kind !== 'running') return undefined;
    const timer = setInterval(
      () => setElapsed(Math.round((Date.now() - status.started) / 1000)),
      1000,
    );
    return () => clearInterval(timer);
  }, [status]);

  const run = async () => {
    const state = progress.getState();
    const job = startOptimizer({ log: state.log, settings: state.settings }, items, (phase) =>
      setStatus((s) => (s.kind === 'running' ? { ...s, phase } : s)),
    );
    cancelRef.current = job.cancel;
    setElapsed(0);
    setStatus({ kind: 'running', phase: null, started: Date.now() });
    const outcome = await job.result;
    cancelRef.current = null;
    if (!outcome.ok) {
      setStatus({ kind: 'stopped', outcome });
      return;
    }
    const { value } = outcome;
    const better = isBetter(value.fitted, value.current);
    let moves = 0;
    if (better) {
      const now = env.now();
      saveParameters(progress, value.w, value.items, now);
      const after = progress.getState();
      moves = planReschedule(after.cards, after.log, createScheduler(after.settings), now).entries
        .length;
    }
    setStatus({
      kind: 'done',
      comparison: { before: value.current, after: value.fitted, items: value.items, better, moves },
    });
  };

  const running = status.kind === 'running';
  const step = running && status.phase ? PHASES.indexOf(status.phase) + 1 : 0;
  const parameters = settings.parameters;
  const blockedOffline = !online && !downloaded;

  return (
    <div className="data-block">
      <h3>{t('fsrs.optimize.title')}</h3>
      <p className="setting__hint">{t('fsrs.optimize.hint')}</p>
      {items < MIN_TRAINING_ITEMS ? (
        <p className="fsrs-note">
          {t('fsrs.optimize.tooFew', { count: items, more: MIN_TRAINING_ITEMS - items })}
        </p>
      ) : parameters && grownEnough(items, parameters.reviewCount) ? (
        <p className="fsrs-note">
          {t('fsrs.optimize.grown', {
            count: items - parameters.reviewCount,
            then: parameters.reviewCount,
          })}
        </p>
      ) : (
        !parameters && <p className="fsrs-note">{t('fsrs.optimize.ready', { count: items })}</p>
      )}
      {items >= MIN_TRAINING_ITEMS && items < FULL_FIT_ITEMS && (
        <p className="fsrs-note">{t('fsrs.optimize.partial')}</p>
      )}
      {blockedOffline && <p className="fsrs-note fsrs-note--warn">{t('fsrs.optimize.offline')}</p>}
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={running || items < MIN_TRAINING_ITEMS || blockedOffline}
          onClick={() => void run()}
        >
          {t('fsrs.optimize.button')}
        </button>
        {running && (
          <button type="button" onClick={() => cancelRef.current?.()}>
            {t('fsrs.optimize.cancel')}
          </button>
        )}
      </div>
      {running && (
        <div className="fsrs-progress">
          <progress
            max={PHASES.length}
            value={step}
            aria-label={t('fsrs.optimize.step', { step })}
          />
          <p role="status">
            {t('fsrs.optimize.step', { step })}:{' '}
            {t(`fsrs.optimize.phase.${status.phase ?? 'loading'}`, { count: items })}
          </p>
          <p className="fsrs-progress__time">{t('fsrs.optimize.elapsed', { seconds: elapsed })}</p>
        </div>
      )}
      {status.kind === 'stopped' && (
        <p className="setting__error" role="alert">
          {status.outcome.reason === 'cancelled'
            ? t('fsrs.optimize.cancelled')
            : status.outcome.reason === 'timeout'
              ? t('fsrs.optimize.timeout')
              : status.outcome.reason === 'crashed'
                ? t('fsrs.optimize.crashed')
                : status.outcome.detail === NOT_ENOUGH_DATA
                  ? t('fsrs.optimize.notEnoughData')
                  : t('fsrs.optimize.failed', { detail: status.outcome.detail ?? '' })}
        </p>
      )}
      {status.kind === 'done' && <OptimizerResult comparison={status.comparison} />}
    </div>
  );
}

/** New weights are kept only when they lower the log-loss on the learner's own reviews. */
function isBetter(fitted: FitScore, current: FitScore): boolean {
  return Number.isFinite(fitted.logLoss) && fitted.logLoss < current.logLoss;
}
