import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreProgress } from '../../domain/progress-restore';
import { useProgress, useStores } from '../../state/stores';
import { ConfirmDialog } from './confirm-dialog';
import { countProgress, ProgressCountsTable, type ProgressCounts } from './progress-counts';

/** Larger files are refused before reading: a year of daily study is well under 1 MB. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

type Mode = 'merge' | 'replace';

interface PendingImport {
  fileName: string;
  text: string;
  counts: ProgressCounts;
}

/**
 * Import of an exported progress file: the user picks merge or replace and a file; the file is
 * validated first (a bad one gets a clear error and changes nothing), then applied after confirmation.
 */
export function ImportProgress() {
  const { t } = useTranslation();
  const id = useId();
  const { progress, env } = useStores();
  const cards = useProgress((s) => s.cards);
  const log = useProgress((s) => s.log);
  const [mode, setMode] = useState<Mode>('merge');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [message, setMessage] = useState('');

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again is a new choice
    if (!file) return;
    setError(null);
    setMessage('');
    if (file.size > MAX_FILE_BYTES) {
      setError(t('settings.data.importTooLarge'));
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setError(t('settings.data.importUnreadable'));
      return;
    }
    const result = restoreProgress(text, env.now());
    if (!result.ok) {
      setError(t('settings.data.importError', { detail: result.error }));
      return;
    }
    setPending({
      fileName: file.name,
      text,
      counts: countProgress(result.value.cards, result.value.log),
    });
  };

  const apply = async () => {
    if (!pending) return;
    setPending(null);
    const result = await progress.getState().importProgress(pending.text, mode);
    if (!result.ok) {
      setError(t('settings.data.importError', { detail: result.error }));
      return;
    }
    const reviews = countProgress(progress.getState().cards, progress.getState().log).reviews;
    setMessage(t('settings.data.imported', { count: reviews }));
  };

  return (
    <div className="data-block">
      <h3>{t('settings.data.importTitle')}</h3>
      <p className="setting__hint">{t('settings.data.importHint')}</p>
      <fieldset className="setting setting--group">
        <legend>{t('settings.data.importMode')}</legend>
        {(['merge', 'replace'] as const).map((value) => (
          <label key={value} className="setting__option">
            <input
              type="radio"
              name={`${id}-mode`}
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />
            {t(`settings.data.${value}`)}
          </label>
        ))}
      </fieldset>
      <div className="setting">
        <label htmlFor={`${id}-file`}>{t('settings.data.importFile')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-error`}
          onChange={(e) => void onFile(e)}
        />
      </div>
      <p className="data-status" role="status">
        {message}
      </p>
      <div id={`${id}-error`} aria-live="assertive">
        {error && (
          <p className="setting__error" role="alert">
            {error}
          </p>
        )}
      </div>
      {pending && (
        <ConfirmDialog
          title={t(
            mode === 'merge'
              ? 'settings.data.confirmMergeTitle'
              : 'settings.data.confirmReplaceTitle',
          )}
          confirmLabel={t(
            mode === 'merge' ? 'settings.data.confirmMerge' : 'settings.data.confirmReplace',
          )}
          danger={mode === 'replace'}
          onConfirm={() => void apply()}
          onCancel={() => setPending(null)}
        >
          <p>
            {t(
              mode === 'merge'
                ? 'settings.data.confirmMergeBody'
                : 'settings.data.confirmReplaceBody',
              {
                file: pending.fileName,
              },
            )}
          </p>
          <ProgressCountsTable
            columns={[
              [t('settings.data.counts.file'), pending.counts],
              [t('settings.data.counts.yours'), countProgress(cards, log)],
            ]}
          />
        </ConfirmDialog>
      )}
    </div>
  );
}
