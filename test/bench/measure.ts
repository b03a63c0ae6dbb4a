/** Small measuring tools shared by the benchmarks. */
export const MiB = 1024 * 1024;
export const round = (n: number) => Math.round(n * 10) / 10;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Peak RSS growth (MB) over `baseline` while `work` runs, sampled every 20 ms (worker threads included: they share the process). */
export async function peakRss<T>(baseline: number, work: () => Promise<T>): Promise<{ value: T; peakMB: number; seconds: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const started = performance.now();
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, peakMB: round((peak - baseline) / MiB), seconds: (performance.now() - started) / 1000 };
  } finally {
    clearInterval(timer);
  }
}
