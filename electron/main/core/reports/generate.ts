import { DossierOptions, filterCaseForAudience, filterExhibitsForAudience, ReportOptions, type AudienceCase, type DossierOptionsInput, type ReportOptionsInput } from '../../../../shared/reports';
import { HabeasError } from '../../../../shared/ipc/errors';
import type { DossierInput } from './dossier/dossier-input';
import type { ListReportInput } from './list-report/list-report-input';
import { selectReportCases } from './list-report/select-cases';
import type { ReportSource } from './report-source';
import type { LayoutJob } from './worker/job';
import { layoutInWorker } from './worker/layout-in-worker';
import { runLayout } from './worker/run-layout';

/**
 * Dossiers and list reports, end to end: read the cases, cut each down to the audience (the one
 * filter, shared/reports/audience-filter.ts), then lay out the PDF in a worker thread that only
 * ever receives the filtered data. Nothing is written anywhere: the bytes are returned, and the
 * caller saves them where the user chose.
 */
export interface ReportProgress {
  readonly stage: 'reading' | 'layout';
  readonly done: number;
  readonly total: number;
}

export interface ReportContext {
  readonly fontsDir: string;
  readonly onProgress?: (progress: ReportProgress) => void;
  readonly signal?: AbortSignal;
  /** Lay out in the calling thread (benchmarks that measure layout alone); default: a worker. */
  readonly inThread?: boolean;
  /** "Now", for the cover and metadata when no fixed date is given. */
  readonly now?: () => Date;
}

export interface GeneratedPdf {
  readonly bytes: Uint8Array;
  readonly pages: number;
  /** A neutral suggestion for the save dialog: no names, which could be withheld from the audience. */
  readonly fileName: string;
  /** Cases in the document. */
  readonly cases: number;
}

export async function generateDossier(source: ReportSource, caseId: string, optionsInput: DossierOptionsInput, ctx: ReportContext): Promise<GeneratedPdf> {
  const options = parseOptions(DossierOptions, optionsInput);
  const file = source.caseFile(caseId);
  const generatedAt = generationDate(options.fixedDate, ctx);
  const view = filterCaseForAudience(file, options.audience);
  const input: DossierInput = {
    view,
    exhibits: filterExhibitsForAudience(source.exhibitsOf(caseId), view),
    options,
    generatedAt,
    vaultFingerprint: source.fingerprint(),
    caseReference: source.caseReference(caseId),
  };
  const { bytes, pages } = await layout({ kind: 'dossier', input, fontsDir: ctx.fontsDir }, ctx);
  return { bytes, pages, cases: 1, fileName: `dossier-${options.audience}-${input.caseReference}-${generatedAt.slice(0, 10)}.pdf` };
}

export async function generateListReport(source: ReportSource, optionsInput: ReportOptionsInput, ctx: ReportContext): Promise<GeneratedPdf> {
  const options = parseOptions(ReportOptions, optionsInput);
  const ids = options.filters.caseIds.length > 0 ? options.filters.caseIds : source.caseIds();
  const views: AudienceCase[] = [];
  for (const [i, id] of ids.entries()) {
    if (ctx.signal?.aborted) throw new HabeasError('CANCELLED', 'Stopped before the PDF was finished.');
    views.push(filterCaseForAudience(source.caseFile(id), options.audience));
    if (i % 100 === 99) {
      ctx.onProgress?.({ stage: 'reading', done: i + 1, total: ids.length });
      // Let lock, the window and Cancel be heard while thousands of cases are read.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  const selected = selectReportCases(views, options.filters);
  const generatedAt = generationDate(options.fixedDate, ctx);
  const input: ListReportInput = { cases: selected, options, generatedAt, vaultFingerprint: source.fingerprint() };
  const { bytes, pages } = await layout({ kind: 'list', input, fontsDir: ctx.fontsDir }, ctx);
  return { bytes, pages, cases: selected.length, fileName: `list-${options.audience}-${generatedAt.slice(0, 10)}.pdf` };
}

function parseOptions<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } } }, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new HabeasError('INVALID_INPUT', issue ? `${issue.path.map(String).join('.') || 'options'}: ${issue.message}` : 'Invalid report options');
}

function generationDate(fixed: string | undefined, ctx: ReportContext): string {
  return fixed !== undefined ? new Date(fixed).toISOString() : (ctx.now?.() ?? new Date()).toISOString();
}

async function layout(job: LayoutJob, ctx: ReportContext): Promise<{ bytes: Uint8Array; pages: number }> {
  const onProgress = (done: number, total: number) => ctx.onProgress?.({ stage: 'layout', done, total });
  if (ctx.inThread) return runLayout(job, onProgress);
  return layoutInWorker(job, { onProgress, ...(ctx.signal ? { signal: ctx.signal } : {}) });
}
