import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseFile } from '../../../../shared/case-model';
import { diffDocuments } from '../../../../shared/diff';

/** Commits kept for matching acknowledgements; older ones are long answered or lost. */
const MAX_PENDING = 100;

/**
 * Turns edits into whole next documents for `commit`, and shows them at once.
 *
 * Each edit applies to the newest document this section knows: the last one it committed, so two
 * edits in quick succession (a choice, then a blur) both survive before the first is acknowledged.
 * When the editor hands in a document, it is matched against the commits still waiting: the
 * acknowledgement of one of them keeps the later ones on screen (and as the base of further edits);
 * anything else (another writer, a failed save put back) replaces them.
 */
export function useCommitter(file: CaseFile, commit: (next: CaseFile) => void): [view: CaseFile, edit: (change: (current: CaseFile) => CaseFile) => void] {
  const [received, setReceived] = useState(file);
  const [pending, setPending] = useState<readonly CaseFile[]>([]);
  let waiting = pending;
  if (received !== file) {
    const acknowledged = pending.findIndex((p) => diffDocuments(p, file).length === 0);
    waiting = acknowledged === -1 ? [] : pending.slice(acknowledged + 1);
    setReceived(file);
    setPending(waiting);
  }
  const view = waiting.at(-1) ?? file;

  const base = useRef(view);
  useEffect(() => {
    base.current = view;
  }, [view]);

  const edit = useCallback(
    (change: (current: CaseFile) => CaseFile) => {
      const next = change(base.current);
      if (next === base.current) return;
      base.current = next;
      setPending((list) => [...list.slice(-(MAX_PENDING - 1)), next]);
      commit(next);
    },
    [commit],
  );
  return [view, edit];
}
