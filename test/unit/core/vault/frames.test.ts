import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeFrame, scanSegment, type FrameMeta } from '../../../../electron/main/core/vault/frames';
import { seededRandom, testSeed } from '../../../helpers/random';

const meta = (n: number): FrameMeta => ({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, type: 'case', schema: 1, rev: n, prev: String(n).padStart(32, '0') });

function segmentOf(count: number, boxSize = (i: number) => 40 + i * 13): { bytes: Buffer; offsets: number[]; boxes: Buffer[] } {
  const offsets: number[] = [];
  const boxes: Buffer[] = [];
  const parts: Buffer[] = [];
  let at = 0;
  for (let i = 1; i <= count; i++) {
    const box = randomBytes(boxSize(i));
    const frame = encodeFrame(meta(i), box);
    offsets.push(at);
    boxes.push(box);
    parts.push(frame);
    at += frame.length;
  }
  return { bytes: Buffer.concat(parts), offsets, boxes };
}

describe('frame format', () => {
  it('encodes "HBR1" | meta length | box length | crc | meta | box', () => {
    const box = Buffer.from('0123456789abcdef0123456789abcdef');
    const frame = encodeFrame(meta(7), box);
    const metaText = JSON.stringify(meta(7));
    expect(frame.subarray(0, 4).toString()).toBe('HBR1');
    expect(frame.readUInt32BE(4)).toBe(Buffer.byteLength(metaText));
    expect(frame.readUInt32BE(8)).toBe(box.length);
    expect(frame.subarray(16, 16 + Buffer.byteLength(metaText)).toString()).toBe(metaText);
    expect(frame.subarray(frame.length - box.length)).toEqual(box);
    expect(frame.length).toBe(16 + Buffer.byteLength(metaText) + box.length);
  });

  it('scans back exactly what was encoded, with offsets', () => {
    const { bytes, offsets, boxes } = segmentOf(10);
    const { frames, issues } = scanSegment(bytes);
    expect(issues).toEqual([]);
    expect(frames.map((f) => f.meta)).toEqual(Array.from({ length: 10 }, (_, i) => meta(i + 1)));
    expect(frames.map((f) => f.offset)).toEqual(offsets);
    expect(frames.map((f) => f.box)).toEqual(boxes);
    expect(scanSegment(Buffer.alloc(0))).toEqual({ frames: [], issues: [] });
  });

  it('drops unknown meta fields (only id, type, schema, rev are framed)', () => {
    const frame = encodeFrame({ ...meta(1), extra: 'x' } as FrameMeta, Buffer.alloc(30));
    expect(frame.toString()).not.toContain('extra');
    expect(scanSegment(frame).frames[0]?.meta).toEqual(meta(1));
  });

  it('reports a cut-off last frame as torn, wherever it is cut', () => {
    const { bytes, offsets } = segmentOf(4);
    const last = offsets[3]!;
    for (let cut = last + 1; cut < bytes.length; cut++) {
      const { frames, issues } = scanSegment(bytes.subarray(0, cut));
      expect(frames.length, `cut at ${cut}`).toBe(3);
      expect(issues, `cut at ${cut}`).toEqual([{ kind: 'torn', offset: last, length: cut - last }]);
    }
  });

  it('reports zeros past the end as torn, and other trailing bytes as damage', () => {
    const { bytes } = segmentOf(2);
    expect(scanSegment(Buffer.concat([bytes, Buffer.alloc(100)])).issues).toEqual([{ kind: 'torn', offset: bytes.length, length: 100 }]);
    expect(scanSegment(Buffer.concat([bytes, Buffer.from('garbage that is not a frame')])).issues).toEqual([{ kind: 'damaged', offset: bytes.length, length: 27 }]);
  });

  it('resynchronises after damage anywhere: one flipped byte costs at most the frame it hits (seeded loop)', () => {
    const seed = testSeed();
    const random = seededRandom(seed);
    const { bytes, offsets } = segmentOf(8);
    const frameAt = (pos: number) => offsets.filter((o) => o <= pos).length - 1;
    for (let trial = 0; trial < 400; trial++) {
      const damaged = Buffer.from(bytes);
      const pos = random.int(bytes.length);
      damaged[pos]! ^= 1 << random.int(8);
      const { frames, issues } = scanSegment(damaged);
      const hit = frameAt(pos);
      const boxStart = offsets[hit]! + 16 + Buffer.byteLength(JSON.stringify(meta(hit + 1)));
      const context = `seed ${seed}, byte ${pos} (frame ${hit})`;
      if (pos >= boxStart) {
        // Inside a box the framing is intact; authentication (AES-GCM) catches it, not the scanner.
        expect(frames.length, context).toBe(8);
        expect(issues, context).toEqual([]);
      } else {
        expect(frames.map((f) => f.meta.rev), context).toEqual([1, 2, 3, 4, 5, 6, 7, 8].filter((n) => n !== hit + 1));
        expect(issues, context).toHaveLength(1);
        expect(issues[0]!.kind, context).toBe('damaged');
        expect(issues[0]!.offset, context).toBe(offsets[hit]);
      }
    }
  });

  it('refuses absurd lengths without reading past the buffer', () => {
    const frame = encodeFrame(meta(1), Buffer.alloc(50));
    const huge = Buffer.from(frame);
    huge.writeUInt32BE(0xffffffff, 8);
    expect(scanSegment(huge).issues[0]?.kind).toBe('damaged');
    const hugeMeta = Buffer.from(frame);
    hugeMeta.writeUInt32BE(0xffffff, 4);
    expect(scanSegment(hugeMeta).issues[0]?.kind).toBe('damaged');
  });

  it('reports damage to the last frame\'s lengths as damage, never as a torn write', () => {
    const { bytes, offsets } = segmentOf(3, () => 200);
    const last = offsets[2]!;
    for (let within = 4; within < 16; within++) {
      for (let bit = 0; bit < 8; bit++) {
        const damaged = Buffer.from(bytes);
        damaged[last + within]! ^= 1 << bit;
        const { frames, issues } = scanSegment(damaged);
        expect(frames.length).toBe(2);
        expect(issues.map((i) => i.kind), `byte ${within}, bit ${bit}`).toEqual(['damaged']);
      }
    }
  });
});
