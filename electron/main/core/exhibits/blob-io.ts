import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fsyncDirectory, writeFully } from '../fs/durable';
import { BlobDamagedError } from './blob-errors';
import { blobKey, chunkCount, DEFAULT_CHUNK_BYTES, HEADER_BYTES, newHeader, openChunk, parseHeader, sealChunk, TAG_BYTES } from './blob-format';
import { padmeSize } from './padding';

/** Where a blob lives and what opens it (the vault supplies the key; see blob-format.ts). */
export interface BlobAddress {
  readonly dir: string;
  readonly name: string;
  readonly vaultId: string;
  readonly vaultBlobKey: Buffer;
}

export interface WrittenBlob {
  /** Bytes of the original file. */
  readonly size: number;
  readonly sha256: string;
  /** The first bytes of the original (up to 4 KiB), to recognise its type by content. */
  readonly head: Buffer;
}

const HEAD_BYTES = 4096;

/** Fills `buffer` from the file as far as it goes; returns how many bytes were read. */
async function readFull(handle: fs.FileHandle, buffer: Buffer, length: number): Promise<number> {
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, null);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled;
}

/**
 * Encrypts the file at `source` into a new blob, streaming: one chunk in memory at a time, the
 * SHA-256 of the original computed in the same pass. Written to a temp file, flushed, then renamed
 * into place, so a crash never leaves a half blob under a real name. The source must not change
 * while it is read.
 */
export async function writeBlob(source: string, to: BlobAddress, chunkBytes = DEFAULT_CHUNK_BYTES): Promise<WrittenBlob> {
  const input = await fs.open(source, 'r');
  const temp = path.join(to.dir, `.${to.name}.${randomBytes(6).toString('hex')}.tmp`);
  let output: fs.FileHandle | null = null;
  const header = newHeader(chunkBytes);
  const key = blobKey(to.vaultBlobKey, header.salt, to.vaultId, to.name);
  const buffer = Buffer.alloc(chunkBytes);
  try {
    const size = (await input.stat()).size;
    const padded = padmeSize(size);
    const count = chunkCount(padded, chunkBytes);
    const hash = createHash('sha256');
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    await fs.mkdir(to.dir, { recursive: true, mode: 0o700 });
    output = await fs.open(temp, 'wx', 0o600);
    await writeFully(output, header.bytes);
    let read = 0;
    for (let index = 0; index < count; index++) {
      const length = Math.min(chunkBytes, padded - index * chunkBytes);
      const wanted = Math.max(0, Math.min(length, size - read));
      const got = await readFull(input, buffer, wanted);
      if (got !== wanted) throw new Error('The file got shorter while it was being read. Attach it again once nothing is writing to it.');
      hash.update(buffer.subarray(0, got));
      if (read < head.length) buffer.copy(head, read, 0, Math.min(got, head.length - read));
      read += got;
      buffer.fill(0, got, length); // padding
      await writeFully(output, sealChunk(key, header.bytes, index, index === count - 1, buffer.subarray(0, length)));
    }
    if ((await readFull(input, buffer, 1)) !== 0) throw new Error('The file grew while it was being read. Attach it again once nothing is writing to it.');
    await output.sync();
    await output.close();
    output = null;
    await fs.rename(temp, path.join(to.dir, to.name));
    await fsyncDirectory(to.dir);
    return { size, sha256: hash.digest('hex'), head };
  } catch (error) {
    await output?.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw error;
  } finally {
    buffer.fill(0);
    key.fill(0);
    await input.close();
  }
}

/**
 * The original bytes of a blob, chunk by chunk, each authenticated before it is handed out. Throws
 * BlobDamagedError saying what is wrong: unreadable header, a chunk that is not authentic (altered,
 * reordered, another vault's or another blob's), the end cut off, data after the final chunk, or
 * padding that is not what the recorded size implies. `size` is the original size from the exhibit's
 * record. Callers that write the bytes somewhere must discard them if this throws later on.
 */
export async function* readBlob(from: BlobAddress, size: number): AsyncGenerator<Buffer> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path.join(from.dir, from.name), 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new BlobDamagedError('missing', 'The encrypted file of this exhibit is missing from the vault.');
    throw error;
  }
  let key: Buffer | null = null;
  try {
    const headerBytes = Buffer.alloc(HEADER_BYTES);
    const header = (await readFull(handle, headerBytes, HEADER_BYTES)) === HEADER_BYTES ? parseHeader(headerBytes) : null;
    if (!header) throw new BlobDamagedError('header', 'The encrypted file of this exhibit does not start like one: it is damaged or is not a Habeas exhibit.');
    key = blobKey(from.vaultBlobKey, header.salt, from.vaultId, from.name);
    const padded = padmeSize(size);
    const count = chunkCount(padded, header.chunkBytes);
    const sealed = Buffer.alloc(header.chunkBytes + TAG_BYTES);
    let remaining = size;
    for (let index = 0; index < count; index++) {
      const final = index === count - 1;
      const length = Math.min(header.chunkBytes, padded - index * header.chunkBytes) + TAG_BYTES;
      const got = await readFull(handle, sealed, length);
      if (got !== length) throw new BlobDamagedError('truncated', `The encrypted file of this exhibit ends early, in chunk ${index + 1} of ${count}: it was cut off or chunks were removed.`, index);
      const plaintext = openChunk(key, header.bytes, index, final, sealed.subarray(0, length));
      if (!plaintext) {
        // A chunk that opens only as final (or only as not final) means the end was moved.
        const endMoved = openChunk(key, header.bytes, index, !final, sealed.subarray(0, length)) !== null;
        throw new BlobDamagedError(
          endMoved ? 'truncated' : 'unauthentic',
          endMoved
            ? `The encrypted file of this exhibit does not end where its record says (chunk ${index + 1} of ${count}): chunks were removed or added.`
            : `Chunk ${index + 1} of ${count} of this exhibit's encrypted file is not authentic: it was altered, reordered, or belongs to another exhibit or vault.`,
          index,
        );
      }
      const own = plaintext.subarray(0, Math.min(plaintext.length, remaining));
      if (plaintext.subarray(own.length).some((b) => b !== 0)) {
        throw new BlobDamagedError('padding', 'The padding of this exhibit\'s encrypted file does not match its recorded size.', index);
      }
      remaining -= own.length;
      if (own.length > 0) yield Buffer.from(own);
      plaintext.fill(0);
    }
    if ((await readFull(handle, sealed, 1)) !== 0) {
      throw new BlobDamagedError('extra-data', `The encrypted file of this exhibit has data after its final chunk: chunks were appended.`, count);
    }
  } finally {
    key?.fill(0);
    await handle.close();
  }
}

/** Reads the whole blob and checks its SHA-256 against the record's; throws BlobDamagedError. */
export async function verifyBlob(from: BlobAddress, size: number, sha256: string): Promise<void> {
  const hash = createHash('sha256');
  for await (const piece of readBlob(from, size)) hash.update(piece);
  if (hash.digest('hex') !== sha256) {
    throw new BlobDamagedError('hash', 'This exhibit decrypts, but its SHA-256 differs from the one recorded when it was received.');
  }
}
