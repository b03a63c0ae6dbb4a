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
 * How much is read or written per system call: 16 chunks. Reading ahead one block while the
 * current one is hashed and encrypted keeps the disk and the CPU busy at once; 64 KiB calls spent
 * most of their time waiting on each other.
 */
const BLOCK_CHUNKS = 16;

/**
 * Encrypts the file at `source` into a new blob, streaming: two blocks of 16 chunks in memory at a
 * time, the SHA-256 of the original computed in the same pass. Written to a temp file, flushed,
 * then renamed into place, so a crash never leaves a half blob under a real name. The source must
 * not change while it is read.
 */
export async function writeBlob(source: string, to: BlobAddress, chunkBytes = DEFAULT_CHUNK_BYTES): Promise<WrittenBlob> {
  const input = await fs.open(source, 'r');
  const temp = path.join(to.dir, `.${to.name}.${randomBytes(6).toString('hex')}.tmp`);
  let output: fs.FileHandle | null = null;
  const header = newHeader(chunkBytes);
  const key = blobKey(to.vaultBlobKey, header.salt, to.vaultId, to.name);
  const blockBytes = chunkBytes * BLOCK_CHUNKS;
  const buffers = [Buffer.alloc(blockBytes), Buffer.alloc(blockBytes)];
  try {
    const size = (await input.stat()).size;
    const padded = padmeSize(size);
    const count = chunkCount(padded, chunkBytes);
    const blocks = Math.ceil(count / BLOCK_CHUNKS);
    const hash = createHash('sha256');
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    // The folder's own entry must be durable too the first time it is made.
    if ((await fs.mkdir(to.dir, { recursive: true, mode: 0o700 })) !== undefined) await fsyncDirectory(path.dirname(to.dir));
    output = await fs.open(temp, 'wx', 0o600);
    await writeFully(output, header.bytes);
    /** Reads block b's share of the original into buffer b % 2; resolves to the bytes read. */
    const readBlock = (b: number): Promise<number> => {
      const wanted = Math.max(0, Math.min(blockBytes, size - b * blockBytes));
      return readFull(input, buffers[b % 2]!, wanted).then((got) => {
        if (got !== wanted) throw new Error('The file got shorter while it was being read. Attach it again once nothing is writing to it.');
        return got;
      });
    };
    let next: Promise<number> | null = readBlock(0);
    // One write in flight while the next block is hashed and encrypted.
    let writing: Promise<void> = Promise.resolve();
    for (let b = 0; b < blocks; b++) {
      const got = await next!;
      next = b + 1 < blocks ? readBlock(b + 1) : null;
      next?.catch(() => undefined); // reported when awaited
      const buffer = buffers[b % 2]!;
      hash.update(buffer.subarray(0, got));
      if (b === 0) buffer.copy(head, 0, 0, head.length);
      const blockPadded = Math.min(blockBytes, padded - b * blockBytes);
      buffer.fill(0, got, blockPadded); // padding
      const sealed: Buffer[] = [];
      for (let c = 0; c < BLOCK_CHUNKS; c++) {
        const index = b * BLOCK_CHUNKS + c;
        if (index >= count) break;
        const start = c * chunkBytes;
        sealed.push(sealChunk(key, header.bytes, index, index === count - 1, buffer.subarray(start, Math.min(start + chunkBytes, blockPadded))));
      }
      const out = output;
      await writing;
      writing = writeFully(out, Buffer.concat(sealed));
      writing.catch(() => undefined); // reported when awaited
    }
    await writing;
    if ((await readFull(input, buffers[0]!, 1)) !== 0) throw new Error('The file grew while it was being read. Attach it again once nothing is writing to it.');
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
    for (const buffer of buffers) buffer.fill(0);
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
    const sealedChunk = header.chunkBytes + TAG_BYTES;
    const blocks = Math.ceil(count / BLOCK_CHUNKS);
    const buffers = [Buffer.alloc(sealedChunk * BLOCK_CHUNKS), Buffer.alloc(sealedChunk * BLOCK_CHUNKS)];
    /** The sealed length of chunk `index` as the record's size implies it. */
    const sealedLength = (index: number) => Math.min(header.chunkBytes, padded - index * header.chunkBytes) + TAG_BYTES;
    const readBlock = (b: number): Promise<number> => {
      const first = b * BLOCK_CHUNKS;
      let wanted = 0;
      for (let index = first; index < Math.min(count, first + BLOCK_CHUNKS); index++) wanted += sealedLength(index);
      return readFull(handle, buffers[b % 2]!, wanted);
    };
    let remaining = size;
    let next: Promise<number> | null = readBlock(0);
    for (let b = 0; b < blocks; b++) {
      const got = await next!;
      next = b + 1 < blocks ? readBlock(b + 1) : null;
      next?.catch(() => undefined);
      const buffer = buffers[b % 2]!;
      let offset = 0;
      for (let index = b * BLOCK_CHUNKS; index < Math.min(count, (b + 1) * BLOCK_CHUNKS); index++) {
        const final = index === count - 1;
        const length = sealedLength(index);
        if (offset + length > got) throw new BlobDamagedError('truncated', `The encrypted file of this exhibit ends early, in chunk ${index + 1} of ${count}: it was cut off or chunks were removed.`, index);
        const sealed = buffer.subarray(offset, offset + length);
        offset += length;
        const plaintext = openChunk(key, header.bytes, index, final, sealed);
        if (!plaintext) {
          // A chunk that opens only as final (or only as not final) means the end was moved.
          const endMoved = openChunk(key, header.bytes, index, !final, sealed) !== null;
          throw new BlobDamagedError(
            endMoved ? 'truncated' : 'unauthentic',
            endMoved
              ? `The encrypted file of this exhibit does not end where its record says (chunk ${index + 1} of ${count}): chunks were removed or added.`
              : `Chunk ${index + 1} of ${count} of this exhibit's encrypted file is not authentic: it was altered, reordered, or belongs to another exhibit or vault.`,
            index,
          );
        }
        const own = plaintext.subarray(0, Math.min(plaintext.length, remaining));
        if (plaintext.subarray(own.length).some((x) => x !== 0)) {
          throw new BlobDamagedError('padding', "The padding of this exhibit's encrypted file does not match its recorded size.", index);
        }
        remaining -= own.length;
        if (own.length > 0) yield own;
      }
    }
    if ((await readFull(handle, buffers[0]!, 1)) !== 0) {
      throw new BlobDamagedError('extra-data', 'The encrypted file of this exhibit has data after its final chunk: chunks were appended.', count);
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
