import { useTranslation } from 'react-i18next';
import { Link } from '../ui/router';
import { Screen } from '../ui/screen';

export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('screens.notFound.title')}>
      <p>{t('screens.notFound.body')}</p>
      <Link to="/study">{t('screens.notFound.home')}</Link>
    </Screen>
  );
}
