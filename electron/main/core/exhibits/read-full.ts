import type { promises as fs } from 'node:fs';

/**
 * Fills `buffer` with up to `length` bytes of the file, from `position` (or from the file's current
 * position when null), as far as the file goes; returns how many bytes were read. A single read may
 * return fewer bytes than asked without being at the end, so it loops.
 */
export async function readFull(handle: fs.FileHandle, buffer: Buffer, length: number, position: number | null = null): Promise<number> {
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position === null ? null : position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled;
}
