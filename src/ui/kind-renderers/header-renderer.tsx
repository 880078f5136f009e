import { useTranslation } from 'react-i18next';
import type { KindQuestion } from '../../domain/card-kinds/question';
import { useKnowledgeBase, useKnowledgeTexts } from '../../state/use-knowledge';
import { FactLink } from './fact-link';
import { levelText } from './option-text';
import { PromptHeading, TeachSection } from './prompt-heading';
import type { KindRendererModule } from './kind-renderer-module';
import './kinds.css';

type HeaderPrompt = Extract<KindQuestion['prompt'], { form: 'header-must' | 'header-which-code' }>;

function headerPrompt(question: KindQuestion): HeaderPrompt | undefined {
  const p = question.prompt;
  return p.form === 'header-must' || p.form === 'header-which-code' ? p : undefined;
}

/** "Which header MUST a 405 response carry?" or "Which status code MUST send this header?" */
export const Prompt: KindRendererModule['Prompt'] = ({ question, headingId, headingRef }) => {
  const { t } = useTranslation();
  const p = headerPrompt(question);
  const texts = useKnowledgeTexts(question.code);
  if (!p) return null;
  const level = levelText(t, p.level);
  const condition = p.condition ? (texts?.conditions[p.factId] ?? '…') : undefined;
  const heading =
    p.form === 'header-must'
      ? condition
        ? t('kinds.prompt.headerMustWhen', { level, code: p.code, condition })
        : t('kinds.prompt.headerMust', { level, code: p.code })
      : condition
        ? t('kinds.prompt.headerWhichCodeWhen', { level, condition })
        : t('kinds.prompt.headerWhichCode', { level });
  return (
    <div className="card-prompt">
      <PromptHeading headingId={headingId} headingRef={headingRef}>
        {heading}
      </PromptHeading>
      {p.form === 'header-which-code' ? (
        <pre className="header-field" tabIndex={0}>
          <code>
            {p.header}: {p.value}
          </code>
        </pre>
      ) : null}
    </div>
  );
};

/** The fact behind the question: the header, its level (and condition), a note and its RFC section. */
export const Teach: KindRendererModule['Teach'] = ({ question }) => {
  const { t } = useTranslation();
  const p = headerPrompt(question);
  const base = useKnowledgeBase();
  const texts = useKnowledgeTexts(question.code);
  const fact = base?.facts.get(question.code)?.responseHeaders.find((f) => f.id === p?.factId);
  if (!p || !fact) return null;
  const condition = fact.condition ? texts?.conditions[fact.id] : undefined;
  const note = texts?.headers?.[fact.id];
  return (
    <TeachSection title={t('kinds.teach.title')}>
      <p>
        <span className={`code-class-${Math.floor(question.code / 100)}`}>{question.code}</span>{' '}
        <code>{fact.header}</code>{' '}
        {condition
          ? t('kinds.teach.levelWhen', { level: levelText(t, fact.level), condition })
          : levelText(t, fact.level)}
      </p>
      {note ? <p>{note}</p> : null}
      <p>
        <FactLink source={fact.ref} />
      </p>
    </TeachSection>
  );
};
