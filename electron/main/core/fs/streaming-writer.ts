/** What the writer needs of a file (a FileHandle; a fake in tests). */
export interface WritableFile {
  writev(buffers: Uint8Array[]): Promise<{ bytesWritten: number }>;
  datasync(): Promise<void>;
  sync(): Promise<void>;
}

/**
 * Flush what was written every this many bytes while a large file is still being written. With
 * plenty of RAM the kernel keeps dirty pages until they pass 10% of memory (2.4 GB on a 24 GiB
 * laptop), so without this a 1 GB exhibit went to disk only at the final fsync, after all of it was
 * encrypted: the disk waited for the CPU, then the CPU for the disk. Flushing every 64 MiB, one
 * flush in flight, lets the disk write while the next blocks are encrypted (with writev below: a
 * 1 GiB ingest went from about 380 to 500–580 MB/s on the development VM; README, "Exhibits").
 */
export const SYNC_EVERY_BYTES = 64 * 1024 * 1024;

/**
 * Writes a large file block after block with one write in flight, so the caller can prepare the
 * next block (decrypt, encrypt, hash) meanwhile, and flushes it to disk as it goes (see
 * SYNC_EVERY_BYTES). A block may be several buffers, written with one system call and no copy into
 * one buffer. The buffers of a block must stay untouched until the next write() returns.
 * Any failure of a write or a flush is thrown by the next write() or by finish().
 */
export class StreamingWriter {
  private writing: Promise<void> = Promise.resolve();
  private syncing: Promise<void> = Promise.resolve();
  private sinceSync = 0;

  constructor(
    private readonly handle: WritableFile,
    private readonly syncEveryBytes = SYNC_EVERY_BYTES,
  ) {}

  /** Waits for the previous block to be written, then starts writing this one. */
  async write(block: readonly Uint8Array[]): Promise<void> {
    await this.writing;
    const bytes = block.reduce((sum, b) => sum + b.length, 0);
    this.writing = writevFully(this.handle, block);
    this.writing.catch(() => undefined); // reported when awaited
    this.sinceSync += bytes;
    if (this.sinceSync >= this.syncEveryBytes) {
      this.sinceSync = 0;
      await this.syncing; // one flush at a time: each one covers everything written before it
      const written = this.writing;
      this.syncing = written.then(() => this.handle.datasync());
      this.syncing.catch(() => undefined); // reported when awaited
    }
  }

  /** Waits for every write, then flushes the file (data and metadata) to disk. */
  async finish(): Promise<void> {
    await this.writing;
    await this.syncing;
    await this.handle.sync();
  }

  /** After a failure: waits for anything in flight, so no write lands after the file is removed. */
  async abandon(): Promise<void> {
    await this.writing.catch(() => undefined);
    await this.syncing.catch(() => undefined);
  }
}

/**
 * Writes all of `buffers` in order, or throws. writev may write fewer bytes than asked without an
 * error (a nearly full disk, a file-size limit); the rest is written again from where it stopped.
 */
export async function writevFully(handle: Pick<WritableFile, 'writev'>, buffers: readonly Uint8Array[]): Promise<void> {
  let rest = buffers.filter((b) => b.length > 0);
  while (rest.length > 0) {
    const { bytesWritten } = await handle.writev(rest);
    if (bytesWritten <= 0) throw Object.assign(new Error('the disk accepted no more data'), { code: 'ENOSPC' });
    let skip = bytesWritten;
    while (rest.length > 0 && skip >= rest[0]!.length) {
      skip -= rest[0]!.length;
      rest = rest.slice(1);
    }
    if (skip > 0) rest = [rest[0]!.subarray(skip), ...rest.slice(1)];
  }
}
