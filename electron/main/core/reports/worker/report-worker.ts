import { parentPort, workerData } from 'node:worker_threads';
import type { LayoutJob, LayoutMessage } from './job';
import { runLayout } from './run-layout';

/**
 * Entry of the report worker thread: lays out one PDF and posts progress, then the bytes (moved,
 * not copied). Main keeps answering the window and can lock meanwhile; locking terminates this
 * thread with the decrypted data it holds.
 */
const port = parentPort;
if (!port) throw new Error('report-worker must run as a worker thread');
const post = (message: LayoutMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
try {
  let last = 0;
  const { bytes, pages } = runLayout(workerData as LayoutJob, (done, total) => {
    const now = Date.now();
    if (now - last < 100 && done < total) return;
    last = now;
    post({ type: 'progress', done, total });
  });
  post({ type: 'done', bytes, pages }, [bytes.buffer as ArrayBuffer]);
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
