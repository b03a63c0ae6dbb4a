import type { CaseFile, CaseRecord } from '../../../../shared/case-model';
import { ApiError } from '../../lib/api';

export type SaveState =
  /** Nothing changed since the case was opened. */
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly record: CaseRecord }
  /** The last attempt failed; the newest document is kept and sent again on the next commit or retry. */
  | { readonly kind: 'failed'; readonly error: unknown }
  /** Someone else saved first; the case was reloaded and the unsaved edit dropped. */
  | { readonly kind: 'conflict'; readonly record: CaseRecord };

export interface SaveQueueOptions {
  /** Saves a whole document as the revision after `baseRevision`; resolves once it is durable. */
  save(baseRevision: number, file: CaseFile): Promise<CaseRecord>;
  /** Fetches the newest stored revision (after a conflict). */
  reload(): Promise<CaseRecord>;
  onState(state: SaveState): void;
  /**
   * A revision was acknowledged. `file` is set when nothing newer is waiting: the editor then shows
   * main's copy of the document (the one the next save is based on).
   */
  onAcknowledged(record: CaseRecord, file: CaseFile | null): void;
  /** The case was reloaded after a conflict: show this document. */
  onReloaded(record: CaseRecord): void;
}

/**
 * Serialises the editor's saves. One save is in flight at a time; commits that arrive meanwhile
 * are coalesced onto the newest document, which is sent next with the revision of the last
 * acknowledged record as its base. A conflict reloads the case; any other failure keeps the newest
 * document so a retry (or the next commit, or a flush) sends it again.
 */
export class SaveQueue {
  private acknowledged: CaseRecord;
  private newest: CaseFile;
  private dirty = false;
  private failed = false;
  private running: Promise<void> | null = null;

  constructor(
    initial: CaseRecord,
    private readonly options: SaveQueueOptions,
  ) {
    this.acknowledged = initial;
    this.newest = initial.file;
  }

  /** The document every new edit applies to: the newest committed one, saved or not. */
  get latest(): CaseFile {
    return this.newest;
  }

  get record(): CaseRecord {
    return this.acknowledged;
  }

  /** True while something committed is not yet acknowledged as durable. */
  get unsaved(): boolean {
    return this.dirty || this.running !== null;
  }

  get hasFailed(): boolean {
    return this.failed;
  }

  commit(file: CaseFile): void {
    this.newest = file;
    this.dirty = true;
    this.failed = false;
    this.kick();
  }

  /** Sends what is waiting (again, after a failure) and resolves when the queue is idle. Never rejects. */
  async flush(): Promise<void> {
    if (this.dirty) {
      this.failed = false;
      this.kick();
    }
    while (this.running) await this.running;
  }

  private kick(): void {
    if (this.running || this.failed) return;
    this.running = this.run().finally(() => {
      this.running = null;
    });
  }

  private async run(): Promise<void> {
    while (this.dirty) {
      const file = this.newest;
      this.dirty = false;
      this.options.onState({ kind: 'saving' });
      let record: CaseRecord;
      try {
        record = await this.options.save(this.acknowledged.revision, file);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'CONFLICT') {
          await this.reloadAfterConflict();
          return;
        }
        // Keep the newest document (this one, or a newer one committed meanwhile) for a retry.
        this.dirty = true;
        this.failed = true;
        this.options.onState({ kind: 'failed', error });
        return;
      }
      this.acknowledged = record;
      const settled = !this.dirty;
      if (settled) this.newest = record.file;
      this.options.onAcknowledged(record, settled ? record.file : null);
    }
    this.options.onState({ kind: 'saved', record: this.acknowledged });
  }

  private async reloadAfterConflict(): Promise<void> {
    try {
      const fresh = await this.options.reload();
      this.acknowledged = fresh;
      this.newest = fresh.file;
      this.dirty = false;
      this.options.onReloaded(fresh);
      this.options.onState({ kind: 'conflict', record: fresh });
    } catch (error) {
      this.dirty = true;
      this.failed = true;
      this.options.onState({ kind: 'failed', error });
    }
  }
}
