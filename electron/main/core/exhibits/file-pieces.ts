import type { promises as fs } from 'node:fs';
import { FILE_BLOCK_BYTES } from './io-sizes';
import { readFull } from './read-full';

/**
 * The first `size` bytes of an open file, in blocks of `blockBytes`, the next block being read
 * while the caller uses the current one. Two buffers take turns: a block is valid only until the
 * next one is asked for. Throws if the file turns out shorter than `size`, or longer once all of it
 * was read (the file changed while it was read). The buffers are wiped when done.
 */
export async function* filePieces(handle: fs.FileHandle, size: number, blockBytes = FILE_BLOCK_BYTES): AsyncGenerator<Buffer, void, undefined> {
  const buffers = [Buffer.alloc(Math.min(blockBytes, size)), Buffer.alloc(Math.min(blockBytes, size))];
  const blocks = Math.ceil(size / blockBytes);
  /** Reads block b into buffer b % 2; resolves to its length. */
  const read = (b: number): Promise<number> => {
    const wanted = Math.min(blockBytes, size - b * blockBytes);
    return readFull(handle, buffers[b % 2]!, wanted).then((got) => {
      if (got !== wanted) throw new Error('The file got shorter while it was being read. Attach it again once nothing is writing to it.');
      return got;
    });
  };
  let next: Promise<number> | null = blocks > 0 ? read(0) : null;
  try {
    for (let b = 0; b < blocks; b++) {
      const got = await next!;
      next = b + 1 < blocks ? read(b + 1) : null;
      next?.catch(() => undefined); // reported when awaited
      yield buffers[b % 2]!.subarray(0, got);
    }
    if ((await readFull(handle, Buffer.alloc(1), 1)) !== 0) throw new Error('The file grew while it was being read. Attach it again once nothing is writing to it.');
  } finally {
    // The caller stopped early or a read failed: let a read in flight finish before wiping its buffer.
    await next?.catch(() => undefined);
    for (const buffer of buffers) buffer.fill(0);
  }
}
