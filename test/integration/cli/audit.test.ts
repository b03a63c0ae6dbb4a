import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/exit-codes';
import { scanSegment, type Frame } from '../../../electron/main/core/vault/frames';
import { openVault } from '../../../electron/main/core/vault/vault';
import { runCli } from './cli-harness';

const PASS = 'correct horse battery staple';
const env = { HABEAS_PASSPHRASE: PASS };
const LAWYER = 'Elçin Sadıqov';
const MONITOR = 'Monitor Ромашка';
const A = 'aaaaaaaa-0000-4000-8000-00000000000a';
const B = 'bbbbbbbb-0000-4000-8000-00000000000b';
const C = 'cccccccc-0000-4000-8000-00000000000c';
const N = 'dddddddd-0000-4000-8000-00000000000d';

interface JsonEvent {
  seq: number;
  kind: string;
  id?: string;
  type?: string;
  rev?: number;
  savedAt?: string;
  actor?: string;
  hash?: string;
  prev?: string;
  problem?: string;
}

let root: string;
let template: string;
let copies = 0;

/**
 * Six audit events, one frame each: #1 A r1, #2 B r1, #3 C r1, #4 A r2, #5 N r1 (a note), #6 B r2.
 * Case revisions carry `savedBy` inside their sealed data, as the app stores them.
 */
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'habeas-cli-audit-'));
  template = path.join(root, 'template');
  expect((await runCli(['init', template], env)).code).toBe(EXIT.ok);
  const vault = await openVault(template, PASS, { program: 'audit test' });
  try {
    await vault.put('case', A, 1, { nameLatin: 'First', savedBy: LAWYER }, 0);
    await vault.put('case', B, 1, { nameLatin: 'Second', savedBy: MONITOR }, 0);
    await vault.put('case', C, 1, { nameLatin: 'Third', savedBy: LAWYER }, 0);
    await vault.put('case', A, 1, { nameLatin: 'First, edited', savedBy: MONITOR }, 1);
    await vault.put('note', N, 1, { text: 'not a case', savedBy: 'ignored: only case revisions name their author' }, 0);
    await vault.put('case', B, 1, { nameLatin: 'Second, edited' }, 1);
  } finally {
    await vault.close();
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A fresh copy of the seeded vault and its (only) log segment. */
async function copy(): Promise<{ dir: string; segment: string; frames: Frame[] }> {
  const dir = path.join(root, `copy-${++copies}`);
  await cp(template, dir, { recursive: true });
  const segment = path.join(dir, 'records', '000001.log');
  return { dir, segment, frames: scanSegment(await readFile(segment)).frames };
}

const damagedLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('DAMAGED'));

describe('habeas audit', () => {
  it('--json lists every event in order, each prev naming the hash of the event before', async () => {
    const { dir } = await copy();
    const run = await runCli(['audit', dir, '--json'], env);
    expect(run.code, run.stderr).toBe(EXIT.ok);
    const { ok, events, damaged } = JSON.parse(run.stdout) as { ok: boolean; events: JsonEvent[]; damaged: unknown[] };
    expect({ ok, damaged }).toEqual({ ok: true, damaged: [] });
    expect(events.map((e) => [e.seq, e.id, e.rev])).toEqual([[1, A, 1], [2, B, 1], [3, C, 1], [4, A, 2], [5, N, 1], [6, B, 2]]);
    events.forEach((e, k) => {
      expect(e.kind).toBe('revision');
      expect(e.hash).toMatch(/^[0-9a-f]{32}$/);
      expect(e.prev).toBe(k === 0 ? '0'.repeat(32) : events[k - 1]!.hash);
      expect(Date.parse(e.savedAt!)).not.toBeNaN();
    });
    expect(events.map((e) => e.actor)).toEqual([LAWYER, MONITOR, LAWYER, MONITOR, undefined, undefined]);
  });

  it('prints a table with time, type, record, revision, author and hash prefixes', async () => {
    const { dir } = await copy();
    const run = await runCli(['audit', dir], env);
    expect(run.code, run.stderr).toBe(EXIT.ok);
    const events = (JSON.parse((await runCli(['audit', dir, '--json'], env)).stdout) as { events: JsonEvent[] }).events;
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^EVENT\s+SAVED\s+TYPE\s+RECORD\s+REV\s+BY\s+HASH\s+PREV$/);
    expect(lines[1]).toMatch(new RegExp(`^#1\\s+${events[0]!.savedAt}\\s+case\\s+${A}\\s+1\\s+${LAWYER}\\s+${events[0]!.hash!.slice(0, 12)}\\s+${'0'.repeat(12)}$`));
    expect(lines[4]).toMatch(new RegExp(`^#4 .* ${A}\\s+2\\s+${MONITOR}\\s+${events[3]!.hash!.slice(0, 12)}\\s+${events[2]!.hash!.slice(0, 12)}$`));
    expect(lines.at(-1)).toBe('6 event(s); the chain is intact.');
  });

  it('asks for the passphrase like the other commands', async () => {
    const { dir } = await copy();
    expect((await runCli(['audit', dir], {})).stderr).toMatch(/Passphrase is needed/);
    expect((await runCli(['audit', dir], { HABEAS_PASSPHRASE: 'not the passphrase' })).code).toBe(EXIT.wrongPassphrase);
    expect((await runCli(['audit'], env)).code).toBe(EXIT.usage);
  });
});

describe('habeas verify names the audit event', () => {
  it('of a frame with one flipped byte in the middle of the log', async () => {
    const { dir, segment, frames } = await copy();
    const third = frames[2]!;
    const bytes = await readFile(segment);
    bytes[third.offset + third.length - third.box.length + 30]! ^= 0x01; // inside C r1's ciphertext
    await writeFile(segment, bytes);

    const verify = await runCli(['verify', dir], env);
    expect(verify.code).toBe(EXIT.damaged);
    expect(damagedLines(verify.stdout)).toEqual([`DAMAGED audit event #3: record ${C} (case, revision 1) — fails its integrity check (000001.log, byte ${third.offset})`]);

    const json = JSON.parse((await runCli(['verify', dir, '--json'], env)).stdout) as { ok: boolean; events: number; damaged: Array<{ event?: number; reason: string }> };
    expect(json).toMatchObject({ ok: false, events: 6, damaged: [{ event: 3, reason: 'unauthentic', record: { id: C, type: 'case', rev: 1 } }] });

    const audit = await runCli(['audit', dir], env);
    expect(audit.code).toBe(EXIT.damaged);
    expect(audit.stdout).toMatch(new RegExp(`^#3 +— +case +${C} +1 +— +[0-9a-f]{12} +[0-9a-f]{12} +DAMAGED: fails its integrity check$`, 'm'));
  });

  it('of a frame whose header is unreadable, keeping the numbers after it', async () => {
    const { dir, segment, frames } = await copy();
    const third = frames[2]!;
    const bytes = await readFile(segment);
    bytes[third.offset + 25]! ^= 0x01; // inside the meta: the frame can no longer be named
    await writeFile(segment, bytes);
    const verify = await runCli(['verify', dir], env);
    expect(verify.code).toBe(EXIT.damaged);
    expect(damagedLines(verify.stdout)).toEqual([`DAMAGED audit event #3: ${third.length} unreadable bytes (000001.log, byte ${third.offset}) — the revision stored there cannot be read or named`]);
    const events = (JSON.parse((await runCli(['audit', dir, '--json'], env)).stdout) as { events: JsonEvent[] }).events;
    expect(events.map((e) => `${e.seq}:${e.kind}:${e.id ?? ''}`)).toEqual([`1:revision:${A}`, `2:revision:${B}`, '3:unreadable:', `4:revision:${A}`, `5:revision:${N}`, `6:revision:${B}`]);
  });

  it('after a deleted frame: the event after the gap, numbered as the log now reads', async () => {
    const { dir, segment, frames } = await copy();
    const third = frames[2]!;
    const bytes = await readFile(segment);
    await writeFile(segment, Buffer.concat([bytes.subarray(0, third.offset), bytes.subarray(third.offset + third.length)]));
    const verify = await runCli(['verify', dir], env);
    expect(verify.code).toBe(EXIT.damaged);
    expect(damagedLines(verify.stdout)).toEqual([
      `DAMAGED audit event #3: record ${A} (case, revision 2) — the audit chain breaks before it: an earlier revision was removed, inserted, reordered or altered (000001.log, byte ${third.offset})`,
      // head.json still counts six events.
      'DAMAGED the log ends before the last position Habeas recorded: revisions were removed from its end (or an older copy of the vault was put back); it now ends after audit event #5',
    ]);
  });

  it('of each reordered frame', async () => {
    const { dir, segment, frames } = await copy();
    const [, second, third] = frames;
    const bytes = await readFile(segment);
    await writeFile(segment, Buffer.concat([bytes.subarray(0, second!.offset), third!.raw, second!.raw, bytes.subarray(third!.offset + third!.length)]));
    const verify = await runCli(['verify', dir], env);
    expect(verify.code).toBe(EXIT.damaged);
    expect(damagedLines(verify.stdout).map((l) => /^DAMAGED audit event #(\d+): record (\S+) .* the audit chain breaks before it/.exec(l)?.slice(1))).toEqual([
      ['2', C],
      ['3', B],
      ['4', A],
    ]);
    // The audit listing shows the same events out of order, each flagged.
    const events = (JSON.parse((await runCli(['audit', dir, '--json'], env)).stdout) as { events: JsonEvent[] }).events;
    expect(events.map((e) => `${e.id}@${e.rev}${e.problem ? ` ${e.problem}` : ''}`)).toEqual([`${A}@1`, `${C}@1 chain-broken`, `${B}@1 chain-broken`, `${A}@2 chain-broken`, `${N}@1`, `${B}@2`]);
  });
});
