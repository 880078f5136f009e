import { useTranslation } from 'react-i18next';
import { classOf } from '../../domain/dataset';
import { type CodeFacts, type LocaleTexts } from '../../domain/dataset-schema';
import { CLASS_DIGITS } from '../../domain/code-classes';
import type { Language } from '../../domain/language';
import type { Mastery } from '../../domain/mastery';
import { useBadgeLabels } from './badge-labels';
import { CodeRow } from './code-row';

interface CodeListProps {
  codes: readonly CodeFacts[];
  /** Code → name in the current language. */
  names: Readonly<Record<string, string>>;
  classes: LocaleTexts['classes'];
  lang: Language;
  masteryOf: (code: number) => Mastery;
  /** Grouped under class headings (browsing) or one ranked list (search results). */
  grouped: boolean;
}

/** The codes Browse shows, either grouped by class with each class's name and summary, or as ranked results. */
export function CodeList({ codes, names, classes, lang, masteryOf, grouped }: CodeListProps) {
  const { t } = useTranslation();
  const labels = useBadgeLabels();
  const row = (facts: CodeFacts) => (
    <CodeRow
      key={facts.code}
      facts={facts}
      name={names[String(facts.code)]}
      lang={lang}
      mastery={masteryOf(facts.code)}
      labels={labels}
    />
  );
  if (!grouped) return <ul className="code-list">{codes.map(row)}</ul>;
  return (
    <>
      {CLASS_DIGITS.map((digit) => {
        const inClass = codes.filter((c) => classOf(c.code) === digit);
        if (inClass.length === 0) return null;
        const classText = classes[String(digit) as '1'];
        const headingId = `class-${digit}`;
        return (
          <section key={digit} className="code-class" aria-labelledby={headingId}>
            <h2 id={headingId} className="code-class__title">
              {t('browse.classHeading', { digit, name: classText.name })}
            </h2>
            <p className="code-class__summary">{classText.summary}</p>
            <ul className="code-list">{inClass.map(row)}</ul>
          </section>
        );
      })}
    </>
  );
}
