import type { CodeFacts } from '../../domain/dataset-schema';
import type { BadgeLabels } from './badge-labels';

/** The code's standing (standard, WebDAV, …, unofficial) as text, with who uses it when the dataset says. */
export function StatusBadge({ facts, labels }: { facts: CodeFacts; labels: BadgeLabels }) {
  return (
    <span className={`badge badge--status badge--${facts.status}`}>
      {labels.status.get(facts.code)}
    </span>
  );
}
