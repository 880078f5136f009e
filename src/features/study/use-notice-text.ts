import { useTranslation } from 'react-i18next';
import type { SessionNotice } from '../../state/study-session-store';
import { useAnswerAnnouncer } from '../../ui/use-answer-announcer';
import { useFormatInterval } from './use-format-interval';

/** What the session last told the learner, in the current language (re-said when it changes). */
export function useNoticeText(notice: SessionNotice | null): string {
  const { t } = useTranslation();
  const announceAnswer = useAnswerAnnouncer();
  const formatInterval = useFormatInterval();
  if (!notice) return '';
  switch (notice.type) {
    case 'revealed':
      return t('study.revealed');
    case 'checked':
      // Codes are said with their names; other answers' words are on the card's back.
      return notice.answer !== undefined
        ? announceAnswer(notice.answer, notice.given)
        : t(notice.right ? 'card.correct' : 'card.wrong');
    case 'graded': {
      const graded = t('study.graded', {
        grade: t(`study.grade.${notice.grade}`),
        interval: formatInterval(notice.intervalMs),
      });
      return notice.auto
        ? `${announceAnswer(notice.auto.answer, notice.auto.answer)} ${graded}`
        : graded;
    }
    case 'undone':
      return t('study.undone', { code: notice.code });
    case 'nothingToUndo':
      return t('study.nothingToUndo');
    case 'leech':
      return t(notice.action === 'suspend' ? 'study.leech.suspended' : 'study.leech.wasReset', {
        code: notice.code,
      });
  }
}
