import { z } from 'zod';
import { DossierOptions, ReportOptions } from './options';

/**
 * What the renderer may ask of the report generator (see `reports` in shared/ipc/contract.ts).
 * Main lays the PDF out from the vault (filtered by audience first), keeps it in memory under a
 * token, and sends a copy of the bytes for the in-app preview. Nothing is written to disk until the
 * user picks a place in main's save dialog; the renderer never names a path.
 */

/** Raw bytes (Electron's IPC carries them as they are); `custom` keeps the plain Uint8Array type. */
const AnyBytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'Expected bytes');

const Token = z.uuid();

export const GeneratedReport = z.object({
  /** Names the PDF main holds for `save` and `discard`; forgotten at lock. */
  token: Token,
  pages: z.number().int().min(1),
  /** Cases in the document (1 for a dossier). */
  cases: z.number().int().min(0),
  /** What the save dialog suggests (neutral: no names, which the audience may not be allowed). */
  fileName: z.string().min(1).max(255),
  bytes: AnyBytes,
});
export type GeneratedReport = z.infer<typeof GeneratedReport>;

export const SaveReportResult = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(false) }),
  /** `fileName` only: the chosen folder stays on the user's side of the dialog. */
  z.object({ saved: z.literal(true), fileName: z.string() }),
]);
export type SaveReportResult = z.infer<typeof SaveReportResult>;

/** Progress of the one generation in flight: reading cases, then laying out pages. */
export const ReportProgress = z.object({
  stage: z.enum(['reading', 'layout']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type ReportProgress = z.infer<typeof ReportProgress>;

export const reportsContract = {
  /** A dossier on one case for an audience; refused (CONFLICT) while another PDF is being made. */
  dossier: { input: z.strictObject({ caseId: z.uuid(), options: DossierOptions }), output: GeneratedReport },
  /** A list report; `options.filters.caseIds` is the app's current filtered list. */
  listReport: { input: z.strictObject({ options: ReportOptions }), output: GeneratedReport },
  /** Asks where to save (main's dialog) and writes the PDF durably; nothing is left on failure. */
  save: { input: z.strictObject({ token: Token }), output: SaveReportResult },
  /** Forgets a PDF (the preview was closed). Unknown tokens are ignored. */
  discard: { input: z.strictObject({ token: Token }), output: z.void() },
  /**
   * A report dialog opened: get the PDF worker ready (started, fonts parsed, layout compiled on
   * sample data) while the user chooses, so the PDF itself comes quickly.
   */
  prepare: { input: z.strictObject({}), output: z.void() },
  /** Stops the generation in flight, if any; that call then fails with CANCELLED. */
  cancel: { input: z.strictObject({}), output: z.void() },
} as const;
