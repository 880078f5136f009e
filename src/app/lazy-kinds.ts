// Where the generated card kinds' generators, renderers and knowledge come from: loaded on demand,
// by imports written here, in the app's entry, so that the bundler keeps what they share with the
// first load in it (see provideGeneratedKinds, provideKindRenderers, provideKnowledge).
import { provideGeneratedKinds } from '../domain/card-kinds/modules';
import { ensureScreenStrings } from '../i18n/i18n';
import { provideKnowledge } from '../state/knowledge-access';
import { provideKindRenderers } from '../ui/kind-renderers/renderers';

/** The knowledge store, with the chunks it loads from. */
const knowledge = () =>
  import('../state/knowledge-store').then((m) => {
    m.provideKnowledgeChunks(
      () => import('virtual:knowledge'),
      () => import('virtual:code-examples'),
    );
    return m.knowledgeStore();
  });

provideGeneratedKinds(() => import('../domain/card-kinds/generated'));
provideKnowledge(() => knowledge().then((store) => store.getState().loadBase()));
provideKindRenderers(() =>
  Promise.all([import('../ui/kind-renderers/generated'), ensureScreenStrings(), knowledge()]).then(
    ([m]) => m,
  ),
);
