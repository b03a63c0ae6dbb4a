import { useEffect, useLayoutEffect, useState } from 'react';
import { useEditor, type PendingEdits } from './context';
import type { FieldHandle } from './types';

export type Parsed = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

export interface TextDraftOptions {
  /** The committed value as text. */
  format(value: unknown): string;
  /** Typed text → the value to commit, or a message saying what to fix. */
  parse(text: string): Parsed;
}

/** Typed text is committed after this much idle time, as well as on blur and Enter. */
export const IDLE_COMMIT_MS = 600;

/**
 * Holds what is typed into one input until it is committed. The text stays as typed while the
 * input has focus (a debounced commit never rewrites it under the caret); leaving the field or
 * Enter commits and shows the stored value as the app writes it. Text that cannot be committed
 * stays in the input, with the message, so nothing typed is lost.
 */
class TextDraft {
  text: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private unregister: (() => void) | null = null;

  constructor(
    public field: FieldHandle,
    public options: TextDraftOptions,
    public pending: PendingEdits,
    private readonly show: (text: string | null) => void,
  ) {}

  /** Called after every render: commits use the newest field handle and parser. */
  follow(field: FieldHandle, options: TextDraftOptions): void {
    this.field = field;
    this.options = options;
  }

  readonly commitFinal = (): void => {
    this.commit(true);
  };

  change(text: string): void {
    this.text = text;
    this.show(text);
    this.unregister ??= this.pending.add(this.commitFinal);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.commit(false), IDLE_COMMIT_MS);
  }

  /** Commits the typed text; `final` also reports unreadable text and shows the stored form. */
  commit(final: boolean): boolean {
    clearTimeout(this.timer);
    const text = this.text;
    if (text === null) return true;
    const parsed = this.options.parse(text);
    if (!parsed.ok) {
      if (final) this.field.fail(parsed.message);
      return false;
    }
    if (!this.field.commit(parsed.value)) return false;
    this.unregister?.();
    this.unregister = null;
    if (final) {
      this.text = null;
      this.show(null);
    }
    return true;
  }

  dispose(): void {
    if (this.unregister) this.commit(true);
    clearTimeout(this.timer);
    this.unregister?.();
    this.unregister = null;
  }
}

export interface TextDraftHandle {
  /** What the input shows. */
  readonly text: string;
  /** True while the input shows typed text rather than the stored value. */
  readonly editing: boolean;
  change(text: string): void;
  /** Commits now (blur, Enter); true when committed. */
  commit(): boolean;
}

export function useTextDraft(field: FieldHandle, options: TextDraftOptions): TextDraftHandle {
  const { pending } = useEditor();
  const [typed, setTyped] = useState<string | null>(null);
  const [draft] = useState(() => new TextDraft(field, options, pending, setTyped));
  useLayoutEffect(() => draft.follow(field, options));
  useEffect(() => () => draft.dispose(), [draft]);
  return {
    text: typed ?? options.format(field.value),
    editing: typed !== null,
    change: (text) => draft.change(text),
    commit: () => draft.commit(true),
  };
}
