/**
 * Only the UI half of the bench (test/bench/ui-bench.ts), for working on the list:
 *   npm run build && npx tsx test/bench/ui-only.ts
 * HABEAS_BENCH_UI_CASES (default 10,000) and HABEAS_BENCH_UI_RUNS (default 3) size it. Prints the
 * table and the per-run figures; writes nothing (`npm run bench` writes bench-results/latest.json).
 */
import { formatTable } from '../../electron/cli/bench/vault-bench';
import { runUiBench, uiBenchRows } from './ui-bench';

async function main(): Promise<void> {
  const result = await runUiBench({
    cases: Number(process.env.HABEAS_BENCH_UI_CASES ?? 10_000),
    runs: Number(process.env.HABEAS_BENCH_UI_RUNS ?? 3),
    onProgress: (message) => process.stderr.write(`bench: ${message}\n`),
  });
  process.stdout.write(`${formatTable(uiBenchRows(result))}\n`);
  process.stdout.write(`${JSON.stringify(result.runs, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
