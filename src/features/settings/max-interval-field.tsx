import { useTranslation } from 'react-i18next';
import { SETTING_BOUNDS } from '../../domain/study-settings';
import { useProgress } from '../../state/stores';
import { ValidatedField, type FieldCheck } from './validated-field';

/** The longest wait between two reviews of a card, in days. */
export function MaxIntervalField() {
  const { t } = useTranslation();
  const value = useProgress((s) => s.settings.maximumIntervalDays);
  const update = useProgress((s) => s.updateSettings);
  const { min, max } = SETTING_BOUNDS.maximumIntervalDays;
  const check = (text: string): FieldCheck => {
    const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
    return n >= min && n <= max
      ? { ok: true, save: () => update({ maximumIntervalDays: n }) }
      : { ok: false, error: t('fsrs.maxInterval.error') };
  };
  return (
    <div className="data-block">
      <ValidatedField
        label={t('fsrs.maxInterval.label')}
        hint={t('fsrs.maxInterval.hint')}
        value={String(value)}
        check={check}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
      />
    </div>
  );
}
