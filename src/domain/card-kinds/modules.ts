import type { KindModule } from './question.ts';
import type { GENERATED } from './generated.ts';
import { recall } from './recall.ts';
import type { CardKind } from './registry.ts';
import { reverse } from './reverse.ts';
import { scenario } from './scenario.ts';

// The kinds every first card may need are here at once; the generated ones load when first needed.
const loaded: Partial<Record<CardKind, KindModule>> = { recall, reverse, scenario };

/** A kind's generator if it has loaded (the static kinds always have). */
export function kindModule(kind: CardKind): KindModule | undefined {
  return loaded[kind];
}

let loadGenerated: (() => Promise<{ GENERATED: typeof GENERATED }>) | undefined;

/**
 * Says how the generated kinds load: `() => import('…/generated')`, called once by the app shell
 * (src/app/lazy-kinds.ts). The import lives there, in the entry, so that the bundler keeps what the
 * generators share with the first load in the first load, instead of splitting it into more chunks.
 */
export function provideGeneratedKinds(load: () => Promise<{ GENERATED: typeof GENERATED }>): void {
  loadGenerated = load;
}

/** Loads a kind's generator once (the generated kinds come in one chunk, generated.ts). */
export async function loadKindModule(kind: CardKind): Promise<KindModule> {
  const ready = loaded[kind];
  if (ready) return ready;
  if (!loadGenerated)
    throw new Error('The generated kinds were not provided (src/app/lazy-kinds.ts)');
  const { GENERATED } = await loadGenerated();
  Object.assign(loaded, GENERATED);
  const module = loaded[kind];
  if (!module) throw new Error(`No generator for the ${kind} kind`);
  return module;
}
