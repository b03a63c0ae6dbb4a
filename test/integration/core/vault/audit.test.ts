import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActorOf, AuditEvent, AuditReport, RevisionEvent } from '../../../../electron/main/core/vault/audit';
import { scanSegment, type Frame } from '../../../../electron/main/core/vault/frames';
import { CHAIN_GENESIS, frameHash } from '../../../../electron/main/core/vault/log-walk';
import { createVault, openVault, type Vault } from '../../../../electron/main/core/vault/vault';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { PASSPHRASE, TEST_PROFILE } from '../../../helpers/vault-files';

const tempDir = useTempDirs('habeas-audit-');

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const C = 'cccccccc-0000-4000-8000-000000000003';
const LAWYER = 'Elçin Sadıqov';
const MONITOR = 'Monitor Ромашка';

/** Five revisions, one per frame: a1 b1 c1 a2 b2, saved by two profiles (kept inside the sealed data). */
async function seeded(): Promise<{ dir: string; segment: string }> {
  const dir = path.join(await tempDir(), 'vault');
  const { vault } = await createVault(dir, PASSPHRASE, TEST_PROFILE);
  await vault.put('case', A, 1, { v: 'a1', savedBy: LAWYER }, 0);
  await vault.put('case', B, 1, { v: 'b1', savedBy: MONITOR }, 0);
  await vault.put('note', C, 1, { v: 'c1', savedBy: LAWYER }, 0);
  await vault.put('case', A, 1, { v: 'a2', savedBy: MONITOR }, 1);
  await vault.put('case', B, 1, { v: 'b2' }, 1);
  await vault.close();
  return { dir, segment: path.join(dir, 'records', '000001.log') };
}

const savedBy: ActorOf = (data) => (data as { savedBy?: string }).savedBy;

async function withVault<T>(dir: string, work: (vault: Vault) => Promise<T>): Promise<T> {
  const vault = await openVault(dir, PASSPHRASE, TEST_PROFILE);
  try {
    return await work(vault);
  } finally {
    await vault.close();
  }
}

const auditOf = (dir: string): Promise<AuditReport> => withVault(dir, (vault) => vault.audit({ actorOf: savedBy }));
const revisionsIn = (events: AuditEvent[]) => events.filter((e): e is RevisionEvent => e.kind === 'revision');
const brief = (events: AuditEvent[]) => events.map((e) => (e.kind === 'revision' ? `#${e.seq} ${e.id.slice(0, 1)}${e.rev}${e.problem ? ` ${e.problem}` : ''}` : `#${e.seq} unreadable`));

async function framesOf(segment: string): Promise<Frame[]> {
  return scanSegment(await readFile(segment)).frames;
}
const boxStart = (frame: Frame) => frame.offset + frame.length - frame.box.length;

describe('the audit log of an intact vault', () => {
  it('lists every revision in log order, each naming the hash of the one before', async () => {
    const { dir, segment } = await seeded();
    const frames = await framesOf(segment);
    const report = await auditOf(dir);
    expect(report.verify.ok).toBe(true);
    expect(report.findings).toEqual([]);
    expect(brief(report.events)).toEqual(['#1 a1', '#2 b1', '#3 c1', '#4 a2', '#5 b2']);
    const events = revisionsIn(report.events);
    events.forEach((event, k) => {
      expect(event.prev).toBe(k === 0 ? CHAIN_GENESIS : events[k - 1]!.hash);
      expect(event.hash).toBe(frameHash(frames[k]!.raw));
      expect(event).toMatchObject({ segment: '000001.log', offset: frames[k]!.offset, length: frames[k]!.length });
    });
    expect(events.map((e) => e.type)).toEqual(['case', 'case', 'note', 'case', 'case']);
  });

  it('takes save times from the sealed data and actors from the caller, and keeps actors off the disk', async () => {
    const { dir, segment } = await seeded();
    const seen: Array<{ data: unknown; record: unknown }> = [];
    const { events, history } = await withVault(dir, async (vault) => ({
      events: await vault.auditEvents({ actorOf: (data, record) => (seen.push({ data, record }), savedBy(data, record)) }),
      history: [...vault.history(A), ...vault.history(B), ...vault.history(C)],
    }));
    const revisions = revisionsIn(events);
    expect(revisions.map((e) => e.actor)).toEqual([LAWYER, MONITOR, LAWYER, MONITOR, undefined]);
    expect('actor' in revisions[4]!).toBe(false);
    for (const e of revisions) expect(e.savedAt).toBe(history.find((h) => h.id === e.id && h.rev === e.rev)!.savedAt);
    expect(seen[0]).toEqual({ data: { v: 'a1', savedBy: LAWYER }, record: { id: A, type: 'case', schema: 1, rev: 1 } });
    const onDisk = await readFile(segment);
    for (const name of [LAWYER, MONITOR, 'Sadıqov', 'Ромашка']) {
      expect(onDisk.includes(Buffer.from(name, 'utf8')), name).toBe(false);
    }
  });

  it('without an actorOf, lists no actors; and verify() reports exactly what audit() does', async () => {
    const { dir } = await seeded();
    await withVault(dir, async (vault) => {
      const report = await vault.audit();
      expect(report.events.every((e) => !('actor' in e))).toBe(true);
      expect(await vault.verify()).toEqual(report.verify);
    });
  });

  it('is empty for a vault with no saves', async () => {
    const dir = path.join(await tempDir(), 'vault');
    const { vault } = await createVault(dir, PASSPHRASE, TEST_PROFILE);
    try {
      expect(await vault.audit()).toEqual({ events: [], findings: [], verify: { ok: true, records: 0, revisions: 0, damaged: [], tornWrites: 0 } });
    } finally {
      await vault.close();
    }
  });

  it('numbers events on across segments', async () => {
    const { dir, segment } = await seeded();
    // A cut-off write at the end makes the next writer start segment 2.
    await appendFile(segment, Buffer.alloc(64));
    await withVault(dir, async (vault) => {
      await vault.put('note', C, 1, { v: 'c2' }, 1);
    });
    expect(await readdir(path.join(dir, 'records'))).toEqual(['000001.log', '000002.log']);
    const report = await auditOf(dir);
    expect(report.verify).toMatchObject({ ok: true, tornWrites: 1 });
    expect(brief(report.events)).toEqual(['#1 a1', '#2 b1', '#3 c1', '#4 a2', '#5 b2', '#6 c2']);
    const [fifth, sixth] = revisionsIn(report.events).slice(4);
    expect(sixth).toMatchObject({ segment: '000002.log', offset: 0, prev: fifth!.hash });
  });
});

describe('a damaged audit log', () => {
  it('a flipped byte in the middle frame damages that event only, named with its record', async () => {
    const { dir, segment } = await seeded();
    const third = (await framesOf(segment))[2]!;
    const bytes = await readFile(segment);
    bytes[boxStart(third) + 20]! ^= 0x01;
    await writeFile(segment, bytes);
    const report = await auditOf(dir);
    expect(brief(report.events)).toEqual(['#1 a1', '#2 b1', '#3 c1 unauthentic', '#4 a2', '#5 b2']);
    const damaged = report.events[2] as RevisionEvent;
    // Nothing sealed in a frame that fails authentication is shown.
    expect(damaged.savedAt).toBeUndefined();
    expect(damaged.actor).toBeUndefined();
    expect(report.findings).toEqual([{ damage: report.verify.damaged[0], event: 3, afterEvent: 2 }]);
    expect(report.verify.damaged).toEqual([expect.objectContaining({ reason: 'unauthentic', record: { id: C, type: 'note', rev: 1 } })]);
  });

  it('a frame whose header is unreadable is still one event, and the numbers after it stay the same', async () => {
    const { dir, segment } = await seeded();
    const third = (await framesOf(segment))[2]!;
    const bytes = await readFile(segment);
    bytes[third.offset + 20]! ^= 0x01; // inside the meta JSON: the CRC fails, the frame cannot be named
    await writeFile(segment, bytes);
    const report = await auditOf(dir);
    expect(brief(report.events)).toEqual(['#1 a1', '#2 b1', '#3 unreadable', '#4 a2', '#5 b2']);
    expect(report.events[2]).toEqual({ kind: 'unreadable', seq: 3, segment: '000001.log', offset: third.offset, length: third.length, problem: 'unreadable-bytes' });
    expect(report.findings).toEqual([{ damage: expect.objectContaining({ reason: 'unreadable-bytes' }), event: 3, afterEvent: 2 }]);
  });

  it('bytes slipped in between two frames hold no event: the chain runs past them', async () => {
    const { dir, segment } = await seeded();
    const third = (await framesOf(segment))[2]!;
    const bytes = await readFile(segment);
    await writeFile(segment, Buffer.concat([bytes.subarray(0, third.offset), Buffer.from('not a frame at all'), bytes.subarray(third.offset)]));
    const report = await auditOf(dir);
    expect(brief(report.events)).toEqual(['#1 a1', '#2 b1', '#3 c1', '#4 a2', '#5 b2']);
    expect(report.findings).toEqual([{ damage: expect.objectContaining({ reason: 'unreadable-bytes', offset: third.offset, length: 18 }), afterEvent: 2 }]);
  });

  it('a removed frame breaks the chain at the event after the gap, numbered as the log now reads', async () => {
    const { dir, segment } = await seeded();
    const third = (await framesOf(segment))[2]!;
    const bytes = await readFile(segment);
    await writeFile(segment, Buffer.concat([bytes.subarray(0, third.offset), bytes.subarray(third.offset + third.length)]));
    const report = await auditOf(dir);
    expect(brief(report.events)).toEqual(['#1 a1', '#2 b1', '#3 a2 chain-broken', '#4 b2']);
    expect(report.findings).toEqual([
      { damage: expect.objectContaining({ reason: 'chain-broken', record: { id: A, type: 'case', rev: 2 } }), event: 3, afterEvent: 2 },
      // The log is also one frame short of what head.json recorded.
      { damage: expect.objectContaining({ reason: 'truncated' }), afterEvent: 4 },
    ]);
  });

  it('two swapped frames break the chain at each of them and at the one after', async () => {
    const { dir, segment } = await seeded();
    const [, second, third] = await framesOf(segment);
    const bytes = await readFile(segment);
    const swapped = Buffer.concat([bytes.subarray(0, second!.offset), third!.raw, second!.raw, bytes.subarray(third!.offset + third!.length)]);
    await writeFile(segment, swapped);
    const report = await auditOf(dir);
    expect(brief(report.events)).toEqual(['#1 a1', '#2 c1 chain-broken', '#3 b1 chain-broken', '#4 a2 chain-broken', '#5 b2']);
    expect(report.findings.map((f) => f.event)).toEqual([2, 3, 4]);
  });

  it('places problems at the end of the log after the last event', async () => {
    const { dir, segment } = await seeded();
    const last = (await framesOf(segment)).at(-1)!;
    const bytes = await readFile(segment);
    await writeFile(segment, bytes.subarray(0, last.offset));
    const report = await auditOf(dir);
    expect(brief(report.events)).toEqual(['#1 a1', '#2 b1', '#3 c1', '#4 a2']);
    expect(report.findings).toEqual([{ damage: expect.objectContaining({ reason: 'truncated' }), afterEvent: 4 }]);
  });

  it('places every problem verify finds, in log order', async () => {
    const { dir, segment } = await seeded();
    const frames = await framesOf(segment);
    const bytes = await readFile(segment);
    bytes[boxStart(frames[3]!) + 5]! ^= 0x40; // a2 fails authentication
    bytes[frames[1]!.offset + 2]! ^= 0x01; // b1's magic: unreadable
    await writeFile(segment, bytes);
    const report = await auditOf(dir);
    expect(brief(report.events)).toEqual(['#1 a1', '#2 unreadable', '#3 c1', '#4 a2 unauthentic', '#5 b2']);
    expect(report.findings.map((f) => [f.event, f.damage.reason])).toEqual([[2, 'unreadable-bytes'], [4, 'unauthentic']]);
    expect(report.findings).toHaveLength(report.verify.damaged.length);
  });
});
