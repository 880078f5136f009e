import { useTranslation } from 'react-i18next';
import { Screen } from '../../ui/screen';

export function StudyScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('study.title')}>
      <p className="empty-state">{t('study.empty')}</p>
    </Screen>
  );
}
