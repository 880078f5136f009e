import { lazyPart } from '../../ui/lazy-part';

// The parts of a card that a first visit's first card (a recall card) never shows: they download when
// first needed, or once the browser is idle after the Study screen has shown (preloadCardParts).

export const AnswerChoices = lazyPart(() =>
  import('../../ui/answer-choices').then((m) => m.AnswerChoices),
);
export const TypedCodeForm = lazyPart(() =>
  import('../../ui/typed-code-form').then((m) => m.TypedCodeForm),
);
export const AnswerVerdict = lazyPart(() =>
  import('../../ui/answer-verdict').then((m) => m.AnswerVerdict),
);
export const WhyNot = lazyPart(() => import('../../ui/why-not').then((m) => m.WhyNot));
export const LeechNotice = lazyPart(() => import('./leech-notice').then((m) => m.LeechNotice));
// The back's lesson: the session turns a card over once it is here (see study-session.tsx).
export const CodeLesson = lazyPart(() => import('../../ui/code-lesson').then((m) => m.CodeLesson));
export const ReadinessMeter = lazyPart(() =>
  import('../../ui/readiness-meter').then((m) => m.ReadinessMeter),
);

/** Downloads every part above (the browser idles after the first card; tests render at once). */
export function preloadCardParts(): Promise<void> {
  return Promise.all(
    [
      AnswerChoices,
      TypedCodeForm,
      AnswerVerdict,
      WhyNot,
      LeechNotice,
      CodeLesson,
      ReadinessMeter,
    ].map((p) => p.preload()),
  ).then(() => undefined);
}
