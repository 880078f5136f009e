import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grade } from '../../domain/card-model';
import type { AnswerMode } from '../../domain/quiz';
import type { QueueItem } from '../../domain/queue';
import { AnswerChoices } from '../../ui/answer-choices';
import { AnswerVerdict } from '../../ui/answer-verdict';
import { CardPrompt } from '../../ui/card-prompt';
import { CodeLesson } from '../../ui/code-lesson';
import { TypedCodeForm } from '../../ui/typed-code-form';
import { GradeBar } from './grade-bar';
import { LeechNotice } from './leech-notice';

/** A card as shown in a session: its queue item and the seeded choices made when it appeared. */
export interface ShownCard {
  item: QueueItem;
  /** Which scenario to show (scenario cards). */
  variant: number;
  /** Four codes for multiple choice (reverse and scenario cards). */
  options: number[];
  shownAt: number;
}

/** Front, or back with the learner's checked answer (if any) and the grade Enter would give. */
export type Face = { side: 'front' } | { side: 'back'; given?: number; proposed: Grade };

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
}

/** One study card: the prompt and a way to answer, then the lesson and the four grades. */
export function StudyCard(props: StudyCardProps) {
  const { shown, face, mode } = props;
  const { t } = useTranslation();
  const id = useId();
  const { code, kind } = shown.item;
  const checked = kind !== 'recall';
  const back = face.side === 'back' ? face : undefined;
  const headingId = `${id}-q`;

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
        <div className="card-back">
          {checked ? <AnswerVerdict answer={code} given={back.given} /> : null}
          {props.leechLapses !== undefined ? (
            <LeechNotice lapses={props.leechLapses} onAction={props.onLeech} />
          ) : null}
          <CodeLesson code={code} headingLevel={3} titleRef={props.lessonRef} />
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
