import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BlobAddress } from './blob-address';
import { BlobDamagedError } from './blob-errors';
import { blobKey, type BlobHeader, HEADER_BYTES, openChunk, parseHeader, TAG_BYTES } from './blob-format';
import { readFull } from './read-full';

/**
 * What the blob readers (blob-read.ts, blob-range.ts) share: opening a blob, and checking a chunk,
 * with the same BlobDamagedError for the same damage whichever way the blob is read.
 */
export interface OpenBlob {
  readonly handle: fs.FileHandle;
  readonly header: BlobHeader;
  readonly key: Buffer;
}

/** Opens the blob and checks its header; the caller must closeBlob() it. */
export async function openBlob(from: BlobAddress): Promise<OpenBlob> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path.join(from.dir, from.name), 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new BlobDamagedError('missing', 'The encrypted file of this exhibit is missing from the vault.');
    throw error;
  }
  try {
    const headerBytes = Buffer.alloc(HEADER_BYTES);
    const header = (await readFull(handle, headerBytes, HEADER_BYTES)) === HEADER_BYTES ? parseHeader(headerBytes) : null;
    if (!header) throw new BlobDamagedError('header', 'The encrypted file of this exhibit does not start like one: it is damaged or is not a Habeas exhibit.');
    return { handle, header, key: blobKey(from.vaultBlobKey, header.salt, from.vaultId, from.name) };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

export async function closeBlob(blob: OpenBlob): Promise<void> {
  blob.key.fill(0);
  await blob.handle.close();
}

/** The sealed length of chunk `index` as the record's (padded) size implies it. */
export function sealedLength(index: number, paddedBytes: number, chunkBytes: number): number {
  return Math.min(chunkBytes, paddedBytes - index * chunkBytes) + TAG_BYTES;
}

export function endsEarly(index: number, count: number): BlobDamagedError {
  return new BlobDamagedError('truncated', `The encrypted file of this exhibit ends early, in chunk ${index + 1} of ${count}: it was cut off or chunks were removed.`, index);
}

/**
 * The plaintext of chunk `index` of `count`, authenticated at its position and with its final
 * flag; throws BlobDamagedError when it is not.
 */
export function openChunkAt(blob: OpenBlob, index: number, count: number, sealed: Buffer): Buffer {
  const final = index === count - 1;
  const plaintext = openChunk(blob.key, blob.header.bytes, index, final, sealed);
  if (plaintext) return plaintext;
  // A chunk that opens only as final (or only as not final) means the end was moved.
  const endMoved = openChunk(blob.key, blob.header.bytes, index, !final, sealed) !== null;
  throw new BlobDamagedError(
    endMoved ? 'truncated' : 'unauthentic',
    endMoved
      ? `The encrypted file of this exhibit does not end where its record says (chunk ${index + 1} of ${count}): chunks were removed or added.`
      : `Chunk ${index + 1} of ${count} of this exhibit's encrypted file is not authentic: it was altered, reordered, or belongs to another exhibit or vault.`,
    index,
  );
}

/**
 * The original bytes in chunk `index`'s plaintext: all of it, or up to the recorded `size`, after
 * which there must be nothing but the zeros of the padding. Padding is never handed out.
 */
export function originalBytes(plaintext: Buffer, index: number, chunkBytes: number, size: number): Buffer {
  const own = plaintext.subarray(0, Math.max(0, Math.min(plaintext.length, size - index * chunkBytes)));
  if (plaintext.subarray(own.length).some((x) => x !== 0)) {
    throw new BlobDamagedError('padding', "The padding of this exhibit's encrypted file does not match its recorded size.", index);
  }
  return own;
}
