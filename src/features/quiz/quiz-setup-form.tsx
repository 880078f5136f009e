import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { kindSpec } from '../../domain/card-kinds/registry';
import { CODES, findCode } from '../../domain/dataset';
import {
  ANSWER_MODES,
  categoryOf,
  QUESTION_CARD_KIND,
  QUESTION_TYPES,
  QUIZ_CATEGORIES,
  QUIZ_LENGTHS,
  type QuizCategory,
  type QuizSetup,
} from '../../domain/quiz';
import { DUEL_PAIRS, KNOWLEDGE_INDEX } from '../../state/progress-selectors';
import { useClassTexts } from '../../state/use-texts';

const countIn = (categories: readonly QuizCategory[]) =>
  CODES.filter((c) => categories.includes(categoryOf(c))).length;

/**
 * Whether a code has a question of one of the chosen types: header, wire and behaviour need its
 * knowledge, a duel a confusable partner in the quiz (unofficial partners only with their category).
 */
function askable(code: number, setup: QuizSetup): boolean {
  return setup.types.some((type) => {
    const kind = QUESTION_CARD_KIND[type];
    const scope = kindSpec(kind).scope;
    if (scope === 'knowledge') return KNOWLEDGE_INDEX[kind]?.includes(code) ?? false;
    if (scope === 'pair')
      return DUEL_PAIRS.some(
        (p) =>
          p.includes(code) &&
          p.every(
            (c) => findCode(c)?.status !== 'unofficial' || setup.categories.includes('unofficial'),
          ),
      );
    return true;
  });
}

function toggle<T>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] {
  return order.filter((x) => (x === item ? on : list.includes(x)));
}

/** Choosing a quiz: categories, question types, length and answer mode, then Start. */
export function QuizSetupForm({
  initial,
  onStart,
  focusOnMount,
  busy = false,
}: {
  initial: QuizSetup;
  onStart: (setup: QuizSetup) => void;
  /** Move focus into the form (when coming back from a quiz, whose controls are gone). */
  focusOnMount?: boolean;
  /** The questions are being prepared (their generators and knowledge loading). */
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const classTexts = useClassTexts();
  const [setup, setSetup] = useState(initial);
  const [errors, setErrors] = useState<{ categories?: boolean; types?: boolean }>({});
  const firstCategory = useRef<HTMLInputElement>(null);
  const firstType = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnMount) firstCategory.current?.focus();
  }, [focusOnMount]);
  const available = CODES.filter(
    (c) => setup.categories.includes(categoryOf(c)) && askable(c.code, setup),
  ).length;
  const questions = setup.length === 'all' ? available : Math.min(setup.length, available);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = { categories: setup.categories.length === 0, types: setup.types.length === 0 };
    setErrors(next);
    if (next.categories) firstCategory.current?.focus();
    else if (next.types) firstType.current?.focus();
    else onStart(setup);
  };

  return (
    <form className="quiz-setup" onSubmit={submit} noValidate>
      <fieldset aria-describedby={errors.categories ? `${id}-cat-error` : undefined}>
        <legend>{t('quiz.setup.categories')}</legend>
        <div className="choice-grid">
          {QUIZ_CATEGORIES.map((category, i) => (
            <label key={category} className="check">
              <input
                ref={i === 0 ? firstCategory : undefined}
                type="checkbox"
                checked={setup.categories.includes(category)}
                onChange={(e) => {
                  setErrors((x) => ({ ...x, categories: false }));
                  setSetup((s) => ({
                    ...s,
                    categories: toggle(s.categories, category, e.target.checked, QUIZ_CATEGORIES),
                  }));
                }}
              />
              <span>
                {category === 'unofficial'
                  ? t('quiz.setup.unofficial')
                  : t('quiz.setup.category', {
                      digit: category,
                      name: classTexts?.[category].name ?? '',
                    })}{' '}
                <span className="muted">
                  {t('quiz.setup.codeCount', { count: countIn([category]) })}
                </span>
              </span>
            </label>
          ))}
        </div>
        {errors.categories ? (
          <p id={`${id}-cat-error`} className="form-error" role="alert">
            {t('quiz.setup.needCategory')}
          </p>
        ) : null}
      </fieldset>

      <fieldset aria-describedby={errors.types ? `${id}-type-error` : undefined}>
        <legend>{t('quiz.setup.types')}</legend>
        <div className="choice-grid">
          {QUESTION_TYPES.map((type, i) => (
            <label key={type} className="check">
              <input
                ref={i === 0 ? firstType : undefined}
                type="checkbox"
                checked={setup.types.includes(type)}
                onChange={(e) => {
                  setErrors((x) => ({ ...x, types: false }));
                  setSetup((s) => ({
                    ...s,
                    types: toggle(s.types, type, e.target.checked, QUESTION_TYPES),
                  }));
                }}
              />
              <span>{t(`quiz.type.${type}`)}</span>
            </label>
          ))}
        </div>
        {errors.types ? (
          <p id={`${id}-type-error`} className="form-error" role="alert">
            {t('quiz.setup.needType')}
          </p>
        ) : null}
        <p className="muted">{t('quiz.setup.knowledgeNote')}</p>
      </fieldset>

      <fieldset>
        <legend>{t('quiz.setup.length')}</legend>
        <div className="choice-grid">
          {QUIZ_LENGTHS.map((length) => (
            <label key={length} className="check">
              <input
                type="radio"
                name={`${id}-length`}
                checked={setup.length === length}
                onChange={() => setSetup((s) => ({ ...s, length }))}
              />
              <span>
                {length === 'all'
                  ? t('quiz.setup.lengthAll')
                  : t('quiz.setup.lengthN', { count: length })}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset aria-describedby={`${id}-mode-note`}>
        <legend>{t('card.answerMode')}</legend>
        <div className="choice-grid">
          {ANSWER_MODES.map((mode) => (
            <label key={mode} className="check">
              <input
                type="radio"
                name={`${id}-mode`}
                checked={setup.mode === mode}
                onChange={() => setSetup((s) => ({ ...s, mode }))}
              />
              <span>{t(`card.mode.${mode}`)}</span>
            </label>
          ))}
        </div>
        <p id={`${id}-mode-note`} className="muted">
          {t('quiz.setup.typedNote')}
        </p>
      </fieldset>

      <p className="quiz-setup__summary" aria-live="polite">
        {t('quiz.setup.willAsk', { count: questions })}
      </p>
      <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
        {t('quiz.setup.start')}
      </button>
    </form>
  );
}
