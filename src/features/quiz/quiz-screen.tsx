import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CODES } from '../../domain/dataset';
import {
  buildQuiz,
  QUESTION_CARD_KIND,
  reshuffleQuiz,
  scoreQuiz,
  type QuizQuestion,
  type QuizSetup,
} from '../../domain/quiz';
import { createRng } from '../../domain/rng';
import { prepareKinds } from '../../state/card-question';
import { knowledgeNow } from '../../state/knowledge-access';
import { baseContext, drawQuestion, kindsReady } from '../../state/quiz-questions';
import { DUEL_PAIRS } from '../../state/progress-selectors';
import { useProgress, useStores } from '../../state/stores';
import { useCodeNames } from '../../state/use-texts';
import { Screen } from '../../ui/screen';
import { QuizResults } from './quiz-results';
import type { UnscheduledAnswer } from './record-quiz-answer';
import { QuizRun } from './quiz-run';
import { QuizSetupForm } from './quiz-setup-form';
import { readQuizSetup, saveQuizSetup } from './quiz-setup-storage';
import '../../ui/card.css';
import './quiz.css';

type Phase =
  | { name: 'setup' }
  | { name: 'run'; questions: QuizQuestion[]; startedAt: number; attempt: number }
  | {
      name: 'results';
      questions: QuizQuestion[];
      given: (string | undefined)[];
      unscheduled: UnscheduledAnswer[];
      durationMs: number;
    };

/** The Quiz screen: setup → one question at a time → results with retries. */
export function QuizScreen() {
  const { t } = useTranslation();
  const { env } = useStores();
  const [preparing, setPreparing] = useState(false);
  const names = useCodeNames();
  const counted = useProgress((s) => s.settings.quizCountsAsReview);
  const [setup, setSetup] = useState(() => readQuizSetup(env.storage));
  const [phase, setPhase] = useState<Phase>({ name: 'setup' });
  // Each run gets its own seed: the clock at its start, so tests (fixed clock) are deterministic.
  const [runs, setRuns] = useState(0);

  const begin = (questions: QuizQuestion[]) => {
    setRuns((n) => n + 1);
    setPhase({ name: 'run', questions, startedAt: env.now(), attempt: runs + 1 });
  };
  const rng = () => createRng(env.now() + runs);

  const start = async (chosen: QuizSetup) => {
    setSetup(chosen);
    saveQuizSetup(env.storage, chosen);
    const keyOf = (code: number) => names?.[String(code)] ?? String(code);
    // The generated kinds' generators and the knowledge load first (once; precached offline).
    const kinds = chosen.types.map((type) => QUESTION_CARD_KIND[type]);
    if (!kindsReady(kinds)) {
      setPreparing(true);
      await prepareKinds(kinds);
      setPreparing(false);
    }
    begin(
      buildQuiz(chosen, {
        codes: CODES,
        rng: rng(),
        keyOf,
        context: baseContext(knowledgeNow()),
        draw: drawQuestion,
        pairs: DUEL_PAIRS,
      }),
    );
  };

  return (
    <Screen title={t('quiz.title')}>
      {phase.name === 'setup' ? (
        <>
          <p className="muted">{t('quiz.intro')}</p>
          <p className="muted">{counted ? t('quiz.setup.countsNew') : t('quiz.setup.countsNot')}</p>
          <QuizSetupForm
            initial={setup}
            onStart={(chosen) => void start(chosen)}
            focusOnMount={runs > 0}
            busy={preparing}
          />
        </>
      ) : phase.name === 'run' ? (
        <QuizRun
          key={phase.attempt}
          questions={phase.questions}
          mode={setup.mode}
          onLeave={() => setPhase({ name: 'setup' })}
          onFinish={(given, unscheduled) =>
            setPhase({
              name: 'results',
              questions: phase.questions,
              given,
              unscheduled,
              durationMs: env.now() - phase.startedAt,
            })
          }
        />
      ) : (
        <QuizResults
          questions={phase.questions}
          given={phase.given}
          unscheduled={phase.unscheduled}
          score={scoreQuiz(phase.questions, phase.given)}
          durationMs={phase.durationMs}
          counted={counted}
          onRetryMissed={() => {
            const missed = scoreQuiz(phase.questions, phase.given).missed;
            const again = missed.flatMap((i) => phase.questions[i] ?? []);
            begin(reshuffleQuiz(again, rng()));
          }}
          onRetrySame={() => begin(reshuffleQuiz(phase.questions, rng()))}
          onNewQuiz={() => setPhase({ name: 'setup' })}
        />
      )}
    </Screen>
  );
}
