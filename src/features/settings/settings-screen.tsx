import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../../ui/language-select';
import { Screen } from '../../ui/screen';
import { ThemeSelect } from '../../ui/theme-select';
import { DurabilityNotice } from '../../pwa/durability-notice';
import { AboutSection } from './about-section';
import { BackupReminderSetting } from './backup-reminder-setting';
import { DataSection } from './data-section';
import { LazyFsrsSection } from './lazy-fsrs-section';
import { StudySettingsForm } from './study-settings-form';
import './settings.css';

/** Settings: language and theme, study options, where progress is kept, the user's data, and what the app is. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const displayId = useId();
  return (
    <Screen title={t('settings.title')}>
      <p className="settings-intro">{t('settings.intro')}</p>
      <section className="settings-part" aria-labelledby={displayId}>
        <h2 id={displayId}>{t('settings.display.title')}</h2>
        <LanguageSelect className="setting" />
        <ThemeSelect className="setting" />
      </section>
      <StudySettingsForm />
      <LazyFsrsSection />
      <DurabilityNotice className="settings-part">
        <BackupReminderSetting />
      </DurabilityNotice>
      <DataSection />
      <AboutSection />
    </Screen>
  );
}
