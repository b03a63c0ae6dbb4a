/**
 * A small seeded PRNG (mulberry32) for property-style loops: fast-check is not installed, and a
 * seed printed in the failure message makes any failure reproducible.
 */
export function seededRandom(seed: number): { next(): number; int(maxExclusive: number): number; bytes(n: number): Buffer } {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (maxExclusive) => Math.floor(next() * maxExclusive),
    bytes: (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256))),
  };
}

/** Seed from HABEAS_TEST_SEED when set (to replay a failure), else a fresh one. */
export function testSeed(): number {
  const fromEnv = Number(process.env.HABEAS_TEST_SEED);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : Math.floor(Math.random() * 2 ** 31) + 1;
}
