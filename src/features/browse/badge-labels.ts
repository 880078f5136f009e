import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CODES } from '../../domain/dataset';
import { MASTERY_LEVELS, type Mastery } from '../../domain/mastery';
import { useCodeOrigins } from '../../state/use-texts';

/** Badge texts of the current language, computed once per language instead of once per row. */
export interface BadgeLabels {
  /** Code → its status text ("Unofficial · nginx"). */
  status: ReadonlyMap<number, string>;
  mastery: Readonly<Record<Mastery, string>>;
  /** Read before the mastery by screen readers ("Your progress:"). */
  masteryPrefix: string;
}

/** The badge texts for every code and mastery level in the current language. */
export function useBadgeLabels(): BadgeLabels {
  // react-i18next hands out a new `t` when the language changes, so the labels follow a switch.
  const { t } = useTranslation();
  const origins = useCodeOrigins();
  return useMemo(() => {
    const status = new Map<number, string>();
    for (const facts of CODES) {
      const name = t(`browse.status.${facts.status}`);
      const origin = origins?.[String(facts.code)];
      status.set(
        facts.code,
        origin ? t('browse.statusWithOrigin', { status: name, origin }) : name,
      );
    }
    const mastery = Object.fromEntries(
      MASTERY_LEVELS.map((level) => [level, t(`browse.mastery.${level}`)]),
    ) as Record<Mastery, string>;
    return { status, mastery, masteryPrefix: t('browse.masteryLabel') };
  }, [t, origins]);
}
