import { useTranslation } from 'react-i18next';
import type { RestoreFailure } from '../domain/progress-restore';

/** Why a file was not imported: what restoreProgress said, or that it could not even be read. */
export type ImportRefusal = RestoreFailure | 'too-large' | 'unreadable';

const MESSAGE = {
  'not-json': 'settings.data.importProblem.notJson',
  'not-object': 'settings.data.importProblem.notOurs',
  'not-ours': 'settings.data.importProblem.notOurs',
  'newer-version': 'settings.data.importProblem.newer',
  'unknown-version': 'settings.data.importProblem.unknownVersion',
  invalid: 'settings.data.importProblem.damaged',
  'too-large': 'settings.data.importTooLarge',
  unreadable: 'settings.data.importUnreadable',
} as const satisfies Record<ImportRefusal, string>;

/**
 * A refused import, said in the learner's language (the validator's English detail sits apart, in
 * a disclosure); a damaged file of ours offers to recover what can be read of it.
 */
export function ImportProblem({
  refusal,
  explanation,
  detail,
  onRecover,
}: {
  refusal: ImportRefusal;
  /** A more precise reason, already in the learner's language, said instead of the general one. */
  explanation?: string | undefined;
  detail?: string;
  onRecover?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="setting__error" role="alert">
      <p>{explanation ?? t(MESSAGE[refusal])}</p>
      {refusal === 'invalid' && onRecover && (
        <button type="button" onClick={onRecover}>
          {t('settings.data.recover.button')}
        </button>
      )}
      {detail && (
        <details>
          <summary>{t('app.technicalDetails')}</summary>
          <code>{detail}</code>
        </details>
      )}
    </div>
  );
}
