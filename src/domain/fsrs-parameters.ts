// Checks of a parameter set against ts-fsrs's ranges, for what comes from storage or a file.
import { parameterShapeProblem, type ParameterProblem } from './parameter-set';
import { PARAMETER_RANGES } from './scheduler';

export type { ParameterProblem } from './parameter-set';

/** The first thing wrong with a stored or imported parameter set (shape, length, number, range), or null. */
export function parameterProblem(raw: unknown): ParameterProblem | null {
  const shape = parameterShapeProblem(raw);
  if (shape) return shape;
  const w = (raw as { w: number[] }).w;
  for (const [index, x] of w.entries()) {
    const [min, max] = PARAMETER_RANGES[index] ?? [0, 0];
    if (x < min || x > max) return { reason: 'range', index, min, max };
  }
  return null;
}

/** The problem as the English text the progress validator reports (the UI shows a translated one). */
export function describeParameterProblem(problem: ParameterProblem): string {
  switch (problem.reason) {
    case 'shape':
      return 'expected {w, optimizedAt, reviewCount}';
    case 'length':
      return `expected 21 weights, found ${problem.found}`;
    case 'number':
      return `weight ${problem.index} is not a finite number`;
    case 'range':
      return `weight ${problem.index} is outside ${problem.min}–${problem.max}`;
  }
}

/** The parameter problem of a progress file or saved text (its settings.parameters), or null. */
export function parameterProblemInProgress(raw: unknown): ParameterProblem | null {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return null;
    }
  }
  const body = value as { settings?: unknown; state?: { settings?: unknown } } | null;
  const settings = (body?.settings ?? body?.state?.settings) as Record<string, unknown> | undefined;
  if (typeof settings !== 'object' || settings === null || !('parameters' in settings)) return null;
  return parameterProblem(settings.parameters);
}
