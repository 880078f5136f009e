import { useTranslation } from 'react-i18next';
import { Screen } from '../../ui/screen';

export function StudyScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('screens.study.title')}>
      <p className="empty-state">{t('screens.study.empty')}</p>
    </Screen>
  );
}
