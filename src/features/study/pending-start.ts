// A tap on the prerendered Start button (index.html paints Study before the app has loaded; see
// src/app/build/prerender-html.ts) is remembered on <html> as this attribute, so that the app, once
// loaded, starts the session the learner asked for instead of dropping the tap.

/** The attribute index.html's inline script sets on <html> when Start was pressed too early. */
export const PENDING_START_ATTRIBUTE = 'data-pending-start';

/** Whether Start was pressed on the prerendered screen and not acted on yet. */
export function hasPendingStart(): boolean {
  return (
    typeof document !== 'undefined' &&
    document.documentElement.hasAttribute(PENDING_START_ATTRIBUTE)
  );
}

/** Marks the early tap as handled. */
export function clearPendingStart(): void {
  document.documentElement.removeAttribute(PENDING_START_ATTRIBUTE);
}
