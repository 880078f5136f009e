// The learner's own FSRS parameters as settings hold them. Only their shape is checked here (this
// module is below the scheduler); the ranges come from ts-fsrs, in fsrs-parameters.ts.

/** FSRS-6 has 21 weights. */
export const PARAMETER_COUNT = 21;

/** Weights fitted to the learner's reviews, with when and on how many reviews they were fitted. */
export interface ParameterSet {
  w: number[];
  /** When the optimiser produced them (epoch ms). */
  optimizedAt: number;
  /** How many reviews (training items) they were fitted to. */
  reviewCount: number;
}

/** Why a parameter set was refused: the UI translates each reason. */
export type ParameterProblem =
  | { reason: 'shape' }
  | { reason: 'length'; found: number }
  | { reason: 'number'; index: number }
  | { reason: 'range'; index: number; min: number; max: number };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isCount = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** The first thing wrong with the shape of `raw` (not an object, not 21 finite numbers), or null. */
export function parameterShapeProblem(raw: unknown): ParameterProblem | null {
  if (!isObject(raw) || !isCount(raw.optimizedAt) || !isCount(raw.reviewCount))
    return { reason: 'shape' };
  const w = raw.w;
  if (!Array.isArray(w)) return { reason: 'shape' };
  if (w.length !== PARAMETER_COUNT) return { reason: 'length', found: w.length };
  const bad = w.findIndex((x) => typeof x !== 'number' || !Number.isFinite(x));
  return bad >= 0 ? { reason: 'number', index: bad } : null;
}

/** A copy of `raw` when its shape is right (see parameterShapeProblem), otherwise undefined. */
export function parameterSetOf(raw: unknown): ParameterSet | undefined {
  if (parameterShapeProblem(raw) !== null) return undefined;
  const r = raw as ParameterSet;
  return { w: [...r.w], optimizedAt: r.optimizedAt, reviewCount: r.reviewCount };
}
