import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { methodRef, type FactRef } from '../../domain/knowledge-model';
import { hasKnowledge } from '../../state/progress-selectors';
import { useKnowledgeBase, useKnowledgeTexts } from '../../state/use-knowledge';
import { FactLink } from './fact-link';
import { dynamicT, levelText } from './option-text';
import './kinds.css';

/** One fact: its words and its source. */
function Fact({ children, source }: { children: ReactNode; source: FactRef }) {
  return (
    <li>
      {children} <FactLink source={source} />
    </li>
  );
}

/**
 * Everything a developer must know about a code (KNOWLEDGE-FORMAT.md), each fact with its link:
 * response headers with levels, request headers that lead to it, methods, caching and its traps,
 * content, what a client should do, fetch() and the browser, and what servers send in the wild.
 * Nothing for a code without knowledge.
 */
export function KnowledgeSummary({
  code,
  headingLevel,
}: {
  code: number;
  headingLevel: 2 | 3 | 4;
}) {
  const id = useId();
  const known = hasKnowledge(code);
  if (!known) return null;
  return <Summary code={code} headingLevel={headingLevel} id={id} />;
}

function Summary({
  code,
  headingLevel,
  id,
}: {
  code: number;
  headingLevel: 2 | 3 | 4;
  id: string;
}) {
  const { t } = useTranslation();
  const base = useKnowledgeBase();
  const texts = useKnowledgeTexts(code);
  const facts = base?.facts.get(code);
  if (!facts || !texts) return null;
  const Title = `h${headingLevel}` as 'h3';
  const Sub = `h${Math.min(headingLevel + 1, 6)}` as 'h4';
  const methods = facts.methods.typical;
  return (
    <section className="knowledge" aria-labelledby={`${id}-k`}>
      <Title id={`${id}-k`}>{t('kinds.knowledge.title')}</Title>
      {facts.responseHeaders.length > 0 ? (
        <>
          <Sub>{t('kinds.knowledge.responseHeaders')}</Sub>
          <ul>
            {facts.responseHeaders.map((f) => {
              const condition = f.condition ? texts.conditions[f.id] : undefined;
              const level = levelText(t, f.level);
              return (
                <Fact key={f.id} source={f.ref}>
                  <code>{f.header}</code>{' '}
                  <strong>
                    {condition ? t('kinds.teach.levelWhen', { level, condition }) : level}
                  </strong>
                  {texts.headers?.[f.id] ? ` — ${texts.headers[f.id]}` : ''}
                </Fact>
              );
            })}
          </ul>
        </>
      ) : null}
      {facts.requestHeaders.length > 0 ? (
        <>
          <Sub>{t('kinds.knowledge.requestHeaders')}</Sub>
          <ul>
            {facts.requestHeaders.map((f) => (
              <Fact key={f.id} source={f.ref}>
                <code>{f.value ? `${f.header}: ${f.value}` : f.header}</code> —{' '}
                {texts.requestHeaders[f.id]}
              </Fact>
            ))}
          </ul>
        </>
      ) : null}
      <Sub>{t('kinds.knowledge.methods')}</Sub>
      <ul>
        <Fact source={facts.methods.ref}>
          {methods.length === 0
            ? t('kinds.knowledge.anyMethod')
            : t(
                facts.methods.only
                  ? 'kinds.knowledge.onlyMethods'
                  : 'kinds.knowledge.typicalMethods',
                {
                  methods: methods.join(', '),
                },
              )}
          {t('kinds.knowledge.leadEnd')}
          {texts.methods}
        </Fact>
        {methods.map((m) => (
          <Fact key={m} source={methodRef(m)}>
            <code>{m}</code>
          </Fact>
        ))}
      </ul>
      <Sub>{t('kinds.knowledge.caching')}</Sub>
      <ul>
        <Fact source={facts.caching.ref}>
          <strong>{dynamicT(t, `kinds.enum.caching.${facts.caching.class}`)}</strong>
          {t('kinds.knowledge.leadEnd')}
          {texts.caching}
        </Fact>
        {facts.caching.traps.map((trap) => (
          <Fact key={trap.id} source={trap.ref}>
            {texts.traps[trap.id]}
          </Fact>
        ))}
      </ul>
      <Sub>{t('kinds.knowledge.content')}</Sub>
      <ul>
        <Fact source={facts.content.ref}>
          <strong>{dynamicT(t, `kinds.enum.content.${facts.content.rule}`)}</strong>
          {t('kinds.knowledge.leadEnd')}
          {texts.content}
        </Fact>
      </ul>
      <Sub>{t('kinds.knowledge.retry')}</Sub>
      <ul>
        <Fact source={facts.retry.ref}>
          <strong>{dynamicT(t, `kinds.enum.retry.${facts.retry.advice}`)}</strong>
          {t('kinds.knowledge.leadEnd')}
          {texts.retry}
        </Fact>
      </ul>
      <Sub>{t('kinds.knowledge.fetch')}</Sub>
      <ul>
        <Fact source={facts.fetch.ref}>
          <strong>{dynamicT(t, `kinds.enum.fetch.${facts.fetch.outcome}`)}</strong>
          {facts.fetch.redirect
            ? `${t('kinds.knowledge.alsoSep')}${dynamicT(t, `kinds.enum.redirect.${facts.fetch.redirect}`)}`
            : ''}
          {t('kinds.knowledge.leadEnd')}
          {texts.fetch}
        </Fact>
        {facts.fetch.notes.map((note) => (
          <Fact key={note.id} source={note.ref}>
            {texts.fetchNotes[note.id]}
          </Fact>
        ))}
      </ul>
      {facts.wild.length > 0 ? (
        <>
          <Sub>{t('kinds.knowledge.wild')}</Sub>
          <ul>
            {facts.wild.map((w) => (
              <Fact key={w.id} source={w.ref}>
                {w.api !== undefined && w.software !== undefined ? (
                  <strong>
                    {t('kinds.knowledge.sends', { software: w.software, api: w.api })}
                    {t('kinds.knowledge.leadEnd')}
                  </strong>
                ) : null}
                {w.phrase !== undefined && w.software !== undefined ? (
                  <strong>
                    {t('kinds.knowledge.phrase', { software: w.software, phrase: w.phrase })}
                    {t('kinds.knowledge.leadEnd')}
                  </strong>
                ) : null}
                {texts.wild[w.id]}
              </Fact>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
