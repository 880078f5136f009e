import { lazy, Suspense } from 'react';

export interface Shortcut {
  /** Keys as printed on the keyboard, e.g. ["Space", "Enter"]. */
  keys: string[];
  description: string;
}

export interface ShortcutsHelpProps {
  shortcuts: Shortcut[];
  onClose: () => void;
}

// The dialog (and the modal code and CSS it brings) is a chunk of its own: most visits never press
// "?", so it stays out of the first load; the service worker precaches it for offline use.
const ShortcutsDialog = lazy(() =>
  import('./shortcuts-dialog').then((m) => ({ default: m.ShortcutsDialog })),
);

/** The keyboard shortcuts of a screen, in a modal dialog opened with "?". */
export function ShortcutsHelp(props: ShortcutsHelpProps) {
  return (
    <Suspense fallback={null}>
      <ShortcutsDialog {...props} />
    </Suspense>
  );
}
