import type about from './locales/en/about.json';
import type browse from './locales/en/browse.json';
import type card from './locales/en/card.json';
import type fsrs from './locales/en/fsrs.json';
import type durability from './locales/en/durability.json';
import type kinds from './locales/en/kinds.json';
import type lesson from './locales/en/lesson.json';
import type progress from './locales/en/progress.json';
import type pwa from './locales/en/pwa.json';
import type quiz from './locales/en/quiz.json';
import type settings from './locales/en/settings.json';
import type shell from './locales/en/shell.json';
import type stats from './locales/en/stats.json';
import type study from './locales/en/study.json';

// English is the source of the key types: add each new file of src/i18n/locales/en/ here.
type Resources = typeof shell &
  typeof study &
  typeof quiz &
  typeof lesson &
  typeof card &
  typeof browse &
  typeof stats &
  typeof settings &
  typeof about &
  typeof pwa &
  typeof progress &
  typeof fsrs &
  typeof durability &
  typeof kinds;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}
