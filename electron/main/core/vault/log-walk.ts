import { hash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { scanSegment, type Frame, type ScanIssue } from './frames';

/** `prev` of the very first frame of a vault. */
export const CHAIN_GENESIS = '0'.repeat(32);

/** What the next frame's `prev` must say about this one: the first 128 bits of its SHA-256. */
export function frameHash(raw: Uint8Array): string {
  // One-shot hash: at 10,000+ frames per open, a Hash object per frame costs more than the hashing.
  return hash('sha256', raw, 'hex').slice(0, 32);
}

export interface WalkedFrame {
  segment: number;
  frame: Frame;
  /** 1-based position in the whole log. */
  position: number;
  hash: string;
  /** Unreadable bytes lie right before this frame, so its predecessor was lost to damage. */
  afterDamage: boolean;
}

export interface LogWalk {
  frames: WalkedFrame[];
  issues: Array<{ segment: number; issue: ScanIssue }>;
  /** Frames whose `prev` does not name the frame before them: something was removed or inserted. */
  chainBreaks: WalkedFrame[];
  tip: string;
  lastSegment: number;
  lastSegmentSize: number;
  /** The newest segment ends in bytes that are not a whole frame (torn or damaged). */
  badTail: boolean;
}

/** Reads every segment in order and follows the chain of `prev` hashes through all frames. */
export async function walkLog(segments: ReadonlyArray<{ index: number; file: string }>): Promise<LogWalk> {
  const walk: LogWalk = { frames: [], issues: [], chainBreaks: [], tip: CHAIN_GENESIS, lastSegment: 0, lastSegmentSize: 0, badTail: false };
  for (const { index, file } of segments) {
    const bytes = await fs.readFile(file);
    const { frames, issues } = scanSegment(bytes);
    const damageEnds = new Set(issues.filter((i) => i.kind === 'damaged').map((i) => i.offset + i.length));
    for (const frame of frames) {
      const walked: WalkedFrame = { segment: index, frame, position: walk.frames.length + 1, hash: frameHash(frame.raw), afterDamage: damageEnds.has(frame.offset) };
      if (frame.meta.prev !== walk.tip) walk.chainBreaks.push(walked);
      walk.frames.push(walked);
      walk.tip = walked.hash;
    }
    walk.issues.push(...issues.map((issue) => ({ segment: index, issue })));
    walk.badTail = issues.some((i) => i.offset + i.length === bytes.length);
    walk.lastSegment = index;
    walk.lastSegmentSize = bytes.length;
  }
  return walk;
}
