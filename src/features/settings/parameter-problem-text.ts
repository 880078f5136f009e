import type { TFunction } from 'i18next';
import type { ParameterProblem } from '../../domain/fsrs-parameters';

/** A translated reason why a parameter set was refused. */
export function parameterProblemText(t: TFunction, problem: ParameterProblem): string {
  switch (problem.reason) {
    case 'shape':
      return t('fsrs.parameters.reason.shape');
    case 'length':
      return t('fsrs.parameters.reason.length', { found: problem.found });
    case 'number':
      return t('fsrs.parameters.reason.number', { index: problem.index });
    case 'range':
      return t('fsrs.parameters.reason.range', problem);
  }
}
