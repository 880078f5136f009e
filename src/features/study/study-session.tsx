import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADES, type Grade } from '../../domain/card-model';
import { confusablesOf } from '../../domain/confusables';
import { CODES, findCode } from '../../domain/dataset';
import type { AnswerMode } from '../../domain/quiz';
import { makeOptions } from '../../domain/quiz-options';
import type { QueueFilter, QueueItem } from '../../domain/queue';
import { createRng } from '../../domain/rng';
import { createScheduler, newCardState } from '../../domain/scheduler';
import { useProgress, useStores } from '../../state/stores';
import { useCodeNames } from '../../state/use-texts';
import { LiveRegion } from '../../ui/live-region';
import { SessionProgress } from '../../ui/session-progress';
import { ShortcutsHelp } from '../../ui/shortcuts-help';
import { useKeyShortcuts } from '../../ui/use-key-shortcuts';
import { useAnswerAnnouncer } from '../../ui/answer-verdict';
import { markAnswered, useCardShownMark } from './paint-marks';
import { StudyCard, type Face, type ShownCard } from './study-card';
import { focusQueue, pickNext, sameAsLast, studyQueue, type ProgressSnapshot } from './study-queue';
import { studyKeyHandler } from './study-keys';
import { useFormatInterval } from './use-format-interval';

export interface SessionResult {
  studied: number;
  /** Answers not graded Again. */
  correct: number;
  durationMs: number;
}

export interface StudySessionProps {
  filter: QueueFilter;
  mode: AnswerMode;
  extraNew: number;
  /** Study only this code's cards (from Browse's "Study this code now"). */
  focusCode?: number | undefined;
  onEnd: (result: SessionResult) => void;
}

/** A study session: today's queue one card at a time, graded into the scheduler, with undo. */
export function StudySession({ filter, mode, extraNew, focusCode, onEnd }: StudySessionProps) {
  const { t } = useTranslation();
  const { env, progress } = useStores();
  const names = useCodeNames();
  const settings = useProgress((s) => s.settings);
  const cards = useProgress((s) => s.cards);
  const log = useProgress((s) => s.log);
  const announceAnswer = useAnswerAnnouncer();
  const formatInterval = useFormatInterval();
  const [startedAt] = useState(() => env.now());
  const rng = useMemo(() => createRng(startedAt), [startedAt]);
  const scheduler = useMemo(() => createScheduler(settings), [settings]);
  const [done, setDone] = useState<{ card: ShownCard; grade: Grade }[]>([]);
  // An answer builds the queue in advance() and the render after it asks for the same progress and
  // answers again: sameAsLast() hands back the queue built, so it is built once per answer.
  const queueFor = useCallback(
    (p: ProgressSnapshot, answers: readonly { card: ShownCard }[]) =>
      sameAsLast([p.cards, p.log, p.settings, answers, focusCode, filter, extraNew], () =>
        focusCode === undefined
          ? studyQueue(p, filter, extraNew, env.now())
          : focusQueue(p, focusCode, new Set(answers.map((a) => a.card.item.cardId))),
      ),
    [focusCode, filter, extraNew, env],
  );
  // Rebuilt when progress changes (an answer, another tab), not on every keystroke.
  const queue = useMemo(
    () => queueFor({ cards, log, settings }, done),
    [queueFor, cards, log, settings, done],
  );

  const pool = useMemo(
    () =>
      CODES.filter((c) => settings.includeUnofficial || c.status !== 'unofficial').map(
        (c) => c.code,
      ),
    [settings.includeUnofficial],
  );
  const show = (item: QueueItem): ShownCard => ({
    item,
    variant: Math.floor(rng() * 1_000_000),
    options:
      item.kind === 'recall'
        ? []
        : makeOptions(
            item.code,
            {
              codes: pool,
              confusable: confusablesOf(item.code),
              related: findCode(item.code)?.related ?? [],
              keyOf: (c) => names?.[String(c)] ?? String(c),
            },
            rng,
          ),
    shownAt: env.now(),
  });

  const [shown, setShown] = useState<ShownCard | undefined>(() => {
    const first = pickNext(queue.items, undefined);
    return first ? show(first) : undefined;
  });
  const [face, setFace] = useState<Face>({ side: 'front' });
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const promptRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const lessonRef = useRef<HTMLHeadingElement>(null);

  const finish = (answers: typeof done) =>
    onEnd({
      studied: answers.length,
      correct: answers.filter((a) => a.grade > 1).length,
      durationMs: env.now() - startedAt,
    });

  // Only an empty queue at the start leaves nothing shown (later, the last grade ends the session).
  const nothingToStudy = shown === undefined;
  useEffect(() => {
    if (nothingToStudy) onEnd({ studied: 0, correct: 0, durationMs: 0 });
  }, [nothingToStudy, onEnd]);

  const current = shown;
  const back = face.side === 'back' ? face : undefined;
  const cardState = current ? cards[current.item.cardId] : undefined;
  // The grades' intervals for the card shown, computed when it (or its state) changes, not on every
  // keystroke or reveal.
  const intervals = useMemo(() => {
    const preview = current
      ? scheduler.preview(cardState ?? newCardState(current.item.cardId, env.now()), env.now())
      : undefined;
    return Object.fromEntries(GRADES.map((g) => [g, preview?.[g].intervalMs ?? 0])) as Record<
      Grade,
      number
    >;
  }, [current, cardState, scheduler, env]);

  useCardShownMark(current);
  useEffect(() => {
    if (!current) return;
    if (face.side === 'back') lessonRef.current?.focus();
    else if (current.item.kind !== 'recall' && mode === 'typed') inputRef.current?.focus();
    else promptRef.current?.focus();
  }, [current, face.side, mode]);

  const reveal = () => {
    if (!current || back || current.item.kind !== 'recall') return;
    setFace({ side: 'back', proposed: 3 });
    setMessage(t('study.revealed'));
  };

  const check = (given: number) => {
    if (!current || back || current.item.kind === 'recall') return;
    const right = given === current.item.code;
    setFace({ side: 'back', given, proposed: right ? 3 : 1 });
    setMessage(announceAnswer(current.item.code, given));
  };

  /** Shows the queue's next card (not a sibling of the last), or ends the session. */
  const advance = (answers: typeof done, lastCode: number, announce: string) => {
    const next = pickNext(queueFor(progress.getState(), answers).items, lastCode);
    setFace({ side: 'front' });
    setTyped('');
    if (!next) return finish(answers);
    setShown(show(next));
    setMessage(announce);
  };

  const grade = (g: Grade) => {
    if (!current || !back) return;
    markAnswered();
    progress.getState().answer(current.item.cardId, g, env.now() - current.shownAt);
    const answers = [...done, { card: current, grade: g }];
    setDone(answers);
    const interval = formatInterval(intervals[g]);
    advance(
      answers,
      current.item.code,
      t('study.graded', { grade: t(`study.grade.${g}`), interval }),
    );
  };

  /** Suspends or resets a leech instead of grading it, then moves on. */
  const manageLeech = (action: 'suspend' | 'reset') => {
    if (!current) return;
    const { cardId, code } = current.item;
    if (action === 'suspend') progress.getState().suspendCard(cardId);
    else progress.getState().resetCard(cardId);
    advance(
      done,
      code,
      t(action === 'suspend' ? 'study.leech.suspended' : 'study.leech.wasReset', { code }),
    );
  };

  const undo = () => {
    const last = done[done.length - 1];
    if (!last || !progress.getState().undo()) {
      setMessage(t('study.nothingToUndo'));
      return;
    }
    setDone(done.slice(0, -1));
    setShown({ ...last.card, shownAt: env.now() });
    setFace({ side: 'front' });
    setTyped('');
    setMessage(t('study.undone', { code: last.card.item.code }));
  };

  const typeDigit = (digit: string) => {
    setTyped((v) => v + digit);
    inputRef.current?.focus();
  };

  useKeyShortcuts(
    (key) =>
      studyKeyHandler({
        face,
        kind: current?.item.kind,
        mode,
        options: current?.options ?? [],
        reveal,
        check,
        grade,
        undo,
        leave: () => finish(done),
        help: () => setHelpOpen(true),
        type: typeDigit,
      })(key),
    !helpOpen,
  );

  if (!current) return null;
  return (
    <div className="study-session">
      <SessionProgress
        label={t('study.progressLabel')}
        value={done.length}
        max={done.length + queue.items.length}
        text={t('study.progressText', {
          done: done.length,
          total: done.length + queue.items.length,
        })}
      />
      <p className="study-session__counts">
        {t('study.remaining', {
          new: queue.counts.new,
          learning: queue.counts.learning,
          due: queue.counts.due,
        })}
      </p>
      <StudyCard
        shown={current}
        face={face}
        mode={mode}
        typed={typed}
        onTyped={setTyped}
        onCheck={check}
        onReveal={reveal}
        onGrade={grade}
        intervals={intervals}
        leechLapses={cardState?.leech ? cardState.lapses : undefined}
        onLeech={manageLeech}
        promptRef={promptRef}
        inputRef={inputRef}
        lessonRef={lessonRef}
      />
      <div className="session-actions">
        <button type="button" onClick={undo} disabled={done.length === 0} aria-keyshortcuts="Z">
          {t('study.undo')}
        </button>
        <button type="button" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
          {t('card.help')}
        </button>
        <button type="button" onClick={() => finish(done)} aria-keyshortcuts="Escape">
          {t('study.leave')}
        </button>
      </div>
      <LiveRegion message={message} />
      {helpOpen ? <StudyHelp onClose={() => setHelpOpen(false)} /> : null}
    </div>
  );
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
