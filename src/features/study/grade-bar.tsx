import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADES, type Grade } from '../../domain/card-model';
import { useFormatInterval } from './use-format-interval';

export interface GradeBarProps {
  /** Interval each grade would give, from the scheduler's preview. */
  intervals: Record<Grade, number>;
  /** The grade Enter/Space chooses: Good for recall cards, the checked result otherwise. */
  proposed: Grade;
  onGrade: (grade: Grade) => void;
  proposedRef?: Ref<HTMLButtonElement>;
  labelledBy?: string;
}

/** Again / Hard / Good / Easy, each with the interval it would give; the proposed grade is marked. */
export function GradeBar({ intervals, proposed, onGrade, proposedRef, labelledBy }: GradeBarProps) {
  const { t } = useTranslation();
  const formatInterval = useFormatInterval();
  return (
    <div className="grade-bar" role="group" aria-labelledby={labelledBy}>
      {GRADES.map((g) => (
        <button
          key={g}
          ref={g === proposed ? proposedRef : undefined}
          type="button"
          className={`grade grade--${g}${g === proposed ? ' grade--proposed' : ''}`}
          aria-keyshortcuts={String(g)}
          onClick={() => onGrade(g)}
        >
          <span className="grade__name">{t(`study.grade.${g}`)}</span>
          <span className="grade__interval">{formatInterval(intervals[g])}</span>
          {g === proposed ? <span className="grade__proposed">{t('study.proposed')}</span> : null}
        </button>
      ))}
    </div>
  );
}
