import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Readiness } from '../domain/readiness';
import { CodeName } from './code-name';
import './readiness-meter.css';

/**
 * The interview track at a glance: how many essential codes are ready today, a bar, the codes not
 * ready yet, and an action (studying them) supplied by the screen.
 */
export function ReadinessMeter({
  readiness,
  action,
  headingLevel = 2,
}: {
  readiness: Readiness;
  action: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const id = useId();
  const ready = readiness.ready.length;
  const total = ready + readiness.notReady.length;
  const Heading = `h${headingLevel}` as 'h2';
  const text = t('card.readiness.count', { ready, total });
  return (
    <section className="readiness" aria-labelledby={id}>
      <Heading id={id} className="readiness__title">
        {text}
      </Heading>
      <div
        className="readiness__bar"
        role="progressbar"
        aria-label={t('card.readiness.label')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={ready}
        aria-valuetext={text}
      >
        {/* An SVG width, not a style attribute: the prerendered first screen's CSP allows no inline style. */}
        <svg
          className="readiness__svg"
          viewBox="0 0 100 10"
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          <rect className="readiness__fill" width={total ? (ready / total) * 100 : 0} height="10" />
        </svg>
      </div>
      <p className="readiness__note">{t('card.readiness.note')}</p>
      {readiness.notReady.length > 0 ? (
        <details className="readiness__list">
          <summary>{t('card.readiness.notReady', { count: readiness.notReady.length })}</summary>
          <ul>
            {readiness.notReady.map((code) => (
              <li key={code}>
                <span className={`code-class-${Math.floor(code / 100)}`}>{code}</span>{' '}
                <CodeName code={code} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {readiness.notReady.length > 0 ? action : null}
    </section>
  );
}
