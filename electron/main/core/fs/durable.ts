import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * A directory entry (new file, rename) is durable only once the directory itself is flushed.
 * Windows cannot open directories for fsync; NTFS journals metadata, so there it is a no-op.
 */
export async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replace `target` atomically: write a temp file beside it, flush it, rename over the target,
 * flush the directory. A crash at any point leaves either the old or the new file, never a mix; a
 * failed write (a full disk) removes its temp file, so it does not hold on to the space.
 */
export async function replaceFileDurably(target: string, data: Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await fsyncDirectory(dir);
}

/** Create a file that must not exist yet, with its contents and its directory entry flushed. */
export async function createFileDurably(target: string, data: Uint8Array): Promise<void> {
  const handle = await fs.open(target, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fsyncDirectory(path.dirname(target));
}

/**
 * Writes every byte or throws. `write` may write fewer bytes than asked without an error (a nearly
 * full disk, a file-size limit); treating that as success would acknowledge half a record.
 */
export async function writeFully(handle: Pick<fs.FileHandle, 'write'>, data: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset, null);
    if (bytesWritten <= 0) throw Object.assign(new Error('the disk accepted no more data'), { code: 'ENOSPC' });
    offset += bytesWritten;
  }
}

const OUT_OF_SPACE = new Set(['ENOSPC', 'EFBIG', 'EDQUOT']);

/** True for errors that mean "no room on the disk (or for this file)". */
export function isOutOfSpace(error: unknown): boolean {
  return OUT_OF_SPACE.has((error as NodeJS.ErrnoException | null)?.code ?? '');
}
