import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { usePendingEdit } from '../case-editor/pending';

/** How long typing may pause before what was typed is committed. */
export const TYPING_DEBOUNCE_MS = 600;

export interface DraftTextProps {
  label: string;
  /** The committed value (from the document). */
  value: string | undefined;
  /**
   * Commits what was typed (undefined for empty). Returns a message when the value cannot be
   * committed; the text stays as typed, marked invalid, until it is corrected.
   */
  onCommit: (value: string | undefined) => string | null;
  multiline?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  hint?: ReactNode;
  /** A message from outside (e.g. "give a reason" when an override waits for one). */
  error?: string | null;
  className?: string;
  rows?: number;
  lang?: string;
  testId?: string;
}

/**
 * A labelled text input or textarea that commits on blur and after a pause in typing, so nothing
 * typed is lost and no "save" can be forgotten. While the user types (and while what they typed is
 * invalid) the text is theirs; otherwise it follows the committed value.
 */
export function DraftText({ label, value, onCommit, multiline = false, disabled, readOnly, hint, error, className, rows = 4, lang, testId }: DraftTextProps) {
  const id = useId();
  const [text, setText] = useState(value ?? '');
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (!dirty) setText(value ?? '');
  }

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);
  const commitRef = useRef(onCommit);
  useEffect(() => {
    commitRef.current = onCommit;
  });

  const flush = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const typed = pending.current;
    if (typed === null) return;
    pending.current = null;
    const message = commitRef.current(typed.trim() === '' ? undefined : typed);
    setProblem(message);
    setDirty(message !== null);
  };
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });
  // Leaving the section (or locking) must not lose a pause's worth of typing.
  useEffect(() => () => flushRef.current(), []);
  // Ctrl/⌘+S, closing the case and locking commit what is typed here too.
  usePendingEdit(dirty, () => flushRef.current());

  const change = (next: string) => {
    setText(next);
    setDirty(true);
    pending.current = next;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => flushRef.current(), TYPING_DEBOUNCE_MS);
  };

  const shown = problem ?? error ?? null;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, shown ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: text,
    disabled,
    readOnly,
    lang,
    spellCheck: false,
    'aria-invalid': shown ? true : undefined,
    'aria-describedby': describedBy,
    'data-testid': testId,
    onBlur: flush,
  } as const;
  return (
    <div className={['field', shown ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={rows} className="input textarea" onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type="text" className="input" onChange={(e) => change(e.target.value)} />
      )}
      {shown && (
        <p className="field__error" id={errorId}>
          <span className="field__error-icon" aria-hidden="true" />
          {shown}
        </p>
      )}
    </div>
  );
}
