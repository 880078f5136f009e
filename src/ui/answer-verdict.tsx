import { useTranslation } from 'react-i18next';
import { useCodeNames } from '../state/use-texts';

/** Right or wrong, in words and a symbol (never colour alone), naming the learner's answer when wrong. */
export function AnswerVerdict({ answer, given }: { answer: number; given: number | undefined }) {
  const { t } = useTranslation();
  const names = useCodeNames();
  const right = given === answer;
  const givenName = given === undefined ? undefined : names?.[String(given)];
  return (
    <div className={`verdict verdict--${right ? 'right' : 'wrong'}`}>
      <p className="verdict__head">
        <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
        {right ? t('card.correct') : t('card.wrong')}
      </p>
      {!right && given !== undefined ? (
        <p>
          {givenName
            ? t('card.youAnsweredNamed', { given, name: givenName })
            : t('card.youAnswered', { given })}
        </p>
      ) : null}
      {!right ? <p>{t('card.theAnswerIs', { code: answer })}</p> : null}
    </div>
  );
}
