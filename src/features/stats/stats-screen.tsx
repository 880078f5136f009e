import { useTranslation } from 'react-i18next';
import { Screen } from '../../ui/screen';

export function StatsScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('stats.title')}>
      <p className="empty-state">{t('stats.empty')}</p>
    </Screen>
  );
}
