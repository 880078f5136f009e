/** Multiple choice, or typing the three digits (typing applies to questions answered by a code). */
export const ANSWER_MODES = ['choice', 'typed'] as const;
export type AnswerMode = (typeof ANSWER_MODES)[number];
