import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  /** A validation message; marks the input invalid and is announced with it. */
  error?: string | null;
  /** Marks the input invalid when the message is shown elsewhere (e.g. in a form-level alert). */
  invalid?: boolean;
  /** Extra content under the input (e.g. a strength meter), described by the input. */
  below?: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  inputClassName?: string;
}

/** A labelled input with hint and error text wired through aria-describedby. */
export function TextField({ label, hint, error, invalid, below, inputRef, className, inputClassName, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const belowId = `${id}-below`;
  const describedBy = [hint ? hintId : null, error ? errorId : null, below ? belowId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <input
        spellCheck={false}
        {...input}
        id={id}
        ref={inputRef}
        className={['input', inputClassName ?? ''].filter(Boolean).join(' ')}
        aria-invalid={error || invalid ? true : undefined}
        aria-describedby={describedBy}
      />
      {error && (
        <p className="field__error" id={errorId}>
          <span className="field__error-icon" aria-hidden="true" />
          {error}
        </p>
      )}
      {below && <div id={belowId}>{below}</div>}
    </div>
  );
}
