import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodeText } from '../state/use-texts';
import { CodeName } from './code-name';

/**
 * After a wrong choice, the one sentence that separates the code picked from the right one (from
 * either code's contrasts), or the picked code's summary when the two are not a confusable pair.
 */
export function WhyNot({
  answer,
  picked,
  headingLevel = 3,
}: {
  answer: number;
  picked: number;
  headingLevel?: 2 | 3 | 4;
}) {
  const { t } = useTranslation();
  const id = useId();
  const answerText = useCodeText(answer);
  const pickedText = useCodeText(picked);
  const Heading = `h${headingLevel}` as 'h3';
  const sentence =
    answerText?.contrasts[String(picked)] ??
    pickedText?.contrasts[String(answer)] ??
    pickedText?.summary;
  return (
    <section className="why-not" aria-labelledby={id}>
      <Heading id={id} className="why-not__title">
        {t('card.whyNot', { code: picked })}{' '}
        <span className="why-not__name">
          <CodeName code={picked} />
        </span>
      </Heading>
      <p>{sentence ?? t('lesson.loading')}</p>
    </section>
  );
}
