import { memo } from 'react';
import type { CodeFacts } from '../../domain/dataset-schema';
import type { Language } from '../../domain/language';
import type { Mastery } from '../../domain/mastery';
import { Link } from '../../ui/router';
import type { BadgeLabels } from './badge-labels';
import { MasteryBadge } from './mastery-badge';
import { StatusBadge } from './status-badge';

interface CodeRowProps {
  facts: CodeFacts;
  /** The name in the current language (undefined: the English phrase stands in). */
  name: string | undefined;
  lang: Language;
  mastery: Mastery;
  labels: BadgeLabels;
}

/**
 * One code in the Browse list: a link to its page (number and name), then its status and the user's
 * mastery. Memoised: a keystroke re-renders only the rows that appear, not the ones that stay.
 */
export const CodeRow = memo(function CodeRow({
  facts,
  name = facts.phrase,
  lang,
  mastery,
  labels,
}: CodeRowProps) {
  return (
    <li className="code-row">
      <Link to={`/browse/${facts.code}`} className="code-row__link">
        <span className="code-row__code">{facts.code}</span>{' '}
        <span className="code-row__name">{name}</span>
        {lang !== 'en' && name !== facts.phrase && (
          <>
            {' '}
            <span lang="en" className="code-row__phrase">
              {facts.phrase}
            </span>
          </>
        )}
      </Link>
      <span className="code-row__badges">
        <StatusBadge facts={facts} labels={labels} />
        <MasteryBadge mastery={mastery} labels={labels} />
      </span>
    </li>
  );
});
