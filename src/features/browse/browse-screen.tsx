import { useTranslation } from 'react-i18next';
import { Screen } from '../../ui/screen';

export function BrowseScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('browse.title')}>
      <p className="empty-state">{t('browse.empty')}</p>
    </Screen>
  );
}
