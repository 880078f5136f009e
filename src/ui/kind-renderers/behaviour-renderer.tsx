import { useTranslation } from 'react-i18next';
import type { KnowledgeFacts, KnowledgeTexts } from '../../domain/knowledge-model';
import type { KindQuestion } from '../../domain/card-kinds/question';
import { useKnowledgeBase, useKnowledgeTexts } from '../../state/use-knowledge';
import { FactLink } from './fact-link';
import { dynamicT } from './option-text';
import { PromptHeading, TeachSection } from './prompt-heading';
import type { KindRendererModule } from './kind-renderer-module';
import './kinds.css';

/** "What does fetch() give your code for a 405?", "May a shared cache store …?", … */
export const Prompt: KindRendererModule['Prompt'] = ({ question, headingId, headingRef }) => {
  const { t } = useTranslation();
  const p = question.prompt;
  const heading =
    p.form === 'behaviour'
      ? dynamicT(t, `kinds.prompt.behaviour.${p.name}`, { code: p.code })
      : p.form === 'behaviour-retry-method'
        ? t('kinds.prompt.retryMethod', { method: p.method, code: p.code })
        : p.form === 'behaviour-default'
          ? t('kinds.prompt.default', { software: p.software, api: p.api })
          : '';
  return (
    <div className="card-prompt">
      <PromptHeading headingId={headingId} headingRef={headingRef}>
        {heading}
      </PromptHeading>
    </div>
  );
};

/** The text and source of the fact a behaviour question asks about. */
function taught(
  question: KindQuestion,
  facts: KnowledgeFacts,
  texts: KnowledgeTexts,
): { text: string; source: KnowledgeFacts['retry']['ref'] } | undefined {
  const p = question.prompt;
  if (p.form === 'behaviour-retry-method')
    return { text: texts.retry, source: { rfc: 9110, section: '9.2.2' } };
  if (p.form === 'behaviour-default') {
    const wild = facts.wild.find((w) => w.api === p.api && w.software === p.software);
    return wild ? { text: texts.wild[wild.id] ?? '', source: wild.ref } : undefined;
  }
  if (p.form !== 'behaviour') return undefined;
  switch (p.name) {
    case 'caching':
      return { text: texts.caching, source: facts.caching.ref };
    case 'content':
      return { text: texts.content, source: facts.content.ref };
    case 'retry':
      return { text: texts.retry, source: facts.retry.ref };
    case 'fetch':
    case 'redirect':
      return { text: texts.fetch, source: facts.fetch.ref };
  }
}

export const Teach: KindRendererModule['Teach'] = ({ question }) => {
  const { t } = useTranslation();
  const base = useKnowledgeBase();
  const texts = useKnowledgeTexts(question.code);
  const facts = base?.facts.get(question.code);
  const fact = facts && texts ? taught(question, facts, texts) : undefined;
  if (!fact) return null;
  return (
    <TeachSection title={t('kinds.teach.title')}>
      <p>
        {fact.text} <FactLink source={fact.source} />
      </p>
    </TeachSection>
  );
};
