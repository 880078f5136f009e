import { useTranslation } from 'react-i18next';
import { answerKey, codeOfKey } from '../../domain/card-kinds/question';
import type { QuizQuestion } from '../../domain/quiz';
import { useCodeText } from '../../state/use-texts';
import { AnswerChoices } from '../../ui/answer-choices';
import { CodeName } from '../../ui/code-name';

/**
 * One missed quiz question: what was asked, the learner's answer, the right one, and why: the right
 * code's summary and, for a code given instead, how the two differ.
 */
export function MissedQuestion({
  question: q,
  given,
  index,
}: {
  question: QuizQuestion;
  given: string | undefined;
  index: number;
}) {
  const { t } = useTranslation();
  const text = useCodeText(q.code);
  const right = codeOfKey(answerKey(q.question));
  const givenCode = codeOfKey(given);
  // The chosen code's texts, for a contrast written from its side (loads only its own group).
  const givenText = useCodeText(givenCode ?? q.code);
  const contrast =
    givenCode === undefined || right === undefined || givenCode === right
      ? undefined
      : (text?.contrasts[String(givenCode)] ?? givenText?.contrasts[String(right)]);
  const headingId = `missed-${index}`;
  return (
    <li className="missed">
      <p className="missed__prompt" id={headingId}>
        <span className="badge">{t(`quiz.type.${q.type}`)}</span> <PromptText question={q} />
      </p>
      {given === undefined ? <p>{t('quiz.results.noAnswer')}</p> : null}
      <AnswerChoices
        options={q.question.options}
        codesAsNames={q.type === 'code-to-name'}
        answer={answerKey(q.question)}
        picked={given}
        onPick={() => undefined}
        labelledBy={headingId}
      />
      {right !== undefined ? (
        <p>
          <strong>{right}</strong> <CodeName code={right} />: {text?.summary}
        </p>
      ) : (
        <p>{text?.summary}</p>
      )}
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
