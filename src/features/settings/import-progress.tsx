import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreProgress, type LeftOut } from '../../domain/progress-restore';
import { useProgress, useStores } from '../../state/stores';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { parameterProblemInProgress } from '../../domain/fsrs-parameters';
import { parameterProblemText } from './parameter-problem-text';
import { ImportProblem, type ImportRefusal } from '../../ui/import-problem';
import { countProgress, ProgressCountsTable, type ProgressCounts } from './progress-counts';

/** Larger files are refused before reading: a year of daily study is well under 1 MB. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

type Mode = 'merge' | 'replace';

interface PendingImport {
  fileName: string;
  text: string;
  counts: ProgressCounts;
  /** Set for a recovery: what the damaged file's readable part leaves out. */
  leftOut?: LeftOut;
  problems?: string[];
}

interface Refused {
  refusal: ImportRefusal;
  /** A precise reason already in the learner's language (a refused FSRS parameter set). */
  explanation?: string;
  detail?: string;
  /** A damaged file of ours: what can be recovered of it. */
  recoverable?: PendingImport;
}

/**
 * Import of an exported progress file: the user picks merge or replace and a file; the file is
 * validated first (a bad one gets a clear error and changes nothing; a damaged one can be recovered
 * in part), then applied after confirmation.
 */
export function ImportProgress() {
  const { t } = useTranslation();
  const id = useId();
  const { progress, env } = useStores();
  const cards = useProgress((s) => s.cards);
  const log = useProgress((s) => s.log);
  const [mode, setMode] = useState<Mode>('merge');
  const [refused, setRefused] = useState<Refused | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [message, setMessage] = useState('');

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again is a new choice
    if (!file) return;
    setRefused(null);
    setMessage('');
    if (file.size > MAX_FILE_BYTES) {
      setRefused({ refusal: 'too-large' });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setRefused({ refusal: 'unreadable' });
      return;
    }
    const result = restoreProgress(text, env.now());
    if (result.ok) {
      const counts = countProgress(result.value.cards, result.value.log);
      setPending({ fileName: file.name, text, counts });
      return;
    }
    const { partial, leftOut, problems } = result;
    const recoverable: PendingImport | undefined =
      result.reason === 'invalid'
        ? {
            fileName: file.name,
            text,
            counts: countProgress(partial.cards, partial.log),
            ...(leftOut ? { leftOut } : {}),
            ...(problems ? { problems } : {}),
          }
        : undefined;
    // A refused FSRS parameter set is named in the learner's language (its own reason), not as JSON.
    const parameters = parameterProblemInProgress(text);
    setRefused({
      refusal: result.reason,
      detail: result.error,
      ...(parameters
        ? {
            explanation: t('fsrs.parameters.invalidFile', {
              reason: parameterProblemText(t, parameters),
            }),
          }
        : {}),
      ...(recoverable ? { recoverable } : {}),
    });
  };

  const apply = async () => {
    if (!pending) return;
    setPending(null);
    const recover = pending.leftOut !== undefined;
    const result = await progress.getState().importProgress(pending.text, mode, { recover });
    if (!result.ok) {
      setRefused({ refusal: result.reason, detail: result.error });
      return;
    }
    setRefused(null);
    const reviews = countProgress(progress.getState().cards, progress.getState().log).reviews;
    setMessage(t('settings.data.imported', { count: reviews }));
  };

  const recovering = pending?.leftOut !== undefined;
  const titleKey = recovering
    ? 'settings.data.recover.title'
    : mode === 'merge'
      ? 'settings.data.confirmMergeTitle'
      : 'settings.data.confirmReplaceTitle';
  const bodyKey = recovering
    ? mode === 'merge'
      ? 'settings.data.recover.mergeBody'
      : 'settings.data.recover.replaceBody'
    : mode === 'merge'
      ? 'settings.data.confirmMergeBody'
      : 'settings.data.confirmReplaceBody';
  const confirmKey = recovering
    ? 'settings.data.recover.confirm'
    : mode === 'merge'
      ? 'settings.data.confirmMerge'
      : 'settings.data.confirmReplace';

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
        {refused && (
          <ImportProblem
            refusal={refused.refusal}
            explanation={refused.explanation}
            {...(refused.detail ? { detail: refused.detail } : {})}
            {...(refused.recoverable
              ? { onRecover: () => setPending(refused.recoverable ?? null) }
              : {})}
          />
        )}
      </div>
      {pending && (
        <ConfirmDialog
          title={t(titleKey)}
          confirmLabel={t(confirmKey)}
          danger={mode === 'replace'}
          onConfirm={() => void apply()}
          onCancel={() => setPending(null)}
        >
          <p>{t(bodyKey, { file: pending.fileName })}</p>
          <ProgressCountsTable
            columns={[
              [
                t(recovering ? 'settings.data.counts.recovered' : 'settings.data.counts.file'),
                pending.counts,
              ],
              [t('settings.data.counts.yours'), countProgress(cards, log)],
            ]}
          />
          {pending.leftOut && (
            <LeftOutSummary leftOut={pending.leftOut} problems={pending.problems} />
          )}
        </ConfirmDialog>
      )}
    </div>
  );
}

/** What a recovery leaves out, in words, with the validator's list of problems in a disclosure. */
function LeftOutSummary({
  leftOut,
  problems,
}: {
  leftOut: LeftOut;
  problems: string[] | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        {t('settings.data.recover.leftOut', { cards: leftOut.cards, entries: leftOut.entries })}
      </p>
      {leftOut.settings > 0 && (
        <p>{t('settings.data.recover.leftOutSettings', { count: leftOut.settings })}</p>
      )}
      {problems && problems.length > 0 && (
        <details>
          <summary>{t('app.technicalDetails')}</summary>
          <ul className="import-problems">
            {problems.map((p, i) => (
              <li key={i}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
