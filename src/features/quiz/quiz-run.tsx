import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerKey, codeOfKey, optionKey } from '../../domain/card-kinds/question';
import { acceptsTypedAnswer, type AnswerMode, type QuizQuestion } from '../../domain/quiz';
import { useStores } from '../../state/stores';
import { AnswerChoices } from '../../ui/answer-choices';
import { CodeLesson } from '../../ui/code-lesson';
import { KindBack, KindPrompt, KnowledgeSummary } from '../../ui/kind-renderers';
import { LiveRegion } from '../../ui/live-region';
import { SessionProgress } from '../../ui/session-progress';
import { ShortcutsHelp } from '../../ui/shortcuts-help';
import { TypedCodeForm } from '../../ui/typed-code-form';
import { useKeyShortcuts } from '../../ui/use-key-shortcuts';
import { AnswerVerdict } from '../../ui/answer-verdict';
import { useAnswerAnnouncer } from '../../ui/use-answer-announcer';
import { useLessonMore } from '../../ui/use-lesson-more';
import { WhyNot } from '../../ui/why-not';
import { recordQuizAnswer, type UnscheduledAnswer } from './record-quiz-answer';

export interface QuizRunProps {
  questions: readonly QuizQuestion[];
  mode: AnswerMode;
  /**
   * Called after the last question with the answer (option key) given to each question, and the
   * answers about cards the learner has not studied yet (the results offer to add them).
   */
  onFinish: (given: (string | undefined)[], unscheduled: UnscheduledAnswer[]) => void;
  onLeave: () => void;
}

/** One question at a time: answer (choice or typed), see right/wrong and the lesson, go on. */
export function QuizRun({ questions, mode, onFinish, onLeave }: QuizRunProps) {
  const { t } = useTranslation();
  const stores = useStores();
  const id = useId();
  const [index, setIndex] = useState(0);
  const [given, setGiven] = useState<(string | undefined)[]>([]);
  const [unscheduled, setUnscheduled] = useState<UnscheduledAnswer[]>([]);
  const more = useLessonMore();
  const [typed, setTyped] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const shownAt = useRef(stores.env.now());
  const promptRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const lessonRef = useRef<HTMLHeadingElement>(null);
  const announce = useAnswerAnnouncer();

  const question = questions[index];
  const checked = given.length > index;
  const typedHere = question !== undefined && mode === 'typed' && acceptsTypedAnswer(question);
  const last = index === questions.length - 1;

  useEffect(() => {
    if (checked) lessonRef.current?.focus();
    else if (typedHere) inputRef.current?.focus();
    else promptRef.current?.focus();
  }, [index, checked, typedHere]);

  const answer = (key: string) => {
    if (checked || !question) return;
    const now = stores.env.now();
    const recorded = recordQuizAnswer(stores.progress, question, key, now - shownAt.current);
    if (typeof recorded === 'object') setUnscheduled((u) => [...u, recorded]);
    setGiven((g) => [...g.slice(0, index), key]);
  };

  const next = () => {
    if (last) {
      onFinish(given, unscheduled);
      return;
    }
    shownAt.current = stores.env.now();
    setTyped('');
    setIndex((i) => i + 1);
  };

  useKeyShortcuts((k) => {
    if (k.key === 'escape') return (onLeave(), true);
    if (k.key === '?') return (setHelpOpen(true), true);
    if (!question) return false;
    if (checked) {
      if ((k.key === 'enter' || k.key === ' ') && !k.onControl) return (next(), true);
      return false;
    }
    if (typedHere) {
      if (/^\d$/.test(k.key)) {
        setTyped((v) => v + k.key);
        inputRef.current?.focus();
        return true;
      }
      return false;
    }
    const pick = '1234'.indexOf(k.key) >= 0 ? '1234'.indexOf(k.key) : 'abcd'.indexOf(k.key);
    const option = pick >= 0 ? question.question.options[pick] : undefined;
    if (option !== undefined) return (answer(optionKey(option)), true);
    return false;
  }, !helpOpen);

  if (!question) return null;
  const right = answerKey(question.question);
  const rightCode = codeOfKey(right);
  const pickedCode = checked ? codeOfKey(given[index]) : undefined;
  const wrongPick =
    pickedCode !== undefined && rightCode !== undefined && pickedCode !== rightCode
      ? pickedCode
      : undefined;
  const headingId = `${id}-q`;
  return (
    <div className="quiz-run">
      <SessionProgress
        label={t('quiz.run.progressLabel')}
        value={index + (checked ? 1 : 0)}
        max={questions.length}
        text={t('quiz.run.questionOf', { n: index + 1, total: questions.length })}
      />
      <section className="card" aria-labelledby={headingId}>
        <KindPrompt
          question={question.question}
          asksName={question.type === 'code-to-name'}
          headingId={headingId}
          headingRef={promptRef}
        >
          {typedHere && !checked ? (
            <TypedCodeForm
              value={typed}
              onChange={setTyped}
              onSubmit={(code) => answer(String(code))}
              inputRef={inputRef}
              describedBy={headingId}
            />
          ) : typedHere ? null : (
            <AnswerChoices
              options={question.question.options}
              codesAsNames={question.type === 'code-to-name'}
              answer={checked ? right : undefined}
              picked={given[index]}
              onPick={answer}
              labelledBy={headingId}
            />
          )}
        </KindPrompt>
        {checked ? (
          <div className="card-back">
            {rightCode !== undefined ? (
              <AnswerVerdict answer={rightCode} given={pickedCode} />
            ) : null}
            {wrongPick !== undefined && rightCode !== undefined ? (
              <WhyNot answer={rightCode} picked={wrongPick} />
            ) : null}
            <KindBack question={question.question} given={given[index]} />
            <CodeLesson
              code={question.question.code}
              titleRef={lessonRef}
              headingLevel={3}
              more={more}
              skipContrast={wrongPick}
              knowledge={<KnowledgeSummary code={question.question.code} headingLevel={4} />}
            />
          </div>
        ) : null}
      </section>
      {/* Next stays under the thumb, however long the lesson above it. */}
      {checked ? (
        <div className="quiz-next-bar">
          <button type="button" className="primary" onClick={next}>
            {last ? t('quiz.run.finish') : t('quiz.run.next')}
          </button>
        </div>
      ) : null}
      <div className="session-actions">
        <button type="button" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
          {t('card.help')}
        </button>
        <button type="button" onClick={onLeave} aria-keyshortcuts="Escape">
          {t('quiz.run.leave')}
        </button>
      </div>
      {/* Said from the answer itself, so a language switch says it again in the new language. */}
      <LiveRegion
        message={
          !checked
            ? ''
            : rightCode !== undefined
              ? announce(rightCode, pickedCode)
              : t(given[index] === right ? 'card.correct' : 'card.wrong')
        }
      />
      {helpOpen ? (
        <ShortcutsHelp
          onClose={() => setHelpOpen(false)}
          shortcuts={[
            { keys: ['1', '2', '3', '4', 'A', 'B', 'C', 'D'], description: t('quiz.keys.pick') },
            { keys: ['0–9', 'Enter'], description: t('quiz.keys.type') },
            { keys: ['Enter', 'Space'], description: t('quiz.keys.next') },
            { keys: ['Esc'], description: t('quiz.keys.leave') },
            { keys: ['?'], description: t('quiz.keys.help') },
          ]}
        />
      ) : null}
    </div>
  );
}
