import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { HabeasError } from '../../../../shared/ipc/errors';
import type { DossierOptionsInput, ReportOptionsInput } from '../../../../shared/reports';
import type { GeneratedReport, ReportProgress, SaveReportResult } from '../../../../shared/reports/requests';
import { savePdf } from '../reports/save-pdf';
import { stopReportWorker, warmReportWorker } from '../reports/worker/layout-in-worker';
import { generateDossier, generateListReport, type GeneratedPdf, type ReportContext } from '../reports/generate';
import type { ReportSource } from '../reports/report-source';
import type { Desktop } from './desktop';

/** PDFs kept for "Save PDF…" after their preview: a few, so going back to an earlier one still works. */
export const KEEP_AT_MOST = 3;
/** At lock, a generation or a write in flight gets this long to stop before the keys go. */
const STOP_WAIT_MS = 5_000;
const PROGRESS_EVERY_MS = 100;

/** How dossiers and list reports are made; tests put slow or failing ones in their place. */
export interface ReportGenerators {
  dossier(source: ReportSource, caseId: string, options: DossierOptionsInput, ctx: ReportContext): Promise<GeneratedPdf>;
  list(source: ReportSource, options: ReportOptionsInput, ctx: ReportContext): Promise<GeneratedPdf>;
}

const GENERATORS: ReportGenerators = { dossier: generateDossier, list: generateListReport };

export interface ReportDeskOptions {
  /** build/fonts in a checkout, resources/fonts once packaged (the composition root knows which). */
  readonly fontsDir: string;
  /** The save dialog (absent: `save` is refused, as on the command line). */
  readonly desktop?: Desktop | undefined;
  readonly onProgress?: ((progress: ReportProgress) => void) | undefined;
  readonly generators?: ReportGenerators;
  /** Main's log (never case data). */
  readonly log?: ((message: string) => void) | undefined;
}

interface Kept {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  /** Saves writing these bytes right now: dropping waits for them before wiping. */
  users: number;
  dropped: boolean;
}

const lockedDuring = () => new HabeasError('CANCELLED', 'The vault was locked before the PDF was finished; nothing was kept. Unlock it and generate the PDF again.');
const stoppedByUser = () => new HabeasError('CANCELLED', 'Stopped before the PDF was finished; nothing was kept.');
const locked = () => new HabeasError('VAULT_LOCKED', 'The vault was locked; the PDF was not saved. Unlock it and generate the PDF again.');

/**
 * Dossiers and list reports as the app's window asks for them. One per unlocked vault, like the
 * exhibit desk. One PDF is made at a time (a second request is refused, not queued: the user sees
 * the first one's progress); the result is kept in memory under a token for "Save PDF…" and a copy
 * goes to the window for the preview. Only the last few PDFs are kept. Nothing touches the disk
 * until the user picks a place in the save dialog. close() (at lock) stops a generation in flight
 * and forgets every PDF; nothing started afterwards runs.
 */
export class ReportDesk {
  /** In the order they were made: the first is the oldest. */
  private readonly kept = new Map<string, Kept>();
  private running: AbortController | null = null;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly generators: ReportGenerators;
  private closed = false;

  constructor(
    private readonly source: ReportSource,
    private readonly options: ReportDeskOptions,
  ) {
    this.generators = options.generators ?? GENERATORS;
  }

  dossier(caseId: string, options: DossierOptionsInput): Promise<GeneratedReport> {
    return this.generate((ctx) => this.generators.dossier(this.source, caseId, options, ctx));
  }

  listReport(options: ReportOptionsInput): Promise<GeneratedReport> {
    return this.generate((ctx) => this.generators.list(this.source, options, ctx));
  }

  /** Readies the PDF worker in the background (a report dialog opened); never fails. */
  prepare(): void {
    if (!this.closed) void warmReportWorker(this.options.fontsDir);
  }

  /** Stops the generation in flight (its call fails with CANCELLED); nothing to stop is fine. */
  cancel(): void {
    this.running?.abort();
  }

  /** Forgets a PDF and wipes its bytes (once no save is writing them). Unknown tokens are ignored. */
  discard(token: string): void {
    this.drop(token);
  }

  /**
   * Main's save dialog, suggesting the PDF's neutral name, then a durable write: the bytes go to a
   * visibly named `<name>.habeas-partial` beside the target, are flushed, and replace the target
   * by rename (the dialog asked before replacing a file). Any failure removes the partial file, so
   * either the whole PDF is there or nothing new is. Messages name the file, never its folder.
   */
  async save(token: string): Promise<SaveReportResult> {
    this.assertOpen();
    const kept = this.kept.get(token);
    if (!kept) throw new HabeasError('NOT_FOUND', 'This PDF is no longer held (newer PDFs replaced it, or the vault was locked). Generate it again.');
    const desktop = this.options.desktop;
    if (!desktop) throw new HabeasError('UNSUPPORTED_FORMAT', 'Saving needs the Habeas window (its save dialog); use the habeas command line with --out instead.');
    kept.users += 1;
    try {
      const target = await desktop.chooseSavePath(kept.fileName, { replace: true, filter: { name: 'PDF', extensions: ['pdf'] } });
      if (target === null) return { saved: false };
      // The dialog may have stayed open across a lock: nothing is written after the keys went.
      if (this.closed) throw locked();
      await this.track(savePdf(target, kept.bytes, { replace: true }));
      return { saved: true, fileName: path.basename(target) };
    } finally {
      kept.users -= 1;
      if (kept.dropped && kept.users === 0) kept.bytes.fill(0);
    }
  }

  /**
   * At lock and quit: refuses new work, stops a generation in flight (waiting a bounded time for it
   * and for a write to finish), and forgets every PDF. Never throws: the lock must go through.
   */
  async close(): Promise<void> {
    this.closed = true;
    try {
      this.running?.abort();
      const settled = Promise.allSettled([...this.inFlight]);
      await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref())]);
    } catch (error) {
      this.options.log?.(`reports: stopping at lock failed: ${error instanceof Error ? error.name : 'unknown'}`);
    } finally {
      for (const token of [...this.kept.keys()]) this.drop(token);
      // The worker may still hold the last case it laid out: end it with the keys.
      await stopReportWorker().catch(() => undefined);
    }
  }

  private async generate(run: (ctx: ReportContext) => Promise<GeneratedPdf>): Promise<GeneratedReport> {
    this.assertOpen();
    if (this.running) throw new HabeasError('CONFLICT', 'Another PDF is being made. Wait for it to finish, or cancel it, then try again.');
    const controller = new AbortController();
    this.running = controller;
    try {
      const work = this.track(run({ fontsDir: this.options.fontsDir, signal: controller.signal, onProgress: this.progress(controller.signal) }));
      let pdf: GeneratedPdf;
      try {
        pdf = await work;
      } catch (error) {
        // Whatever the generator threw once it was told to stop, the user hears why it stopped.
        if (this.closed) throw lockedDuring();
        if (controller.signal.aborted) throw stoppedByUser();
        throw error;
      }
      // An exact-size copy: the worker's array may sit in a larger buffer, and IPC sends a view's
      // whole backing store. The window gets a copy of its own, so wiping ours never touches it.
      const bytes = new Uint8Array(pdf.bytes);
      pdf.bytes.fill(0);
      if (this.closed || controller.signal.aborted) {
        bytes.fill(0);
        throw this.closed ? lockedDuring() : stoppedByUser();
      }
      const token = randomUUID();
      this.keep(token, { bytes, fileName: pdf.fileName, users: 0, dropped: false });
      return { token, pages: pdf.pages, cases: pdf.cases, fileName: pdf.fileName, bytes: new Uint8Array(bytes) };
    } finally {
      if (this.running === controller) this.running = null;
    }
  }

  private keep(token: string, kept: Kept): void {
    this.kept.set(token, kept);
    for (const oldest of this.kept.keys()) {
      if (this.kept.size <= KEEP_AT_MOST) break;
      this.drop(oldest);
    }
  }

  private drop(token: string): void {
    const kept = this.kept.get(token);
    if (!kept) return;
    this.kept.delete(token);
    kept.dropped = true;
    if (kept.users === 0) kept.bytes.fill(0);
  }

  /** Progress for the window: at most every 100 ms, and at once when the stage changes or ends. */
  private progress(signal: AbortSignal): (progress: { stage: ReportProgress['stage']; done: number; total: number }) => void {
    let last = 0;
    let stage: ReportProgress['stage'] | null = null;
    return ({ stage: now, done, total }) => {
      if (this.closed || signal.aborted) return;
      const at = Date.now();
      if (now === stage && done < total && at - last < PROGRESS_EVERY_MS) return;
      last = at;
      stage = now;
      try {
        this.options.onProgress?.({ stage: now, done, total });
      } catch (error) {
        // Called from the worker's message handler: a failure here must not take main down.
        this.options.log?.(`reports: progress event failed: ${error instanceof Error ? error.name : 'unknown'}`);
      }
    };
  }

  private assertOpen(): void {
    if (this.closed) throw new HabeasError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
  }

  /** Keeps `work` in the set close() waits for. */
  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    const settle = () => this.inFlight.delete(work);
    work.then(settle, settle);
    return work;
  }
}
