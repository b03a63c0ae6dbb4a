import { crc32 } from 'node:zlib';
import { z } from 'zod';

/**
 * One sealed record revision inside a log segment:
 *
 *   "HBR1" | metaLength u32 | boxLength u32 | crc32 u32 | meta (JSON) | box (nonce ‖ ciphertext ‖ tag)
 *
 * The meta names the record (random id, type, schema version, revision) so damage can be reported
 * by record, and carries `prev`, a hash of the frame before it in the log, which chains every
 * revision ever written (the audit chain); it holds no case data. The CRC only frames the log
 * (finds where the next revision starts after damage); authenticity comes from AES-GCM, whose AAD
 * repeats the meta, `prev` included.
 */
const MAGIC = Buffer.from('HBR1', 'ascii');
const PREFIX_BYTES = 16;
const MAX_META_BYTES = 1024;
export const MAX_BOX_BYTES = 64 * 1024 * 1024;

export const FrameMeta = z.strictObject({
  id: z.string().min(1).max(100),
  type: z.string().min(1).max(50),
  schema: z.number().int().positive(),
  rev: z.number().int().positive(),
  prev: z.string().regex(/^[0-9a-f]{32}$/),
});
export type FrameMeta = z.infer<typeof FrameMeta>;

export interface Frame {
  meta: FrameMeta;
  offset: number;
  length: number;
  box: Buffer;
  /** The whole frame as stored, which the next frame's `prev` hashes. */
  raw: Buffer;
}

export interface ScanIssue {
  /** torn: an unacknowledged write cut off by a crash; damaged: bytes that changed after writing. */
  kind: 'torn' | 'damaged';
  offset: number;
  length: number;
  meta?: FrameMeta;
}

export function encodeFrame(meta: FrameMeta, box: Buffer): Buffer {
  const metaBytes = Buffer.from(JSON.stringify({ id: meta.id, type: meta.type, schema: meta.schema, rev: meta.rev, prev: meta.prev }), 'utf8');
  const prefix = Buffer.alloc(PREFIX_BYTES);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt32BE(metaBytes.length, 4);
  prefix.writeUInt32BE(box.length, 8);
  prefix.writeUInt32BE(crc32(metaBytes, crc32(prefix.subarray(4, 12))), 12);
  return Buffer.concat([prefix, metaBytes, box]);
}

const PREV_PATTERN = /^[0-9a-f]{32}$/;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

/**
 * The same rules as FrameMeta, checked by hand: opening a vault reads every frame's meta, and at
 * 10,000+ frames the general-purpose schema parse was a third of the open time.
 */
function parseMeta(value: unknown): FrameMeta {
  const m = value as Record<string, unknown> | null;
  if (
    typeof m !== 'object' || m === null || Object.keys(m).length !== 5 ||
    typeof m.id !== 'string' || m.id.length < 1 || m.id.length > 100 ||
    typeof m.type !== 'string' || m.type.length < 1 || m.type.length > 50 ||
    !isCount(m.schema) || !isCount(m.rev) ||
    typeof m.prev !== 'string' || !PREV_PATTERN.test(m.prev)
  ) {
    throw new Error('not a frame meta');
  }
  return { id: m.id, type: m.type, schema: m.schema, rev: m.rev, prev: m.prev };
}

type Attempt =
  | { ok: true; frame: Frame }
  | { ok: false; torn: boolean };

function tryFrameAt(buf: Buffer, pos: number): Attempt {
  const remaining = buf.length - pos;
  if (remaining < PREFIX_BYTES) return { ok: false, torn: MAGIC.subarray(0, Math.min(4, remaining)).equals(buf.subarray(pos, pos + Math.min(4, remaining))) };
  if (!buf.subarray(pos, pos + 4).equals(MAGIC)) return { ok: false, torn: false };
  const metaLength = buf.readUInt32BE(pos + 4);
  const boxLength = buf.readUInt32BE(pos + 8);
  if (metaLength > MAX_META_BYTES || boxLength > MAX_BOX_BYTES) return { ok: false, torn: false };
  const metaStart = pos + PREFIX_BYTES;
  if (metaStart + metaLength > buf.length) return { ok: false, torn: isCutMeta(buf.subarray(metaStart)) };
  const metaBytes = buf.subarray(metaStart, metaStart + metaLength);
  if (crc32(metaBytes, crc32(buf.subarray(pos + 4, pos + 12))) !== buf.readUInt32BE(pos + 12)) return { ok: false, torn: false };
  const end = metaStart + metaLength + boxLength;
  if (end > buf.length) return { ok: false, torn: true };
  let meta: FrameMeta;
  try {
    meta = parseMeta(JSON.parse(metaBytes.toString('utf8')));
  } catch {
    return { ok: false, torn: false };
  }
  return { ok: true, frame: { meta, offset: pos, length: end - pos, box: buf.subarray(metaStart + metaLength, end), raw: buf.subarray(pos, end) } };
}

/**
 * The file ends inside the meta its prefix announces. A crash mid-append leaves the start of the
 * meta JSON; a damaged (too large) meta length instead leaves a whole meta followed by box bytes.
 * Only the first is a harmless torn write; the second hides an acknowledged revision.
 */
function isCutMeta(partial: Buffer): boolean {
  // JSON.stringify escapes every control character, so the meta text never contains one.
  for (const byte of partial) if (byte < 0x20) return false;
  for (let end = partial.indexOf(0x7d); end !== -1; end = partial.indexOf(0x7d, end + 1)) {
    try {
      if (FrameMeta.safeParse(JSON.parse(partial.subarray(0, end + 1).toString('utf8'))).success) return false;
    } catch {
      // not a complete JSON value yet
    }
  }
  return true;
}

function isAllZero(buf: Buffer): boolean {
  for (const b of buf) if (b !== 0) return false;
  return true;
}

/**
 * Reads every frame of a segment. Damage in the middle is skipped by searching for the next
 * valid frame, so one flipped byte costs one revision, not the rest of the log.
 */
export function scanSegment(buf: Buffer): { frames: Frame[]; issues: ScanIssue[] } {
  const frames: Frame[] = [];
  const issues: ScanIssue[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const attempt = tryFrameAt(buf, pos);
    if (attempt.ok) {
      frames.push(attempt.frame);
      pos += attempt.frame.length;
      continue;
    }
    let next = buf.indexOf(MAGIC, pos + 1);
    while (next !== -1 && !tryFrameAt(buf, next).ok) next = buf.indexOf(MAGIC, next + 1);
    const end = next === -1 ? buf.length : next;
    const tail = next === -1;
    // A crash mid-append leaves a prefix of a frame, or (on some file systems) zeros past the old end.
    const torn = tail && (attempt.torn || isAllZero(buf.subarray(pos, end)));
    issues.push({ kind: torn ? 'torn' : 'damaged', offset: pos, length: end - pos });
    pos = end;
  }
  return { frames, issues };
}
