import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlobDamagedError } from '../../../../electron/main/core/exhibits/blob-errors';
import { HEADER_BYTES, TAG_BYTES } from '../../../../electron/main/core/exhibits/blob-format';
import { MAX_RANGE_BYTES, readBlobRange, writeBlob, type BlobAddress } from '../../../../electron/main/core/exhibits/blob-io';
import { padmeSize } from '../../../../electron/main/core/exhibits/padding';
import { useTempDirs } from '../../../helpers/temp-dirs';

const tempDir = useTempDirs('habeas-range-');
const CHUNK = 1024;
const chunkAt = (i: number) => HEADER_BYTES + i * (CHUNK + TAG_BYTES);

async function stored(data: Buffer): Promise<{ address: BlobAddress; file: string }> {
  const dir = await tempDir();
  const source = path.join(dir, 'original.bin');
  await fs.writeFile(source, data);
  const address: BlobAddress = { dir: path.join(dir, 'blobs'), name: randomBytes(16).toString('hex'), vaultId: 'vault-1', vaultBlobKey: randomBytes(32) };
  await writeBlob(source, address, CHUNK);
  return { address, file: path.join(address.dir, address.name) };
}

async function problemOf(work: Promise<unknown>): Promise<{ problem: string; message: string; chunk?: number } | null> {
  try {
    await work;
    return null;
  } catch (error) {
    if (!(error instanceof BlobDamagedError)) throw error;
    return { problem: error.problem, message: error.message, ...(error.chunk !== undefined ? { chunk: error.chunk } : {}) };
  }
}

describe('readBlobRange', () => {
  it('returns exactly the slice of the original for any offset and length, at chunk boundaries, at the end and beyond', async () => {
    // A few stored files, many ranges each: writing is the slow part.
    for (const size of [0, 1, CHUNK, 5 * CHUNK + 100, 37_000]) {
      const data = randomBytes(size);
      const { address } = await stored(data);
      const near = (n: number) => fc.integer({ min: Math.max(0, n - 2), max: n + 2 });
      const position = fc.oneof(fc.integer({ min: 0, max: size + 3 * CHUNK }), fc.integer({ min: 0, max: Math.ceil(size / CHUNK) + 1 }).chain((i) => near(i * CHUNK)), near(size));
      const length = fc.oneof(fc.integer({ min: 0, max: size + 3 * CHUNK }), fc.integer({ min: 0, max: 4 }).chain((i) => near(i * CHUNK)));
      await fc.assert(
        fc.asyncProperty(position, length, async (offset, count) => {
          const got = await readBlobRange(address, size, offset, count);
          expect(got.equals(data.subarray(offset, Math.min(offset + count, size)))).toBe(true);
        }),
        { numRuns: 150 },
      );
    }
  });

  it('never returns padding, and is empty at or past the end without touching the blob', async () => {
    const data = randomBytes(4 * CHUNK + 100); // five chunks, the last one padded
    expect(padmeSize(data.length)).toBeGreaterThan(data.length);
    const { address, file } = await stored(data);
    expect((await readBlobRange(address, data.length, data.length - 5, 1000)).equals(data.subarray(-5))).toBe(true);
    expect((await readBlobRange(address, data.length, 0, MAX_RANGE_BYTES)).equals(data)).toBe(true);
    await fs.rm(file);
    expect((await readBlobRange(address, data.length, data.length, 10)).length).toBe(0);
    expect((await readBlobRange(address, data.length, 10 ** 12, 10)).length).toBe(0);
    expect((await readBlobRange(address, data.length, 3, 0)).length).toBe(0);
  });

  it('reads only the chunks it needs, and says which one is damaged when one of them is', async () => {
    const data = randomBytes(10 * CHUNK);
    const { address, file } = await stored(data);
    const bytes = await fs.readFile(file);
    bytes[chunkAt(0) + 5]! ^= 0x01; // outside the range read below
    bytes[chunkAt(6) + 5]! ^= 0x01;
    await fs.writeFile(file, bytes);
    expect((await readBlobRange(address, data.length, 3 * CHUNK + 10, 2 * CHUNK)).equals(data.subarray(3 * CHUNK + 10, 5 * CHUNK + 10))).toBe(true);
    expect(await problemOf(readBlobRange(address, data.length, 5 * CHUNK, 2 * CHUNK))).toMatchObject({ problem: 'unauthentic', chunk: 6, message: /Chunk 7 of 10 .* not authentic/ });
    expect(await problemOf(readBlobRange(address, data.length, 0, 1))).toMatchObject({ problem: 'unauthentic', chunk: 0 });
  });

  it('sees chunks swapped into the range, an end cut off, an end that moved, a missing file and a bad header', async () => {
    const data = randomBytes(5 * CHUNK + 100);
    const { address, file } = await stored(data);
    const original = await fs.readFile(file);
    const swapped = Buffer.concat([original.subarray(0, chunkAt(1)), original.subarray(chunkAt(2), chunkAt(3)), original.subarray(chunkAt(1), chunkAt(2)), original.subarray(chunkAt(3))]);
    await fs.writeFile(file, swapped);
    expect(await problemOf(readBlobRange(address, data.length, CHUNK, 10))).toMatchObject({ problem: 'unauthentic', message: /Chunk 2 of 6/ });

    await fs.writeFile(file, original.subarray(0, chunkAt(4) + 10));
    expect((await readBlobRange(address, data.length, 0, 4 * CHUNK)).equals(data.subarray(0, 4 * CHUNK))).toBe(true);
    expect(await problemOf(readBlobRange(address, data.length, 4 * CHUNK, 10))).toMatchObject({ problem: 'truncated', message: /ends early, in chunk 5 of 6/ });

    // A record saying the file is three chunks long: chunk 3 was not sealed as the final one.
    await fs.writeFile(file, original);
    expect(await problemOf(readBlobRange(address, 3 * CHUNK, 2 * CHUNK, 10))).toMatchObject({ problem: 'truncated', message: /does not end where its record says \(chunk 3 of 3\)/ });
    expect(await problemOf(readBlobRange(address, data.length, 0, 10))).toBeNull();

    await fs.writeFile(file, Buffer.concat([Buffer.from('NOTABLOB'), original.subarray(8)]));
    expect(await problemOf(readBlobRange(address, data.length, 0, 10))).toMatchObject({ problem: 'header' });
    await fs.rm(file);
    expect(await problemOf(readBlobRange(address, data.length, 0, 10))).toMatchObject({ problem: 'missing' });
  });

  it('refuses more than 16 MiB at once, and offsets or lengths that are not whole non-negative numbers', async () => {
    const { address } = await stored(randomBytes(100));
    await expect(readBlobRange(address, 100, 0, MAX_RANGE_BYTES + 1)).rejects.toThrow(RangeError);
    for (const [offset, length] of [[-1, 10], [0, -1], [0.5, 10], [0, 2.5], [Number.NaN, 1], [0, Number.POSITIVE_INFINITY]]) {
      await expect(readBlobRange(address, 100, offset!, length!)).rejects.toThrow(RangeError);
    }
    expect(MAX_RANGE_BYTES).toBe(16 * 1024 * 1024);
  });
});
