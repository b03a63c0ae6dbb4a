import { useContext, useEffect, useEffectEvent } from 'react';
import { EditorContext } from './engine/context';

/**
 * For sections with their own inputs (assessment…): while `dirty`, registers `commitNow` with the
 * editor, so Ctrl/⌘+S, closing the case and locking the vault commit what is typed there too, and
 * the save status says "unsaved changes". Does nothing outside the case editor.
 */
export function usePendingEdit(dirty: boolean, commitNow: () => void): void {
  const editor = useContext(EditorContext);
  const onCommit = useEffectEvent(commitNow);
  useEffect(() => {
    if (!editor || !dirty) return;
    const commit = () => onCommit();
    return editor.pending.add(commit);
  }, [editor, dirty]);
}
