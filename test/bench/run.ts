/**
 * `npm run bench`: the vault on 10,000 synthetic cases (real, calibrated KDF), the UI over 10,000
 * generated cases in Chromium (test/bench/ui-bench.ts; needs `npm run build` and Debian's
 * Chromium, HABEAS_BENCH_UI=0 skips it), exhibits, PDF dossiers and list reports
 * (test/bench/report-bench.ts), plus a long crash-injection run. Prints a Markdown table
 * and writes bench-results/latest.json.
 * Timings here are medians of several runs inside one process; machines are noisy, so compare
 * medians across several invocations before drawing conclusions.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { formatTable, runVaultBench, vaultBenchRows } from '../../electron/cli/bench/vault-bench';
import { runCrashInjection } from '../helpers/crash-harness';
import { CHROMIUM_PATH } from '../e2e/harness/chromium';
import { BUILT_RENDERER_DIR } from '../e2e/harness/renderer-files';
import { diskWriteMBps, exhibitBenchRows, runExhibitBench } from './exhibit-bench';
import { reportBenchRows, runReportBench } from './report-bench';
import { runUiBench, uiBenchRows, type UiBenchResult } from './ui-bench';

const cases = Number(process.env.HABEAS_BENCH_CASES ?? 10_000);
const kills = Number(process.env.HABEAS_BENCH_KILLS ?? 1_000);
const uiCases = Number(process.env.HABEAS_BENCH_UI_CASES ?? cases);
const uiRuns = Number(process.env.HABEAS_BENCH_UI_RUNS ?? 3);
const exhibitMiB = Number(process.env.HABEAS_BENCH_EXHIBIT_MIB ?? 1024);

/** Why the UI bench cannot run here, or null when it can. */
function uiSkipReason(): string | null {
  if (process.env.HABEAS_BENCH_UI === '0') return 'HABEAS_BENCH_UI=0';
  if (!existsSync(CHROMIUM_PATH)) return `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set HABEAS_CHROMIUM)`;
  if (!existsSync(path.join(process.env.HABEAS_E2E_RENDERER_DIR ?? BUILT_RENDERER_DIR, 'index.html'))) return 'no built renderer (run `npm run build` first)';
  return null;
}

async function run(): Promise<void> {
  const log = (m: string) => process.stderr.write(`bench: ${m}\n`);
  const vault = await runVaultBench({ cases, onProgress: log });
  const skipUi = uiSkipReason();
  let ui: UiBenchResult | { skipped: string };
  if (skipUi) {
    log(`UI bench skipped: ${skipUi}`);
    ui = { skipped: skipUi };
  } else {
    ui = await runUiBench({ cases: uiCases, runs: uiRuns, onProgress: log });
  }
  log(`exhibits: a ${exhibitMiB} MiB file in and out…`);
  const exhibits = await runExhibitBench(exhibitMiB);
  const disk = await diskWriteMBps(exhibitMiB);
  // The same in memory (tmpfs), where the disk does not set the pace: what the pipeline itself costs.
  const inMemory = existsSync('/dev/shm') ? await runExhibitBench(Math.min(exhibitMiB, 512), '/dev/shm') : null;
  log('reports: dossiers and a 500-case list report…');
  const reports = await runReportBench(Number(process.env.HABEAS_BENCH_REPORT_CASES ?? 500));
  log(`crash injection: ${kills} kills…`);
  const crash = await runCrashInjection({ kills, onProgress: (done: number) => done % 100 === 0 && log(`  ${done}/${kills} kills`) });
  const rows: Array<[string, string]> = [
    ...vaultBenchRows(vault),
    ...('skipped' in ui ? ([['UI bench', `skipped: ${ui.skipped}`]] as Array<[string, string]>) : uiBenchRows(ui)),
    ...exhibitBenchRows(exhibits, { disk }),
    ...(inMemory ? exhibitBenchRows(inMemory, { label: 'exhibits on tmpfs' }) : []),
    ...reportBenchRows(reports),
    ['crash injection: kills', String(crash.kills)],
    ['crash injection: acknowledged writes checked', String(crash.acknowledgedWrites)],
    ['crash injection: lost acknowledged writes', String(crash.lostWrites)],
    ['crash injection: torn writes seen', String(crash.tornTails)],
    ['crash injection: other failures', String(crash.failures.length)],
    ['crash injection: duration', `${Math.round(crash.durationMs / 1000)} s`],
  ];
  process.stdout.write(`${formatTable(rows)}\n`);
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: process.platform },
    vault,
    ui,
    exhibits: { disk: exhibits, diskWrite: disk, tmpfs: inMemory },
    reports,
    crashInjection: crash,
  };
  const dir = path.resolve('bench-results');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  log(`wrote ${path.join('bench-results', 'latest.json')}`);
  if (crash.lostWrites > 0 || crash.failures.length > 0) {
    for (const failure of crash.failures) process.stderr.write(`bench: crash-injection failure: ${failure}\n`);
    process.exitCode = 1;
  }
}

void run();
