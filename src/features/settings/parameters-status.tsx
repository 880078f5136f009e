import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parameterProblemInProgress } from '../../domain/fsrs-parameters';
import { DEFAULT_PARAMETERS } from '../../domain/scheduler';
import { resetParameters } from '../../state/fsrs-actions';
import { useProgress, useStores } from '../../state/stores';
import { useLanguage } from '../../state/use-texts';
import { parameterProblemText } from './parameter-problem-text';

/** Which parameters are in use (defaults, or fitted when and on how many reviews), and the way back. */
export function ParametersStatus() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { progress } = useStores();
  const parameters = useProgress((s) => s.settings.parameters);
  const problem = useProgress((s) => s.readProblem);
  const [message, setMessage] = useState('');
  // A refused set in storage comes back as a corrupt-data problem whose backup holds it.
  const refused = useMemo(
    () => (problem?.kind === 'corrupt' ? parameterProblemInProgress(problem.backup) : null),
    [problem],
  );
  const w = parameters?.w ?? DEFAULT_PARAMETERS;
  const date = parameters
    ? new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(parameters.optimizedAt)
    : '';

  return (
    <div className="data-block">
      <p className="fsrs-status">
        {parameters
          ? t('fsrs.parameters.own', { count: parameters.reviewCount, date })
          : t('fsrs.parameters.default')}
      </p>
      {refused && !parameters && (
        <p className="setting__error" role="alert">
          {t('fsrs.parameters.invalidSaved', { reason: parameterProblemText(t, refused) })}
        </p>
      )}
      <details className="fsrs-weights">
        <summary>{t('fsrs.parameters.weights')}</summary>
        <table>
          <caption>{t('fsrs.parameters.weightsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fsrs.parameters.weight')}</th>
              <th scope="col">{t('fsrs.parameters.value')}</th>
            </tr>
          </thead>
          <tbody>
            {w.map((x, i) => (
              <tr key={i}>
                <th scope="row">w{i}</th>
                <td>{x.toFixed(4)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {parameters && (
        <button
          type="button"
          onClick={() => {
            resetParameters(progress);
            setMessage(t('fsrs.parameters.resetDone'));
          }}
        >
          {t('fsrs.parameters.reset')}
        </button>
      )}
      <p className="data-status" role="status">
        {message}
      </p>
    </div>
  );
}
