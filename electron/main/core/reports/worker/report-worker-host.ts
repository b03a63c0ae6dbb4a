import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { HabeasError } from '../../../../../shared/ipc/errors';
import type { LayoutJob, LayoutMessage, WorkerRequest } from './job';

/**
 * The report worker thread (design: heavy work off main's thread, so windows stay responsive and
 * lock stays instant), kept alive between requests: starting a thread, loading jsPDF and compiling
 * the layout costs more than laying out a dossier, so only the first request (or a warm-up when a
 * report dialog opens) pays for it. Requests run one at a time, in order. Stopping a request (the
 * user's Cancel, lock) terminates the thread with everything it holds; the next request starts a
 * new one. After `idleMs` without work, and at close (lock, quit), the thread is ended too, so no
 * decrypted data lingers in it. While idle it does not keep a command-line process alive.
 *
 * From the TypeScript sources (command line, tests) the worker is the .ts file run through tsx;
 * in the app it is report-worker.js, built beside the main bundle (electron.vite.config.ts).
 */
export class ReportWorkerHost {
  private worker: Worker | null = null;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | null = null;
  private current: { id: number; onMessage: (message: LayoutMessage) => void; fail: (error: Error) => void } | null = null;

  private threadsStarted = 0;
  private warming: Promise<void> | null = null;
  /** Bumped by close(): requests queued before it are refused rather than run after the lock. */
  private epoch = 0;

  constructor(private readonly idleMs = 60_000) {}

  /** How many threads this host has started (tests check that one serves many requests). */
  get started(): number {
    return this.threadsStarted;
  }

  /** Whether a thread is alive now. */
  get alive(): boolean {
    return this.worker !== null;
  }

  /** Lays out `job`; rejects with CANCELLED when `signal` aborts first. */
  layout(job: LayoutJob, options: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {}): Promise<{ bytes: Uint8Array; pages: number }> {
    return this.enqueue((id) => ({ id, job }), options);
  }

  /**
   * Starts the thread and lays out sample data, so the next real job is fast. Never rejects. Does
   * nothing when a thread is alive or a warm-up is already on its way (dialogs opened in a row).
   */
  warm(fontsDir: string): Promise<void> {
    if (this.worker || this.warming) return this.warming ?? Promise.resolve();
    const warming: Promise<void> = this.enqueue((id) => ({ id, warm: { fontsDir } }), {})
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        if (this.warming === warming) this.warming = null;
      });
    this.warming = warming;
    return warming;
  }

  /** Ends the thread now (lock, quit); requests in flight or queued are rejected with CANCELLED. */
  async close(): Promise<void> {
    this.epoch++;
    this.clearIdle();
    this.current?.fail(stopped());
    await this.stopThread();
  }

  private enqueue(request: (id: number) => WorkerRequest, options: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal }): Promise<{ bytes: Uint8Array; pages: number }> {
    const epoch = this.epoch;
    const run = this.queue.then(() => (epoch === this.epoch ? this.run(request(this.nextId++), options) : Promise.reject(stopped())));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private run(request: WorkerRequest, options: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal }): Promise<{ bytes: Uint8Array; pages: number }> {
    if (options.signal?.aborted) return Promise.reject(stopped());
    this.clearIdle();
    const worker = this.thread();
    return new Promise<{ bytes: Uint8Array; pages: number }>((resolve, reject) => {
      const finish = (settle: () => void) => {
        options.signal?.removeEventListener('abort', onAbort);
        this.current = null;
        settle();
      };
      const onAbort = () => {
        finish(() => reject(stopped()));
        void this.stopThread();
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      this.current = {
        id: request.id,
        fail: (error) => finish(() => reject(error)),
        onMessage: (message) => {
          if (message.type === 'progress') options.onProgress?.(message.done, message.total);
          else if (message.type === 'done') finish(() => resolve({ bytes: message.bytes, pages: message.pages }));
          // System errors carry paths (invariant 5): only Habeas's own messages reach the window.
          else finish(() => reject(new HabeasError('INTERNAL', message.safe ? message.message : 'The PDF could not be laid out because of an internal error. Try again; if it happens again, try fewer sections or cases.')));
        },
      };
      worker.ref();
      worker.postMessage(request);
    }).finally(() => {
      if (this.worker) this.worker.unref();
      this.armIdle();
    });
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const { file, execArgv } = workerEntry();
    const worker = new Worker(file, { execArgv, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    this.threadsStarted++;
    worker.on('message', (message: LayoutMessage) => {
      if (this.current && message.id === this.current.id) this.current.onMessage(message);
    });
    const lost = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.current?.fail(new HabeasError('INTERNAL', `The PDF could not be laid out: ${why}`));
    };
    worker.on('error', () => lost('an internal error'));
    worker.on('exit', (code) => lost(`the PDF worker stopped unexpectedly (code ${code})`));
    this.worker = worker;
    return worker;
  }

  private async stopThread(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private armIdle(): void {
    this.clearIdle();
    this.idleTimer = setTimeout(() => void this.stopThread(), this.idleMs);
    this.idleTimer.unref();
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}

const stopped = () => new HabeasError('CANCELLED', 'Stopped before the PDF was finished.');

function workerEntry(): { file: string; execArgv: string[] } {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  // `--import tsx` in a worker's execArgv does not reach the worker's own entry on Node 20
  // ("Unknown file extension .ts"); tsx's require hook does.
  if (here.endsWith('.ts')) return { file: path.join(path.dirname(here), 'report-worker.ts'), execArgv: ['--require', 'tsx/cjs'] };
  // electron-vite may put this code in a chunk one level below the entry files.
  const candidates = [path.join(path.dirname(here), 'report-worker.js'), path.join(path.dirname(here), '..', 'report-worker.js')];
  const file = candidates.find((c) => existsSync(c));
  if (!file) throw new HabeasError('INTERNAL', 'The PDF worker is missing from the installation; reinstall Habeas.');
  return { file, execArgv: [] };
}
