import type { BlobAddress } from './blob-address';
import { chunkCount, HEADER_BYTES, TAG_BYTES } from './blob-format';
import { closeBlob, endsEarly, openBlob, openChunkAt, originalBytes, sealedLength } from './blob-open';
import { MAX_RANGE_BYTES } from './io-sizes';
import { padmeSize } from './padding';
import { readFull } from './read-full';

/**
 * Bytes [offset, min(offset + length, size)) of the original, for a viewer that pages through a
 * large file: only the chunks that hold them are read (chunk i starts at a fixed place, so one
 * positioned read), each authenticated at its position and with its final flag, and the padding is
 * never returned. Empty when `offset` is at or past the end (without touching the blob). Throws
 * RangeError for a negative or fractional offset or length, or a length above 16 MiB, and
 * BlobDamagedError as readBlob does. Damage elsewhere in the blob (data appended after the final
 * chunk, a chunk outside the range) is not seen here: that is what verification is for.
 */
export async function readBlobRange(from: BlobAddress, size: number, offset: number, length: number): Promise<Buffer> {
  if (!Number.isSafeInteger(offset) || offset < 0) throw new RangeError(`Not a position in a file: ${offset}`);
  if (!Number.isSafeInteger(length) || length < 0) throw new RangeError(`Not a number of bytes: ${length}`);
  if (length > MAX_RANGE_BYTES) throw new RangeError(`At most ${MAX_RANGE_BYTES} bytes can be read at once, not ${length}.`);
  if (offset >= size || length === 0) return Buffer.alloc(0);
  const end = Math.min(size, offset + length);
  const blob = await openBlob(from);
  try {
    const { chunkBytes } = blob.header;
    const padded = padmeSize(size);
    const count = chunkCount(padded, chunkBytes);
    const first = Math.floor(offset / chunkBytes);
    const last = Math.floor((end - 1) / chunkBytes);
    const lengths: number[] = [];
    for (let index = first; index <= last; index++) lengths.push(sealedLength(index, padded, chunkBytes));
    const sealed = Buffer.alloc(lengths.reduce((sum, n) => sum + n, 0));
    const got = await readFull(blob.handle, sealed, sealed.length, HEADER_BYTES + first * (chunkBytes + TAG_BYTES));
    const parts: Buffer[] = [];
    let at = 0;
    for (let index = first; index <= last; index++) {
      const sealedBytes = lengths[index - first]!;
      if (at + sealedBytes > got) throw endsEarly(index, count);
      const own = originalBytes(openChunkAt(blob, index, count, sealed.subarray(at, at + sealedBytes)), index, chunkBytes, size);
      at += sealedBytes;
      const start = index * chunkBytes;
      parts.push(own.subarray(Math.max(0, offset - start), Math.min(own.length, end - start)));
    }
    return Buffer.concat(parts);
  } finally {
    await closeBlob(blob);
  }
}
