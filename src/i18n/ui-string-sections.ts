/**
 * UI-string sections (src/i18n/locales/<lang>/<section>.json) that only the lazily loaded screens use:
 * they download with those screens, not before the first card. Every other section (shell, study,
 * card, lesson, …, and any new one) is in the first load. Moving a section here is safe only if no
 * component outside those screens uses its keys.
 */
export const SCREEN_SECTIONS: readonly string[] = [
  'browse',
  'quiz',
  'stats',
  'settings',
  'about',
  'fsrs',
  // The storage notices load with their strings, only when there is something to tell.
  'progress',
  // Where progress is kept (Settings, Stats) and the backup reminder (loaded when due).
  'durability',
  // The four generated card kinds: with their renderers, never before the first card.
  'kinds',
];
