import { lazy, type ComponentProps, type ComponentType, type Ref } from 'react';
import type { KindQuestion, QuestionOption } from '../../domain/card-kinds/question';
import type { CardKind } from '../../domain/card-kinds/registry';
import { ensureScreenStrings } from '../../i18n/i18n';

/** What each generated kind's renderer module exports. */
export interface KindRendererModule {
  Prompt: ComponentType<{
    question: KindQuestion;
    headingId: string;
    headingRef?: Ref<HTMLHeadingElement> | undefined;
  }>;
  /** What a checked answer teaches, below the verdict on the back. */
  Teach: ComponentType<{ question: KindQuestion; given?: string | undefined }>;
}

/** A module with the kinds strings (a lazy part of the UI strings) loaded before it renders. */
function withStrings<T>(load: () => Promise<T>): Promise<T> {
  return Promise.all([load(), ensureScreenStrings()]).then(([m]) => m);
}

const modules: Partial<Record<CardKind, () => Promise<KindRendererModule>>> = {
  header: () => withStrings(() => import('./header-renderer')),
  wire: () => withStrings(() => import('./wire-renderer')),
  duel: () => withStrings(() => import('./duel-renderer')),
  behaviour: () => withStrings(() => import('./behaviour-renderer')),
};

/** Each generated kind's prompt, loaded with its module. */
type PromptProps = ComponentProps<KindRendererModule['Prompt']>;
type TeachProps = ComponentProps<KindRendererModule['Teach']>;

export const PROMPTS: Partial<Record<CardKind, ComponentType<PromptProps>>> = Object.fromEntries(
  Object.entries(modules).map(([kind, load]) => [
    kind,
    lazy(() => load().then((m) => ({ default: m.Prompt }))),
  ]),
);

const TEACH: Partial<Record<CardKind, ComponentType<TeachProps>>> = Object.fromEntries(
  Object.entries(modules).map(([kind, load]) => [
    kind,
    lazy(() => load().then((m) => ({ default: m.Teach }))),
  ]),
);

/** The back of a generated question: the verdict in words, then its kind's teaching. */
export const KindBackLazy = lazy(() =>
  withStrings(() => import('./kind-back')).then(({ KindBack }) => ({
    default: function KindBackWithTeach(props: {
      question: KindQuestion;
      given?: string | undefined;
    }) {
      return <KindBack {...props} Teach={TEACH[props.question.kind]} />;
    },
  })),
);

/** The words of a non-code option (a header, a claim about a response, an enumerated value). */
export const OptionText = lazy(() =>
  withStrings(() => import('./option-text')).then((m) => ({ default: m.OptionText })),
) as ComponentType<{ option: QuestionOption }>;

export const KnowledgeSummaryLazy = lazy(() =>
  withStrings(() => import('./knowledge-summary')).then((m) => ({ default: m.KnowledgeSummary })),
);
