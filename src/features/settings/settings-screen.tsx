import { useTranslation } from 'react-i18next';
import { Screen } from '../../ui/screen';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('settings.title')}>
      <p className="empty-state">{t('settings.empty')}</p>
    </Screen>
  );
}
