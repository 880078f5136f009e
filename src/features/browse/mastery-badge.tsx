import type { Mastery } from '../../domain/mastery';
import type { BadgeLabels } from './badge-labels';

/** The user's mastery of a code as a labelled text badge (the colour only repeats what the text says). */
export function MasteryBadge({ mastery, labels }: { mastery: Mastery; labels: BadgeLabels }) {
  return (
    <span className={`badge badge--mastery badge--${mastery}`}>
      <span className="visually-hidden">{labels.masteryPrefix} </span>
      {labels.mastery[mastery]}
    </span>
  );
}
