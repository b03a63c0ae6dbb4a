import fc from 'fast-check';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StreamingWriter, writevFully } from '../../../../electron/main/core/fs/streaming-writer';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'habeas-streaming-writer-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A file handle in memory that records what happens to it, with writes that can be made short, slow or failing. */
class FakeHandle {
  readonly bytes: number[] = [];
  readonly events: string[] = [];
  writesInFlight = 0;
  mostWritesInFlight = 0;
  syncsInFlight = 0;
  mostSyncsInFlight = 0;
  constructor(
    private readonly options: { maxPerCall?: number; failOnWrite?: number; delayMs?: number; failOnDatasync?: number; datasyncDelayMs?: number } = {},
  ) {}
  private writes = 0;
  private datasyncs = 0;

  async writev(buffers: Uint8Array[]): Promise<{ bytesWritten: number; buffers: Uint8Array[] }> {
    this.writes++;
    this.writesInFlight++;
    this.mostWritesInFlight = Math.max(this.mostWritesInFlight, this.writesInFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, this.options.delayMs ?? 0));
      if (this.writes === this.options.failOnWrite) throw Object.assign(new Error('EIO: the disk failed'), { code: 'EIO' });
      let budget = this.options.maxPerCall ?? Infinity;
      let written = 0;
      for (const buffer of buffers) {
        const take = Math.min(buffer.length, budget);
        this.bytes.push(...buffer.subarray(0, take));
        written += take;
        budget -= take;
        if (budget === 0) break;
      }
      this.events.push(`write ${written}`);
      return { bytesWritten: written, buffers };
    } finally {
      this.writesInFlight--;
    }
  }

  async datasync(): Promise<void> {
    this.datasyncs++;
    this.syncsInFlight++;
    this.mostSyncsInFlight = Math.max(this.mostSyncsInFlight, this.syncsInFlight);
    this.events.push(`datasync at ${this.bytes.length}`); // what it covers: the bytes written when it starts
    try {
      await new Promise((resolve) => setTimeout(resolve, this.options.datasyncDelayMs ?? 1));
      if (this.datasyncs === this.options.failOnDatasync) throw Object.assign(new Error('EIO: writeback failed'), { code: 'EIO' });
    } finally {
      this.syncsInFlight--;
      this.events.push('datasync done');
    }
  }

  async sync(): Promise<void> {
    this.events.push(`sync at ${this.bytes.length}`);
  }
}

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('writevFully', () => {
  it('writes the rest again after short writes, splitting buffers where the disk stopped', async () => {
    const handle = new FakeHandle({ maxPerCall: 3 });
    await writevFully(handle, [bytes(1, 2), bytes(), bytes(3, 4, 5, 6, 7), bytes(8)]);
    expect(handle.bytes).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(handle.events).toEqual(['write 3', 'write 3', 'write 2']);
  });

  it('reports a disk that accepts nothing as out of space instead of looping', async () => {
    const handle = new FakeHandle({ maxPerCall: 0 });
    await expect(writevFully(handle, [bytes(1)])).rejects.toMatchObject({ code: 'ENOSPC' });
  });

  it('writes nothing for no bytes', async () => {
    const handle = new FakeHandle();
    await writevFully(handle, [bytes(), bytes()]);
    expect(handle.events).toEqual([]);
  });
});

describe('StreamingWriter', () => {
  it('writes blocks in order to a real file, whatever their sizes (property)', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 5 }), { maxLength: 20 }), fc.integer({ min: 1, max: 700 }), async (blocks, syncEvery) => {
        const file = path.join(dir, `file-${run++}`);
        const handle = await open(file, 'wx');
        try {
          const writer = new StreamingWriter(handle, syncEvery);
          for (const block of blocks) await writer.write(block);
          await writer.finish();
        } finally {
          await handle.close();
        }
        expect(new Uint8Array(await readFile(file))).toEqual(Uint8Array.from(blocks.flat().flatMap((b) => [...b])));
      }),
      { numRuns: 60 },
    );
  });

  it('has one write in flight at a time, and flushes to disk as it goes, one flush at a time', async () => {
    const handle = new FakeHandle({ delayMs: 1 });
    const writer = new StreamingWriter(handle, 10);
    for (let i = 0; i < 8; i++) await writer.write([new Uint8Array(4).fill(i)]);
    await writer.finish();
    expect(handle.mostWritesInFlight).toBe(1);
    expect(handle.mostSyncsInFlight).toBe(1);
    const flushes = handle.events.filter((e) => e.startsWith('datasync at'));
    // A flush every 10 bytes or more (after writes 3 and 6 of 4 bytes), each after the write it covers.
    expect(flushes).toEqual(['datasync at 12', 'datasync at 24']);
    expect(handle.events.at(-1)).toBe('sync at 32');
    expect(handle.bytes).toHaveLength(32);
  });

  it('does not flush before the end of a file smaller than the flush interval', async () => {
    const handle = new FakeHandle();
    const writer = new StreamingWriter(handle);
    await writer.write([bytes(1, 2, 3)]);
    await writer.finish();
    expect(handle.events).toEqual(['write 3', 'sync at 3']);
  });

  it('reports a failed write at the next write, and finish() never flushes after a failure', async () => {
    const handle = new FakeHandle({ failOnWrite: 2 });
    const writer = new StreamingWriter(handle);
    await writer.write([bytes(1)]);
    await writer.write([bytes(2)]); // starts the write that fails
    await expect(writer.write([bytes(3)])).rejects.toThrow('EIO');
    await expect(writer.finish()).rejects.toThrow('EIO');
    expect(handle.events.some((e) => e.startsWith('sync'))).toBe(false);
  });

  it('abandon() waits for the write in flight, so nothing lands after the caller removes the file', async () => {
    const handle = new FakeHandle({ delayMs: 20 });
    const writer = new StreamingWriter(handle);
    await writer.write([bytes(1, 2)]);
    expect(handle.writesInFlight).toBe(1);
    await writer.abandon();
    expect(handle.writesInFlight).toBe(0);
    expect(handle.bytes).toEqual([1, 2]);
  });

  it('abandon() does not throw for a write that failed', async () => {
    const handle = new FakeHandle({ failOnWrite: 1 });
    const writer = new StreamingWriter(handle);
    await writer.write([bytes(1)]);
    await expect(writer.abandon()).resolves.toBeUndefined();
  });

  it('keeps one flush in flight when the disk flushes slower than it writes, and waits for it before the next', async () => {
    const handle = new FakeHandle({ datasyncDelayMs: 30 });
    const writer = new StreamingWriter(handle, 4);
    await writer.write([new Uint8Array(4).fill(0)]);
    await writer.write([new Uint8Array(4).fill(1)]);
    expect(handle.events).toContain('datasync done'); // the second write waited for the first flush
    for (let i = 2; i < 4; i++) await writer.write([new Uint8Array(4).fill(i)]);
    await writer.finish();
    expect(handle.mostSyncsInFlight).toBe(1);
    const syncs = handle.events.filter((e) => e.startsWith('datasync'));
    // Every flush starts after the one before it is done.
    expect(syncs).toEqual(['datasync at 4', 'datasync done', 'datasync at 8', 'datasync done', 'datasync at 12', 'datasync done', 'datasync at 16', 'datasync done']);
    expect(handle.events.at(-1)).toBe('sync at 16');
  });

  it('reports a failed flush: nothing more is written, and finish() throws it without the final sync', async () => {
    const handle = new FakeHandle({ failOnDatasync: 1 });
    const writer = new StreamingWriter(handle, 4);
    await writer.write([bytes(1, 2, 3, 4)]); // starts the flush that fails
    await writer.abandon(); // let it fail
    await expect(writer.write([bytes(5)])).rejects.toThrow('writeback failed');
    await expect(writer.finish()).rejects.toThrow('writeback failed');
    expect(handle.bytes).toEqual([1, 2, 3, 4]);
    expect(handle.events.some((e) => e.startsWith('sync'))).toBe(false);
  });

  it('reports a flush that fails during the last writes at finish()', async () => {
    const handle = new FakeHandle({ failOnDatasync: 1, datasyncDelayMs: 20 });
    const writer = new StreamingWriter(handle, 4);
    await writer.write([bytes(1, 2, 3, 4)]);
    await writer.write([bytes(5)]); // the flush is still running
    await expect(writer.finish()).rejects.toThrow('writeback failed');
    expect(handle.events.some((e) => e.startsWith('sync'))).toBe(false);
  });

  it('abandon() waits for a flush in flight too', async () => {
    const handle = new FakeHandle({ datasyncDelayMs: 30 });
    const writer = new StreamingWriter(handle, 1);
    await writer.write([bytes(1)]);
    expect(handle.syncsInFlight + handle.writesInFlight).toBeGreaterThan(0);
    await writer.abandon();
    expect(handle.syncsInFlight).toBe(0);
    expect(handle.writesInFlight).toBe(0);
  });

  it('lands blocks in the order write() was called, even when a caller does not wait for each', async () => {
    const handle = new FakeHandle({ delayMs: 5, maxPerCall: 2 });
    const writer = new StreamingWriter(handle);
    const calls = [writer.write([bytes(1, 2, 3)]), writer.write([bytes(4, 5, 6)]), writer.write([bytes(7)])];
    await Promise.all(calls);
    await writer.finish();
    expect(handle.bytes).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(handle.mostWritesInFlight).toBe(1);
  });
});
