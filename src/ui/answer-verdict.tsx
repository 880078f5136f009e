import { useTranslation } from 'react-i18next';
import { useLocaleTexts } from '../state/use-texts';

/** Right or wrong, in words and a symbol (never colour alone), naming the learner's answer when wrong. */
export function AnswerVerdict({ answer, given }: { answer: number; given: number | undefined }) {
  const { t } = useTranslation();
  const texts = useLocaleTexts();
  const right = given === answer;
  const givenName = given === undefined ? undefined : texts?.codes[String(given)]?.name;
  return (
    <div className={`verdict verdict--${right ? 'right' : 'wrong'}`}>
      <p className="verdict__head">
        <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
        {right ? t('card.correct') : t('card.wrong')}
      </p>
      {!right ? (
        <p>
          {given === undefined
            ? null
            : givenName
              ? t('card.youAnsweredNamed', { given, name: givenName })
              : t('card.youAnswered', { given })}{' '}
          {t('card.theAnswerIs', { code: answer })}
        </p>
      ) : null}
    </div>
  );
}

/** The sentence a screen reader hears when an answer is checked. */
export function useAnswerAnnouncer(): (answer: number, given: number | undefined) => string {
  const { t } = useTranslation();
  const texts = useLocaleTexts();
  return (answer, given) => {
    const name = texts?.codes[String(answer)]?.name ?? '';
    return given === answer
      ? t('card.announceCorrect', { code: answer, name })
      : t('card.announceWrong', { code: answer, name, given: given ?? '—' });
  };
}
