import type { Grade } from '../../domain/card-model';
import type { AnswerMode } from '../../domain/answer-mode';
import { optionKey, type KindQuestion } from '../../domain/card-kinds/question';
import type { ShortcutKey } from '../../ui/use-key-shortcuts';
import type { Face } from './study-card';

export interface StudyKeyActions {
  face: Face;
  /** The card's question (undefined while it loads). */
  question: KindQuestion | undefined;
  mode: AnswerMode;
  reveal: () => void;
  check: (key: string) => void;
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
    const q = a.question;
    if (!q) return false;
    const enter = (k.key === 'enter' || k.key === ' ') && !k.onControl;
    if (a.face.side === 'back') {
      if (enter) return (a.grade(a.face.proposed), true);
      const g = Number(k.key);
      if (g >= 1 && g <= 4) return (a.grade(g as Grade), true);
      return false;
    }
    if (q.answer < 0) return enter ? (a.reveal(), true) : false;
    if (a.mode === 'typed' && q.typed) return /^\d$/.test(k.key) ? (a.type(k.key), true) : false;
    const index = /^[1-4]$/.test(k.key) ? Number(k.key) - 1 : 'abcd'.indexOf(k.key);
    const option = index >= 0 ? q.options[index] : undefined;
    return option !== undefined ? (a.check(optionKey(option)), true) : false;
  };
}
