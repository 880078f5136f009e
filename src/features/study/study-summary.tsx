import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../state/use-texts';
import { useFormatDuration } from '../../ui/use-format-duration';
import type { SessionResult } from './study-session';
import { useFormatWhen } from './use-format-interval';

/** The end of a session: cards studied, accuracy, time, and when the next review falls due. */
export function StudySummary({
  result,
  nextDue,
  now,
  onBack,
}: {
  result: SessionResult;
  nextDue: number | undefined;
  now: number;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const formatDuration = useFormatDuration();
  const formatWhen = useFormatWhen();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const percent = new Intl.NumberFormat(lang, { style: 'percent' }).format(
    result.studied ? result.correct / result.studied : 0,
  );
  return (
    <section className="study-summary" aria-labelledby="study-summary-title">
      <h2 id="study-summary-title" ref={heading} tabIndex={-1}>
        {t('study.summary.title')}
      </h2>
      <ul className="study-summary__facts">
        <li>{t('study.summary.studied', { count: result.studied })}</li>
        <li>{t('study.summary.accuracy', { percent })}</li>
        <li>{t('study.summary.time', { time: formatDuration(result.durationMs) })}</li>
        <li>
          {nextDue === undefined
            ? t('study.summary.noneDue')
            : t('study.summary.nextDue', { time: formatWhen(nextDue, now) })}
        </li>
      </ul>
      <button type="button" className="primary" onClick={onBack}>
        {t('study.summary.back')}
      </button>
    </section>
  );
}
