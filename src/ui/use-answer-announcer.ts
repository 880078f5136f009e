import { useTranslation } from 'react-i18next';
import { useCodeNames } from '../state/use-texts';

/** The sentence a screen reader hears when an answer is checked. */
export function useAnswerAnnouncer(): (answer: number, given: number | undefined) => string {
  const { t } = useTranslation();
  const names = useCodeNames();
  return (answer, given) => {
    const name = names?.[String(answer)] ?? '';
    return given === answer
      ? t('card.announceCorrect', { code: answer, name })
      : t('card.announceWrong', { code: answer, name, given: given ?? '—' });
  };
}
