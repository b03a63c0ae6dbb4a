import { segmentFileName } from './layout';
import { CHAIN_GENESIS, type LogWalk, type WalkedFrame } from './log-walk';
import type { DamageReport, VerifyReport } from './vault';

/**
 * The audit log is the record log itself: every revision ever saved is one frame, and each frame's
 * `prev` names the hash of the frame before it (see log-walk.ts). This file only presents that
 * chain as a list of events; it adds nothing to the vault.
 *
 * Sequence numbers are positions in the log as it reads now, from 1. An unreadable stretch that
 * replaced one or more frames counts as ONE event (how many frames it held cannot be known), and
 * frames removed from the log leave no number behind, so after damage the numbers can be lower
 * than when the events were written; the hashes, not the numbers, are the evidence.
 */

interface Located {
  /** 1-based position in the log. */
  seq: number;
  segment: string;
  offset: number;
  length: number;
}

/** One saved revision of one record. */
export interface RevisionEvent extends Located {
  kind: 'revision';
  id: string;
  type: string;
  schema: number;
  rev: number;
  /** First 128 bits of the SHA-256 of the frame as stored, in hex: what the next event's `prev` names. */
  hash: string;
  /** The hash of the event before this one, as this event records it (zeros for the first). */
  prev: string;
  /** When it was saved: sealed inside the frame, so absent when the frame fails authentication. */
  savedAt?: string;
  /** Who saved it, when the caller's `actorOf` finds that in the decrypted data. */
  actor?: string;
  /**
   * unauthentic: the frame fails its integrity check (its name and hashes are shown as found, but
   * nothing in it can be trusted); chain-broken: the frame is intact but does not follow the event
   * before it, so events were removed, inserted or reordered just before it.
   */
  problem?: 'unauthentic' | 'chain-broken';
}

/** Bytes that are not even a frame any more, where at least one event used to be. */
export interface UnreadableEvent extends Located {
  kind: 'unreadable';
  problem: 'unreadable-bytes';
}

export type AuditEvent = RevisionEvent | UnreadableEvent;

/** A problem `verify` reports, placed in the audit log. */
export interface AuditFinding {
  damage: DamageReport;
  /** The event the problem concerns; absent for a problem that concerns no single event. */
  event?: number;
  /**
   * How many events come before the problem in the log: for stray bytes that hold no event, and
   * for the end of the log (truncated, head-invalid), this says where it is.
   */
  afterEvent: number;
}

export interface AuditReport {
  events: AuditEvent[];
  /** Every entry of `verify.damaged`, in log order, with the event it concerns. */
  findings: AuditFinding[];
  verify: VerifyReport;
}

/** What the caller reads from a revision's decrypted data, e.g. `savedBy` in a case revision. */
export type ActorOf = (data: unknown, record: { id: string; type: string; schema: number; rev: number }) => string | undefined;

export interface AuditOptions {
  actorOf?: ActorOf;
}

/** What an authentic frame's sealed payload says; null for a frame that fails authentication. */
export type SealedContents = { savedAt?: string; actor?: string } | null;

type Item = { frame: WalkedFrame } | { stretch: { segment: number; offset: number; length: number } };

/** Frames and damaged stretches interleaved in log order (segment, then offset). */
function inLogOrder(walk: LogWalk): Item[] {
  const stretches = walk.issues.filter(({ issue }) => issue.kind === 'damaged').map(({ segment, issue }) => ({ segment, offset: issue.offset, length: issue.length }));
  const before = (s: (typeof stretches)[number], f: WalkedFrame) => s.segment < f.segment || (s.segment === f.segment && s.offset < f.frame.offset);
  const items: Item[] = [];
  let next = 0;
  for (const frame of walk.frames) {
    while (next < stretches.length && before(stretches[next]!, frame)) items.push({ stretch: stretches[next++]! });
    items.push({ frame });
  }
  for (const stretch of stretches.slice(next)) items.push({ stretch });
  return items;
}

const keyOf = (segment: string, offset: number) => `${segment}:${offset}`;

/**
 * Lays the walked log out as audit events and places each damage report `verify` made on the event
 * it concerns. `contentsOf` gives what authentic frames hold (null for frames that fail).
 */
export function auditTrail(walk: LogWalk, verify: VerifyReport, contentsOf: (frame: WalkedFrame) => SealedContents): AuditReport {
  const byPlace = new Map<string, DamageReport>();
  const endOfLog: DamageReport[] = [];
  for (const damage of verify.damaged) {
    if (damage.reason === 'truncated' || damage.reason === 'head-invalid') endOfLog.push(damage);
    else byPlace.set(keyOf(damage.segment, damage.offset), damage);
  }
  const events: AuditEvent[] = [];
  const findings: AuditFinding[] = [];
  const items = inLogOrder(walk);
  let lastHash = CHAIN_GENESIS;
  items.forEach((item, i) => {
    if ('frame' in item) {
      const { frame, hash, segment } = item.frame;
      const place = { seq: events.length + 1, segment: segmentFileName(segment), offset: frame.offset, length: frame.length };
      const damage = byPlace.get(keyOf(place.segment, place.offset));
      const contents = contentsOf(item.frame);
      const problem = damage?.reason === 'unauthentic' || damage?.reason === 'chain-broken' ? damage.reason : contents ? undefined : 'unauthentic';
      const { id, type, schema, rev, prev } = frame.meta;
      events.push({ kind: 'revision', ...place, id, type, schema, rev, hash, prev, ...contents, ...(problem ? { problem } : {}) });
      if (damage) findings.push({ damage, event: place.seq, afterEvent: place.seq - 1 });
      lastHash = hash;
      return;
    }
    const { stretch } = item;
    const place = { segment: segmentFileName(stretch.segment), offset: stretch.offset, length: stretch.length };
    const damage = byPlace.get(keyOf(place.segment, place.offset));
    // Bytes an intact frame's chain passes over held no event (garbage written into the log); in
    // every other case at least one event was lost there, which gets a number of its own.
    const following = items.slice(i + 1).find((it): it is { frame: WalkedFrame } => 'frame' in it)?.frame;
    const heldNothing = following !== undefined && following.frame.meta.prev === lastHash && contentsOf(following) !== null;
    const afterEvent = events.length;
    if (!heldNothing) events.push({ kind: 'unreadable', seq: afterEvent + 1, ...place, problem: 'unreadable-bytes' });
    if (damage) findings.push({ damage, ...(heldNothing ? {} : { event: afterEvent + 1 }), afterEvent });
  });
  for (const damage of endOfLog) findings.push({ damage, afterEvent: events.length });
  return { events, findings, verify };
}
