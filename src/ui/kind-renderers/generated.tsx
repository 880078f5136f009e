// The renderers of the generated kinds and what they share, loaded together (renderers.tsx) with the
// first card, page or quiz that needs one. The kinds' own renderers stay one module each.
import type { CardKind } from '../../domain/card-kinds/registry';
import * as behaviour from './behaviour-renderer';
import * as duel from './duel-renderer';
import * as header from './header-renderer';
import type { KindRendererModule } from './kind-renderer-module';
import * as wire from './wire-renderer';

export { KindBack } from './kind-back';
export { KnowledgeSummary } from './knowledge-summary';
export { OptionText } from './option-text';

/** Each generated kind's renderer. */
export const RENDERERS: Partial<Record<CardKind, KindRendererModule>> = {
  header,
  wire,
  duel,
  behaviour,
};
