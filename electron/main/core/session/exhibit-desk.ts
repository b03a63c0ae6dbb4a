import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Exhibit, ExhibitLink, ExhibitProgress, ExportResult } from '../../../../shared/exhibits';
import type { BeginAttach } from '../../../../shared/exhibits/requests';
import { HabeasError } from '../../../../shared/ipc/errors';
import type { ExhibitRepository } from '../exhibits/exhibit-repository';
import { openExtension, withExtension } from '../exhibits/open-extension';
import { safeFileName } from '../exhibits/safe-file-name';
import type { Desktop } from './desktop';
import { PieceQueue } from './piece-queue';
import { PrivateCopies } from './private-copies';
import { Slots } from './slots';

/** An upload nobody continues for this long (the window crashed, say) is dropped with its temp file. */
const ABANDONED_AFTER_MS = 5 * 60 * 1000;
/** Each open upload holds a file handle and buffers: a window may not open more at once. */
const MAX_OPEN_UPLOADS = 4;
/** Reads for the viewer decrypt up to 16 MiB each: at most this many at a time. */
const MAX_CONCURRENT_READS = 4;
/** At lock, work in flight gets this long to notice and stop before the keys go. */
const STOP_WAIT_MS = 5_000;
const PROGRESS_EVERY_MS = 100;
const OPENED_NOTE = 'Opened with another program from a private temporary copy, deleted when Habeas locks or quits.';

interface Upload {
  readonly queue: PieceQueue;
  readonly done: Promise<Exhibit>;
  timer: NodeJS.Timeout;
}

const locking = () => new HabeasError('VAULT_LOCKED', 'The vault was locked while this was in progress; nothing was kept. Unlock it and try again.');

/**
 * The evidence locker as the app's window uses it: uploads of dropped or picked files arriving in
 * pieces, reads for the viewer, the save dialog for exports, and private copies for other programs.
 * One per unlocked vault. close() (at lock) stops everything in flight before the keys go: uploads
 * are dropped with their temp files, exports and checks stop at their next piece, and every
 * private copy is deleted; nothing started afterwards runs.
 */
export class ExhibitDesk {
  private readonly uploads = new Map<string, Upload>();
  private readonly copies: PrivateCopies;
  private readonly reads = new Slots(MAX_CONCURRENT_READS);
  private readonly inFlight = new Set<Promise<unknown>>();
  private closed = false;

  constructor(
    private readonly exhibits: ExhibitRepository,
    private readonly actor: () => string,
    private readonly desktop: Desktop | undefined,
    private readonly onProgress: (progress: ExhibitProgress) => void = () => {},
    log: (message: string) => void = () => {},
  ) {
    this.copies = new PrivateCopies(() => this.requireDesktop().tempRoot(), log);
    if (desktop) void this.copies.sweepStale();
  }

  list(caseId: string): Exhibit[] {
    return this.exhibits.list(caseId);
  }

  async beginAttach(request: BeginAttach): Promise<{ uploadId: string }> {
    this.assertOpen();
    if (this.uploads.size >= MAX_OPEN_UPLOADS) throw new HabeasError('CONFLICT', `${MAX_OPEN_UPLOADS} files are being attached already. Wait for one to finish, then attach this one.`);
    const uploadId = randomUUID();
    const queue = new PieceQueue();
    const { caseId, originalName, size, ...receipt } = request;
    const done = this.track(this.exhibits.attachStream(caseId, { originalName, size, pieces: queue }, receipt, this.actor()));
    done.catch(() => undefined); // reported to whoever sends the next piece or finishes
    this.uploads.set(uploadId, { queue, done, timer: this.abandonTimer(uploadId) });
    // The case and the receipt are checked before the first byte is asked for: say so now.
    try {
      await Promise.race([queue.reading, done]);
    } catch (error) {
      this.drop(uploadId);
      throw error;
    }
    return { uploadId };
  }

  async attachPiece(uploadId: string, bytes: Uint8Array): Promise<void> {
    const upload = this.upload(uploadId);
    clearTimeout(upload.timer);
    upload.timer = this.abandonTimer(uploadId);
    try {
      await Promise.race([upload.queue.push(bytes), upload.done.then(() => undefined)]);
    } catch (error) {
      this.drop(uploadId);
      // The writer's own failure (sizes that do not add up, a full disk) says more than "ended".
      throw this.uploadError(await upload.done.then(() => error, (writerError: unknown) => writerError));
    }
  }

  async finishAttach(uploadId: string): Promise<Exhibit> {
    const upload = this.upload(uploadId);
    clearTimeout(upload.timer);
    upload.queue.end();
    try {
      return await upload.done;
    } catch (error) {
      throw this.uploadError(error);
    } finally {
      this.uploads.delete(uploadId);
    }
  }

  async cancelAttach(uploadId: string): Promise<void> {
    const upload = this.uploads.get(uploadId);
    if (!upload) return;
    this.drop(uploadId, new Error('The upload was cancelled.'));
    await upload.done.catch(() => undefined); // its temporary file is gone once this settles
  }

  /** Decrypted bytes for the viewer, in an array of exactly their length (see below). */
  async read(id: string, offset: number, length: number): Promise<Uint8Array> {
    this.assertOpen();
    const bytes = await this.reads.run(() => this.track(this.exhibits.readRange(id, offset, length)));
    // A small Buffer may be a view into Node's shared pool, and IPC sends a view's whole backing
    // store: other bytes of main's memory would go with it. A copy of exactly this length cannot.
    const exact = new Uint8Array(bytes.length);
    exact.set(bytes);
    bytes.fill(0);
    return exact;
  }

  link(id: string, link: ExhibitLink): Promise<Exhibit> {
    return this.exhibits.link(id, link);
  }

  unlink(id: string, link: ExhibitLink): Promise<Exhibit> {
    return this.exhibits.unlink(id, link);
  }

  async verify(id: string): Promise<Exhibit> {
    this.assertOpen();
    const progress = this.progress(id, 'verify', this.exhibits.get(id).size);
    const { exhibit } = await this.track(this.exhibits.verifyAndRecord(id, this.actor(), progress.update));
    progress.finish();
    return exhibit;
  }

  recordCustody(id: string, event: { action: 'copied' | 'handed_over'; counterpart?: string | undefined; method?: string | undefined; note?: string | undefined }): Promise<Exhibit> {
    const clean = Object.fromEntries(Object.entries(event).filter(([, value]) => value !== undefined && value !== ''));
    return this.exhibits.recordCustody(id, { ...clean, action: event.action, actor: this.actor() });
  }

  async export(id: string, note: string | undefined): Promise<ExportResult> {
    this.assertOpen();
    const exhibit = this.exhibits.get(id);
    const target = await this.requireDesktop().chooseSavePath(safeFileName(exhibit.originalName));
    if (target === null) return { saved: false };
    this.assertOpen(); // the dialog may have stayed open across a lock
    const progress = this.progress(id, 'export', exhibit.size);
    const { exhibit: recorded } = await this.track(this.exhibits.export(id, target, this.actor(), note, { onProgress: progress.update }));
    progress.finish();
    return { saved: true, exhibit: recorded, fileName: path.basename(target) };
  }

  async openExternally(id: string): Promise<Exhibit> {
    this.assertOpen();
    const desktop = this.requireDesktop();
    const exhibit = this.exhibits.get(id);
    const extension = openExtension(exhibit.mediaType);
    if (extension === null) {
      throw new HabeasError('UNSUPPORTED_FORMAT', `Files of this type (${exhibit.mediaType}) are not opened with other programs from Habeas: they could run as programs. Export the file instead, and check it before opening it.`);
    }
    const folder = await this.copies.folder().catch(() => {
      throw locking();
    });
    const target = path.join(folder, withExtension(safeFileName(exhibit.originalName), extension));
    const progress = this.progress(id, 'open', exhibit.size);
    // No .sha256 beside it: the copy is for reading, and every extra file is more plaintext.
    const { exhibit: recorded } = await this.track(this.exhibits.export(id, target, this.actor(), OPENED_NOTE, { sidecar: false, onProgress: progress.update }));
    progress.finish();
    if (this.closed) {
      // Locked while the copy was written: it is not handed to any program.
      await fs.rm(folder, { recursive: true, force: true }).catch(() => undefined);
      throw locking();
    }
    const problem = await desktop.openPath(target);
    if (problem !== '') throw new HabeasError('UNSUPPORTED_FORMAT', 'No program on this computer opened the file. The temporary copy is deleted when Habeas locks; export the exhibit instead to keep a copy.');
    return recorded;
  }

  remove(id: string, reason: string | undefined): Promise<Exhibit> {
    return this.exhibits.remove(id, this.actor(), reason);
  }

  purge(id: string, reason: string): Promise<Exhibit> {
    return this.exhibits.purge(id, this.actor(), reason);
  }

  /**
   * At lock and quit: refuses new work, drops unfinished uploads, lets exports and checks stop at
   * their next piece (waiting a bounded time), and deletes every private copy. Never throws: the
   * lock must go through whatever happens here.
   */
  async close(): Promise<void> {
    this.closed = true;
    for (const uploadId of [...this.uploads.keys()]) this.drop(uploadId, new Error('The vault was locked.'));
    const stopped = Promise.allSettled([...this.inFlight]);
    await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref())]);
    await this.copies.clear();
  }

  private assertOpen(): void {
    if (this.closed) throw locking();
  }

  /** Keeps `work` in the set close() waits for. */
  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    const settle = () => this.inFlight.delete(work);
    work.then(settle, settle);
    return work;
  }

  /** Progress events for the window: at the start, at most every 100 ms, and at the end. Stops the work at lock. */
  private progress(id: string, operation: ExhibitProgress['operation'], total: number) {
    let last = 0;
    this.onProgress({ id, operation, done: 0, total });
    return {
      update: (done: number) => {
        // Called for every piece: the way an export or a check notices the lock and stops.
        if (this.closed) throw locking();
        const now = Date.now();
        if (now - last < PROGRESS_EVERY_MS || done >= total) return;
        last = now;
        this.onProgress({ id, operation, done, total });
      },
      finish: () => this.onProgress({ id, operation, done: total, total }),
    };
  }

  private upload(uploadId: string): Upload {
    this.assertOpen();
    const upload = this.uploads.get(uploadId);
    if (!upload) throw new HabeasError('NOT_FOUND', 'This upload is no longer open (it was cancelled, finished, or left idle). Attach the file again.');
    return upload;
  }

  /** Forgets an upload and stops its writer, which removes its temporary file. */
  private drop(uploadId: string, reason: Error = new Error('The upload was stopped.')): void {
    const upload = this.uploads.get(uploadId);
    if (!upload) return;
    clearTimeout(upload.timer);
    this.uploads.delete(uploadId);
    upload.queue.fail(reason);
  }

  private abandonTimer(uploadId: string): NodeJS.Timeout {
    const timer = setTimeout(() => this.drop(uploadId, new Error('The upload was left idle and dropped.')), ABANDONED_AFTER_MS);
    timer.unref();
    return timer;
  }

  /** Errors of the writer (sizes that do not add up) become messages the user can act on. */
  private uploadError(error: unknown): unknown {
    if (error instanceof HabeasError) return error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') return new HabeasError('CONFLICT', 'The disk is full. Free some space, then attach the file again; nothing was added to the case.');
    // Other system errors may name paths: main's dispatcher logs them and sends a generic message.
    if (code !== undefined) return error;
    const message = error instanceof Error ? error.message : String(error);
    return new HabeasError('INVALID_INPUT', `The file could not be attached: ${message} Nothing was added to the case.`);
  }

  private requireDesktop(): Desktop {
    if (!this.desktop) throw new HabeasError('UNSUPPORTED_FORMAT', 'This needs the Habeas window (a save dialog or another program); use the habeas command line instead.');
    return this.desktop;
  }
}
