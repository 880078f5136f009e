import { useTranslation } from 'react-i18next';
import { Screen } from '../../ui/screen';

export function QuizScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('screens.quiz.title')}>
      <p className="empty-state">{t('screens.quiz.empty')}</p>
    </Screen>
  );
}
