import { parentPort } from 'node:worker_threads';
import { HabeasError } from '../../../../../shared/ipc/errors';
import type { LayoutMessage, WorkerRequest } from './job';
import { runLayout } from './run-layout';
import { warmUpJobs } from './warm-up';

/**
 * Entry of the report worker thread: lays out PDFs one request at a time, posting progress and
 * then the bytes (moved, not copied). It stays alive between requests so that only the first
 * pays for loading jsPDF and compiling the layout; main ends it when idle, at lock and at quit,
 * and terminates it (with whatever it holds) to stop a job.
 */
const port = parentPort;
if (!port) throw new Error('report-worker must run as a worker thread');
const post = (message: LayoutMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', (request: WorkerRequest) => {
  const { id } = request;
  try {
    if ('warm' in request) {
      for (const job of warmUpJobs(request.warm.fontsDir)) runLayout(job);
      post({ id, type: 'done', bytes: new Uint8Array(0), pages: 0 });
      return;
    }
    let last = 0;
    const { bytes, pages } = runLayout(request.job, (done, total) => {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      post({ id, type: 'progress', done, total });
    });
    post({ id, type: 'done', bytes, pages }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error), safe: error instanceof HabeasError });
  }
});
