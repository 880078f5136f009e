import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grade } from '../../domain/card-model';
import type { AnswerMode } from '../../domain/answer-mode';
import type { Face, ShownCard } from '../../state/study-session-store';
import { CardPrompt } from '../../ui/card-prompt';
import { CodeLesson } from '../../ui/code-lesson';
import { useLessonMore } from '../../ui/use-lesson-more';
import { AnswerChoices, AnswerVerdict, LeechNotice, TypedCodeForm, WhyNot } from './card-parts';
import { GradeBar } from './grade-bar';

export type { Face, ShownCard };

export interface StudyCardProps {
  shown: ShownCard;
  face: Face;
  mode: AnswerMode;
  typed: string;
  onTyped: (value: string) => void;
  onCheck: (code: number) => void;
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

/** One study card: the prompt and a way to answer, then the lesson and the four grades. */
export function StudyCard(props: StudyCardProps) {
  const { shown, face, mode, backRef } = props;
  const { t } = useTranslation();
  const id = useId();
  const { code, kind } = shown.item;
  const checked = kind !== 'recall';
  const back = face.side === 'back' ? face : undefined;
  const headingId = `${id}-q`;
  const more = useLessonMore();
  const wrongPick = back?.given !== undefined && back.given !== code ? back.given : undefined;

  return (
    <section className="card" aria-labelledby={headingId}>
      <p className="card__kind">
        <span className={`badge badge--queue-${shown.item.queue}`}>
          {t(`study.queue.${shown.item.queue}`)}
        </span>
      </p>
      <CardPrompt
        code={code}
        kind={kind}
        variant={shown.variant}
        headingId={headingId}
        headingRef={props.promptRef}
      />
      {!checked && !back ? (
        <button
          type="button"
          className="primary card__reveal"
          aria-keyshortcuts="Space Enter"
          onClick={props.onReveal}
        >
          {t('study.showAnswer')}
        </button>
      ) : null}
      {checked && mode === 'typed' && !back ? (
        <TypedCodeForm
          value={props.typed}
          onChange={props.onTyped}
          onSubmit={props.onCheck}
          inputRef={props.inputRef}
          describedBy={headingId}
        />
      ) : null}
      {checked && mode === 'choice' ? (
        <AnswerChoices
          options={shown.options}
          show="code"
          answer={back ? code : undefined}
          picked={back?.given}
          onPick={props.onCheck}
          labelledBy={headingId}
        />
      ) : null}
      {back ? (
        <div className="card-back" ref={backRef}>
          {checked ? <AnswerVerdict answer={code} given={back.given} /> : null}
          {wrongPick !== undefined ? <WhyNot answer={code} picked={wrongPick} /> : null}
          {props.leechLapses !== undefined ? (
            <LeechNotice lapses={props.leechLapses} onAction={props.onLeech} />
          ) : null}
          <CodeLesson
            code={code}
            headingLevel={3}
            titleRef={props.lessonRef}
            more={more}
            skipContrast={wrongPick}
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
