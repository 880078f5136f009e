import { useTranslation } from 'react-i18next';
import { codeOfKey } from '../../domain/card-kinds/question';
import { exampleExchange, HIDDEN_STATUS_LINE } from '../../domain/card-kinds/wire-exchange';
import { formatMessage } from '../../domain/http-exchange';
import { brokenRules, type WireRule } from '../../domain/knowledge-rules';
import type { KnowledgeFacts } from '../../domain/knowledge-model';
import { useKnowledgeBase, useKnowledgeTexts } from '../../state/use-knowledge';
import { FactLink } from './fact-link';
import { ruleText } from './option-text';
import { PromptHeading, TeachSection } from './prompt-heading';
import type { KindRendererModule } from './kind-renderer-module';
import { Transcript } from './transcript';
import './kinds.css';

/** A raw exchange with the status hidden, one with a broken rule, or a phrase seen in logs. */
export const Prompt: KindRendererModule['Prompt'] = ({ question, headingId, headingRef }) => {
  const { t } = useTranslation();
  const p = question.prompt;
  if (p.form === 'wire-phrase')
    return (
      <div className="card-prompt">
        <PromptHeading headingId={headingId} headingRef={headingRef}>
          {t('kinds.prompt.wirePhrase', { software: p.software, phrase: p.phrase })}
        </PromptHeading>
      </div>
    );
  if (p.form !== 'wire-status' && p.form !== 'wire-defect') return null;
  return (
    <div className="card-prompt">
      <PromptHeading headingId={headingId} headingRef={headingRef}>
        {p.form === 'wire-status'
          ? t('kinds.prompt.wireStatus')
          : t('kinds.prompt.wireDefect', { code: p.code })}
      </PromptHeading>
      {p.response.startsWith(HIDDEN_STATUS_LINE) ? (
        <p className="muted">{t('kinds.hiddenStatus')}</p>
      ) : null}
      <Transcript request={p.request} response={p.response} />
    </div>
  );
};

/** Where a rule of a code is stated. */
function ruleSource(rule: WireRule, facts: KnowledgeFacts) {
  if (rule.type === 'missing')
    return facts.responseHeaders.find((f) => f.header === rule.header)?.ref;
  if (rule.type === 'content') return facts.content.ref;
  if (rule.type === 'method') return facts.methods.ref;
  return { rfc: 9110, section: '8.6' };
}

/**
 * Status: the rules that rule out the code picked instead (when its knowledge says). Defect: the rule
 * broken, its source, and the exchange as it should be. Phrase: who prints it.
 */
export const Teach: KindRendererModule['Teach'] = ({ question, given }) => {
  const { t } = useTranslation();
  const base = useKnowledgeBase();
  const texts = useKnowledgeTexts(question.code);
  const p = question.prompt;
  if (!base) return null;
  const facts = base.facts.get(question.code);
  if (p.form === 'wire-status') {
    const picked = codeOfKey(given);
    const pickedFacts = picked === undefined ? undefined : base.facts.get(picked);
    const exchange = exampleExchange(question.code, base);
    if (!pickedFacts || !exchange || picked === question.code) return null;
    const rules = brokenRules(exchange, pickedFacts, false);
    return (
      <TeachSection title={t('kinds.teach.title')}>
        <p>{t('kinds.teach.rulesOut', { code: picked })}</p>
        <ul>
          {rules.map((rule) => (
            <li key={JSON.stringify(rule)}>
              {ruleText(t, rule, pickedFacts.code)}{' '}
              {ruleSource(rule, pickedFacts) ? (
                <FactLink source={ruleSource(rule, pickedFacts)!} />
              ) : null}
            </li>
          ))}
        </ul>
      </TeachSection>
    );
  }
  if (p.form === 'wire-defect' && facts) {
    const right = question.options[question.answer];
    const exchange = exampleExchange(question.code, base);
    if (right?.type !== 'rule' || !exchange) return null;
    const source = ruleSource(right.rule, facts);
    return (
      <TeachSection title={t('kinds.teach.title')}>
        <p>
          {ruleText(t, right.rule, question.code)} {source ? <FactLink source={source} /> : null}
        </p>
        <p>{t('kinds.teach.example')}</p>
        <Transcript
          request={formatMessage(exchange.request)}
          response={formatMessage(exchange.response)}
        />
      </TeachSection>
    );
  }
  if (p.form === 'wire-phrase' && facts) {
    const wild = facts.wild.find((w) => w.phrase === p.phrase);
    if (!wild) return null;
    return (
      <TeachSection title={t('kinds.teach.title')}>
        <p>
          {texts?.wild[wild.id] ?? ''} <FactLink source={wild.ref} />
        </p>
      </TeachSection>
    );
  }
  return null;
};
