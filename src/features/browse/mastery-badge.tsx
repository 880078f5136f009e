import { useTranslation } from 'react-i18next';
import type { Mastery } from '../../domain/mastery';

/** The user's mastery of a code as a labelled text badge (the colour only repeats what the text says). */
export function MasteryBadge({ mastery }: { mastery: Mastery }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--mastery badge--${mastery}`}>
      <span className="visually-hidden">{t('browse.masteryLabel')} </span>
      {t(`browse.mastery.${mastery}`)}
    </span>
  );
}
