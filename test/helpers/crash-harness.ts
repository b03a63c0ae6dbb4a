/**
 * Crash injection: a child process writes revisions in a loop and is killed with SIGKILL at a
 * random moment, over and over. After every kill the parent opens the vault for writing (so the
 * dead child's lock must be detected as stale and taken over), authenticates every revision, and
 * checks that every write the child reported as acknowledged is there with exactly its content.
 *
 * Used by test/integration/core/vault/crash-injection.test.ts (200 kills in `npm test`) and by
 * the benchmark for a longer run. Plain Node: no vitest imports here.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HabeasError } from '../../shared/ipc/errors';
import { createVault, openVault } from '../../electron/main/core/vault/vault';
import { buildChildScript, startChild, type RunningChild } from './child-scripts';
import { seededRandom } from './random';

export interface CrashRunOptions {
  /** SIGKILLs in total (default: HABEAS_CRASH_KILLS or 200). */
  kills?: number;
  /** Start a new vault after this many kills, so a long run does not re-verify an ever larger log. */
  killsPerVault?: number;
  /** Random delay between the child reporting READY and the kill. */
  minDelayMs?: number;
  maxDelayMs?: number;
  /**
   * Every n-th kill (0: never) the writer also writes revisions of about `bigWriteBytes`, and the
   * parent kills it as soon as it sees the newest segment grow by part of such a write: most of
   * these kills cut a frame mid-way (a torn tail), which random timing almost never does.
   */
  bigWriteEvery?: number;
  bigWriteBytes?: number;
  /** Concurrent writers in the child (each with its own records), and records per writer. */
  lanes?: number;
  recordsPerLane?: number;
  /** Reproduces the sizes, record choices and delays of a run (not the exact timing of each kill). */
  seed?: number;
  /** Parent directory for the vaults (a fresh temp dir by default, removed afterwards). */
  workDir?: string;
  keepVaults?: boolean;
  /** Called after each kill has been checked, with the number of kills so far. */
  onProgress?: (killsDone: number, progress: { kills: number; acknowledgedWrites: number; lostWrites: number; elapsedMs: number }) => void;
}

export interface CrashRunResult {
  kills: number;
  /** Writes the children reported as durable before they were killed. */
  acknowledgedWrites: number;
  /** Acknowledged writes missing, or present with other content, at any check (0 is the only pass). */
  lostWrites: number;
  durationMs: number;
  /** Kills that cut a write off mid-frame (a torn, never acknowledged tail): harmless, counted for interest. */
  tornTails: number;
  vaults: number;
  seed: number;
  /** Everything that went wrong, one line each: failed opens, damage found by verify, lost writes. */
  failures: string[];
}

const PASSPHRASE = 'crash injection passphrase';
const CHILD_ENTRY = 'test/helpers/crash-child.ts';
const RECORD_TYPE = 'crash-test';

interface Ack {
  id: string;
  rev: number;
  hash: string;
}

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Busy-waits (blocking this thread on purpose: the kill must follow within microseconds) until the
 * newest segment has grown by `bytes` since the first look, or `timeoutMs` passes.
 */
function watchForGrowth(recordsDir: string, bytes: number, timeoutMs: number): void {
  const until = Date.now() + timeoutMs;
  let file = '';
  let base = 0;
  while (Date.now() < until) {
    let newest: string | undefined;
    try {
      newest = readdirSync(recordsDir).filter((name) => /^\d{6}\.log$/.test(name)).sort().at(-1);
    } catch {
      continue; // records/ is created with the first write
    }
    if (!newest) continue;
    const size = statSync(path.join(recordsDir, newest), { throwIfNoEntry: false })?.size ?? 0;
    if (newest !== file) {
      file = newest;
      base = size;
    } else if (size - base >= bytes) {
      return;
    }
  }
}

export function crashKillsFromEnv(fallback = 200): number {
  const n = Number(process.env.HABEAS_CRASH_KILLS);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export async function runCrashInjection(options: CrashRunOptions = {}): Promise<CrashRunResult> {
  const kills = options.kills ?? crashKillsFromEnv();
  const killsPerVault = options.killsPerVault ?? 40;
  const minDelay = options.minDelayMs ?? 5;
  const maxDelay = options.maxDelayMs ?? 80;
  const lanes = options.lanes ?? 3;
  const recordsPerLane = options.recordsPerLane ?? 4;
  const bigWriteEvery = options.bigWriteEvery ?? 8;
  const bigWriteBytes = options.bigWriteBytes ?? 2_000_000;
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31) + 1;
  const random = seededRandom(seed);
  const started = performance.now();
  const workDir = options.workDir ?? (await mkdtemp(path.join(os.tmpdir(), 'habeas-crash-')));
  const child = await buildChildScript(CHILD_ENTRY);
  const result: CrashRunResult = { kills: 0, acknowledgedWrites: 0, lostWrites: 0, durationMs: 0, tornTails: 0, vaults: 0, seed, failures: [] };
  const lost = new Set<string>();
  let vaultDir = '';
  /** Every acknowledged write of the current vault, by record id then revision. */
  let acked = new Map<string, Map<number, string>>();
  let tornSoFar = 0;
  let needNewVault = true;

  const isBig = (kill: number) => bigWriteEvery > 0 && kill % bigWriteEvery === bigWriteEvery - 1;
  const spawnWriter = (kill: number) =>
    startChild(child.file, [vaultDir, PASSPHRASE, String(random.int(2 ** 31)), String(lanes), String(recordsPerLane), String(isBig(kill) ? bigWriteBytes : 0)]);
  // The next writer is started (and loads its code) while the parent is still checking the vault.
  let next: RunningChild | null = null;

  try {
    for (let kill = 0; kill < kills; kill++) {
      if (result.failures.length > 20) throw new Error(`crash injection gave up after ${kill} kills (seed ${seed}):\n${result.failures.join('\n')}`);
      if (needNewVault || kill % killsPerVault === 0) {
        needNewVault = false;
        tornSoFar = 0;
        vaultDir = path.join(workDir, `vault-${result.vaults++}`);
        const { vault } = await createVault(vaultDir, PASSPHRASE, { kdfProfile: 'test', program: 'crash-injection parent' });
        await vault.close();
        acked = new Map();
        if (next) {
          next.child.kill('SIGKILL');
          await next.exited;
          next = null;
        }
      }

      // 1. Let the writer open the vault and run for a random moment, then kill it.
      const running = next ?? spawnWriter(kill);
      next = null;
      try {
        await running.waitForLine((line) => line === 'LOADED');
        running.send('GO');
        await running.waitForLine((line) => line.startsWith('READY'));
      } catch (error) {
        running.child.kill('SIGKILL');
        await running.exited;
        result.failures.push(`kill ${kill}: the writer did not start: ${(error as Error).message}`);
        continue;
      }
      if (isBig(kill)) {
        await running.waitForLine((line) => line.startsWith('BIG')).catch(() => undefined);
        watchForGrowth(path.join(vaultDir, 'records'), 64_000 + random.int(bigWriteBytes / 2), 300);
      } else {
        await delay(minDelay + random.int(maxDelay - minDelay + 1));
      }
      running.child.kill('SIGKILL');
      const exit = await running.exited; // reaped: its pid is gone, so its lock is stale
      result.kills += 1;
      if (exit.signal !== 'SIGKILL') result.failures.push(`kill ${kill}: the writer ended by itself (${exit.code}): ${running.stderr()}`);
      if (kill + 1 < kills && (kill + 1) % killsPerVault !== 0) next = spawnWriter(kill + 1);

      const fresh: Ack[] = [];
      for (const line of running.lines) {
        const [tag, id, rev, hash] = line.split(' ');
        if (tag !== 'ACK' || !id || !rev || !hash) continue;
        fresh.push({ id, rev: Number(rev), hash });
      }
      for (const ack of fresh) {
        const revisions = acked.get(ack.id) ?? new Map<number, string>();
        if (revisions.has(ack.rev) && revisions.get(ack.rev) !== ack.hash) {
          result.failures.push(`kill ${kill}: ${ack.id} revision ${ack.rev} was acknowledged twice with different content`);
        }
        revisions.set(ack.rev, ack.hash);
        acked.set(ack.id, revisions);
      }
      result.acknowledgedWrites += fresh.length;

      // 2. Reopen for writing (stale-lock takeover), authenticate everything, compare with the acks.
      let vault;
      try {
        vault = await openVault(vaultDir, PASSPHRASE, { kdfProfile: 'test', program: 'crash-injection parent' });
      } catch (error) {
        const what = error instanceof HabeasError ? `${error.code}: ${error.message}` : String(error);
        result.failures.push(`kill ${kill}: the vault did not open: ${what}`);
        // Without an open vault none of its acknowledged writes can be read back.
        for (const [id, revisions] of acked) for (const rev of revisions.keys()) lost.add(`${vaultDir}|${id}|${rev}`);
        needNewVault = true;
        continue;
      }
      try {
        const report = await vault.verify();
        if (!report.ok) result.failures.push(`kill ${kill}: verify found damage: ${JSON.stringify(report.damaged)}`);
        if (vault.damage.length > 0) result.failures.push(`kill ${kill}: open reported damage: ${JSON.stringify(vault.damage)}`);
        for (const [id, revisions] of acked) {
          const history = vault.history(id);
          const byRev = new Map(history.map((r) => [r.rev, sha256Hex(JSON.stringify(r.data))]));
          // Revisions are 1..n without gaps or repeats: a cut-off write is rewritten under the same number.
          const revs = history.map((r) => r.rev);
          if (revs.some((rev, i) => rev !== i + 1)) result.failures.push(`kill ${kill}: ${id} has revisions ${revs.join(',')}`);
          if (history.some((r) => r.type !== RECORD_TYPE)) result.failures.push(`kill ${kill}: ${id} changed type`);
          for (const [rev, hash] of revisions) {
            const found = byRev.get(rev);
            if (found === hash) continue;
            const key = `${vaultDir}|${id}|${rev}`;
            if (!lost.has(key)) {
              lost.add(key);
              result.failures.push(`kill ${kill}: acknowledged ${id} revision ${rev} is ${found === undefined ? 'missing' : 'there with other content'}`);
            }
          }
          const latest = vault.get(id);
          const newestAcked = Math.max(...revisions.keys());
          if (!latest || latest.rev < newestAcked) result.failures.push(`kill ${kill}: ${id} latest is ${latest?.rev ?? 'absent'}, acknowledged ${newestAcked}`);
        }
        result.tornTails += report.tornWrites - tornSoFar;
        tornSoFar = report.tornWrites;
      } finally {
        await vault.close();
      }
      options.onProgress?.(result.kills, { kills, acknowledgedWrites: result.acknowledgedWrites, lostWrites: lost.size, elapsedMs: performance.now() - started });
    }
  } finally {
    if (next) {
      next.child.kill('SIGKILL');
      await next.exited;
    }
    await child.remove();
    if (!options.keepVaults && !options.workDir) await rm(workDir, { recursive: true, force: true, maxRetries: 3 });
  }
  result.lostWrites = lost.size;
  result.durationMs = Math.round(performance.now() - started);
  return result;
}
