/** What the writer needs of a file (a FileHandle; a fake in tests). */
export interface WritableFile {
  writev(buffers: Uint8Array[]): Promise<{ bytesWritten: number }>;
  datasync(): Promise<void>;
  sync(): Promise<void>;
}

/**
 * Flush what was written every this many bytes while a large file is still being written. With
 * plenty of RAM, Linux keeps dirty pages until they pass 10% of memory (2.4 GB with 24 GiB), so
 * without this a 1 GB exhibit went to disk only at the final fsync, after all of it was encrypted:
 * the disk waited for the CPU, then the CPU for the disk. Flushing every 64 MiB, one flush in
 * flight, lets the disk write while the next blocks are encrypted (with writev below, a 1 GiB
 * ingest went from about 380 to 470–580 MB/s on the development VM; README, "Exhibits").
 * Linux only: there a flush writes the dirty pages out; on macOS libuv's datasync is F_FULLFSYNC,
 * which also empties the drive's own cache every time, and on Windows FlushFileBuffers does the
 * same. Neither was measured, so there the file is flushed once, at the end, as before.
 */
export const SYNC_EVERY_BYTES = process.platform === 'linux' ? 64 * 1024 * 1024 : Number.POSITIVE_INFINITY;

/**
 * Writes a large file block after block with one write in flight, so the caller can prepare the
 * next block (decrypt, encrypt, hash) meanwhile, and flushes it to disk as it goes (see
 * SYNC_EVERY_BYTES). A block may be several buffers, written with one system call and no copy into
 * one buffer; its buffers must stay untouched until the next write() returns. Blocks land in the
 * order write() was called. The first failure of a write or a flush is thrown by the next write()
 * or by finish(); after it nothing more is written.
 */
export class StreamingWriter {
  private writing: Promise<void> = Promise.resolve();
  private syncing: Promise<void> = Promise.resolve();
  private failure: { readonly error: unknown } | null = null;
  private sinceSync = 0;

  constructor(
    private readonly handle: WritableFile,
    private readonly syncEveryBytes = SYNC_EVERY_BYTES,
  ) {}

  /** Starts writing this block once the previous one is written, and returns when that one is. */
  async write(block: readonly Uint8Array[]): Promise<void> {
    this.throwIfFailed();
    const previous = this.writing;
    this.writing = this.watch(previous.then(() => writevFully(this.handle, block)));
    this.sinceSync += block.reduce((sum, b) => sum + b.length, 0);
    if (this.sinceSync >= this.syncEveryBytes) {
      this.sinceSync = 0;
      const flushBefore = this.syncing;
      // Covers everything written up to this block; one flush at a time.
      this.syncing = this.watch(Promise.all([flushBefore, this.writing]).then(() => this.handle.datasync()));
      await flushBefore.catch(() => undefined);
    }
    await previous.catch(() => undefined);
    this.throwIfFailed();
  }

  /** Waits for every write and flush, then flushes the file (data and metadata) to disk. */
  async finish(): Promise<void> {
    await this.writing.catch(() => undefined);
    await this.syncing.catch(() => undefined);
    this.throwIfFailed();
    await this.handle.sync();
  }

  /** After a failure: waits for anything in flight, so no write lands after the file is removed. */
  async abandon(): Promise<void> {
    await this.writing.catch(() => undefined);
    await this.syncing.catch(() => undefined);
  }

  /** Keeps the first failure for the caller (and no rejection goes unhandled meanwhile). */
  private watch(work: Promise<void>): Promise<void> {
    work.catch((error: unknown) => {
      this.failure ??= { error };
    });
    return work;
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
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
