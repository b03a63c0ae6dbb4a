import { renderDossier } from '../dossier/render-dossier';
import { renderListReport } from '../list-report/render-list-report';
import { loadFonts } from '../pdf/fonts';
import type { LayoutJob } from './job';

/** Lays out one job in the calling thread (the worker, or the caller when asked to stay in-thread). */
export function runLayout(job: LayoutJob, onProgress?: (done: number, total: number) => void): { bytes: Uint8Array; pages: number } {
  const fonts = loadFonts(job.fontsDir);
  return job.kind === 'dossier' ? renderDossier(job.input, fonts, onProgress) : renderListReport(job.input, fonts, onProgress);
}
