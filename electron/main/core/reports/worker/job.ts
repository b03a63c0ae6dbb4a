import type { DossierInput } from '../dossier/dossier-input';
import type { ListReportInput } from '../list-report/list-report-input';

/** One layout job for the report worker: data already filtered for its audience, and the font directory. */
export type LayoutJob = { readonly kind: 'dossier'; readonly input: DossierInput; readonly fontsDir: string } | { readonly kind: 'list'; readonly input: ListReportInput; readonly fontsDir: string };

/** What main sends the worker: a job to lay out, or a warm-up on built-in sample data (no case data). */
export type WorkerRequest = { readonly id: number; readonly job: LayoutJob } | { readonly id: number; readonly warm: { readonly fontsDir: string } };

/** What the worker sends back, for the request `id`. */
export type LayoutMessage =
  | { readonly id: number; readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly id: number; readonly type: 'done'; readonly bytes: Uint8Array; readonly pages: number }
  /** `message` is for the user only when `safe` (Habeas's own words); otherwise it may hold paths. */
  | { readonly id: number; readonly type: 'error'; readonly message: string; readonly safe: boolean };
