import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grade } from '../../domain/card-model';
import type { AnswerMode } from '../../domain/answer-mode';
import { answerKey, codeOfKey } from '../../domain/card-kinds/question';
import type { Face, ShownCard } from '../../state/study-session-store';
import { KindBack, KindPrompt, KnowledgeSummary, PromptPlaceholder } from '../../ui/kind-renderers';
import { useLessonMore } from '../../ui/use-lesson-more';
import {
  AnswerChoices,
  AnswerVerdict,
  CodeLesson,
  LeechNotice,
  TypedCodeForm,
  WhyNot,
} from './card-parts';
import { GradeBar } from './grade-bar';

export type { Face, ShownCard };

export interface StudyCardProps {
  shown: ShownCard;
  face: Face;
  mode: AnswerMode;
  typed: string;
  onTyped: (value: string) => void;
  /** Checks an answer: an option's key (a code as its digits). */
  onCheck: (key: string) => void;
  onReveal: () => void;
  onGrade: (grade: Grade) => void;
  intervals: Record<Grade, number>;
  /** Lapses of a card flagged as a leech (undefined when it is not one). */
  leechLapses?: number | undefined;
  onLeech: (action: 'suspend' | 'reset') => void;
  promptRef: Ref<HTMLHeadingElement>;
  inputRef: Ref<HTMLInputElement>;
  lessonRef: Ref<HTMLHeadingElement>;
  /** The back of the card, which the session scrolls into view when it appears. */
  backRef?: Ref<HTMLDivElement>;
}

/**
 * One study card of any kind: its question and a way to answer (reveal, choose or type), then what
 * the answer teaches, the code's lesson and the four grades.
 */
export function StudyCard(props: StudyCardProps) {
  const { shown, face, mode, backRef } = props;
  const { t } = useTranslation();
  const id = useId();
  const { question } = shown;
  const back = face.side === 'back' ? face : undefined;
  const headingId = `${id}-q`;
  const more = useLessonMore();
  const right = question ? answerKey(question) : '';
  const answerCode = codeOfKey(right);
  const givenCode = codeOfKey(back?.given);
  const wrongPick =
    answerCode !== undefined && givenCode !== undefined && givenCode !== answerCode
      ? givenCode
      : undefined;
  const lessonCode = question?.code ?? shown.item.code;
  const choice = question !== undefined && question.answer >= 0;

  return (
    <section className="card" aria-labelledby={headingId}>
      <p className="card__kind">
        <span className={`badge badge--queue-${shown.item.queue}`}>
          {t(`study.queue.${shown.item.queue}`)}
        </span>
      </p>
      {question ? (
        <KindPrompt question={question} headingId={headingId} headingRef={props.promptRef}>
          {!choice && !back ? (
            <button
              type="button"
              className="primary card__reveal"
              aria-keyshortcuts="Space Enter"
              onClick={props.onReveal}
            >
              {t('study.showAnswer')}
            </button>
          ) : null}
          {choice && mode === 'typed' && question.typed && !back ? (
            <TypedCodeForm
              value={props.typed}
              onChange={props.onTyped}
              onSubmit={(code) => props.onCheck(String(code))}
              inputRef={props.inputRef}
              describedBy={headingId}
            />
          ) : null}
          {choice && (mode === 'choice' || !question.typed || back) ? (
            <AnswerChoices
              options={question.options}
              answer={back ? right : undefined}
              picked={back?.given}
              onPick={props.onCheck}
              labelledBy={headingId}
            />
          ) : null}
        </KindPrompt>
      ) : (
        <PromptPlaceholder headingId={headingId} headingRef={props.promptRef} />
      )}
      {back && question ? (
        <div className="card-back" ref={backRef}>
          {answerCode !== undefined && choice ? (
            <AnswerVerdict answer={answerCode} given={givenCode} />
          ) : null}
          {wrongPick !== undefined && answerCode !== undefined ? (
            <WhyNot answer={answerCode} picked={wrongPick} />
          ) : null}
          <KindBack question={question} given={back.given} />
          {props.leechLapses !== undefined ? (
            <LeechNotice lapses={props.leechLapses} onAction={props.onLeech} />
          ) : null}
          <CodeLesson
            code={lessonCode}
            headingLevel={3}
            titleRef={props.lessonRef}
            more={more}
            skipContrast={wrongPick}
            knowledge={<KnowledgeSummary code={lessonCode} headingLevel={4} />}
          />
          <h3 id={`${id}-grade`} className="visually-hidden">
            {t('study.gradeLabel')}
          </h3>
          <GradeBar
            intervals={props.intervals}
            proposed={back.proposed}
            onGrade={props.onGrade}
            labelledBy={`${id}-grade`}
          />
        </div>
      ) : null}
    </section>
  );
}
