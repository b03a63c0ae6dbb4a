import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlobDamagedError, type BlobProblem } from '../../../../electron/main/core/exhibits/blob-errors';
import { blobFileSize, HEADER_BYTES, TAG_BYTES } from '../../../../electron/main/core/exhibits/blob-format';
import { readBlob, verifyBlob, writeBlob, type BlobAddress } from '../../../../electron/main/core/exhibits/blob-io';
import { padmeSize } from '../../../../electron/main/core/exhibits/padding';
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
  expect(written.head.equals(data.subarray(0, 4096))).toBe(true);
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
