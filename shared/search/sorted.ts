/**
 * Binary search over a sorted array of folded words (default string order, UTF-16 code units). All
 * words that start with a prefix sit together in such an array, which is what makes prefix search
 * over a large vocabulary cheap.
 */

/** First index whose word is ≥ key. */
export function lowerBound(sorted: readonly string[], key: string, from = 0): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [start, end) of the words that start with prefix. */
export function prefixRange(sorted: readonly string[], prefix: string): readonly [number, number] {
  const start = lowerBound(sorted, prefix);
  let lo = start;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.startsWith(prefix)) lo = mid + 1;
    else hi = mid;
  }
  return [start, lo];
}

export function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  return sorted[lowerBound(sorted, prefix)]?.startsWith(prefix) ?? false;
}

export function hasWord(sorted: readonly string[], word: string): boolean {
  return sorted[lowerBound(sorted, word)] === word;
}

/** Sorted, without duplicates. */
export function sortedUnique(words: Iterable<string>): string[] {
  return [...new Set(words)].sort();
}

/** Merges two sorted arrays into one, dropping duplicates. */
export function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out.length === 0 || out[out.length - 1] !== next) out.push(next);
  }
  return out;
}
