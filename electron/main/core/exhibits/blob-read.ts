import { createHash } from 'node:crypto';
import type { BlobAddress } from './blob-address';
import { BlobDamagedError } from './blob-errors';
import { chunkCount, TAG_BYTES } from './blob-format';
import { closeBlob, endsEarly, openBlob, openChunkAt, originalBytes, sealedLength } from './blob-open';
import { BLOCK_CHUNKS } from './io-sizes';
import { padmeSize } from './padding';
import { readFull } from './read-full';

/**
 * The original bytes of a blob, chunk by chunk, each authenticated before it is handed out. Throws
 * BlobDamagedError saying what is wrong: unreadable header, a chunk that is not authentic (altered,
 * reordered, another vault's or another blob's), the end cut off, data after the final chunk, or
 * padding that is not what the recorded size implies. `size` is the original size from the exhibit's
 * record. Callers that write the bytes somewhere must discard them if this throws later on.
 */
export async function* readBlob(from: BlobAddress, size: number): AsyncGenerator<Buffer> {
  const blob = await openBlob(from);
  try {
    const { chunkBytes } = blob.header;
    const padded = padmeSize(size);
    const count = chunkCount(padded, chunkBytes);
    const blocks = Math.ceil(count / BLOCK_CHUNKS);
    const sealedBlock = (chunkBytes + TAG_BYTES) * BLOCK_CHUNKS;
    const buffers = [Buffer.alloc(sealedBlock), Buffer.alloc(sealedBlock)];
    // Read one block of chunks ahead while the current one is decrypted.
    const readBlock = (b: number): Promise<number> => {
      let wanted = 0;
      for (let index = b * BLOCK_CHUNKS; index < Math.min(count, (b + 1) * BLOCK_CHUNKS); index++) wanted += sealedLength(index, padded, chunkBytes);
      return readFull(blob.handle, buffers[b % 2]!, wanted);
    };
    let next: Promise<number> | null = readBlock(0);
    try {
      for (let b = 0; b < blocks; b++) {
        const got = await next!;
        next = b + 1 < blocks ? readBlock(b + 1) : null;
        next?.catch(() => undefined); // reported when awaited
        const buffer = buffers[b % 2]!;
        let offset = 0;
        for (let index = b * BLOCK_CHUNKS; index < Math.min(count, (b + 1) * BLOCK_CHUNKS); index++) {
          const length = sealedLength(index, padded, chunkBytes);
          if (offset + length > got) throw endsEarly(index, count);
          const own = originalBytes(openChunkAt(blob, index, count, buffer.subarray(offset, offset + length)), index, chunkBytes, size);
          offset += length;
          if (own.length > 0) yield own;
        }
      }
      if ((await readFull(blob.handle, buffers[0]!, 1)) !== 0) {
        throw new BlobDamagedError('extra-data', 'The encrypted file of this exhibit has data after its final chunk: chunks were appended.', count);
      }
    } finally {
      await next?.catch(() => undefined); // a read in flight must finish before the file is closed
    }
  } finally {
    await closeBlob(blob);
  }
}

/** Reads the whole blob and checks its SHA-256 against the record's; throws BlobDamagedError. */
export async function verifyBlob(from: BlobAddress, size: number, sha256: string, onProgress: (done: number) => void = () => {}): Promise<void> {
  const hash = createHash('sha256');
  let done = 0;
  for await (const piece of readBlob(from, size)) {
    hash.update(piece);
    done += piece.length;
    onProgress(done);
  }
  if (hash.digest('hex') !== sha256) {
    throw new BlobDamagedError('hash', 'This exhibit decrypts, but its SHA-256 differs from the one recorded when it was received.');
  }
}
