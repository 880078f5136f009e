import { useTranslation } from 'react-i18next';
import { useCodeText } from '../../state/use-texts';
import { CodeName } from '../code-name';
import { PromptHeading, TeachSection } from './prompt-heading';
import type { KindRendererModule } from './kind-renderer-module';
import './kinds.css';

/** The two codes side by side and a situation that fits one of them. */
export const Prompt: KindRendererModule['Prompt'] = ({ question, headingId, headingRef }) => {
  const { t } = useTranslation();
  const p = question.prompt;
  const text = useCodeText(question.code);
  if (p.form !== 'duel') return null;
  const scenarios = text?.scenarios ?? [];
  const scenario = scenarios[p.variant % Math.max(1, scenarios.length)];
  return (
    <div className="card-prompt">
      <PromptHeading headingId={headingId} headingRef={headingRef}>
        {t('kinds.prompt.duel')}
      </PromptHeading>
      <ul className="duel-pair">
        {p.pair.map((code) => (
          <li key={code}>
            <span className={`duel-pair__code code-class-${Math.floor(code / 100)}`}>{code}</span>{' '}
            <CodeName code={code} />
          </li>
        ))}
      </ul>
      <blockquote className="card-prompt__scenario">{scenario ?? '…'}</blockquote>
    </div>
  );
};

/** The sentence that separates the two (the contrast the dataset gives for the pair). */
export const Teach: KindRendererModule['Teach'] = ({ question }) => {
  const { t } = useTranslation();
  const p = question.prompt;
  const [a, b] = p.form === 'duel' ? p.pair : [question.code, question.code];
  const textA = useCodeText(a);
  const textB = useCodeText(b);
  if (p.form !== 'duel') return null;
  const sentence = textA?.contrasts[String(b)] ?? textB?.contrasts[String(a)];
  if (!sentence) return null;
  return (
    <TeachSection title={t('kinds.teach.duelRule', { a, b })}>
      <p>{sentence}</p>
    </TeachSection>
  );
};
