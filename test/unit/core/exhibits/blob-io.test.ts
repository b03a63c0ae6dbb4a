import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlobDamagedError, type BlobProblem } from '../../../../electron/main/core/exhibits/blob-errors';
import { blobFileSize, HEADER_BYTES, TAG_BYTES } from '../../../../electron/main/core/exhibits/blob-format';
import { HEAD_BYTES, readBlob, verifyBlob, writeBlob, writeBlobFrom, type BlobAddress } from '../../../../electron/main/core/exhibits/blob-io';
import { filePieces } from '../../../../electron/main/core/exhibits/file-pieces';
import { padmeSize } from '../../../../electron/main/core/exhibits/padding';
import { failNthFileHandleCall } from '../../../helpers/failing-file-handle';
import { useTempDirs } from '../../../helpers/temp-dirs';

const tempDir = useTempDirs('habeas-blob-');
const CHUNK = 1024;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

async function stored(data: Buffer, chunk = CHUNK): Promise<{ address: BlobAddress; file: string; size: number; sha: string }> {
  const dir = await tempDir();
  const source = path.join(dir, 'original.bin');
  await fs.writeFile(source, data);
  const address: BlobAddress = { dir: path.join(dir, 'blobs'), name: randomBytes(16).toString('hex'), vaultId: 'vault-1', vaultBlobKey: randomBytes(32) };
  const written = await writeBlob(source, address, chunk);
  expect(written.size).toBe(data.length);
  expect(written.sha256).toBe(sha256(data));
  expect(written.head.equals(data.subarray(0, HEAD_BYTES))).toBe(true);
  return { address, file: path.join(address.dir, address.name), size: data.length, sha: written.sha256 };
}

async function readAll(address: BlobAddress, size: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of readBlob(address, size)) parts.push(part);
  return Buffer.concat(parts);
}

async function problemOf(work: Promise<unknown>): Promise<{ problem: BlobProblem; message: string } | null> {
  try {
    await work;
    return null;
  } catch (error) {
    if (!(error instanceof BlobDamagedError)) throw error;
    return { problem: error.problem, message: error.message };
  }
}

const chunkAt = (i: number) => HEADER_BYTES + i * (CHUNK + TAG_BYTES);

describe('exhibit blobs', () => {
  it('round-trips 0, 1, chunk-boundary and multi-chunk files, padded on disk', async () => {
    for (const size of [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 5 * CHUNK + 7, 70_000]) {
      const data = randomBytes(size);
      const { address, file, sha } = await stored(data);
      expect((await readAll(address, size)).equals(data), `size ${size}`).toBe(true);
      await verifyBlob(address, size, sha);
      expect((await fs.stat(file)).size, `size ${size}`).toBe(blobFileSize(padmeSize(size), CHUNK));
    }
  });

  it('holds no plaintext, and two blobs of the same file differ', async () => {
    const data = Buffer.from('CANARY-EXHIBIT Intiqam Əliyev indictment '.repeat(200), 'utf8');
    const a = await stored(data);
    const b = await stored(data);
    const bytes = await fs.readFile(a.file);
    expect(bytes.includes(Buffer.from('CANARY-EXHIBIT'))).toBe(false);
    expect(bytes.includes(Buffer.from('Əliyev', 'utf8'))).toBe(false);
    expect(bytes.equals(await fs.readFile(b.file))).toBe(false);
  });

  describe('detects damage with a clear error', () => {
    const data = randomBytes(4 * CHUNK + 100); // five chunks, the last one padded
    async function damaged(edit: (bytes: Buffer) => Buffer, address?: (a: BlobAddress) => BlobAddress) {
      const blob = await stored(data);
      await fs.writeFile(blob.file, edit(await fs.readFile(blob.file)));
      return problemOf(verifyBlob(address ? address(blob.address) : blob.address, blob.size, blob.sha));
    }

    it('a truncated blob', async () => {
      expect(await damaged((b) => b.subarray(0, b.length - 10))).toMatchObject({ problem: 'truncated', message: /ends early, in chunk 5 of 5/ });
    });
    it('a dropped last chunk', async () => {
      expect(await damaged((b) => b.subarray(0, chunkAt(4)))).toMatchObject({ problem: 'truncated', message: /ends early/ });
    });
    it('a dropped middle chunk', async () => {
      expect(await damaged((b) => Buffer.concat([b.subarray(0, chunkAt(1)), b.subarray(chunkAt(2))]))).toMatchObject({ problem: expect.stringMatching(/truncated|unauthentic/) });
    });
    it('swapped chunks', async () => {
      expect(await damaged((b) => Buffer.concat([b.subarray(0, chunkAt(1)), b.subarray(chunkAt(2), chunkAt(3)), b.subarray(chunkAt(1), chunkAt(2)), b.subarray(chunkAt(3))]))).toMatchObject({ problem: 'unauthentic', message: /Chunk 2 of 5 .* not authentic/ });
    });
    it('an appended chunk', async () => {
      expect(await damaged((b) => Buffer.concat([b, b.subarray(chunkAt(1), chunkAt(2))]))).toMatchObject({ problem: 'extra-data', message: /data after its final chunk/ });
    });
    it('a wrong key, another vault, or another blob name', async () => {
      expect(await damaged((b) => b, (a) => ({ ...a, vaultBlobKey: randomBytes(32) }))).toMatchObject({ problem: 'unauthentic', message: /Chunk 1 of 5/ });
      expect(await damaged((b) => b, (a) => ({ ...a, vaultId: 'vault-2' }))).toMatchObject({ problem: 'unauthentic' });
      const blob = await stored(data);
      const renamed = { ...blob.address, name: 'f'.repeat(32) };
      await fs.rename(blob.file, path.join(renamed.dir, renamed.name));
      expect(await problemOf(verifyBlob(renamed, blob.size, blob.sha))).toMatchObject({ problem: 'unauthentic' });
    });
    it('altered padding', async () => {
      // The last chunk holds 100 bytes of the file, then zeros up to the padded size.
      const padded = padmeSize(data.length);
      expect(padded).toBeGreaterThan(data.length);
      expect(await damaged((b) => Buffer.from(b.map((x, i) => (i === chunkAt(4) + 100 + 3 ? x ^ 0x01 : x))))).toMatchObject({ problem: 'unauthentic', message: /Chunk 5 of 5/ });
    });
    it('a flipped header byte, and a flipped byte anywhere in a chunk', async () => {
      expect(await damaged((b) => Buffer.from(b.map((x, i) => (i === 3 ? x ^ 0xff : x))))).toMatchObject({ problem: 'header' });
      expect(await damaged((b) => Buffer.from(b.map((x, i) => (i === 20 ? x ^ 0x01 : x))))).toMatchObject({ problem: 'unauthentic', message: /Chunk 1 of 5/ }); // the salt
      expect(await damaged((b) => Buffer.from(b.map((x, i) => (i === chunkAt(2) + 17 ? x ^ 0x80 : x))))).toMatchObject({ problem: 'unauthentic', message: /Chunk 3 of 5/ });
    });
    it('a missing file, a recorded size that does not match, a recorded hash that does not match', async () => {
      const blob = await stored(data);
      // One byte more fits the same padded size: the zero it reads makes the hash differ.
      expect(await problemOf(verifyBlob(blob.address, blob.size + 1, blob.sha))).toMatchObject({ problem: 'hash' });
      // A size in another padding bucket: the stream's end is not where the record says.
      expect(await problemOf(verifyBlob(blob.address, blob.size * 2, blob.sha))).toMatchObject({ problem: expect.stringMatching(/truncated/) });
      expect(await problemOf(verifyBlob(blob.address, 10, blob.sha))).toMatchObject({ problem: expect.stringMatching(/truncated|extra-data|padding|unauthentic/) });
      expect(await problemOf(verifyBlob(blob.address, blob.size, 'a'.repeat(64)))).toMatchObject({ problem: 'hash', message: /SHA-256 differs/ });
      await fs.rm(blob.file);
      expect(await problemOf(verifyBlob(blob.address, blob.size, blob.sha))).toMatchObject({ problem: 'missing', message: /missing from the vault/ });
    });
  });

  it('leaves no temp file when the source cannot be read', async () => {
    const dir = await tempDir();
    const address: BlobAddress = { dir: path.join(dir, 'blobs'), name: 'x', vaultId: 'v', vaultBlobKey: randomBytes(32) };
    await fs.mkdir(address.dir);
    await expect(writeBlob(path.join(dir, 'nope.pdf'), address)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await fs.readdir(address.dir)).toEqual([]);
  });
});

/** An address in a fresh folder, and that folder's listing (to see that nothing was left behind). */
async function freshAddress(): Promise<{ address: BlobAddress; listing: () => Promise<string[]> }> {
  const dir = path.join(await tempDir(), 'blobs');
  await fs.mkdir(dir);
  return { address: { dir, name: randomBytes(16).toString('hex'), vaultId: 'vault-1', vaultBlobKey: randomBytes(32) }, listing: () => fs.readdir(dir) };
}

/** `data` cut at the given lengths (the rest as one last piece), fresh copies, never Buffers: the IPC sends Uint8Arrays. */
async function* piecesOf(data: Buffer, lengths: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const length of lengths) {
    yield new Uint8Array(data.subarray(at, Math.min(data.length, at + length)));
    at = Math.min(data.length, at + length);
  }
  if (at < data.length) yield new Uint8Array(data.subarray(at));
}

describe('writeBlobFrom (bytes pushed in pieces)', () => {
  it('leaves no file when the disk fails in the middle of a write', async () => {
    const { address, listing } = await freshAddress();
    const data = randomBytes(5 * 4 * CHUNK + 100); // 5 blocks of 4 chunks and a bit
    const failing = await failNthFileHandleCall('writev', 3);
    try {
      await expect(writeBlobFrom(piecesOf(data, [3000, 7000]), data.length, address, CHUNK)).rejects.toMatchObject({ code: 'EIO' });
      expect(failing.calls()).toBe(3); // nothing more was written after the failure
    } finally {
      failing.restore();
    }
    expect(await listing()).toEqual([]);
  });

  it.runIf(process.platform === 'linux')('leaves no file when a flush fails while the file is still being written', async () => {
    const { address, listing } = await freshAddress();
    const size = 66 * 1024 * 1024; // past the first flush, at 64 MiB
    async function* zeros(): AsyncGenerator<Uint8Array> {
      const block = new Uint8Array(1024 * 1024);
      for (let i = 0; i < 66; i++) yield block;
    }
    const failing = await failNthFileHandleCall('datasync', 1);
    try {
      await expect(writeBlobFrom(zeros(), size, address)).rejects.toMatchObject({ code: 'EIO' });
      expect(failing.calls()).toBe(1);
    } finally {
      failing.restore();
    }
    expect(await listing()).toEqual([]);
  });

  it('round-trips any size cut into any pieces, in the same format as writeBlob', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 300 * 1024 }), fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 * CHUNK }), fc.integer({ min: 1, max: 40 * CHUNK })), { maxLength: 40 }), async (size, lengths) => {
        const data = randomBytes(size);
        const { address, listing } = await freshAddress();
        const written = await writeBlobFrom(piecesOf(data, lengths), size, address, CHUNK);
        expect(written).toMatchObject({ size, sha256: sha256(data) });
        expect(written.head.equals(data.subarray(0, HEAD_BYTES))).toBe(true);
        expect((await readAll(address, size)).equals(data)).toBe(true);
        await verifyBlob(address, size, written.sha256);
        expect(await listing()).toEqual([address.name]); // no temp file left beside it
        expect((await fs.stat(path.join(address.dir, address.name))).size).toBe(blobFileSize(padmeSize(size), CHUNK));
      }),
      { numRuns: 60 },
    );
  });

  it('takes empty pieces, one-byte pieces, and pieces that cross chunk and block boundaries', async () => {
    const block = 16 * CHUNK; // chunks are written 16 at a time
    const cases: Array<[number, number[]]> = [
      [0, []],
      [0, [0, 0, 0]],
      [1, [0, 1, 0]],
      [CHUNK, [CHUNK]],
      [CHUNK + 1, [1, CHUNK]],
      [3 * CHUNK + 5, Array.from({ length: 3 * CHUNK + 5 }, () => 1)],
      [block + 1, [block - 1, 2]],
      [2 * block + CHUNK, [CHUNK - 1, block, 0, block + 1]],
      [5 * block + 7, [5 * block + 7]],
    ];
    for (const [size, lengths] of cases) {
      const data = randomBytes(size);
      const { address } = await freshAddress();
      const written = await writeBlobFrom(piecesOf(data, lengths), size, address, CHUNK);
      expect(written.sha256, `size ${size}`).toBe(sha256(data));
      expect((await readAll(address, size)).equals(data), `size ${size}`).toBe(true);
    }
  });

  it('refuses pieces that add up to more or fewer bytes than announced, leaving no file, and stops the producer', async () => {
    const data = randomBytes(5 * CHUNK + 100);
    for (const [announced, pattern] of [
      [data.length + 1, /add up to 5220 bytes, fewer than its announced size of 5221/],
      [data.length - 1, /add up to more than its announced size of 5219 bytes/],
      [0, /more than its announced size of 0 bytes/],
      [2 * data.length, /fewer than/],
    ] as const) {
      const { address, listing } = await freshAddress();
      let stopped = false;
      async function* producer() {
        try {
          yield* piecesOf(data, [CHUNK, 3 * CHUNK]);
        } finally {
          stopped = true;
        }
      }
      await expect(writeBlobFrom(producer(), announced, address, CHUNK)).rejects.toThrow(pattern);
      expect(await listing(), `announced ${announced}`).toEqual([]);
      expect(stopped).toBe(true);
    }
  });

  it('stops with the producer’s error (a cancelled upload), leaving no file; refuses a size that is not one before writing', async () => {
    const { address, listing } = await freshAddress();
    async function* cancelled() {
      yield new Uint8Array(3 * CHUNK);
      throw new Error('The upload was cancelled.');
    }
    await expect(writeBlobFrom(cancelled(), 10 * CHUNK, address, CHUNK)).rejects.toThrow('The upload was cancelled.');
    expect(await listing()).toEqual([]);
    for (const size of [-1, 1.5, Number.NaN]) await expect(writeBlobFrom(piecesOf(Buffer.alloc(0), []), size, address, CHUNK)).rejects.toThrow(RangeError);
    expect(await listing()).toEqual([]);
  });
});

describe('filePieces (writeBlob reading a file)', () => {
  async function fileOf(data: Buffer) {
    const file = path.join(await tempDir(), 'source.bin');
    await fs.writeFile(file, data);
    return fs.open(file, 'r');
  }
  async function collect(pieces: AsyncIterable<Uint8Array>): Promise<Buffer> {
    const parts: Buffer[] = [];
    for await (const piece of pieces) parts.push(Buffer.from(piece)); // copied: a block is valid until the next one
    return Buffer.concat(parts);
  }

  it('yields the file in blocks of the given size, the last one shorter', async () => {
    const data = randomBytes(10_000);
    const handle = await fileOf(data);
    try {
      const lengths: number[] = [];
      const parts: Buffer[] = [];
      for await (const piece of filePieces(handle, data.length, 4096)) {
        lengths.push(piece.length);
        parts.push(Buffer.from(piece));
      }
      expect(lengths).toEqual([4096, 4096, 1808]);
      expect(Buffer.concat(parts).equals(data)).toBe(true);
    } finally {
      await handle.close();
    }
  });

  it('says so when the file got shorter or grew while it was read, and writeBlobFrom then leaves no file', async () => {
    const data = randomBytes(10_000);
    const handles = await Promise.all([fileOf(data), fileOf(data), fileOf(data)]);
    try {
      const [a, b, c] = handles as [fs.FileHandle, fs.FileHandle, fs.FileHandle];
      await expect(collect(filePieces(a, data.length + 10, 4096))).rejects.toThrow(/got shorter while it was being read/);
      await expect(collect(filePieces(b, data.length - 10, 4096))).rejects.toThrow(/grew while it was being read/);
      const { address, listing } = await freshAddress();
      await expect(writeBlobFrom(filePieces(c, data.length - 10, 4096), data.length - 10, address, CHUNK)).rejects.toThrow(/grew/);
      expect(await listing()).toEqual([]);
    } finally {
      for (const handle of handles) await handle.close();
    }
  });
});

describe('padmeSize', () => {
  it('never shrinks, grows by at most 12% from 256 bytes on, and is monotonic', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 42 }), fc.integer({ min: 0, max: 2 ** 20 }), (size, more) => {
        const padded = padmeSize(size);
        expect(padded).toBeGreaterThanOrEqual(size);
        if (size >= 256) expect(padded / size).toBeLessThanOrEqual(1.12);
        expect(padmeSize(size + more)).toBeGreaterThanOrEqual(padded);
      }),
    );
    expect([0, 1, 2, 3, 9, 1000, 1_000_000].map(padmeSize)).toEqual([0, 1, 2, 3, 10, 1024, 1_015_808]);
    expect(() => padmeSize(-1)).toThrow(RangeError);
  });
});
