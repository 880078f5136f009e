import { recall } from './recall.ts';
import { reverse } from './reverse.ts';
import type { KindModule } from './question.ts';
import { kindSpec, type CardKind } from './registry.ts';
import { scenario } from './scenario.ts';

// The kinds every first card may need are here at once; the generated ones load when first needed.
const loaded: Partial<Record<CardKind, KindModule>> = { recall, reverse, scenario };

const loaders: Partial<Record<CardKind, () => Promise<KindModule>>> = {
  header: () => import('./header.ts').then((m) => m.header),
  wire: () => import('./wire.ts').then((m) => m.wire),
  duel: () => import('./duel.ts').then((m) => m.duel),
  behaviour: () => import('./behaviour.ts').then((m) => m.behaviour),
};

/** A kind's generator if it has loaded (the static kinds always have). */
export function kindModule(kind: CardKind): KindModule | undefined {
  return loaded[kind];
}

/** Loads a kind's generator once. */
export async function loadKindModule(kind: CardKind): Promise<KindModule> {
  const ready = loaded[kind];
  if (ready) return ready;
  const load = loaders[kind];
  if (!load) throw new Error(`No generator for the ${kind} kind`);
  const module = await load();
  loaded[kind] = module;
  return module;
}

/** True when the kind's questions come from the knowledge (the knowledge must load first). */
export function needsKnowledge(kind: CardKind): boolean {
  return kindSpec(kind).generated && kindSpec(kind).scope === 'knowledge';
}
