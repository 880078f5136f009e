import { useId, useState } from 'react';

/** What a field's text means: a value to save, or the message to show. */
export type FieldCheck = { ok: true; save: () => void } | { ok: false; error: string };

interface ValidatedFieldProps {
  label: string;
  hint: string;
  /** The saved value, as the field shows it. */
  value: string;
  check: (text: string) => FieldCheck;
  type?: 'number' | 'text';
  inputMode?: 'numeric' | 'decimal' | 'text';
  min?: number;
  max?: number;
  step?: number;
}

/**
 * A labelled input whose text is saved when the user leaves the field or presses Enter, if valid.
 * An invalid text is never saved (the saved value stays as it was) and gets a message linked to the
 * input, which then follows each keystroke until the text is valid.
 */
export function ValidatedField(props: ValidatedFieldProps) {
  const { label, hint, value, check, type = 'text', ...rest } = props;
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const result = draft === null ? null : check(draft);
  const error = touched && result && !result.ok ? result.error : null;

  const commit = () => {
    if (!result) return;
    if (result.ok) {
      result.save();
      setDraft(null);
      setTouched(false);
    } else {
      setTouched(true);
    }
  };

  return (
    <div className="setting">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={draft ?? value}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-error`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) commit();
        }}
        {...rest}
      />
      <p id={`${id}-hint`} className="setting__hint">
        {hint}
      </p>
      <p id={`${id}-error`} className="setting__error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}
