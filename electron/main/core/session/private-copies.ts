import { promises as fs } from 'node:fs';
import path from 'node:path';

const PREFIX = 'habeas-open-';

/**
 * Private temporary folders for "Open with another program": each copy gets its own folder that
 * only this user can enter (mkdtemp makes it 0700), and every folder is deleted when the vault
 * locks or the app quits. Folders left by a crash are swept at the next unlock: the app runs as a
 * single instance, so no other Habeas is using them.
 */
export class PrivateCopies {
  private readonly dirs = new Set<string>();

  constructor(private readonly root: () => string) {}

  async folder(): Promise<string> {
    const dir = await fs.mkdtemp(path.join(this.root(), PREFIX));
    this.dirs.add(dir);
    return dir;
  }

  async clear(): Promise<void> {
    const dirs = [...this.dirs];
    this.dirs.clear();
    await Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
  }

  /** Removes folders an earlier run could not (it crashed or lost power with a copy open). */
  async sweepStale(): Promise<void> {
    const root = this.root();
    const names = await fs.readdir(root).catch(() => [] as string[]);
    await Promise.all(
      names
        .filter((name) => name.startsWith(PREFIX) && !this.dirs.has(path.join(root, name)))
        .map((name) => fs.rm(path.join(root, name), { recursive: true, force: true }).catch(() => undefined)),
    );
  }
}
