/**
 * A small seeded pseudo-random generator (mulberry32) for the demo generator. Not for anything
 * secret: it exists so that the same seed always gives the same synthetic cases, ids included.
 */

/** Mixes two 32-bit integers into one well-spread seed (murmur3 finaliser). */
export function mixSeed(a: number, b: number): number {
  let h = (Math.imul(a >>> 0, 0x85ebca6b) ^ Math.imul((b + 0x9e3779b9) >>> 0, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A uint32. */
  u32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** An integer in [min, max] (both included). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return p >= 1 || (p > 0 && this.next() < p);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One item, chosen with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return (items[items.length - 1] as readonly [T, number])[0];
  }

  /** `n` distinct items in random order (fewer if the list is shorter). */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0] as T);
    return out;
  }

  /** A UUID in version-4 format (RFC 9562 variant), built from this generator. */
  uuid(): string {
    const a = this.u32();
    const b = this.u32();
    const c = this.u32();
    const d = this.u32();
    const h = (x: number) => HEX[x & 0xff] as string;
    return (
      h(a >>> 24) + h(a >>> 16) + h(a >>> 8) + h(a) + '-' +
      h(b >>> 24) + h(b >>> 16) + '-' +
      h(((b >>> 8) & 0x0f) | 0x40) + h(b) + '-' +
      h(((c >>> 24) & 0x3f) | 0x80) + h(c >>> 16) + '-' +
      h(c >>> 8) + h(c) + h(d >>> 24) + h(d >>> 16) + h(d >>> 8) + h(d)
    );
  }

}
