import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidStep, SETTING_BOUNDS } from '../../domain/study-settings';
import { useProgress } from '../../state/stores';
import { useLanguage } from '../../state/use-texts';
import { KindsFieldset } from './kinds-fieldset';
import { ValidatedField, type FieldCheck } from './validated-field';

/** Steps typed as "1m 10m" (spaces or commas): the list, or undefined when any step is invalid. */
export function parseSteps(text: string): string[] | undefined {
  const steps = text.split(/[\s,，、]+/).filter(Boolean);
  return steps.length <= 10 && steps.every(isValidStep) ? steps : undefined;
}

/** A number typed in the field, or undefined for anything else (empty, "1e", "abc"). */
function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** The study settings: new cards per day, retention, steps, day start, card kinds, what counts. */
/** The yes/no study settings added with the daily loop, each a checkbox labelled by its key. */
const CHECKS = ['burySiblings', 'autoAcceptGrade'] as const;

export function StudySettingsForm() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const headingId = useId();
  const hourId = useId();
  const settings = useProgress((s) => s.settings);
  const update = useProgress((s) => s.updateSettings);
  const hourFormat = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' });
  const { dailyNewLimit: limit, desiredRetention: retention } = SETTING_BOUNDS;

  const checkLimit = (text: string): FieldCheck => {
    const n = parseNumber(text);
    return n !== undefined && Number.isInteger(n) && n >= limit.min && n <= limit.max
      ? { ok: true, save: () => update({ dailyNewLimit: n }) }
      : { ok: false, error: t('settings.study.newLimitError', limit) };
  };
  const checkRetention = (text: string): FieldCheck => {
    const n = parseNumber(text);
    const rate = n === undefined ? NaN : Math.round(n * 10) / 1000;
    return rate >= retention.min && rate <= retention.max
      ? { ok: true, save: () => update({ desiredRetention: rate }) }
      : {
          ok: false,
          error: t('settings.study.retentionError', {
            min: retention.min * 100,
            max: retention.max * 100,
          }),
        };
  };
  const checkSteps =
    (key: 'learningSteps' | 'relearningSteps') =>
    (text: string): FieldCheck => {
      const steps = parseSteps(text);
      return steps
        ? { ok: true, save: () => update({ [key]: steps }) }
        : { ok: false, error: t('settings.study.stepsError') };
    };

  return (
    <section className="settings-part" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.study.title')}</h2>
      <ValidatedField
        label={t('settings.study.newLimit')}
        hint={t('settings.study.newLimitHint', limit)}
        value={String(settings.dailyNewLimit)}
        check={checkLimit}
        type="number"
        inputMode="numeric"
        min={limit.min}
        max={limit.max}
        step={1}
      />
      <ValidatedField
        label={t('settings.study.retention')}
        hint={t('settings.study.retentionHint')}
        value={String(Math.round(settings.desiredRetention * 1000) / 10)}
        check={checkRetention}
        type="number"
        inputMode="decimal"
        min={retention.min * 100}
        max={retention.max * 100}
        step={1}
      />
      <ValidatedField
        label={t('settings.study.learningSteps')}
        hint={t('settings.study.learningStepsHint')}
        value={settings.learningSteps.join(' ')}
        check={checkSteps('learningSteps')}
      />
      <ValidatedField
        label={t('settings.study.relearningSteps')}
        hint={t('settings.study.relearningStepsHint')}
        value={settings.relearningSteps.join(' ')}
        check={checkSteps('relearningSteps')}
      />
      <div className="setting">
        <label htmlFor={hourId}>{t('settings.study.dayStart')}</label>
        <select
          id={hourId}
          value={settings.dayStartHour}
          aria-describedby={`${hourId}-hint`}
          onChange={(e) => update({ dayStartHour: Number(e.target.value) })}
        >
          {Array.from({ length: 24 }, (_, hour) => (
            <option key={hour} value={hour}>
              {hourFormat.format(new Date(2026, 0, 1, hour))}
            </option>
          ))}
        </select>
        <p id={`${hourId}-hint`} className="setting__hint">
          {t('settings.study.dayStartHint')}
        </p>
      </div>
      <KindsFieldset />
      <div className="setting setting--check">
        <label>
          <input
            type="checkbox"
            checked={settings.includeUnofficial}
            onChange={(e) => update({ includeUnofficial: e.target.checked })}
          />
          {t('settings.study.includeUnofficial')}
        </label>
      </div>
      <div className="setting setting--check">
        <label>
          <input
            type="checkbox"
            checked={settings.quizCountsAsReview}
            onChange={(e) => update({ quizCountsAsReview: e.target.checked })}
          />
          {t('settings.study.quizCounts')}
        </label>
      </div>
      {CHECKS.map((key) => (
        <div key={key} className="setting setting--check">
          <label>
            <input
              type="checkbox"
              checked={settings[key]}
              onChange={(e) => update({ [key]: e.target.checked })}
            />
            {t(`settings.study.${key}`)}
          </label>
        </div>
      ))}
    </section>
  );
}
