import { promises as fs } from 'node:fs';
import path from 'node:path';

const PREFIX = 'habeas-open-';

/**
 * Private temporary folders for "Open with another program": each copy gets its own folder that
 * only this user can enter (mkdtemp makes it 0700), and every folder is deleted when the vault
 * locks or the app quits. Deleting never throws: a viewer may still hold the file open (Windows
 * refuses then), and a lock must go through regardless; what could not be deleted is deleted by
 * the sweep at the next start or unlock (the app runs as a single instance, so no other Habeas is
 * using such folders).
 */
export class PrivateCopies {
  private readonly dirs = new Set<string>();
  private closed = false;

  constructor(
    private readonly root: () => string,
    private readonly log: (message: string) => void = () => {},
  ) {}

  /** A new private folder; refused once the vault is locking, so no copy outlives the lock. */
  async folder(): Promise<string> {
    if (this.closed) throw new Error('The vault is locking; nothing more is copied out.');
    const dir = await fs.mkdtemp(path.join(this.root(), PREFIX));
    this.dirs.add(dir);
    // mkdtemp may finish after clear() started: that folder goes at once.
    if (this.closed) {
      await this.remove(dir);
      throw new Error('The vault is locking; nothing more is copied out.');
    }
    return dir;
  }

  /** Deletes every folder made so far and refuses new ones. Never throws. */
  async clear(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.dirs].map((dir) => this.remove(dir)));
  }

  /** Removes folders an earlier run could not (it crashed, lost power, or a viewer held a file). */
  async sweepStale(): Promise<void> {
    const root = this.root();
    const names = await fs.readdir(root).catch(() => [] as string[]);
    await Promise.all(names.filter((name) => name.startsWith(PREFIX) && !this.dirs.has(path.join(root, name))).map((name) => this.remove(path.join(root, name))));
  }

  private async remove(dir: string): Promise<void> {
    try {
      await fs.rm(dir, { recursive: true, force: true, maxRetries: 2 });
      this.dirs.delete(dir);
    } catch (error) {
      this.log(`private copies: could not delete a temporary folder yet (${(error as NodeJS.ErrnoException).code ?? 'error'}); it is deleted at the next start`);
    }
  }
}
