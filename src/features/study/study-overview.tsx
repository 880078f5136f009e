import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASS_DIGITS } from '../../domain/code-classes';
import { ANSWER_MODES, type AnswerMode } from '../../domain/quiz';
import type { QueueFilter } from '../../domain/queue';
import { useProgress, useStores } from '../../state/stores';
import { useClassTexts } from '../../state/use-texts';
import { RestoreFromBackup } from '../../ui/restore-from-backup';
import type { StudyPrefs } from './study-prefs';
import { studyOutlook, studyQueue } from './study-queue';
import { useFormatWhen } from './use-format-interval';

/** How many new cards "Study more" adds to today's limit. */
export const MORE_NEW_CARDS = 10;

export interface StudyOverviewProps {
  prefs: StudyPrefs;
  onPrefs: (prefs: StudyPrefs) => void;
  filter: QueueFilter;
  extraNew: number;
  onMoreNew: () => void;
  onStart: () => void;
}

/** Today's counts for the chosen categories, the answer mode, and Start, or the empty state. */
export function StudyOverview(props: StudyOverviewProps) {
  const { prefs, onPrefs, filter } = props;
  const { t } = useTranslation();
  const { env } = useStores();
  const classTexts = useClassTexts();
  const formatWhen = useFormatWhen();
  const settings = useProgress((s) => s.settings);
  const cards = useProgress((s) => s.cards);
  const log = useProgress((s) => s.log);
  // Learning cards fall due as minutes pass: refresh the counts every half minute.
  const [now, setNow] = useState(() => env.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(env.now()), 30_000);
    return () => clearInterval(timer);
  }, [env]);

  const snapshot = { cards, log, settings };
  const { counts, items } = studyQueue(snapshot, filter, props.extraNew, now);
  const outlook = studyOutlook(snapshot, filter, props.extraNew, now);
  const classOptions = [...CLASS_DIGITS.map(String), ...(settings.includeUnofficial ? ['u'] : [])];

  const toggle = (key: string, on: boolean) => {
    if (key === 'u') onPrefs({ ...prefs, unofficial: on });
    else
      onPrefs({
        ...prefs,
        classes: CLASS_DIGITS.filter((d) => (String(d) === key ? on : prefs.classes.includes(d))),
      });
  };

  return (
    <div className="study-overview">
      <h2>{t('study.today')}</h2>
      <dl className="study-counts">
        {(['new', 'learning', 'due'] as const).map((k) => (
          <div key={k} className={`study-counts__item study-counts__item--${k}`}>
            <dt>{t(`study.count.${k}`)}</dt>
            <dd>{counts[k]}</dd>
          </div>
        ))}
      </dl>

      {filter.classes.length === 0 ? (
        <p className="empty-state">{t('study.needCategory')}</p>
      ) : items.length > 0 ? (
        <button type="button" className="primary study-start" onClick={props.onStart}>
          {t('study.start', { count: items.length })}
        </button>
      ) : (
        <div className="empty-state" role="status">
          {outlook.nextDue !== undefined ? (
            <p>{t('study.nothingDue', { time: formatWhen(outlook.nextDue, now) })}</p>
          ) : outlook.newLeft === 0 ? (
            <p>{t('study.allLearnt')}</p>
          ) : null}
          {outlook.newLimitReached ? (
            <>
              {/* With a daily limit of 0 (set in Settings) there is no "today's share" to speak of. */}
              {settings.dailyNewLimit + props.extraNew > 0 ? (
                <p>
                  {t('study.limitReached', { count: settings.dailyNewLimit + props.extraNew })}{' '}
                  {t('study.newTomorrow', { time: formatWhen(outlook.nextDay, now) })}
                </p>
              ) : null}
              <button type="button" onClick={props.onMoreNew}>
                {t('study.studyMore', { count: Math.min(MORE_NEW_CARDS, outlook.newLeft) })}
              </button>
            </>
          ) : null}
        </div>
      )}
      <RestoreFromBackup />
      <fieldset>
        <legend>{t('study.categories')}</legend>
        <div className="choice-grid">
          {classOptions.map((key) => (
            <label key={key} className="check">
              <input
                type="checkbox"
                checked={
                  key === 'u' ? prefs.unofficial : prefs.classes.some((d) => String(d) === key)
                }
                onChange={(e) => toggle(key, e.target.checked)}
              />
              <span>
                {key === 'u'
                  ? t('study.unofficial')
                  : t('study.category', {
                      digit: key,
                      name: classTexts?.[key as '1'].name ?? '',
                    })}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('card.answerMode')}</legend>
        <div className="choice-grid">
          {ANSWER_MODES.map((mode: AnswerMode) => (
            <label key={mode} className="check">
              <input
                type="radio"
                name="study-answer-mode"
                checked={prefs.mode === mode}
                onChange={() => onPrefs({ ...prefs, mode })}
              />
              <span>{t(`card.mode.${mode}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
