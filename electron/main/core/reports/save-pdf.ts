import { promises as fs } from 'node:fs';
import path from 'node:path';
import { HabeasError } from '../../../../shared/ipc/errors';
import { fsyncDirectory, isOutOfSpace, writeFully } from '../fs/durable';

/**
 * Writes a finished PDF where the user chose (the app's save dialog, the command line's --out),
 * durably: the bytes go to a visibly named `<name>.habeas-partial` beside the target, are flushed,
 * and are then renamed over the target (`replace`: the user agreed to replace an existing file) or
 * linked into place (otherwise: an existing file is refused, never overwritten). Any failure
 * removes the partial file, so either the whole PDF is there or nothing new is. Messages name the
 * file, never its folder.
 */
export async function savePdf(target: string, bytes: Uint8Array, options: { replace: boolean }): Promise<void> {
  const name = path.basename(target);
  const partial = `${target}.habeas-partial`;
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(partial, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new HabeasError('CONFLICT', `“${path.basename(partial)}” is in that folder: an earlier save was interrupted. Delete it, then save again.`);
    throw saveError(name, error);
  }
  try {
    try {
      await writeFully(handle, bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.replace) await fs.rename(partial, target);
    else {
      await fs.link(partial, target);
      await fs.rm(partial);
    }
  } catch (error) {
    await fs.rm(partial, { force: true }).catch(() => undefined);
    throw saveError(name, error);
  }
  try {
    await fsyncDirectory(path.dirname(target));
  } catch (error) {
    throw saveError(name, error);
  }
}

/** A failed write as the user can act on it, naming the file only (system errors carry paths). */
function saveError(name: string, error: unknown): HabeasError {
  if (error instanceof HabeasError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EEXIST') return new HabeasError('CONFLICT', `“${name}” already exists in that folder. Choose another name, or allow replacing it.`);
  if (isOutOfSpace(error)) return new HabeasError('CONFLICT', `“${name}” was not saved: the disk is full. Free some space or choose another place; nothing was left behind.`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new HabeasError('CONFLICT', `“${name}” was not saved: Habeas may not write to that folder. Choose another folder; nothing was left behind.`);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new HabeasError('NOT_FOUND', `“${name}” was not saved: that folder does not exist. Choose another folder.`);
  if (code === 'EISDIR') return new HabeasError('CONFLICT', `“${name}” was not saved: a folder has that name. Choose another name.`);
  return new HabeasError('INTERNAL', `“${name}” was not saved (${typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : 'unexpected error'}). Nothing was left behind; try another folder.`);
}
