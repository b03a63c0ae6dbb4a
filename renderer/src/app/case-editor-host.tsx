import { CaseEditorView } from '../features/case-editor/CaseEditorView';
import { flushPendingEdits } from '../features/case-editor/flush';

/** How long a lock waits for open edits to be saved before it locks anyway (a hung save must not keep the vault open). */
export const FLUSH_BEFORE_LOCK_MS = 3000;

/** Commits and saves what is typed in open case editors, then resolves (never rejects, never waits long). */
export function flushEditsBeforeLock(): Promise<void> {
  return Promise.race([flushPendingEdits(), new Promise<void>((resolve) => setTimeout(resolve, FLUSH_BEFORE_LOCK_MS))]);
}

/** The case editor for one case; `onClose` returns to the list. */
export function CaseEditorHost({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  return <CaseEditorView caseId={caseId} onClose={onClose} />;
}
