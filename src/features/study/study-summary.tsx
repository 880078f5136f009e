import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionResult } from '../../state/study-session-store';
import { useLanguage } from '../../state/use-texts';
import { CodeName } from '../../ui/code-name';
import { Link } from '../../ui/router';
import { useFormatDuration } from '../../ui/use-format-duration';
import { useFormatWhen } from './use-format-interval';

/** The end of a session: answers and cards, accuracy, time, the codes met today, the next review. */
export function StudySummary({ result, onBack }: { result: SessionResult; onBack: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const formatDuration = useFormatDuration();
  const formatWhen = useFormatWhen();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const percent = new Intl.NumberFormat(lang, { style: 'percent' }).format(
    result.answers ? result.correct / result.answers : 0,
  );
  return (
    <section className="study-summary" aria-labelledby="study-summary-title">
      <h2 id="study-summary-title" ref={heading} tabIndex={-1}>
        {t('study.summary.title')}
      </h2>
      <ul className="study-summary__facts">
        <li>
          {t('study.summary.answers', { count: result.answers })}
          {t('study.summary.onCards', { count: result.cards })}
        </li>
        <li>{t('study.summary.accuracy', { percent })}</li>
        <li>{t('study.summary.time', { time: formatDuration(result.durationMs) })}</li>
        <li>
          {result.nextDue === undefined
            ? t('study.summary.noneDue')
            : t('study.summary.nextDue', { time: formatWhen(result.nextDue, result.at) })}
        </li>
      </ul>
      {result.learned.length > 0 ? (
        <>
          <h3>{t('study.summary.learned', { count: result.learned.length })}</h3>
          <ul className="study-summary__learned">
            {result.learned.map((code) => (
              <li key={code}>
                <Link to={`/browse/${code}`}>
                  <span className={`code-class-${Math.floor(code / 100)}`}>{code}</span>{' '}
                  <CodeName code={code} />
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <button type="button" className="primary" onClick={onBack}>
        {t('study.summary.back')}
      </button>
    </section>
  );
}
