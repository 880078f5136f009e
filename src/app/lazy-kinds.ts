// Where the generated card kinds' generators and renderers come from: loaded on demand, by imports
// written here, in the app's entry (see provideGeneratedKinds and provideKindRenderers).
import { provideGeneratedKinds } from '../domain/card-kinds/modules';
import { ensureScreenStrings } from '../i18n/i18n';
import { provideKnowledgeChunks } from '../state/knowledge-store';
import { provideKindRenderers } from '../ui/kind-renderers/renderers';

provideGeneratedKinds(() => import('../domain/card-kinds/generated'));
provideKnowledgeChunks(
  () => import('virtual:knowledge'),
  () => import('virtual:code-examples'),
);
provideKindRenderers(() =>
  Promise.all([import('../ui/kind-renderers/generated'), ensureScreenStrings()]).then(([m]) => m),
);
