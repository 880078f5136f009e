import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureScreenStrings } from '../i18n/i18n';
import { useProgress, useStores } from '../state/stores';
import { ImportProblem, type ImportRefusal } from './import-problem';
import './restore-from-backup.css';

type Outcome =
  | { kind: 'restored'; reviews: number }
  | { kind: 'refused'; refusal: ImportRefusal; detail: string; text: string };

/**
 * "Restore from a backup file" for a learner whose storage is empty (a new browser, or one that
 * deleted the site's data): the file replaces the empty progress at once; a damaged one can give what
 * can be read of it. Shown beside Start on the first visit, and until its outcome has been read.
 */
export function RestoreFromBackup() {
  const { t } = useTranslation();
  const { progress } = useStores();
  const empty = useProgress((s) => s.log.length === 0 && Object.keys(s.cards).length === 0);
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  if (!empty && !outcome) return null;

  const restore = async (text: string, recover: boolean) => {
    const result = await progress.getState().importProgress(text, 'replace', { recover });
    await ensureScreenStrings().catch(() => undefined); // the messages' strings
    if (result.ok) setOutcome({ kind: 'restored', reviews: progress.getState().log.length });
    else setOutcome({ kind: 'refused', refusal: result.reason, detail: result.error, text });
  };
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      await ensureScreenStrings().catch(() => undefined);
      setOutcome({ kind: 'refused', refusal: 'unreadable', detail: '', text: '' });
      return;
    }
    await restore(text, false);
  };

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
            onChange={(e) => void onFile(e)}
          />
        </>
      )}
      <div aria-live="polite">
        {outcome?.kind === 'restored' && (
          <p>{t('settings.data.imported', { count: outcome.reviews })}</p>
        )}
        {outcome?.kind === 'refused' && (
          <ImportProblem
            refusal={outcome.refusal}
            {...(outcome.detail ? { detail: outcome.detail } : {})}
            {...(outcome.refusal === 'invalid'
              ? { onRecover: () => void restore(outcome.text, true) }
              : {})}
          />
        )}
      </div>
    </div>
  );
}
