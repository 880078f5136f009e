import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionPoint } from '../../domain/workload-simulation';
import { workloadInput } from '../../state/fsrs-actions';
import { startSimulation } from '../../state/simulator-client';
import { useProgress, useStores } from '../../state/stores';
import { RetentionChart } from './retention-chart';

const SIMULATED_DAYS = 365;

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; points: RetentionPoint[] }
  | { kind: 'failed'; detail: string };

/**
 * "Help me decide": the next year simulated (in a worker) for each desired retention, as a chart
 * and a table; choosing a point sets the desired retention (the reschedule offer then appears).
 */
export function RetentionSimulator() {
  const { t } = useTranslation();
  const { progress, env } = useStores();
  const retention = useProgress((s) => s.settings.desiredRetention);
  const update = useProgress((s) => s.updateSettings);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [message, setMessage] = useState('');
  const cancelRef = useRef<(() => void) | null>(null);
  useEffect(() => () => cancelRef.current?.(), []);

  const run = async () => {
    const state = progress.getState();
    const request = workloadInput(state, state.settings, env.now(), SIMULATED_DAYS);
    const job = startSimulation(request, (done, total) =>
      setStatus({ kind: 'running', done, total }),
    );
    cancelRef.current = job.cancel;
    setMessage('');
    setStatus({ kind: 'running', done: 0, total: 0 });
    const outcome = await job.result;
    cancelRef.current = null;
    setStatus(
      outcome.ok
        ? { kind: 'done', points: outcome.value }
        : { kind: 'failed', detail: outcome.detail ?? outcome.reason },
    );
  };

  const choose = (value: number) => {
    update({ desiredRetention: value });
    setMessage(t('fsrs.simulator.chosen', { value: `${Math.round(value * 100)} %` }));
  };

  return (
    <div className="data-block">
      <h3>{t('fsrs.simulator.title')}</h3>
      <p className="setting__hint">{t('fsrs.simulator.hint')}</p>
      <button type="button" disabled={status.kind === 'running'} onClick={() => void run()}>
        {t('fsrs.simulator.button')}
      </button>
      {status.kind === 'running' && (
        <div className="fsrs-progress">
          <progress max={status.total || 1} value={status.done} aria-hidden="true" />
          <p role="status">
            {t('fsrs.simulator.running', { done: status.done, total: status.total })}
          </p>
        </div>
      )}
      {status.kind === 'failed' && (
        <p className="setting__error" role="alert">
          {t('fsrs.simulator.failed', { detail: status.detail })}
        </p>
      )}
      {status.kind === 'done' && (
        <RetentionChart points={status.points} current={retention} onChoose={choose} />
      )}
      <p className="data-status" role="status">
        {message}
      </p>
    </div>
  );
}
