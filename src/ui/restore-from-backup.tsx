import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureScreenStrings } from '../i18n/i18n';
import { useProgress, useStores } from '../state/stores';
import type { RestoreOutcome } from './restore-run';
import './restore-from-backup.css';

// Rare (a first visit with a backup at hand): what a refusal says loads only then.
const ImportProblem = lazy(() =>
  import('./import-problem').then((m) => ({ default: m.ImportProblem })),
);

/**
 * "Restore from a backup file" for a learner whose storage is empty (a new browser, or one that
 * deleted the site's data), beside Start on the first visit. The restore itself (restore-run.ts)
 * loads once a file is chosen; its outcome stays until the learner moves on.
 */
export function RestoreFromBackup() {
  const { t } = useTranslation();
  const { progress } = useStores();
  const empty = useProgress((s) => s.log.length === 0 && Object.keys(s.cards).length === 0);
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<RestoreOutcome | null>(null);
  const [file, setFile] = useState<File | null>(null);
  if (!empty && !outcome) return null;

  const restore = (chosen: File, recover: boolean) =>
    void import('./restore-run')
      .then((m) => m.restoreFile(progress.getState, chosen, recover, ensureScreenStrings))
      .then(setOutcome);

  return (
    <div className="restore-backup">
      {empty && (
        <>
          <button type="button" onClick={() => input.current?.click()}>
            {t('study.restoreBackup')}
          </button>
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            hidden
            onChange={(e) => {
              const chosen = e.currentTarget.files?.[0];
              e.currentTarget.value = ''; // choosing the same file again is a new choice
              if (!chosen) return;
              setFile(chosen);
              restore(chosen, false);
            }}
          />
        </>
      )}
      <div aria-live="polite">
        {outcome?.kind === 'restored' && (
          <p>{t('settings.data.imported', { count: outcome.reviews })}</p>
        )}
        {outcome?.kind === 'refused' && (
          <Suspense fallback={null}>
            <ImportProblem
              refusal={outcome.refusal}
              {...(outcome.detail ? { detail: outcome.detail } : {})}
              {...(outcome.refusal === 'invalid' && file
                ? { onRecover: () => restore(file, true) }
                : {})}
            />
          </Suspense>
        )}
      </div>
    </div>
  );
}
