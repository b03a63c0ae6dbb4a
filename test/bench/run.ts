/**
 * `npm run bench`: the vault on 10,000 synthetic cases (real, calibrated KDF) plus a long
 * crash-injection run. Prints a Markdown table and writes bench-results/latest.json.
 * Timings here are medians of several runs inside one process; machines are noisy, so compare
 * medians across several invocations before drawing conclusions.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { formatTable, runVaultBench, vaultBenchRows } from '../../electron/cli/bench/vault-bench';
import { runCrashInjection } from '../helpers/crash-harness';

const cases = Number(process.env.HABEAS_BENCH_CASES ?? 10_000);
const kills = Number(process.env.HABEAS_BENCH_KILLS ?? 1_000);

async function run(): Promise<void> {
  const log = (m: string) => process.stderr.write(`bench: ${m}\n`);
  const vault = await runVaultBench({ cases, onProgress: log });
  log(`crash injection: ${kills} kills…`);
  const crash = await runCrashInjection({ kills, onProgress: (done: number) => done % 100 === 0 && log(`  ${done}/${kills} kills`) });
  const rows: Array<[string, string]> = [
    ...vaultBenchRows(vault),
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
