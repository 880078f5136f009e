import { useEffect, useEffectEvent } from 'react';

/** A key press as the screens' shortcuts see it. */
export interface ShortcutKey {
  /** event.key, lower-cased for letters ("a", "z", "enter", " ", "escape", "?", "1"). */
  key: string;
  /** Ctrl or ⌘ held (only Ctrl/⌘+Z is a shortcut; other combinations belong to the browser). */
  mod: boolean;
  /** Focus is on something that handles Space/Enter itself (a button, link, field). */
  onControl: boolean;
  /** Focus is in a text field: only Escape is offered to the shortcuts then. */
  inTextField: boolean;
  event: KeyboardEvent;
}

/** True while an IME composition is in progress: its Enter confirms a candidate, it is no command. */
export function isComposingKey(event: { isComposing?: boolean; keyCode?: number }): boolean {
  return event.isComposing === true || event.keyCode === 229;
}

const CONTROLS = 'button, a[href], input, select, textarea, summary, [role="button"]';
const TEXT_FIELDS = 'input, textarea, select, [contenteditable="true"]';

/**
 * Calls `handler` for key presses anywhere in the document while `enabled`; the handler returns true
 * when it used the key (its default action is then prevented). Keys are ignored during IME
 * composition, inside a modal dialog, with Alt held, or with Ctrl/⌘ held (except Ctrl/⌘+Z).
 */
export function useKeyShortcuts(handler: (key: ShortcutKey) => boolean, enabled = true): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || isComposingKey(event) || event.altKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('[role="dialog"]')) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key.toLowerCase();
    const mod = event.ctrlKey || event.metaKey;
    if (mod && key !== 'z') return;
    const inTextField = !!target?.closest(TEXT_FIELDS);
    if (inTextField && key !== 'escape') return;
    const used = handler({ key, mod, onControl: !!target?.closest(CONTROLS), inTextField, event });
    if (used) event.preventDefault();
  });

  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [enabled]);
}
