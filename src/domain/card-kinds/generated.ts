// The generators of the kinds whose questions come from the knowledge, loaded together with the
// first card that needs one (each stays a module of its own; one download serves them all).
import { behaviour } from './behaviour.ts';
import { duel } from './duel.ts';
import { header } from './header.ts';
import type { KindModule } from './question.ts';
import type { CardKind } from './registry.ts';
import { wire } from './wire.ts';

export const GENERATED: Partial<Record<CardKind, KindModule>> = { header, wire, duel, behaviour };
