import type { LayoutJob } from './job';
import { ReportWorkerHost } from './report-worker-host';

/**
 * The process's one report worker. The app's report desk warms it when a report dialog opens and
 * stops it at lock and quit (stopReportWorker); the command line lets it end with the process.
 */
const host = new ReportWorkerHost();

export function layoutInWorker(job: LayoutJob, options: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {}): Promise<{ bytes: Uint8Array; pages: number }> {
  return host.layout(job, options);
}

export function warmReportWorker(fontsDir: string): Promise<void> {
  return host.warm(fontsDir);
}

export function stopReportWorker(): Promise<void> {
  return host.close();
}
