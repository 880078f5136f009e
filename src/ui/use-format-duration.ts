import { useTranslation } from 'react-i18next';

/** Formats a span of time for people ("45 s", "3 min 5 s", "1 h 2 min") in the current language. */
export function useFormatDuration(): (ms: number) => string {
  const { t } = useTranslation();
  return (ms) => {
    const total = Math.max(0, Math.round(ms / 1000));
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const seconds = total % 60;
    if (hours > 0) return t('card.duration.hours', { hours, minutes });
    if (minutes > 0) return t('card.duration.minutes', { minutes, seconds });
    return t('card.duration.seconds', { seconds });
  };
}
