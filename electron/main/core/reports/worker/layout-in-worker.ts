import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { HabeasError } from '../../../../../shared/ipc/errors';
import type { LayoutJob, LayoutMessage } from './job';

/**
 * Runs a layout job in a worker thread (design: heavy work off main's thread, so windows stay
 * responsive and lock stays instant). Aborting (lock, quit, the user's Cancel) terminates the
 * thread. From the TypeScript sources (command line, tests) the worker is the .ts file run through
 * tsx; in the app it is report-worker.js, built beside the main bundle (electron.vite.config.ts).
 */
export function layoutInWorker(job: LayoutJob, options: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {}): Promise<{ bytes: Uint8Array; pages: number }> {
  const { file, execArgv } = workerEntry();
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(stopped());
    const worker = new Worker(file, { workerData: job, execArgv, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      fn();
    };
    const onAbort = () => settle(() => reject(stopped()));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: LayoutMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.done, message.total);
      else if (message.type === 'done') settle(() => resolve({ bytes: message.bytes, pages: message.pages }));
      else settle(() => reject(new HabeasError('INTERNAL', `The PDF could not be laid out: ${message.message}`)));
    });
    worker.on('error', (error) => settle(() => reject(new HabeasError('INTERNAL', `The PDF could not be laid out: ${error.message}`))));
    worker.on('exit', (code) => settle(() => reject(new HabeasError('INTERNAL', `The PDF worker stopped unexpectedly (code ${code})`))));
  });
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
