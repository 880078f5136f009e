import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADES, type Grade } from '../../domain/card-model';
import { answerKey } from '../../domain/card-kinds/question';
import { createScheduler, newCardState } from '../../domain/scheduler';
import { useProgress, useSession, useStores } from '../../state/stores';
import type { ActiveSession } from '../../state/study-session-store';
import { LiveRegion } from '../../ui/live-region';
import { SessionProgress } from '../../ui/session-progress';
import { ShortcutsHelp } from '../../ui/shortcuts-help';
import { useKeyShortcuts } from '../../ui/use-key-shortcuts';
import { CodeLesson } from './card-parts';
import { markAnswered, useCardShownMark } from './paint-marks';
import { StudyCard } from './study-card';
import { studyKeyHandler } from './study-keys';
import { useNoticeText } from './use-notice-text';

// Asked only when the learner leaves with cards left: its code (and the modal's) loads then.
const ConfirmDialog = lazy(() =>
  import('../../ui/confirm-dialog').then((m) => ({ default: m.ConfirmDialog })),
);

/** Distinct cards answered in the session that today's queue no longer holds: the cards done. */
function cardsDone(session: ActiveSession, left: ReadonlySet<string>): number {
  const done = new Set<string>();
  for (const a of session.answers) if (!left.has(a.card.item.cardId)) done.add(a.card.item.cardId);
  return done.size;
}

/** The study session in progress: one card at a time, graded into the scheduler, with undo. */
export function StudySession() {
  const session = useSession((s) => s.session);
  return session ? <ActiveStudySession session={session} /> : null;
}

function ActiveStudySession({ session }: { session: ActiveSession }) {
  const { t } = useTranslation();
  const { env, session: sessionStore } = useStores();
  const settings = useProgress((s) => s.settings);
  const cards = useProgress((s) => s.cards);
  // Subscribed so that the queue (built from the log) is rebuilt when another tab answers.
  useProgress((s) => s.log);
  const scheduler = useMemo(() => createScheduler(settings), [settings]);
  const { shown, face, answers, spec } = session;
  // Built once per answer or change of progress (the store caches it): this render re-runs on both.
  const queue = sessionStore.getState().queue();
  // What the learner typed, for the card it was typed on (a new card starts empty).
  const [typing, setTyping] = useState({ on: session.shown, value: '' });
  const typed = typing.on === session.shown ? typing.value : '';
  const setTyped = (value: string) => setTyping({ on: session.shown, value });
  const [helpOpen, setHelpOpen] = useState(false);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const promptRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const lessonRef = useRef<HTMLHeadingElement>(null);
  const backRef = useRef<HTMLDivElement>(null);
  const message = useNoticeText(session.notice);

  const cardState = cards[shown.item.cardId];
  // The grades' intervals for the card shown, computed when it (or its state) changes.
  const intervals = useMemo(() => {
    const preview = scheduler.preview(
      cardState ?? newCardState(shown.item.cardId, env.now()),
      env.now(),
    );
    return Object.fromEntries(GRADES.map((g) => [g, preview[g].intervalMs])) as Record<
      Grade,
      number
    >;
  }, [shown, cardState, scheduler, env]);

  useCardShownMark(shown, shown.item.kind);
  useEffect(() => {
    if (face.side === 'back') {
      // On a small screen the answer would sit below the fold, under the grade bar: bring it up.
      const back = backRef.current;
      const top = back?.getBoundingClientRect().top ?? 0;
      if (back && (top < 0 || top > window.innerHeight * 0.45))
        back.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
      lessonRef.current?.focus({ preventScroll: true });
    } else if (shown.question?.typed && spec.mode === 'typed') inputRef.current?.focus();
    else promptRef.current?.focus();
  }, [shown, face.side, spec.mode]);

  const store = sessionStore.getState();
  // The back's lesson is a lazy part (preloaded when the browser idles after Study shows): a card
  // turns over once it can show the lesson whole (at once, but in the first instants of a visit).
  const turnOver = (turn: () => void) => {
    if (CodeLesson.ready()) turn();
    else void CodeLesson.preload().then(turn, turn);
  };
  const reveal = () => turnOver(store.reveal);
  const grade = (g: Grade) => {
    if (face.side !== 'back') return;
    markAnswered();
    store.grade(g);
  };
  const check = (key: string) => {
    // A right choice is graded at once when the learner asked for it: that is an answer too.
    if (settings.autoAcceptGrade && shown.question && key === answerKey(shown.question))
      markAnswered();
    turnOver(() => store.check(key));
  };
  // A slip of Esc or of a thumb must not end a session with cards left.
  const leave = () => (queue.items.length > 0 ? setConfirmLeave(true) : store.end());

  useKeyShortcuts(
    (key) =>
      studyKeyHandler({
        face,
        question: shown.question,
        mode: spec.mode,
        reveal,
        check,
        grade,
        undo: store.undo,
        leave,
        help: () => setHelpOpen(true),
        type: (digit) => {
          setTyped(typed + digit);
          inputRef.current?.focus();
        },
      })(key),
    !helpOpen && !confirmLeave,
  );

  const left = new Set(queue.items.map((i) => i.cardId));
  const done = cardsDone(session, left);
  const total = done + left.size;
  return (
    <div className="study-session">
      <SessionProgress
        label={t('study.progressLabel')}
        value={done}
        max={total}
        text={t('study.progressText', { done, total })}
      />
      <p className="study-session__counts">
        {t('study.remaining', {
          new: queue.counts.new,
          learning: queue.counts.learning,
          due: queue.counts.due,
        })}
      </p>
      <StudyCard
        shown={shown}
        face={face}
        mode={spec.mode}
        typed={typed}
        onTyped={setTyped}
        onCheck={check}
        onReveal={reveal}
        onGrade={grade}
        intervals={intervals}
        leechLapses={cardState?.leech ? cardState.lapses : undefined}
        onLeech={store.manageLeech}
        promptRef={promptRef}
        inputRef={inputRef}
        lessonRef={lessonRef}
        backRef={backRef}
      />
      <div className="session-actions">
        <button
          type="button"
          onClick={store.undo}
          disabled={answers.length === 0}
          aria-keyshortcuts="Z"
        >
          {t('study.undo')}
        </button>
        <button type="button" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
          {t('card.help')}
        </button>
        <button type="button" onClick={leave} aria-keyshortcuts="Escape">
          {t('study.leave')}
        </button>
      </div>
      <LiveRegion message={message} />
      {helpOpen ? <StudyHelp onClose={() => setHelpOpen(false)} /> : null}
      {confirmLeave ? (
        <Suspense fallback={null}>
          <ConfirmDialog
            title={t('study.confirmLeave.title')}
            confirmLabel={t('study.confirmLeave.end')}
            cancelLabel={t('study.confirmLeave.keep')}
            onConfirm={() => {
              setConfirmLeave(false);
              store.end();
            }}
            onCancel={() => setConfirmLeave(false)}
          >
            <p>{t('study.confirmLeave.body', { count: queue.items.length })}</p>
          </ConfirmDialog>
        </Suspense>
      ) : null}
    </div>
  );
}

function reducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

function StudyHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ShortcutsHelp
      onClose={onClose}
      shortcuts={[
        { keys: ['Space', 'Enter'], description: t('study.keys.reveal') },
        { keys: ['1', '2', '3', '4'], description: t('study.keys.grade') },
        { keys: ['1–4', 'A–D'], description: t('study.keys.pick') },
        { keys: ['0–9', 'Enter'], description: t('study.keys.type') },
        { keys: ['Z', 'Ctrl+Z', '⌘Z'], description: t('study.keys.undo') },
        { keys: ['Esc'], description: t('study.keys.leave') },
        { keys: ['?'], description: t('study.keys.help') },
      ]}
    />
  );
}
