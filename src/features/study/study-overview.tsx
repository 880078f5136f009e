import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASS_DIGITS } from '../../domain/code-classes';
import { NEW_CARD_ORDERS, type NewCardOrder } from '../../domain/introduction-order';
import { ANSWER_MODES, type AnswerMode } from '../../domain/answer-mode';
import type { QueueFilter } from '../../domain/queue';
import { useProgress, useStores } from '../../state/stores';
import { studyOutlook, studyQueue } from '../../state/study-queue';
import { useEssentialsReadiness } from '../../state/use-readiness';
import { useClassTexts } from '../../state/use-texts';
import { Link } from '../../ui/router';
import { ReadinessMeter } from './card-parts';
import { RestoreFromBackup } from '../../ui/restore-from-backup';
import type { StudyPrefs } from './study-prefs';
import { SessionPlan } from './session-plan';
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
  onEssentials: () => void;
}

/** Today's session in words and counts, Start (or the empty state), the essentials, and the choices. */
export function StudyOverview(props: StudyOverviewProps) {
  const { prefs, onPrefs, filter } = props;
  const { t } = useTranslation();
  const { env, progress } = useStores();
  const classTexts = useClassTexts();
  const formatWhen = useFormatWhen();
  const settings = useProgress((s) => s.settings);
  const cards = useProgress((s) => s.cards);
  const log = useProgress((s) => s.log);
  // Learning cards fall due as minutes pass: count again every half minute, and on every change.
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 30_000);
    return () => clearInterval(timer);
  }, []);
  const now = env.now();
  const readiness = useEssentialsReadiness(now);

  const snapshot = { cards, log, settings };
  const { counts, items } = studyQueue(snapshot, filter, props.extraNew, now);
  const outlook = studyOutlook(snapshot, filter, props.extraNew, now);
  const classOptions = [...CLASS_DIGITS.map(String), ...(settings.includeUnofficial ? ['u'] : [])];
  const firstVisit = log.length === 0;

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
      {filter.classes.length === 0 ? (
        <p className="empty-state">{t('study.needCategory')}</p>
      ) : items.length > 0 ? (
        <>
          <SessionPlan items={items} counts={counts} cards={cards} log={log} />
          <button type="button" className="primary study-start" onClick={props.onStart}>
            {t('study.start', { count: items.length })}
          </button>
        </>
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
              {outlook.newToday > 0 ? (
                <button type="button" onClick={props.onMoreNew}>
                  {t('study.studyMore', { count: Math.min(MORE_NEW_CARDS, outlook.newToday) })}
                </button>
              ) : null}
            </>
          ) : null}
        </div>
      )}
      <dl className="study-counts">
        {(['new', 'learning', 'due'] as const).map((k) => (
          <div key={k} className={`study-counts__item study-counts__item--${k}`}>
            <dt>{t(`study.count.${k}`)}</dt>
            <dd>{counts[k]}</dd>
          </div>
        ))}
      </dl>
      {firstVisit ? (
        <div className="study-welcome">
          <p>{t('study.welcome.text')}</p>
          <p className="study-welcome__links">
            <Link to="/browse">{t('study.welcome.browse')}</Link>
            <Link to="/quiz">{t('study.welcome.quiz')}</Link>
          </p>
        </div>
      ) : null}
      {/* On a first visit the welcome says what comes; the meter matters once studying has begun. */}
      {firstVisit ? null : (
        <ReadinessMeter
          readiness={readiness}
          action={
            <button type="button" onClick={props.onEssentials}>
              {t('card.readiness.study')}
            </button>
          }
        />
      )}

      <RestoreFromBackup />

      <fieldset>
        <legend>{t('study.order.label')}</legend>
        <div className="choice-grid">
          {NEW_CARD_ORDERS.map((order: NewCardOrder) => (
            <label key={order} className="check">
              <input
                type="radio"
                name="study-new-order"
                checked={settings.newCardOrder === order}
                onChange={() => progress.getState().updateSettings({ newCardOrder: order })}
              />
              <span>{t(`study.order.${order}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

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
