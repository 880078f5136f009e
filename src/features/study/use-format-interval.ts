import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../state/use-texts';
import { intervalParts } from './format-interval';

// Building an Intl.NumberFormat costs more than a whole render of the grade bar: one per language.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: string): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    numberFormats.set(lang, format);
  }
  return format;
}

/** Formats a scheduling interval in the current language ("10 min", "3 d", "3 天"). */
export function useFormatInterval(): (ms: number) => string {
  const { t } = useTranslation();
  const number = numberFormat(useLanguage());
  return useCallback(
    (ms: number) => {
      const { unit, value } = intervalParts(ms);
      return t(`study.interval.${unit}`, { value: number.format(value), count: value });
    },
    [t, number],
  );
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
