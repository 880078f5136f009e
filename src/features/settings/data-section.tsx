import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DataExport } from './data-export';
import { DeviceBackups } from './device-backups';
import { ImportProgress } from './import-progress';
import { ResetProgress } from './reset-progress';

/** The user's data: export (JSON, CSV, Anki), import, backups of damaged data, reset; each says what it did beside it. */
export function DataSection() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="settings-part" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.data.title')}</h2>
      <DataExport />
      <ImportProgress />
      <DeviceBackups />
      <ResetProgress />
    </section>
  );
}
