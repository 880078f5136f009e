import type { CodeFacts, CodeText } from '../../domain/dataset-schema';
import type { Language } from '../../domain/language';
import type { Mastery } from '../../domain/mastery';
import { Link } from '../../ui/router';
import { MasteryBadge } from './mastery-badge';
import { StatusBadge } from './status-badge';

interface CodeRowProps {
  facts: CodeFacts;
  text: CodeText | undefined;
  lang: Language;
  mastery: Mastery;
}

/** One code in the Browse list: a link to its page (number and name), then its status and the user's mastery. */
export function CodeRow({ facts, text, lang, mastery }: CodeRowProps) {
  const name = text?.name ?? facts.phrase;
  return (
    <li className="code-row">
      <Link to={`/browse/${facts.code}`} className="code-row__link">
        <span className="code-row__code">{facts.code}</span>{' '}
        <span className="code-row__name">{name}</span>
        {lang !== 'en' && (
          <>
            {' '}
            <span lang="en" className="code-row__phrase">
              {facts.phrase}
            </span>
          </>
        )}
      </Link>
      <span className="code-row__badges">
        <StatusBadge facts={facts} />
        <MasteryBadge mastery={mastery} />
      </span>
    </li>
  );
}
