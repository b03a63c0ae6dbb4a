/**
 * Dossiers and list reports in `npm run bench`, through the same generateDossier/generateListReport
 * the app and the command line use (filter by audience, then layout in a worker thread), from cases
 * held in memory so the vault's own cost (measured by the vault bench) is not counted twice.
 * Reported: median time of a one-case dossier end to end with the worker ready (the app readies it
 * when a report dialog opens) and with a new worker each time, of its layout alone in this thread,
 * of a list report of 500 cases, and the peak RSS growth of the process (worker threads included).
 * Runs in a child process for a clean RSS baseline. Standalone: `npx tsx test/bench/report-bench.ts`.
 */
import { spawn } from 'node:child_process';
import type { CaseFile } from '../../shared/case-model';
import { generateCases } from '../../electron/main/core/demo/generate';
import { generateDossier, generateListReport } from '../../electron/main/core/reports/generate';
import { stopReportWorker, warmReportWorker } from '../../electron/main/core/reports/worker/layout-in-worker';
import { sourceFontsDir } from '../../electron/main/core/reports/pdf/fonts';
import type { ReportSource } from '../../electron/main/core/reports/report-source';
import { median, MiB, peakRss, round } from './measure';

export interface ReportBenchResult {
  dossierRuns: number;
  /** The worker ready (as after a report dialog opened): what a user waits for. */
  dossierMedianMs: number;
  /** A new worker thread each time: start, load jsPDF, parse fonts, compile, lay out. */
  dossierColdMedianMs: number;
  dossierLayoutOnlyMedianMs: number;
  dossierPages: number;
  listCases: number;
  listRuns: number;
  listMedianMs: number;
  listPages: number;
  baselineRssMB: number;
  peakRssGrowthMB: number;
}

function memorySource(cases: readonly CaseFile[]): ReportSource {
  const byId = new Map(cases.map((c) => [c.id, c]));
  return { fingerprint: () => 'BENC-H000', caseReference: () => 'BENCH-00000', caseFile: (id) => byId.get(id)!, caseIds: () => cases.map((c) => c.id), exhibitsOf: () => [] };
}

async function timed(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  await work(); // warm-up: module loading and JIT are not what a user waits for twice
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times;
}

async function measure(listCases: number): Promise<ReportBenchResult> {
  const ctx = { fontsDir: sourceFontsDir() };
  // The richest of the demo cases: every section filled.
  const rich = generateCases({ count: 40, seed: 2014, fill: 'full' }).sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0]!;
  const listed = generateCases({ count: listCases, seed: 7, fill: 'typical' });
  const dossierSource = memorySource([rich]);
  const listSource = memorySource(listed);
  const options = { audience: 'internal', fixedDate: '2026-11-27T12:00:00Z' } as const;
  const baseline = process.memoryUsage.rss();
  const result = await peakRss(baseline, async () => {
    let dossierPages = 0;
    let listPages = 0;
    const cold: number[] = [];
    for (let i = 0; i < 5; i++) {
      await stopReportWorker();
      const started = performance.now();
      await generateDossier(dossierSource, rich.id, options, ctx);
      cold.push(performance.now() - started);
    }
    await warmReportWorker(ctx.fontsDir);
    const dossier = await timed(15, async () => (dossierPages = (await generateDossier(dossierSource, rich.id, options, ctx)).pages));
    const layoutOnly = await timed(15, () => generateDossier(dossierSource, rich.id, options, { ...ctx, inThread: true }));
    const list = await timed(3, async () => (listPages = (await generateListReport(listSource, options, ctx)).pages));
    await stopReportWorker();
    return { dossier, cold, layoutOnly, list, dossierPages, listPages };
  });
  const r = result.value;
  return {
    dossierRuns: r.dossier.length,
    dossierMedianMs: Math.round(median(r.dossier)),
    dossierColdMedianMs: Math.round(median(r.cold)),
    dossierLayoutOnlyMedianMs: Math.round(median(r.layoutOnly)),
    dossierPages: r.dossierPages,
    listCases,
    listRuns: r.list.length,
    listMedianMs: Math.round(median(r.list)),
    listPages: r.listPages,
    baselineRssMB: round(baseline / MiB),
    peakRssGrowthMB: result.peakMB,
  };
}

export function runReportBench(listCases = 500): Promise<ReportBenchResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', __filename, String(listCases)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(stdout) as ReportBenchResult) : reject(new Error(`report bench exited with ${code}`))));
  });
}

export function reportBenchRows(r: ReportBenchResult): Array<[string, string]> {
  return [
    ['reports: one-case dossier (internal, all sections), worker ready, median', `${r.dossierMedianMs} ms, ${r.dossierPages} pages (limit 300 ms; ${r.dossierRuns} runs)`],
    ['reports: the same, starting a new worker each time (from the TS sources via tsx)', `${r.dossierColdMedianMs} ms (5 runs)`],
    ['reports: the same dossier, layout in this thread, median', `${r.dossierLayoutOnlyMedianMs} ms`],
    [`reports: list report of ${r.listCases} cases, worker, median`, `${(r.listMedianMs / 1000).toFixed(2)} s, ${r.listPages} pages (limit 5 s; ${r.listRuns} runs)`],
    ['reports: peak RSS growth', `${r.peakRssGrowthMB} MB (baseline ${r.baselineRssMB} MB)`],
  ];
}

if (require.main === module) {
  measure(Number(process.argv[2] ?? 500))
    .then((r) => process.stdout.write(`${JSON.stringify(r)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    });
}
