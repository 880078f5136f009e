import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import {
  answerKey,
  codeOfKey,
  optionKey,
  type QuestionOption,
} from '../../domain/card-kinds/question';
import type { QuizQuestion } from '../../domain/quiz';
import { useCodeText } from '../../state/use-texts';
import { CodeName } from '../../ui/code-name';
import { OptionText } from '../../ui/kind-renderers';

/** An answer as the results show it: a code with its name, or the option's words. */
function Answer({ option, right = false }: { option: QuestionOption; right?: boolean }) {
  if (option.type === 'code')
    return (
      <>
        {right ? <strong>{option.code}</strong> : option.code} <CodeName code={option.code} />
      </>
    );
  return (
    <Suspense fallback="…">
      <OptionText option={option} />
    </Suspense>
  );
}

/**
 * One missed quiz question: what was asked, the learner's answer, the right one, and why: the right
 * code's summary and, for a code given instead, how the two differ.
 */
export function MissedQuestion({
  question: q,
  given,
}: {
  question: QuizQuestion;
  given: string | undefined;
}) {
  const { t } = useTranslation();
  const text = useCodeText(q.code);
  const rightOption = q.question.options[q.question.answer];
  const givenOption = q.question.options.find((o) => optionKey(o) === given);
  const right = codeOfKey(answerKey(q.question));
  const givenCode = codeOfKey(given);
  // The chosen code's texts, for a contrast written from its side (loads only its own group).
  const givenText = useCodeText(givenCode ?? q.code);
  const contrast =
    givenCode === undefined || right === undefined || givenCode === right
      ? undefined
      : (text?.contrasts[String(givenCode)] ?? givenText?.contrasts[String(right)]);
  return (
    <li className="missed">
      <p className="missed__prompt">
        <span className="badge">{t(`quiz.type.${q.type}`)}</span> <PromptText question={q} />
      </p>
      <dl className="missed__answers">
        <div>
          <dt>{t('quiz.results.yourAnswer')}</dt>
          <dd>
            {givenOption ? (
              <Answer option={givenOption} />
            ) : givenCode !== undefined ? (
              <Answer option={{ type: 'code', code: givenCode }} />
            ) : (
              t('quiz.results.noAnswer')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('quiz.results.rightAnswer')}</dt>
          <dd>{rightOption ? <Answer option={rightOption} right /> : null}</dd>
        </div>
      </dl>
      <p>{text?.summary}</p>
      {contrast ? <p className="missed__contrast">{contrast}</p> : null}
    </li>
  );
}

/** What the question showed, in short: the code, the name or the situation (generated ones: none). */
function PromptText({ question }: { question: QuizQuestion }) {
  const text = useCodeText(question.code);
  const p = question.question.prompt;
  if (p.form === 'recall') return <strong>{p.code}</strong>;
  if (p.form === 'reverse') return <strong>{text?.name}</strong>;
  if (p.form === 'scenario' || p.form === 'duel') {
    const scenarios = text?.scenarios ?? [];
    return <>{scenarios[p.variant % Math.max(1, scenarios.length)]}</>;
  }
  return null;
}
