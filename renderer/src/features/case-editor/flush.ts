/**
 * Pending edits of open case editors, for the lock action: before the vault is locked (button,
 * shortcut or idle timer), `await flushPendingEdits()` commits whatever is typed but not yet
 * committed and waits until every save in flight is acknowledged. It never rejects; a save that
 * fails is reported by the editor itself.
 */
interface Registration {
  readonly flush: () => Promise<void>;
  readonly unsaved: () => boolean;
}

const editors = new Set<Registration>();

/** Registers an open editor; returns the unregister function. */
export function registerEditor(flush: () => Promise<void>, unsaved: () => boolean): () => void {
  const registration = { flush, unsaved };
  editors.add(registration);
  return () => {
    editors.delete(registration);
  };
}

export async function flushPendingEdits(): Promise<void> {
  await Promise.all([...editors].map((editor) => editor.flush().catch(() => undefined)));
}

/** True while an editor holds edits that are not yet durable (typed, in flight or failed). */
export function hasUnsavedEdits(): boolean {
  return [...editors].some((editor) => editor.unsaved());
}
