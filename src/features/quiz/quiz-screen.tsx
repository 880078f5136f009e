import { useTranslation } from 'react-i18next';
import { Screen } from '../../ui/screen';

export function QuizScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('quiz.title')}>
      <p className="empty-state">{t('quiz.empty')}</p>
    </Screen>
  );
}
