import { randomBytes, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import { z } from 'zod';
import { HabeasError } from '../../../../shared/ipc/errors';
import { fsyncDirectory } from '../fs/durable';
import path from 'node:path';

/**
 * One writer per vault. The lock file appears atomically with its contents (written to a temp file,
 * then hard-linked into place, which fails if a lock exists); it names the owning process so a lock
 * left behind by a killed process can be recognised (same host, and the process is gone or the
 * machine has rebooted since) and taken over. Take-over itself is guarded by a second exclusive
 * file so two processes cannot both win.
 */
const LockInfo = z.object({
  pid: z.number().int(),
  host: z.string(),
  program: z.string(),
  since: z.string(),
  token: z.string(),
  /** When the owner's machine booted: after a reboot the recorded pid may belong to someone else. */
  bootedAt: z.number().optional(),
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

function bootTime(): number {
  return Date.now() - os.uptime() * 1000;
}

/** Uptime is read at whole seconds and clocks drift: boots closer than this are the same boot. */
const SAME_BOOT_TOLERANCE_MS = 120_000;

function isStale(info: LockInfo | 'unreadable', ageMs: number): boolean {
  // Locks appear with their contents, so an unreadable one was damaged; give a writer on a
  // file system without hard links (FAT, exFAT) a moment to finish writing it.
  if (info === 'unreadable') return ageMs > 2_000;
  if (info.host !== os.hostname()) return false;
  if (info.bootedAt !== undefined && Math.abs(info.bootedAt - bootTime()) > SAME_BOOT_TOLERANCE_MS) return true;
  return !processIsAlive(info.pid);
}

function newLockInfo(program: string): LockInfo {
  return { pid: process.pid, host: os.hostname(), program, since: new Date().toISOString(), token: randomUUID(), bootedAt: bootTime() };
}

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/** Creates `file` with `info` as its contents, atomically; false if it already exists. */
async function tryCreate(file: string, info: LockInfo): Promise<boolean> {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await fs.open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(JSON.stringify(info));
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.link(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code)) throw error;
    return await createExclusively(file, info);
  } finally {
    await fs.rm(temp, { force: true });
  }
  await fsyncDirectory(path.dirname(file));
  return true;
}

/** Fallback for file systems without hard links: O_EXCL, then write (briefly visible empty). */
async function createExclusively(file: string, info: LockInfo): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(JSON.stringify(info));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fsyncDirectory(path.dirname(file));
  return true;
}

/** Identity of the file we judged stale, so take-over removes that file and nothing newer. */
async function identity(file: string): Promise<string | null> {
  const stat = await fs.stat(file, { bigint: true }).catch(() => null);
  return stat ? `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}` : null;
}

export interface WriterLock {
  release(): Promise<void>;
}

export async function acquireWriterLock(file: string, program: string): Promise<WriterLock> {
  const info = newLockInfo(program);
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await tryCreate(file, info)) return makeLock(file, info.token);
    const judged = await identity(file);
    const current = await readLock(file);
    if (current === 'absent' || judged === null) continue;
    const age = Date.now() - (await fs.stat(file).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (!isStale(current, age)) {
      const who = current === 'unreadable' ? 'another program' : `${current.program} (process ${current.pid} on ${current.host}, since ${current.since})`;
      throw new HabeasError('VAULT_IN_USE', `This vault is open for writing in ${who}. Close it there first.`);
    }
    await takeOverStaleLock(file, current, judged);
  }
  throw new HabeasError('VAULT_IN_USE', 'This vault is being opened by another program at the same moment. Try again.');
}

async function takeOverStaleLock(file: string, stale: LockInfo | 'unreadable', staleIdentity: string): Promise<void> {
  const guard = `${file}.takeover`;
  if (!(await tryCreate(guard, newLockInfo('takeover')))) {
    const other = await readLock(guard);
    const age = Date.now() - (await fs.stat(guard).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (other !== 'absent' && isStale(other, age)) await fs.rm(guard, { force: true });
    return; // someone else is taking over right now; the caller retries
  }
  try {
    // Only remove the lock if it is still the very file we judged stale (same inode, size and
    // mtime, and for a readable lock the same random token).
    const again = await readLock(file);
    const sameToken = again === 'unreadable' ? stale === 'unreadable' : again !== 'absent' && stale !== 'unreadable' && again.token === stale.token;
    if (sameToken && (await identity(file)) === staleIdentity) await fs.rm(file, { force: true });
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
