import type { CardKind, Grade } from '../../domain/card-model';
import type { AnswerMode } from '../../domain/answer-mode';
import type { ShortcutKey } from '../../ui/use-key-shortcuts';
import type { Face } from './study-card';

export interface StudyKeyActions {
  face: Face;
  kind: CardKind | undefined;
  mode: AnswerMode;
  options: readonly number[];
  reveal: () => void;
  check: (code: number) => void;
  grade: (grade: Grade) => void;
  undo: () => void;
  leave: () => void;
  help: () => void;
  /** A digit typed outside the answer field, to append to it. */
  type: (digit: string) => void;
}

/**
 * Anki-style keys for a study card: Space/Enter reveal (or accept the proposed grade on the back),
 * 1–4 grade on the back, 1–4 or A–D pick an option on the front, digits fill the typed answer,
 * Z or Ctrl/⌘+Z undo, Esc leave, ? help. Returns true when the key was used.
 */
export function studyKeyHandler(a: StudyKeyActions): (k: ShortcutKey) => boolean {
  return (k) => {
    if (k.key === 'escape') return (a.leave(), true);
    if (k.key === 'z') return (a.undo(), true);
    if (k.mod) return false;
    if (k.key === '?') return (a.help(), true);
    if (!a.kind) return false;
    const enter = (k.key === 'enter' || k.key === ' ') && !k.onControl;
    if (a.face.side === 'back') {
      if (enter) return (a.grade(a.face.proposed), true);
      const g = Number(k.key);
      if (g >= 1 && g <= 4) return (a.grade(g as Grade), true);
      return false;
    }
    if (a.kind === 'recall') return enter ? (a.reveal(), true) : false;
    if (a.mode === 'typed') return /^\d$/.test(k.key) ? (a.type(k.key), true) : false;
    const index = /^[1-4]$/.test(k.key) ? Number(k.key) - 1 : 'abcd'.indexOf(k.key);
    const code = index >= 0 ? a.options[index] : undefined;
    return code !== undefined ? (a.check(code), true) : false;
  };
}
