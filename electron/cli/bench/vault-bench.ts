import { newCaseFile } from '../../../shared/case-model/new-case';
import { randomInt } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CaseRepository } from '../../main/core/cases/case-repository';
import { createVault, openVault } from '../../main/core/vault/vault';
import { syntheticCase } from './synthetic-cases';

export interface VaultBenchResult {
  cases: number;
  createMs: number;
  fillMs: number;
  kdfMs: { median: number; runs: number[] };
  openExcludingKdfMs: { median: number; runs: number[] };
  listAllMs: { median: number; runs: number[] };
  durableSaveMs: { p50: number; p95: number; max: number; samples: number };
  peakRssMiB: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The vault on synthetic data, with the real (calibrated) KDF: create, fill, open, list, save.
 * `onProgress` reports each phase, since a full run takes a minute or more.
 */
export async function runVaultBench(options: { cases?: number; opens?: number; saves?: number; onProgress?: (message: string) => void } = {}): Promise<VaultBenchResult> {
  const count = options.cases ?? 10_000;
  const opens = options.opens ?? 5;
  const saves = options.saves ?? 300;
  const say = options.onProgress ?? (() => {});
  const passphrase = 'benchmark passphrase, not secret';
  const dir = await mkdtemp(path.join(os.tmpdir(), 'habeas-bench-'));
  let peakRss = process.memoryUsage().rss;
  const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
  try {
    say('creating the vault (calibrating the key derivation)…');
    let started = performance.now();
    const created = await createVault(path.join(dir, 'vault'), passphrase, { program: 'habeas bench' });
    const createMs = performance.now() - started;

    say(`writing ${count} synthetic cases…`);
    started = performance.now();
    const repository = new CaseRepository(created.vault);
    for (let i = 0; i < count; i += 500) {
      await repository.createMany(Array.from({ length: Math.min(500, count - i) }, (_, k) => newCaseFile(syntheticCase(i + k))), 'habeas bench');
      sampleRss();
    }
    const fillMs = performance.now() - started;
    await created.vault.close();

    const kdf: number[] = [];
    const load: number[] = [];
    const list: number[] = [];
    for (let run = 0; run < opens; run++) {
      say(`opening ${run + 1}/${opens}…`);
      const vault = await openVault(path.join(dir, 'vault'), passphrase, { program: 'habeas bench' });
      kdf.push(vault.openStats!.kdfMs);
      load.push(vault.openStats!.loadMs);
      const listStarted = performance.now();
      const all = new CaseRepository(vault).list();
      list.push(performance.now() - listStarted);
      if (all.length !== count) throw new Error(`expected ${count} cases after reopening, found ${all.length}`);
      sampleRss();
      await vault.close();
    }

    say(`${saves} durable saves…`);
    const vault = await openVault(path.join(dir, 'vault'), passphrase, { program: 'habeas bench' });
    const cases = new CaseRepository(vault);
    const ids = cases.list().map((c) => c.id);
    const latencies: number[] = [];
    for (let i = 0; i < saves; i++) {
      const current = cases.get(ids[randomInt(ids.length)]!);
      const saveStarted = performance.now();
      await cases.save({ ...current.file, status: current.file.status === 'detained' ? 'released' : 'detained' }, current.revision, 'habeas bench');
      latencies.push(performance.now() - saveStarted);
    }
    sampleRss();
    await vault.close();

    return {
      cases: count,
      createMs: round(createMs),
      fillMs: round(fillMs),
      kdfMs: { median: round(median(kdf)), runs: kdf.map(round) },
      openExcludingKdfMs: { median: round(median(load)), runs: load.map(round) },
      listAllMs: { median: round(median(list)), runs: list.map(round) },
      durableSaveMs: { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), max: round(Math.max(...latencies)), samples: latencies.length },
      peakRssMiB: Math.round(peakRss / 1024 / 1024),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function vaultBenchRows(r: VaultBenchResult): Array<[string, string]> {
  return [
    ['cases', String(r.cases)],
    ['create vault (calibration + KDF)', `${r.createMs} ms`],
    [`write ${r.cases} cases (batches of 500)`, `${r.fillMs} ms`],
    ['KDF (Argon2id, calibrated) median', `${r.kdfMs.median} ms`],
    ['open excluding KDF, median', `${r.openExcludingKdfMs.median} ms`],
    ['list all cases, median', `${r.listAllMs.median} ms`],
    ['durable save p50', `${r.durableSaveMs.p50} ms`],
    ['durable save p95', `${r.durableSaveMs.p95} ms`],
    ['peak RSS', `${r.peakRssMiB} MiB`],
  ];
}

export function formatTable(rows: Array<[string, string]>): string {
  const width = Math.max(...rows.map(([k]) => k.length));
  return [`| ${'measure'.padEnd(width)} | value |`, `| ${'-'.repeat(width)} | ----- |`, ...rows.map(([k, v]) => `| ${k.padEnd(width)} | ${v} |`)].join('\n');
}
