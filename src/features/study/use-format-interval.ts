import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../state/use-texts';
import { intervalParts } from './format-interval';

/** Formats a scheduling interval in the current language ("10 min", "3 d", "3 天"). */
export function useFormatInterval(): (ms: number) => string {
  const { t } = useTranslation();
  const lang = useLanguage();
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  return (ms) => {
    const { unit, value } = intervalParts(ms);
    return t(`study.interval.${unit}`, { value: number.format(value), count: value });
  };
}

/** Formats a moment for "come back at …": the time alone when it is today, else date and time. */
export function useFormatWhen(): (at: number, now: number) => string {
  const lang = useLanguage();
  return (at, now) => {
    const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
    return new Intl.DateTimeFormat(
      lang,
      sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
    ).format(at);
  };
}
