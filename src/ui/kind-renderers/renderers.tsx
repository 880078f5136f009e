import { lazy, type ComponentProps } from 'react';
import type { KindQuestion } from '../../domain/card-kinds/question';
import type * as GeneratedModule from './generated';
import type { KindRendererModule } from './kind-renderer-module';

export type { KindRendererModule } from './kind-renderer-module';

type Generated = typeof GeneratedModule;
let loadGenerated: (() => Promise<Generated>) | undefined;

/**
 * Says how the generated kinds' renderers load, with the kinds strings (a lazy part of the UI
 * strings): called once by the app shell (src/app/lazy-kinds.ts), whose module is in the entry, so
 * that the bundler keeps what they share with the first load in it rather than splitting it out.
 */
export function provideKindRenderers(load: () => Promise<Generated>): void {
  loadGenerated = load;
}

/** The generated kinds' renderers, once downloaded: what uses them then renders without waiting. */
let loaded: Generated | undefined;

/** The generated kinds' renderers (the loader provided also waits for the kinds strings). */
const load = () =>
  loadGenerated
    ? loadGenerated().then((m) => (loaded = m))
    : Promise.reject(new Error('The kind renderers were not provided (src/app/lazy-kinds.ts)'));

type PromptProps = ComponentProps<KindRendererModule['Prompt']>;

const OptionTextLazy = lazy(() => load().then((m) => ({ default: m.OptionText })));

/**
 * The words of a non-code option (a header, a claim about a response, an enumerated value): at once
 * when the renderers are in, which they are whenever a generated question's prompt is shown.
 */
export function OptionText(props: ComponentProps<Generated['OptionText']>) {
  return loaded ? <loaded.OptionText {...props} /> : <OptionTextLazy {...props} />;
}

/** The prompt of a generated question, by its kind's renderer (its options' words loaded with it). */
export const GeneratedPrompt = lazy(() =>
  load().then(({ RENDERERS }) => ({
    default: function GeneratedPrompt(props: PromptProps) {
      const Prompt = RENDERERS[props.question.kind]?.Prompt;
      return Prompt ? <Prompt {...props} /> : null;
    },
  })),
);

/** The back of a generated question: the verdict in words, then its kind's teaching. */
export const KindBackLazy = lazy(() =>
  load().then(({ KindBack, RENDERERS }) => ({
    default: function KindBackWithTeach(props: {
      question: KindQuestion;
      given?: string | undefined;
    }) {
      return <KindBack {...props} Teach={RENDERERS[props.question.kind]?.Teach} />;
    },
  })),
);

export const KnowledgeSummaryLazy = lazy(() =>
  load().then((m) => ({ default: m.KnowledgeSummary })),
);
