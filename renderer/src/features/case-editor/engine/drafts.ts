import type { AnySpec, EntityValue } from './types';

export interface Draft {
  readonly spec: AnySpec;
  readonly value: EntityValue;
}

/**
 * New entries that still miss a required field (a charge without its article, a source without
 * its name). They live here, outside the document, until they are complete; then they are
 * committed like any other edit. Read synchronously, so quick successive edits see each other.
 */
export class DraftStore {
  private byList: Readonly<Record<string, readonly Draft[]>> = {};
  private readonly listeners = new Set<() => void>();

  get(listPath: string): readonly Draft[] {
    return this.byList[listPath] ?? NONE;
  }

  all(): readonly Draft[] {
    return Object.values(this.byList).flat();
  }

  snapshot = (): Readonly<Record<string, readonly Draft[]>> => this.byList;

  update(listPath: string, change: (drafts: readonly Draft[]) => readonly Draft[]): void {
    const next = change(this.get(listPath));
    const copy: Record<string, readonly Draft[]> = { ...this.byList };
    if (next.length === 0) delete copy[listPath];
    else copy[listPath] = next;
    this.byList = copy;
    for (const listener of this.listeners) listener();
  }

  clear(): void {
    this.byList = {};
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const NONE: readonly Draft[] = [];
