import { useTranslation } from 'react-i18next';
import { BACKUP_REMINDER_BOUNDS } from '../../domain/backup-reminder';
import { usePrefs } from '../../state/stores';
import { ValidatedField, type FieldCheck } from './validated-field';

/** N of the backup reminder: after how many study days without a backup it appears (0: never). */
export function BackupReminderSetting() {
  const { t } = useTranslation();
  const days = usePrefs((s) => s.backupReminderDays);
  const setDays = usePrefs((s) => s.setBackupReminderDays);
  const { min, max } = BACKUP_REMINDER_BOUNDS;
  const check = (text: string): FieldCheck => {
    const trimmed = text.trim();
    const n = Number(trimmed);
    return /^\d+$/.test(trimmed) && n >= min && n <= max
      ? { ok: true, save: () => setDays(n) }
      : { ok: false, error: t('durability.setting.error', { min, max }) };
  };
  return (
    <ValidatedField
      label={t('durability.setting.label')}
      hint={t('durability.setting.hint')}
      value={String(days)}
      check={check}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      step={1}
    />
  );
}
