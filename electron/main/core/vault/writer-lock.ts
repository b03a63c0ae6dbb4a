import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import { z } from 'zod';
import { HabeasError } from '../../../../shared/ipc/errors';
import { fsyncDirectory } from '../fs/durable';
import path from 'node:path';

/**
 * One writer per vault. The lock file is created with O_EXCL; it names the owning process so a
 * lock left behind by a killed process can be recognised (same host, process gone) and taken over.
 * Take-over itself is guarded by a second exclusive file so two processes cannot both win.
 */
const LockInfo = z.object({
  pid: z.number().int(),
  host: z.string(),
  program: z.string(),
  since: z.string(),
  token: z.string(),
});
type LockInfo = z.infer<typeof LockInfo>;

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(file: string): Promise<LockInfo | 'unreadable' | 'absent'> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw error;
  }
  try {
    return LockInfo.parse(JSON.parse(text));
  } catch {
    return 'unreadable';
  }
}

function isStale(info: LockInfo | 'unreadable', ageMs: number): boolean {
  // A lock we cannot read was cut off while being written: its writer died before owning anything.
  if (info === 'unreadable') return ageMs > 2_000;
  return info.host === os.hostname() && !processIsAlive(info.pid);
}

async function tryCreate(file: string, info: LockInfo): Promise<boolean> {
  try {
    const handle = await fs.open(file, 'wx', 0o600);
    try {
      await handle.writeFile(JSON.stringify(info));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsyncDirectory(path.dirname(file));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

export interface WriterLock {
  release(): Promise<void>;
}

export async function acquireWriterLock(file: string, program: string): Promise<WriterLock> {
  const info: LockInfo = { pid: process.pid, host: os.hostname(), program, since: new Date().toISOString(), token: randomUUID() };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await tryCreate(file, info)) return makeLock(file, info.token);
    const current = await readLock(file);
    if (current === 'absent') continue;
    const age = Date.now() - (await fs.stat(file).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (!isStale(current, age)) {
      const who = current === 'unreadable' ? 'another program' : `${current.program} (process ${current.pid} on ${current.host}, since ${current.since})`;
      throw new HabeasError('VAULT_IN_USE', `This vault is open for writing in ${who}. Close it there first.`);
    }
    await takeOverStaleLock(file, current);
  }
  throw new HabeasError('VAULT_IN_USE', 'This vault is being opened by another program at the same moment. Try again.');
}

async function takeOverStaleLock(file: string, stale: LockInfo | 'unreadable'): Promise<void> {
  const guard = `${file}.takeover`;
  const guardInfo: LockInfo = { pid: process.pid, host: os.hostname(), program: 'takeover', since: new Date().toISOString(), token: randomUUID() };
  if (!(await tryCreate(guard, guardInfo))) {
    const other = await readLock(guard);
    const age = Date.now() - (await fs.stat(guard).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (other !== 'absent' && isStale(other, age)) await fs.rm(guard, { force: true });
    return; // someone else is taking over right now; the caller retries
  }
  try {
    // Only remove the lock if it is still the very one we judged stale.
    const again = await readLock(file);
    const same = again === 'unreadable' ? stale === 'unreadable' : again !== 'absent' && stale !== 'unreadable' && again.token === stale.token;
    if (same) await fs.rm(file, { force: true });
  } finally {
    await fs.rm(guard, { force: true });
  }
}

function makeLock(file: string, token: string): WriterLock {
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      const current = await readLock(file);
      if (current !== 'absent' && current !== 'unreadable' && current.token === token) await fs.rm(file, { force: true });
    },
  };
}
