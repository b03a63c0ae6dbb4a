import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Exhibit, ExhibitLink, ExhibitProgress, ExportResult } from '../../../../shared/exhibits';
import type { BeginAttach } from '../../../../shared/exhibits/requests';
import { HabeasError } from '../../../../shared/ipc/errors';
import type { ExhibitRepository } from '../exhibits/exhibit-repository';
import { safeFileName } from '../exhibits/safe-file-name';
import type { Desktop } from './desktop';
import { PieceQueue } from './piece-queue';
import { PrivateCopies } from './private-copies';

/** An upload nobody continues for this long (the window crashed, say) is dropped with its temp file. */
const ABANDONED_AFTER_MS = 5 * 60 * 1000;

interface Upload {
  readonly queue: PieceQueue;
  readonly done: Promise<Exhibit>;
  timer: NodeJS.Timeout;
}

const PROGRESS_EVERY_MS = 100;
const OPENED_NOTE = 'Opened with another program from a private temporary copy, deleted when Habeas locks or quits.';

/**
 * The evidence locker as the app's window uses it: uploads of dropped or picked files arriving in
 * pieces, reads for the viewer, the save dialog for exports, and private copies for other programs.
 * One per unlocked vault; close() drops unfinished uploads and deletes every private copy.
 */
export class ExhibitDesk {
  private readonly uploads = new Map<string, Upload>();
  private readonly copies: PrivateCopies;

  constructor(
    private readonly exhibits: ExhibitRepository,
    private readonly actor: () => string,
    private readonly desktop: Desktop | undefined,
    private readonly onProgress: (progress: ExhibitProgress) => void = () => {},
  ) {
    this.copies = new PrivateCopies(() => this.requireDesktop().tempRoot());
    if (desktop) void this.copies.sweepStale();
  }

  list(caseId: string): Exhibit[] {
    return this.exhibits.list(caseId);
  }

  async beginAttach(request: BeginAttach): Promise<{ uploadId: string }> {
    const uploadId = randomUUID();
    const queue = new PieceQueue();
    const { caseId, originalName, size, ...receipt } = request;
    const done = this.exhibits.attachStream(caseId, { originalName, size, pieces: queue }, receipt, this.actor());
    done.catch(() => undefined); // reported to whoever sends the next piece or finishes
    const upload: Upload = { queue, done, timer: this.abandonTimer(uploadId, queue) };
    this.uploads.set(uploadId, upload);
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
    upload.timer = this.abandonTimer(uploadId, upload.queue);
    try {
      await Promise.race([upload.queue.push(bytes), upload.done.then(() => undefined)]);
    } catch (error) {
      this.drop(uploadId);
      throw this.uploadError(error);
    }
  }

  async finishAttach(uploadId: string): Promise<Exhibit> {
    const upload = this.upload(uploadId);
    upload.queue.end();
    try {
      return await upload.done;
    } catch (error) {
      throw this.uploadError(error);
    } finally {
      this.drop(uploadId);
    }
  }

  async cancelAttach(uploadId: string): Promise<void> {
    const upload = this.uploads.get(uploadId);
    if (!upload) return;
    upload.queue.fail(new Error('The upload was cancelled.'));
    this.drop(uploadId);
    await upload.done.catch(() => undefined); // its temporary file is gone once this settles
  }

  read(id: string, offset: number, length: number): Promise<Uint8Array> {
    return this.exhibits.readRange(id, offset, length);
  }

  link(id: string, link: ExhibitLink): Promise<Exhibit> {
    return this.exhibits.link(id, link);
  }

  unlink(id: string, link: ExhibitLink): Promise<Exhibit> {
    return this.exhibits.unlink(id, link);
  }

  async verify(id: string): Promise<Exhibit> {
    const progress = this.progress(id, 'verify', this.exhibits.get(id).size);
    const { exhibit } = await this.exhibits.verifyAndRecord(id, this.actor(), progress.update);
    progress.finish();
    return exhibit;
  }

  recordCustody(id: string, event: { action: 'copied' | 'handed_over'; counterpart?: string | undefined; method?: string | undefined; note?: string | undefined }): Promise<Exhibit> {
    const clean = Object.fromEntries(Object.entries(event).filter(([, value]) => value !== undefined && value !== ''));
    return this.exhibits.recordCustody(id, { ...clean, action: event.action, actor: this.actor() });
  }

  async export(id: string, note: string | undefined): Promise<ExportResult> {
    const exhibit = this.exhibits.get(id);
    const target = await this.requireDesktop().chooseSavePath(safeFileName(exhibit.originalName));
    if (target === null) return { saved: false };
    const progress = this.progress(id, 'export', exhibit.size);
    const { exhibit: recorded } = await this.exhibits.export(id, target, this.actor(), note, { onProgress: progress.update });
    progress.finish();
    return { saved: true, exhibit: recorded, fileName: path.basename(target) };
  }

  async openExternally(id: string): Promise<Exhibit> {
    const desktop = this.requireDesktop();
    const exhibit = this.exhibits.get(id);
    const folder = await this.copies.folder();
    const target = path.join(folder, safeFileName(exhibit.originalName));
    const progress = this.progress(id, 'open', exhibit.size);
    // No .sha256 beside it: the copy is for reading, and every extra file is more plaintext.
    const { exhibit: recorded } = await this.exhibits.export(id, target, this.actor(), OPENED_NOTE, { sidecar: false, onProgress: progress.update });
    progress.finish();
    const problem = await desktop.openPath(target);
    if (problem !== '') throw new HabeasError('UNSUPPORTED_FORMAT', `No program on this computer opened the file (${problem.slice(0, 200)}). The temporary copy is deleted when Habeas locks; export the exhibit instead to keep a copy.`);
    return recorded;
  }

  remove(id: string, reason: string | undefined): Promise<Exhibit> {
    return this.exhibits.remove(id, this.actor(), reason);
  }

  purge(id: string, reason: string): Promise<Exhibit> {
    return this.exhibits.purge(id, this.actor(), reason);
  }

  /** At lock and quit: unfinished uploads are dropped and every private copy is deleted. */
  async close(): Promise<void> {
    await Promise.all([...this.uploads.keys()].map((id) => this.cancelAttach(id)));
    await this.copies.clear();
  }

  /** Progress events for the window: at the start, at most every 100 ms, and at the end. */
  private progress(id: string, operation: ExhibitProgress['operation'], total: number) {
    let last = 0;
    this.onProgress({ id, operation, done: 0, total });
    return {
      update: (done: number) => {
        const now = Date.now();
        if (now - last < PROGRESS_EVERY_MS || done >= total) return;
        last = now;
        this.onProgress({ id, operation, done, total });
      },
      finish: () => this.onProgress({ id, operation, done: total, total }),
    };
  }

  private upload(uploadId: string): Upload {
    const upload = this.uploads.get(uploadId);
    if (!upload) throw new HabeasError('NOT_FOUND', 'This upload is no longer open (it was cancelled, finished, or left idle). Attach the file again.');
    return upload;
  }

  private drop(uploadId: string): void {
    const upload = this.uploads.get(uploadId);
    if (!upload) return;
    clearTimeout(upload.timer);
    this.uploads.delete(uploadId);
  }

  private abandonTimer(uploadId: string, queue: PieceQueue): NodeJS.Timeout {
    const timer = setTimeout(() => {
      queue.fail(new Error('The upload was left idle and dropped.'));
      this.drop(uploadId);
    }, ABANDONED_AFTER_MS);
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
