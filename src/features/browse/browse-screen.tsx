import { useTranslation } from 'react-i18next';
import { Screen } from '../../ui/screen';

export function BrowseScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('screens.browse.title')}>
      <p className="empty-state">{t('screens.browse.empty')}</p>
    </Screen>
  );
}
