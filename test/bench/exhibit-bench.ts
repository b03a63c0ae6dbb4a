/**
 * The evidence locker's part of `npm run bench`: a large file (1 GiB by default) attached to a case
 * and exported again through the real core, in a child process of its own so that its resident
 * memory is measured from a clean baseline. Reports throughput of ingest (read + SHA-256 + encrypt +
 * write + fsync) and export (read + decrypt + verify + write + fsync) as a share of raw node:crypto
 * AES-256-GCM measured in the same run, and the peak growth of the process's RSS over its baseline
 * (sampled every 20 ms). Standalone: `npx tsx test/bench/exhibit-bench.ts [MiB]` prints JSON.
 */
import { spawn } from 'node:child_process';
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CaseRepository } from '../../electron/main/core/cases/case-repository';
import { ExhibitRepository } from '../../electron/main/core/exhibits/exhibit-repository';
import { createVault } from '../../electron/main/core/vault/vault';
import { newCaseFile } from '../../shared/case-model';
import { MiB, peakRss, round } from './measure';

export interface ExhibitBenchResult {
  megabytes: number;
  /** Raw AES-256-GCM over 1 MiB updates, one cipher, in memory. */
  rawAesGcmMBps: number;
  ingestMBps: number;
  exportMBps: number;
  ingestShareOfRaw: number;
  exportShareOfRaw: number;
  baselineRssMB: number;
  ingestPeakRssGrowthMB: number;
  exportPeakRssGrowthMB: number;
  hashesMatch: boolean;
}

function rawAesGcm(megabytes: number): number {
  const block = randomBytes(MiB);
  const cipher = createCipheriv('aes-256-gcm', randomBytes(32), randomBytes(12));
  const started = performance.now();
  for (let i = 0; i < megabytes; i++) cipher.update(block);
  cipher.final();
  return megabytes / ((performance.now() - started) / 1000);
}

async function measure(megabytes: number, under: string): Promise<ExhibitBenchResult> {
  const root = await mkdtemp(path.join(under, 'habeas-exhibit-bench-'));
  try {
    // A file of `megabytes` MiB: 1 MiB of random bytes written over and over (not compressible per chunk).
    const source = path.join(root, 'recording.bin');
    const block = randomBytes(MiB);
    const expected = createHash('sha256');
    const out = await open(source, 'w');
    for (let i = 0; i < megabytes; i++) {
      block.writeUInt32BE(i, 0);
      expected.update(block);
      await out.write(block);
    }
    await out.close();
    const sha = expected.digest('hex');

    const { vault } = await createVault(path.join(root, 'vault'), 'bench passphrase, not secret', { kdfProfile: 'test', program: 'exhibit bench' });
    const cases = new CaseRepository(vault);
    const kase = await cases.insert(newCaseFile({ nameLatin: 'Bench Case', status: 'detained' }), 'bench');
    const exhibits = new ExhibitRepository(vault, (id) => cases.exists(id));

    const raw = Math.max(rawAesGcm(Math.min(megabytes, 512)), rawAesGcm(Math.min(megabytes, 512)));
    global.gc?.();
    const baseline = process.memoryUsage.rss();
    const ingest = await peakRss(baseline, () => exhibits.attach(kase.id, source, { receivedFrom: 'bench' }, 'bench'));
    await rm(source);
    global.gc?.();
    const exportBaseline = process.memoryUsage.rss();
    const target = path.join(root, 'exported.bin');
    const exported = await peakRss(exportBaseline, () => exhibits.export(ingest.value.id, target, 'bench'));
    const exportedSize = (await stat(target)).size;
    await vault.close();
    const ingestMBps = megabytes / ingest.seconds;
    const exportMBps = megabytes / exported.seconds;
    return {
      megabytes,
      rawAesGcmMBps: round(raw),
      ingestMBps: round(ingestMBps),
      exportMBps: round(exportMBps),
      ingestShareOfRaw: round((100 * ingestMBps) / raw) / 100,
      exportShareOfRaw: round((100 * exportMBps) / raw) / 100,
      baselineRssMB: round(baseline / MiB),
      ingestPeakRssGrowthMB: ingest.peakMB,
      exportPeakRssGrowthMB: exported.peakMB,
      hashesMatch: ingest.value.sha256 === sha && exported.value.exhibit.sha256 === sha && exportedSize === megabytes * MiB,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * Runs the measurement in a fresh Node process (clean RSS baseline) with the vault and the files
 * under `under` (default: the temp folder, on disk), and returns its result.
 */
export function runExhibitBench(megabytes = 1024, under = os.tmpdir()): Promise<ExhibitBenchResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', __filename, String(megabytes), under], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(stdout) as ExhibitBenchResult) : reject(new Error(`exhibit bench exited with ${code}`))));
  });
}

/** The same file written to this disk with fsync (dd-like), for what the disk allows at all. */
export async function diskWriteMBps(megabytes: number, under = os.tmpdir()): Promise<number> {
  const file = path.join(under, `habeas-disk-probe-${process.pid}.bin`);
  const block = randomBytes(MiB);
  const handle = await open(file, 'w');
  const started = performance.now();
  try {
    for (let i = 0; i < megabytes; i++) await handle.write(block);
    await handle.sync();
  } finally {
    await handle.close();
    await rm(file, { force: true });
  }
  return round(megabytes / ((performance.now() - started) / 1000));
}

export function exhibitBenchRows(r: ExhibitBenchResult, context: { diskMBps?: number; label?: string } = {}): Array<[string, string]> {
  const pct = (share: number) => `${Math.round(share * 100)}%`;
  const label = context.label ?? 'exhibits';
  return [
    ...(context.diskMBps !== undefined ? ([[`${label}: this disk, plain write + fsync`, `${context.diskMBps} MB/s = ${pct(context.diskMBps / r.rawAesGcmMBps)} of raw AES-GCM`]] as Array<[string, string]>) : []),
    [`${label}: ${r.megabytes} MiB file, raw AES-256-GCM here`, `${r.rawAesGcmMBps} MB/s`],
    [`${label}: ingest (read, SHA-256, encrypt, write, fsync)`, `${r.ingestMBps} MB/s = ${pct(r.ingestShareOfRaw)} of raw (goal ≥ 50%)`],
    [`${label}: export (decrypt, verify, write, fsync)`, `${r.exportMBps} MB/s = ${pct(r.exportShareOfRaw)} of raw`],
    [`${label}: peak RSS growth, ingest / export`, `${r.ingestPeakRssGrowthMB} MB / ${r.exportPeakRssGrowthMB} MB (limit 150 MB; baseline ${r.baselineRssMB} MB)${r.hashesMatch ? '' : ' — HASH MISMATCH'}`],
  ];
}

if (require.main === module) {
  measure(Number(process.argv[2] ?? 1024), process.argv[3] ?? os.tmpdir())
    .then((r) => process.stdout.write(`${JSON.stringify(r)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    });
}
