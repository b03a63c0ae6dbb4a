/**
 * The writer killed by the crash-injection harness (bundled by child-scripts.ts, run with plain node).
 *
 *   crash-child <vault-dir> <passphrase> <seed> <lanes> <records-per-lane> [<big-write-bytes>]
 *
 * Loads, prints LOADED and waits for a line on stdin (so the parent can start the next writer while
 * it is still checking the vault), then opens the test-profile vault for writing, prints READY,
 * then runs `lanes` concurrent writers. Each lane owns its own records, so its
 * expected revisions never conflict, and writes revisions of random size in a loop. Only after
 * `put` resolves (the write is durable) does it print
 *
 *   ACK <record id> <revision> <sha-256 of JSON.stringify(data)>
 *
 * With big-write-bytes, one more lane writes revisions of about that size and prints `BIG <id>`
 * just before each: writing megabytes takes long enough that a kill soon after it often cuts the
 * frame mid-way, which exercises torn tails (small writes are almost never cut).
 *
 * Pipes to the parent are written synchronously on Linux and macOS, so a printed ACK survives the
 * SIGKILL that may follow it immediately.
 */
import { createHash, randomBytes } from 'node:crypto';
import { openVault } from '../../electron/main/core/vault/vault';
import { seededRandom } from './random';

/** Must match RECORD_TYPE in crash-harness.ts (importing this file would run it). */
const CRASH_RECORD_TYPE = 'crash-test';

function payloadSize(random: ReturnType<typeof seededRandom>): number {
  const roll = random.next();
  if (roll < 0.8) return random.int(1_000); // most edits are small
  if (roll < 0.98) return 1_000 + random.int(15_000);
  return 64_000 + random.int(192_000); // a large write is more often cut mid-way
}

async function main(): Promise<void> {
  const [dir, passphrase, seedText, lanesText, recordsText, bigText] = process.argv.slice(2);
  if (!dir || passphrase === undefined || !seedText || !lanesText || !recordsText) throw new Error('usage: crash-child <dir> <passphrase> <seed> <lanes> <records-per-lane>');
  const random = seededRandom(Number(seedText));
  process.stdout.write('LOADED\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  const vault = await openVault(dir, passphrase, { kdfProfile: 'test', program: 'crash-injection child' });
  process.stdout.write(`READY ${process.pid}\n`);
  let sequence = 0;
  const bigBytes = Number(bigText ?? 0);
  const lane = async (laneNumber: number, big = false): Promise<void> => {
    for (;;) {
      const id = big ? `crash-big-${random.int(2)}` : `crash-${laneNumber}-${random.int(Number(recordsText))}`;
      const size = big ? Math.round(bigBytes * (0.75 + random.next() / 2) * 0.75) : payloadSize(random);
      const data = { lane: laneNumber, seq: sequence++, pad: randomBytes(size).toString('base64') };
      if (big) process.stdout.write(`BIG ${id}\n`);
      const revision = await vault.put(CRASH_RECORD_TYPE, id, 1, data, vault.currentRevision(id));
      process.stdout.write(`ACK ${id} ${revision.rev} ${createHash('sha256').update(JSON.stringify(data)).digest('hex')}\n`);
    }
  };
  const lanes = Array.from({ length: Number(lanesText) }, (_, i) => lane(i));
  if (bigBytes > 0) lanes.push(lane(lanes.length, true));
  await Promise.all(lanes);
}

main().catch((error: unknown) => {
  process.stderr.write(`crash-child failed: ${String(error)}\n`);
  process.exit(3);
});
