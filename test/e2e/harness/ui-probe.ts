import type { Page } from 'playwright-core';

/**
 * Timing probes inside the page, for the UI bench (test/bench/ui-bench.ts). Everything is measured
 * with the page's own clock (performance.now(), event timestamps), so the DevTools transport that
 * drives the browser adds nothing to the figures except where it carries IPC (see the bench).
 *
 * - unlock: from the click on Unlock (the event's timestamp) to the workspace heading (vault open,
 *   KDF done), the first case row, and the full working set (no progress bar, count = total).
 * - responsiveness: long tasks (PerformanceObserver 'longtask'), the largest event-loop lag seen by
 *   a 10 ms interval, and Event Timing entries (input → next paint) for keys typed meanwhile.
 * - search: from each `input` event of the search box to the frame after the rows for that value
 *   (or a later one) are on screen, as marked by the list's `data-query` attribute.
 */
export interface UnlockProbe {
  clickAt: number | null;
  workspaceAt: number | null;
  firstRowAt: number | null;
  fullAt: number | null;
  /** Full-text index complete (its progress line gone). */
  textIndexedAt: number | null;
  longTasks: Array<{ start: number; duration: number }>;
  lags: Array<{ at: number; lag: number }>;
  events: Array<{ name: string; start: number; duration: number; inputDelay: number }>;
}

/** Installs the unlock probe on the current document (the unlock screen). */
export async function installUnlockProbe(page: Page, total: number): Promise<void> {
  await page.evaluate((expectedTotal: number) => {
    const probe: UnlockProbeInPage = { clickAt: null, workspaceAt: null, firstRowAt: null, fullAt: null, textIndexedAt: null, longTasks: [], lags: [], events: [] };
    type UnlockProbeInPage = {
      clickAt: number | null;
      workspaceAt: number | null;
      firstRowAt: number | null;
      fullAt: number | null;
      textIndexedAt: number | null;
      longTasks: Array<{ start: number; duration: number }>;
      lags: Array<{ at: number; lag: number }>;
      events: Array<{ name: string; start: number; duration: number; inputDelay: number }>;
    };
    (window as unknown as { __unlockProbe: UnlockProbeInPage }).__unlockProbe = probe;
    const afterPaint = (record: (t: number) => void) => requestAnimationFrame(() => setTimeout(() => record(performance.now()), 0));
    document.addEventListener(
      'click',
      (event) => {
        const target = event.target as Element | null;
        if (probe.clickAt === null && target?.closest('button[type="submit"]')) probe.clickAt = event.timeStamp;
      },
      true,
    );
    const totalText = new Intl.NumberFormat('en').format(expectedTotal);
    let pendingFirst = false;
    let pendingFull = false;
    let pendingText = false;
    const check = () => {
      if (probe.workspaceAt === null && document.querySelector('[data-testid="cases-view"]')) probe.workspaceAt = performance.now();
      if (probe.firstRowAt === null && !pendingFirst && document.querySelector('[data-testid="case-row"]')) {
        pendingFirst = true;
        afterPaint((t) => (probe.firstRowAt = t));
      }
      if (probe.fullAt === null && !pendingFull && probe.firstRowAt !== null && !document.querySelector('[data-testid="load-progress"]')) {
        const count = document.querySelector('[data-testid="case-count"]')?.textContent ?? '';
        if (count.includes(totalText)) {
          pendingFull = true;
          afterPaint((t) => (probe.fullAt = t));
        }
      }
      if (probe.textIndexedAt === null && !pendingText && pendingFull && !document.querySelector('[data-testid="index-progress"]')) {
        pendingText = true;
        afterPaint((t) => (probe.textIndexedAt = t));
      }
    };
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-testid'] });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: false });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) {
        probe.events.push({ name: e.name, start: e.startTime, duration: e.duration, inputDelay: e.processingStart - e.startTime });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      const lag = now - last - 10;
      if (lag > 4) probe.lags.push({ at: now, lag });
      last = now;
    }, 10);
  }, total);
}

export async function readUnlockProbe(page: Page): Promise<UnlockProbe> {
  return page.evaluate(() => structuredClone((window as unknown as { __unlockProbe: UnlockProbe }).__unlockProbe));
}

/** Starts recording search latencies (call once the list is fully loaded). */
export async function installSearchProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const latencies: number[] = [];
    const detail: Array<{ value: string; ms: number }> = [];
    const pending: Array<{ value: string; at: number }> = [];
    (window as unknown as { __searchLatencies: number[] }).__searchLatencies = latencies;
    (window as unknown as { __searchDetail: unknown }).__searchDetail = detail;
    const input = document.querySelector<HTMLInputElement>('[data-testid="case-search"]');
    if (!input) throw new Error('no search box');
    input.addEventListener('input', (event) => pending.push({ value: input.value, at: event.timeStamp }), true);
    const settle = () => {
      const rendered = document.querySelector<HTMLElement>('[data-testid="case-list-panel"]')?.dataset.query;
      if (rendered === undefined) return;
      let upTo = -1;
      for (let i = pending.length - 1; i >= 0; i--) {
        if (pending[i]!.value === rendered) {
          upTo = i;
          break;
        }
      }
      if (upTo < 0) return;
      const done = pending.splice(0, upTo + 1);
      requestAnimationFrame(() =>
        setTimeout(() => {
          const now = performance.now();
          for (const entry of done) {
            latencies.push(now - entry.at);
            detail.push({ value: entry.value, ms: Math.round(now - entry.at) });
          }
        }, 0),
      );
    };
    new MutationObserver(settle).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-query'], childList: true });
  });
}

export async function readSearchLatencies(page: Page): Promise<number[]> {
  return page.evaluate(() => [...(window as unknown as { __searchLatencies: number[] }).__searchLatencies]);
}

/** The app's own User Timing measures (habeas:*), summed per name: where the load spent its time. */
export async function readAppMeasures(page: Page): Promise<Record<string, { count: number; totalMs: number; maxMs: number }>> {
  return page.evaluate(() => {
    const out: Record<string, { count: number; totalMs: number; maxMs: number }> = {};
    for (const m of performance.getEntriesByType('measure')) {
      if (!m.name.startsWith('habeas:')) continue;
      const entry = (out[m.name] ??= { count: 0, totalMs: 0, maxMs: 0 });
      entry.count += 1;
      entry.totalMs = Math.round((entry.totalMs + m.duration) * 10) / 10;
      entry.maxMs = Math.max(entry.maxMs, Math.round(m.duration * 10) / 10);
    }
    return out;
  });
}

/** Each keystroke's value and latency (for finding the slow ones). */
export async function readSearchDetail(page: Page): Promise<Array<{ value: string; ms: number }>> {
  return page.evaluate(() => [...(window as unknown as { __searchDetail: Array<{ value: string; ms: number }> }).__searchDetail]);
}
