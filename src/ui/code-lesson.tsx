import { useId, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { draftUrl, findCode, specUrl } from '../domain/dataset';
import { useCodeExample } from '../state/use-code-example';
import { useClassText, useCodeText } from '../state/use-texts';
import { CodeName } from './code-name';
import { Link } from './router';
import './code-lesson.css';

export interface CodeLessonProps {
  code: number;
  /** Level of the lesson's title; its sections use the level below. Default 2 (under the screen's h1). */
  headingLevel?: 2 | 3;
  /** Receives the title, so a screen can move focus to the lesson when it appears. */
  titleRef?: Ref<HTMLHeadingElement>;
  /** Render related codes as links to their Browse pages (off during a study session). */
  linkRelated?: boolean;
  /**
   * Keeps everything after the summary (details, headers, example, contrasts, spec) behind one
   * "More" button, open or closed as given (the back of a card on a phone).
   */
  more?: { open: boolean; setOpen: (open: boolean) => void } | undefined;
  /** A related code whose contrast is shown elsewhere already ("Why not …?"): not repeated. */
  skipContrast?: number | undefined;
  /**
   * What a developer must know about the code (KnowledgeSummary), shown with the details: passed in
   * by the screens, so that the lesson itself stays free of the lazily loaded knowledge renderers.
   */
  knowledge?: ReactNode;
}

/**
 * Everything one status code teaches, as the back of a card or a reference page: the code and its name
 * (with the English reason phrase beside Chinese names), class and status, summary, details, headers,
 * an example response, how it differs from its related codes, and links to the RFC sections.
 */
export function CodeLesson({
  code,
  headingLevel = 2,
  titleRef,
  linkRelated,
  more,
  skipContrast,
  knowledge,
}: CodeLessonProps) {
  const { t } = useTranslation();
  const id = useId();
  const facts = findCode(code);
  const text = useCodeText(code);
  const example = useCodeExample(code);
  const classText = useClassText(facts?.class ?? Math.floor(code / 100));
  const Title = `h${headingLevel}` as 'h2';
  const Section = `h${headingLevel + 1}` as 'h3';

  if (!facts || !text) return <p className="code-lesson__loading">{t('lesson.loading')}</p>;

  // Contrasts follow the dataset's related order; any extra contrast keys come after.
  const related = [...facts.related, ...Object.keys(text.contrasts).map(Number)].filter(
    (c, i, all) =>
      all.indexOf(c) === i && c !== skipContrast && text.contrasts[String(c)] !== undefined,
  );
  const detailsId = `${id}-details`;
  const showDetails = !more || more.open;

  const details = (
    <>
      <p>{text.details}</p>
      {facts.headers.length > 0 ? (
        <p className="code-lesson__meta">
          <span className="code-lesson__label">{t('lesson.headers')}</span>{' '}
          {facts.headers.map((h, i) => (
            <span key={h}>
              {i > 0 ? ', ' : null}
              <code>{h}</code>
            </span>
          ))}
        </p>
      ) : null}
      {example ? (
        <>
          <Section>{t('lesson.example')}</Section>
          {/* Focusable so keyboard users can scroll a long example sideways. */}
          <pre tabIndex={0} aria-label={t('lesson.exampleLabel', { code })}>
            <code>{example}</code>
          </pre>
        </>
      ) : null}
      {related.length > 0 ? (
        <>
          <Section>{t('lesson.contrasts')}</Section>
          <dl className="code-lesson__contrasts">
            {related.map((other) => (
              <div key={other}>
                <dt>
                  {linkRelated ? (
                    <Link to={`/browse/${other}`}>
                      {other} <CodeName code={other} />
                    </Link>
                  ) : (
                    <>
                      <span className={`code-class-${Math.floor(other / 100)}`}>{other}</span>{' '}
                      <CodeName code={other} />
                    </>
                  )}
                </dt>
                <dd>{text.contrasts[String(other)]}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {knowledge}
      <Section>{t('lesson.spec')}</Section>
      {facts.spec.length > 0 || facts.draft ? (
        <ul className="code-lesson__spec">
          {facts.spec.map((ref) => (
            <li key={`${ref.rfc}-${ref.section}`}>
              <a href={specUrl(ref)} target="_blank" rel="noopener noreferrer">
                {t('lesson.specLink', { rfc: ref.rfc, section: ref.section })}
                <span className="visually-hidden"> {t('lesson.newTab')}</span>
              </a>
            </li>
          ))}
          {facts.draft ? (
            <li>
              <a href={draftUrl(facts.draft)} target="_blank" rel="noopener noreferrer">
                {t('lesson.draftLink', { draft: facts.draft })}
                <span className="visually-hidden"> {t('lesson.newTab')}</span>
              </a>
            </li>
          ) : null}
        </ul>
      ) : (
        <p className="code-lesson__meta">{t('lesson.noSpec')}</p>
      )}
    </>
  );

  return (
    <article className="code-lesson" aria-labelledby={`${id}-title`}>
      <Title id={`${id}-title`} ref={titleRef} tabIndex={-1} className="code-lesson__title">
        <span className={`code-lesson__code code-class-${facts.class}`}>{code}</span>{' '}
        <CodeName code={code} />
      </Title>
      <p className="code-lesson__badges">
        {classText ? (
          <span className="badge">
            {t('lesson.classBadge', { digit: facts.class, name: classText.name })}
          </span>
        ) : null}
        {facts.status !== 'standard' ? (
          <span className={`badge badge--${facts.status}`}>
            {t(`lesson.status.${facts.status}`)}
          </span>
        ) : null}
      </p>
      {text.origin ? (
        <p className="code-lesson__meta">{t('lesson.origin', { origin: text.origin })}</p>
      ) : null}
      {facts.formerPhrases.length > 0 ? (
        <p className="code-lesson__meta">
          {t('lesson.formerly', { phrases: facts.formerPhrases.join(', ') })}
        </p>
      ) : null}
      <p className="code-lesson__summary">{text.summary}</p>
      {more ? (
        <button
          type="button"
          className="code-lesson__more"
          aria-expanded={more.open}
          aria-controls={detailsId}
          onClick={() => more.setOpen(!more.open)}
        >
          {more.open ? t('lesson.less') : t('lesson.more')}
        </button>
      ) : null}
      <div id={detailsId} hidden={!showDetails}>
        {showDetails ? details : null}
      </div>
    </article>
  );
}
