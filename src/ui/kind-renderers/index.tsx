// The renderers of the card kinds, as the screens use them: the three kinds of the first card render
// at once (CardPrompt); the generated kinds' renderers, strings and knowledge load with the first card
// that needs them, each kind in a chunk of its own (renderers.ts).
import { Suspense, useEffect, useRef, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { KindQuestion } from '../../domain/card-kinds/question';
import { CardPrompt, type BasePrompt } from '../card-prompt';
import { GeneratedPrompt, KindBackLazy, KnowledgeSummaryLazy, OptionText } from './renderers';

export { OptionText };

const BASE_FORMS: ReadonlySet<string> = new Set(['recall', 'reverse', 'scenario']);

export interface KindPromptProps {
  question: KindQuestion;
  asksName?: boolean;
  headingId: string;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  /** The way to answer (options, a form, a reveal button): shown only once the question is. */
  children?: ReactNode;
}

/** A heading shown while a question (or its renderer) loads; it keeps the focus a new card gets. */
export function PromptPlaceholder({
  headingId,
  headingRef,
}: {
  headingId: string;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className="card-prompt">
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="card-prompt__question">
        {t('lesson.loading')}
      </h2>
    </div>
  );
}

/**
 * The front of any card: its question as a heading and what the learner works from, then `children`.
 * While a generated kind's renderer downloads, neither is shown: options drawn under a placeholder
 * would move when the question arrives, under a finger about to tap one.
 */
export function KindPrompt({
  question,
  asksName,
  headingId,
  headingRef,
  children,
}: KindPromptProps) {
  const { prompt } = question;
  if (BASE_FORMS.has(prompt.form))
    return (
      <>
        <CardPrompt
          prompt={prompt as BasePrompt}
          headingId={headingId}
          {...(asksName ? { asksName } : {})}
          {...(headingRef ? { headingRef } : {})}
        />
        {children}
      </>
    );
  return (
    <Suspense fallback={<PromptPlaceholder headingId={headingId} headingRef={headingRef} />}>
      <FocusOnArrival headingId={headingId} />
      <GeneratedPrompt question={question} headingId={headingId} headingRef={headingRef} />
      {children}
    </Suspense>
  );
}

/**
 * Keeps the focus on the question when the placeholder heading that had it is replaced by the real
 * one (the new card's focus went to the placeholder, which then left the page).
 */
function FocusOnArrival({ headingId }: { headingId: string }) {
  const had = useRef(typeof document !== 'undefined' && document.activeElement?.id === headingId);
  useEffect(() => {
    if (had.current && document.activeElement === document.body)
      document.getElementById(headingId)?.focus();
  });
  return null;
}

/** What a generated question teaches on the back: the verdict in words and the fact behind it. */
export function KindBack({
  question,
  given,
}: {
  question: KindQuestion;
  given?: string | undefined;
}) {
  if (BASE_FORMS.has(question.prompt.form)) return null;
  return (
    <Suspense fallback={null}>
      <KindBackLazy question={question} given={given} />
    </Suspense>
  );
}

/** A code's knowledge (headers, methods, caching, …) with its links; nothing for a code without any. */
export function KnowledgeSummary(props: { code: number; headingLevel: 2 | 3 | 4 }) {
  return (
    <Suspense fallback={null}>
      <KnowledgeSummaryLazy {...props} />
    </Suspense>
  );
}
