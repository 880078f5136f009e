import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { answerKey, optionKey, type KindQuestion } from '../../domain/card-kinds/question';
import { optionString } from './option-text';
import './kinds.css';

/**
 * The back of a generated question: for answers that are not codes, the verdict in words (codes have
 * their own, with the code's name); then what the kind's renderer says the answer teaches.
 */
export function KindBack({
  question,
  given,
  Teach,
}: {
  question: KindQuestion;
  given?: string | undefined;
  Teach?: ComponentType<{ question: KindQuestion; given?: string | undefined }> | undefined;
}) {
  const { t } = useTranslation();
  const right = question.options[question.answer];
  const picked = question.options.find((o) => optionKey(o) === given);
  const isRight = given === answerKey(question);
  return (
    <>
      {right && right.type !== 'code' ? (
        <div className={`verdict verdict--${isRight ? 'right' : 'wrong'}`}>
          <p className="verdict__head">
            <span aria-hidden="true">{isRight ? '✓ ' : '✗ '}</span>
            {isRight ? t('card.correct') : t('card.wrong')}
          </p>
          {!isRight && picked ? (
            <p>{t('kinds.verdict.youAnswered', { label: optionString(t, picked) })}</p>
          ) : null}
          {!isRight ? (
            <p>{t('kinds.verdict.answerIs', { label: optionString(t, right) })}</p>
          ) : null}
        </div>
      ) : null}
      {Teach ? <Teach question={question} given={given} /> : null}
    </>
  );
}
