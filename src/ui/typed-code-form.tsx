import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTypedCode } from '../domain/quiz-options';
import { isComposingKey } from './use-key-shortcuts';

export interface TypedCodeFormProps {
  value: string;
  onChange: (value: string) => void;
  /** Called with the typed code once it is three digits. */
  onSubmit: (code: number) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** Id of the question heading, read as the field's description. */
  describedBy: string;
}

/**
 * A field for typing a status code: Enter (or the Check button) submits three digits; anything else
 * gets a message and keeps what was typed. The Enter that confirms an IME candidate never submits.
 */
export function TypedCodeForm({
  value,
  onChange,
  onSubmit,
  inputRef,
  describedBy,
}: TypedCodeFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const composing = useRef(false);
  const [invalid, setInvalid] = useState(false);

  const check = () => {
    const code = parseTypedCode(value);
    setInvalid(code === undefined);
    if (code !== undefined) onSubmit(code);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!composing.current) check();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    // Enter is handled here rather than by implicit form submission so that the Enter confirming an
    // IME candidate is never taken as "submit". Chrome sends it with isComposing; Safari sends
    // compositionend first, then a keydown with keyCode 229.
    event.preventDefault();
    if (composing.current || isComposingKey(event.nativeEvent)) return;
    check();
  };

  return (
    <form className="typed-code" onSubmit={submit} noValidate>
      <label htmlFor={id}>{t('card.typedLabel')}</label>
      <div className="typed-code__row">
        <input
          id={id}
          ref={inputRef}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="done"
          maxLength={6}
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={`${describedBy} ${id}-hint`}
          onChange={(e) => {
            setInvalid(false);
            onChange(e.target.value);
          }}
          onKeyDown={onKeyDown}
          onCompositionStart={() => (composing.current = true)}
          onCompositionEnd={() => (composing.current = false)}
        />
        <button type="submit" className="primary">
          {t('card.check')}
        </button>
      </div>
      <p
        id={`${id}-hint`}
        aria-live="polite"
        className={invalid ? 'typed-code__error' : 'typed-code__hint'}
      >
        {invalid ? t('card.typedInvalid') : t('card.typedHint')}
      </p>
    </form>
  );
}
