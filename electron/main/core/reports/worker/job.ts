import type { DossierInput } from '../dossier/dossier-input';
import type { ListReportInput } from '../list-report/list-report-input';

/** One layout job for the report worker: data already filtered for its audience, and the font directory. */
export type LayoutJob = { readonly kind: 'dossier'; readonly input: DossierInput; readonly fontsDir: string } | { readonly kind: 'list'; readonly input: ListReportInput; readonly fontsDir: string };

/** What the worker sends back. */
export type LayoutMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly bytes: Uint8Array; readonly pages: number }
  | { readonly type: 'error'; readonly message: string };
