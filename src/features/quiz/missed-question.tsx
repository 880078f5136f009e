import { useTranslation } from 'react-i18next';
import type { QuizQuestion } from '../../domain/quiz';
import { useCodeText } from '../../state/use-texts';
import { CodeName } from '../../ui/code-name';

/**
 * One missed quiz question: what was asked, the learner's answer, the right one, and why: the right
 * code's summary and, when the dataset has it, how it differs from the code the learner chose.
 */
export function MissedQuestion({
  question: q,
  given,
}: {
  question: QuizQuestion;
  given: number | undefined;
}) {
  const { t } = useTranslation();
  const text = useCodeText(q.code);
  // The chosen code's texts, for a contrast written from its side (loads only its own group).
  const givenText = useCodeText(given ?? q.code);
  const scenarios = text?.scenarios ?? [];
  const contrast =
    given === undefined || given === q.code
      ? undefined
      : (text?.contrasts[String(given)] ?? givenText?.contrasts[String(q.code)]);
  return (
    <li className="missed">
      <p className="missed__prompt">
        <span className="badge">{t(`quiz.type.${q.type}`)}</span>{' '}
        {q.type === 'code-to-name' ? (
          <strong>{q.code}</strong>
        ) : q.type === 'name-to-code' ? (
          <strong>{text?.name}</strong>
        ) : (
          scenarios[q.variant % Math.max(1, scenarios.length)]
        )}
      </p>
      <dl className="missed__answers">
        <div>
          <dt>{t('quiz.results.yourAnswer')}</dt>
          <dd>
            {given === undefined ? (
              t('quiz.results.noAnswer')
            ) : (
              <>
                {given} <CodeName code={given} />
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('quiz.results.rightAnswer')}</dt>
          <dd>
            <strong>{q.code}</strong> <CodeName code={q.code} />
          </dd>
        </div>
      </dl>
      <p>{text?.summary}</p>
      {contrast ? <p className="missed__contrast">{contrast}</p> : null}
    </li>
  );
}
