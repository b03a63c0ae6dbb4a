import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fsyncDirectory, writeFully } from '../fs/durable';
import { StreamingWriter } from '../fs/streaming-writer';
import type { BlobAddress } from './blob-address';
import { blobKey, chunkCount, DEFAULT_CHUNK_BYTES, newHeader, sealChunkParts } from './blob-format';
import { filePieces } from './file-pieces';
import { BLOCK_CHUNKS, HEAD_BYTES } from './io-sizes';
import { padmeSize } from './padding';

export interface WrittenBlob {
  /** Bytes of the original file. */
  readonly size: number;
  readonly sha256: string;
  /** The first bytes of the original (up to 128 KiB): its type and EXIF are read from them. */
  readonly head: Buffer;
}

/**
 * Encrypts `size` bytes arriving as `pieces` of any length (an upload's pieces, a file's blocks)
 * into a new blob, streaming: the SHA-256 of the original is computed in the same pass, and only
 * one chunk plus one block of sealed chunks is held beyond the piece at hand. A piece is used only
 * until the next one is asked for, so a producer may refill its buffer then. Written to a temp file,
 * flushed, then renamed into place and the folder flushed, so a crash never leaves a half blob
 * under a real name. Throws (removing the temp file) if the pieces add up to more or fewer bytes
 * than `size`, or if `pieces` throws; stopping early tells `pieces` so through its `return()`.
 */
export async function writeBlobFrom(pieces: AsyncIterable<Uint8Array>, size: number, to: BlobAddress, chunkBytes = DEFAULT_CHUNK_BYTES): Promise<WrittenBlob> {
  const padded = padmeSize(size); // a RangeError, before anything is written, for a size that is not one
  const count = chunkCount(padded, chunkBytes);
  const temp = path.join(to.dir, `.${to.name}.${randomBytes(6).toString('hex')}.tmp`);
  const header = newHeader(chunkBytes);
  const key = blobKey(to.vaultBlobKey, header.salt, to.vaultId, to.name);
  /** Where a chunk that arrives split across pieces is gathered, and where the padding is added. */
  const chunk = Buffer.alloc(chunkBytes);
  let output: fs.FileHandle | null = null;
  // One write in flight while the next chunks are hashed and encrypted.
  let writer: StreamingWriter | null = null;
  try {
    const hash = createHash('sha256');
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    // The folder's own entry must be durable too the first time it is made.
    if ((await fs.mkdir(to.dir, { recursive: true, mode: 0o700 })) !== undefined) await fsyncDirectory(path.dirname(to.dir));
    const out = (output = await fs.open(temp, 'wx', 0o600));
    await writeFully(out, header.bytes);
    const blocks = (writer = new StreamingWriter(out));

    let index = 0; // the next chunk to seal
    /** The ciphertexts and tags of the block being sealed: written as they are, without joining them. */
    let sealed: Buffer[] = [];
    /**
     * Seals chunk `index` (the cipher copies its plaintext, so the caller may reuse it); once a
     * block of chunks or the last one is sealed, returns the write to wait for before going on.
     * Only then: waiting on every chunk cost more than the chunk's encryption.
     */
    const seal = (plaintext: Uint8Array): Promise<void> | null => {
      sealed.push(...sealChunkParts(key, header.bytes, index, index === count - 1, plaintext));
      index++;
      return index % BLOCK_CHUNKS === 0 || index === count ? flush() : null;
    };
    const flush = (): Promise<void> => {
      const block = sealed;
      sealed = [];
      return blocks.write(block);
    };

    let received = 0;
    let filled = 0; // bytes of chunk `index` gathered in `chunk`
    for await (const piece of pieces) {
      if (piece.length > size - received) throw new Error(`The pieces of the file add up to more than its announced size of ${size} bytes.`);
      hash.update(piece);
      if (received < head.length) head.set(piece.subarray(0, head.length - received), received);
      received += piece.length;
      let at = 0;
      while (at < piece.length) {
        if (filled === 0 && piece.length - at >= chunkBytes) {
          // A whole chunk inside the piece is sealed from it directly: no copy on the common path
          // (pieces of 1 or 4 MiB). It is never the short last chunk: that one holds padding too.
          const flushing = seal(piece.subarray(at, at + chunkBytes));
          if (flushing) await flushing;
          at += chunkBytes;
          continue;
        }
        const take = Math.min(chunkBytes - filled, piece.length - at);
        chunk.set(piece.subarray(at, at + take), filled);
        filled += take;
        at += take;
        if (filled === chunkBytes) {
          const flushing = seal(chunk);
          if (flushing) await flushing;
          filled = 0;
        }
      }
    }
    if (received !== size) throw new Error(`The pieces of the file add up to ${received} bytes, fewer than its announced size of ${size}.`);
    // Padding (padding.ts): zeros after the last bytes of the file, then whole chunks of zeros up
    // to the padded size. An empty file is one empty final chunk.
    while (index < count) {
      const length = Math.min(chunkBytes, padded - index * chunkBytes);
      chunk.fill(0, filled, length);
      const flushing = seal(chunk.subarray(0, length));
      if (flushing) await flushing;
      filled = 0;
    }
    await blocks.finish();
    await out.close();
    output = null;
    await fs.rename(temp, path.join(to.dir, to.name));
    await fsyncDirectory(to.dir);
    return { size, sha256: hash.digest('hex'), head };
  } catch (error) {
    await writer?.abandon(); // no write may land in the file after it is removed
    await output?.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw error;
  } finally {
    chunk.fill(0);
    key.fill(0);
  }
}

/**
 * Encrypts the file at `source` into a new blob (see writeBlobFrom), read in 1 MiB blocks with the
 * next block read while the current one is encrypted. The source must not change while it is read:
 * a file that gets shorter or grows meanwhile is refused.
 */
export async function writeBlob(source: string, to: BlobAddress, chunkBytes = DEFAULT_CHUNK_BYTES): Promise<WrittenBlob> {
  const input = await fs.open(source, 'r');
  try {
    const size = (await input.stat()).size;
    return await writeBlobFrom(filePieces(input, size), size, to, chunkBytes);
  } finally {
    await input.close();
  }
}
