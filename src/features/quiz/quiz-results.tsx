import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuizCategory, QuizQuestion, QuizScore } from '../../domain/quiz';
import { useLanguage } from '../../state/use-texts';
import { useFormatDuration } from '../../ui/use-format-duration';
import { useStores } from '../../state/stores';
import { MissedQuestion } from './missed-question';
import { addToStudy, type UnscheduledAnswer } from './record-quiz-answer';

export interface QuizResultsProps {
  questions: readonly QuizQuestion[];
  given: readonly (string | undefined)[];
  /** Answers about cards the learner has not studied yet: offered to be added to their study. */
  unscheduled: readonly UnscheduledAnswer[];
  score: QuizScore;
  durationMs: number;
  counted: boolean;
  onRetryMissed: () => void;
  onRetrySame: () => void;
  onNewQuiz: () => void;
}

/** The end of a quiz: score overall and per category, time, every missed question explained, retries. */
export function QuizResults(props: QuizResultsProps) {
  const { questions, given, score, durationMs } = props;
  const { t } = useTranslation();
  const lang = useLanguage();
  const formatDuration = useFormatDuration();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { progress } = useStores();
  const [added, setAdded] = useState(false);
  const newCodes = new Set(props.unscheduled.map((a) => a.code)).size;

  const percent = new Intl.NumberFormat(lang, { style: 'percent' });
  const categoryName = (c: QuizCategory) =>
    c === 'unofficial' ? t('quiz.setup.unofficial') : `${c}xx`;

  return (
    <section className="quiz-results" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('quiz.results.title')}
      </h2>
      <p className="quiz-results__score">
        {t('quiz.results.score', {
          correct: score.correct,
          total: score.total,
          percent: percent.format(score.total ? score.correct / score.total : 0),
        })}
      </p>
      <p>{t('quiz.results.time', { time: formatDuration(durationMs) })}</p>
      {props.counted ? <p className="muted">{t('quiz.results.counted')}</p> : null}
      {added ? (
        <p role="status">{t('quiz.results.added', { count: newCodes })}</p>
      ) : newCodes > 0 ? (
        <div className="quiz-results__add">
          <p>{t('quiz.results.notStudied', { count: newCodes })}</p>
          <button
            type="button"
            onClick={() => {
              addToStudy(progress, props.unscheduled);
              setAdded(true);
            }}
          >
            {t('quiz.results.addNew', { count: newCodes })}
          </button>
        </div>
      ) : null}

      <table className="quiz-results__table">
        <caption>{t('quiz.results.byCategory')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('quiz.results.category')}</th>
            <th scope="col">{t('quiz.results.correct')}</th>
          </tr>
        </thead>
        <tbody>
          {score.byCategory.map((c) => (
            <tr key={c.category}>
              <th scope="row">{categoryName(c.category)}</th>
              <td>
                {c.correct} / {c.total} ({percent.format(c.correct / c.total)})
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="session-actions">
        {score.missed.length > 0 ? (
          <button type="button" className="primary" onClick={props.onRetryMissed}>
            {t('quiz.results.retryMissed', { count: score.missed.length })}
          </button>
        ) : null}
        <button type="button" onClick={props.onRetrySame}>
          {t('quiz.results.retrySame')}
        </button>
        <button type="button" onClick={props.onNewQuiz}>
          {t('quiz.results.newQuiz')}
        </button>
      </div>

      <h3>{t('quiz.results.missedTitle')}</h3>
      {score.missed.length === 0 ? <p>{t('quiz.results.noneMissed')}</p> : null}
      <ol className="missed-list">
        {score.missed.map((i) =>
          questions[i] ? <MissedQuestion key={i} question={questions[i]} given={given[i]} /> : null,
        )}
      </ol>
    </section>
  );
}
