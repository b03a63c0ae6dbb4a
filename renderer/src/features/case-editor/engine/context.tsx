import { createContext, useContext } from 'react';
import type { Lang } from '../../../../../shared/vocabularies';
import type { DraftStore } from './drafts';
import type { EntityValue } from './types';

/**
 * Inputs holding typed text that is not committed yet. Ctrl/⌘+S, closing the case and locking
 * commit them all at once, so nothing typed is lost; the save status shows "unsaved" meanwhile.
 */
export class PendingEdits {
  private readonly commits = new Set<() => void>();
  private readonly listeners = new Set<() => void>();

  /** Registers an input's commit-now function; returns the unregister function. */
  add(commit: () => void): () => void {
    if (!this.commits.has(commit)) {
      this.commits.add(commit);
      this.notify();
    }
    return () => {
      if (this.commits.delete(commit)) this.notify();
    };
  }

  commitAll(): void {
    for (const commit of [...this.commits]) commit();
  }

  get size(): number {
    return this.commits.size;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

export interface EditorContextValue {
  readonly lang: Lang;
  readonly readOnly: boolean;
  readonly pending: PendingEdits;
  /** New entries still missing required fields, by list path; not part of the document yet. */
  readonly drafts: DraftStore;
  /** Changes whenever a draft does, so lists showing drafts render again. */
  readonly draftsVersion: number;
  /** Lists register how to add an entry, so Ctrl/⌘+Shift+N can add one in the current section. */
  registerAdder(path: string, add: () => void): () => void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor outside the case editor');
  return value;
}

/**
 * The entities around the one being edited, innermost last. Link pickers look for their targets
 * (sources, detentions, the proceeding's charges) in the nearest entity that has them.
 */
export const LinkScope = createContext<readonly EntityValue[]>([]);
