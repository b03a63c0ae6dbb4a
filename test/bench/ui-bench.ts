/**
 * The UI half of `npm run bench`: the built renderer in Debian Chromium (the e2e harness: real
 * main-process handlers over a real vault with the calibrated KDF, window.habeas over DevTools
 * bindings) with 10,000 generated cases. The first run starts without the vault's list cache (as
 * the first unlock after an upgrade would: every list row derived from its document), the others
 * with the cache that run left (as every later unlock). Per run: unlock through the UI, measure in
 * the page (test/e2e/harness/ui-probe.ts), lock:
 *   - first list page on screen, from the Unlock click and from the moment the vault was open;
 *   - the full working set loaded (every list row in the list, names and list columns indexed);
 *   - the full text of every case indexed (fetched after the rows, indexed in the background);
 *   - whether input stayed responsive meanwhile (long tasks, event-loop lag, keys typed during it);
 *   - search-as-you-type latency over realistic queries typed key by key;
 *   - durable save latency (cases.save from the page, and the handler's own time in main).
 * Reports the median of each figure over the runs with the cache, and the cold run apart.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { generateCases } from '../../electron/main/core/demo/generate';
import { articleOfKey, type CaseSummary } from '../../shared/case-model/summary';
import { startHabeasE2e, type HabeasE2e } from '../e2e/harness/app';
import { BUILT_RENDERER_DIR } from '../e2e/harness/renderer-files';
import { seedVault } from '../e2e/harness/seed-vault';
import { installSearchProbe, installUnlockProbe, readAppMeasures, readSearchDetail, readSearchLatencies, readUnlockProbe, type UnlockProbe } from '../e2e/harness/ui-probe';

const PASSPHRASE = 'benchmark passphrase for the UI, not secret';
/** Cases per cases.texts page, as the renderer asks (TEXT_CHUNK_SIZE in renderer/src/db/working-set.ts). */
const TEXTS_PAGE = 250;

export interface Distribution {
  p50: number;
  p95: number;
  max: number;
  samples: number;
}

export interface UiRun {
  /** Unlock click → first case row painted (includes the KDF, ~1 s by design). */
  firstPageFromClickMs: number;
  /** Vault open (workspace shown) → first case row painted. */
  firstPageAfterUnlockMs: number;
  /** Vault open → every list row in the list and the name index, progress gone. */
  fullSetAfterUnlockMs: number;
  fullSetFromClickMs: number;
  /** Vault open → the full text of every case indexed (names and list columns are searchable before). */
  fullTextIndexedAfterUnlockMs: number;
  /** While loading (vault open → full set): the longest task and the sum of task time over 50 ms. */
  longestTaskMs: number;
  totalBlockingMs: number;
  /** Largest delay of a 10 ms timer while loading. */
  maxEventLoopLagMs: number;
  /** Keys typed into the search box while loading: worst input → next paint (Event Timing). */
  typingDuringLoadWorstMs: number | null;
  search: Distribution;
  /** cases.save called from the page: round trip through the DevTools binding. */
  saveRoundTrip: Distribution;
  /** The same saves, time inside the main-process handler (parse, seal, append, fsync). */
  saveInMain: Distribution;
  /** Main-process time of each cases.list page, summed (the rest of the load is transport and the renderer). */
  listInMainMs: number;
  /** The renderer's own measures while loading (cases.list and cases.texts round trips, indexing). */
  breakdown: Record<string, { count: number; totalMs: number; maxMs: number }>;
  /** The page's JS heap once everything is indexed, after a full GC (Chromium's performance.memory). */
  heapMegabytes: number;
}

export interface UiBenchResult {
  cases: number;
  /** Runs with the list cache; medians are over these. */
  runs: UiRun[];
  /** The first run, without the list cache. */
  cold: UiRun | null;
  medians: Omit<UiRun, 'search' | 'saveRoundTrip' | 'saveInMain' | 'breakdown' | 'heapMegabytes'> & { searchP50: number; searchP95: number; saveRoundTripP95: number; saveInMainP95: number };
  generateMs: number;
  seedMs: number;
  summaryMegabytes: number;
  /** Every case's searchable texts as cases.texts sends them (packed per page). */
  textsMegabytes: number;
  keystrokes: number;
  /** What moving 1,000 summaries costs here, to tell the harness's transport from the app's work. */
  transport: TransportProbe | null;
}

export interface TransportProbe {
  summaries: number;
  megabytes: number;
  /** cases.list of that many, page → main → page over the DevTools binding (the harness's IPC). */
  devtoolsRoundTripMs: number;
  /** Main's own time for that call. */
  inMainMs: number;
  /** structuredClone of the answer in the page: a floor for what Electron's IPC would spend deserialising it. */
  structuredCloneMs: number;
}

/** Times one 1,000-summary page over the harness transport, and a structured clone of it in the page. */
async function probeTransport(h: HabeasE2e, page: Page): Promise<TransportProbe> {
  const result = await page.evaluate(async () => {
    const api = (window as unknown as { habeas: { cases: { list(i: unknown): Promise<{ ok: boolean; value?: { items: unknown[] } }> } } }).habeas;
    const times: number[] = [];
    const clones: number[] = [];
    let bytes = 0;
    let n = 0;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const answer = await api.cases.list({ offset: i * 1000, limit: 1000 });
      times.push(performance.now() - started);
      const cloneStarted = performance.now();
      structuredClone(answer);
      clones.push(performance.now() - cloneStarted);
      if (i === 0) {
        n = answer.value?.items.length ?? 0;
        bytes = JSON.stringify(answer).length;
      }
    }
    times.sort((a, b) => a - b);
    clones.sort((a, b) => a - b);
    return { n, bytes, ms: times[1]!, clone: clones[1]! };
  });
  const inMain = h.shim.calls.filter((c) => c.channel === 'cases:list').slice(-3).map((c) => c.ms).sort((a, b) => a - b)[1] ?? NaN;
  return { summaries: result.n, megabytes: round(result.bytes / 1e6), devtoolsRoundTripMs: round(result.ms), inMainMs: inMain, structuredCloneMs: round(result.clone) };
}

const round = (n: number) => Math.round(n * 10) / 10;

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function distribution(values: readonly number[]): Distribution {
  return { p50: round(percentile(values, 50)), p95: round(percentile(values, 95)), max: round(Math.max(...values)), samples: values.length };
}

export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return round(sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** Queries people type: names in each script and without diacritics, a place, an article, a court. */
function queriesFrom(summaries: readonly CaseSummary[]): string[] {
  const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ə/g, 'a').replace(/Ə/g, 'A').replace(/ı/g, 'i');
  const at = (i: number) => summaries[i % summaries.length]!;
  const cyrillic = summaries.find((s, i) => i > 40 && s.otherNames.some((n) => /[\u0400-\u04FF]/.test(n)));
  const withArticle = summaries.find((s) => s.articles.length > 0);
  const withFacility = summaries.find((s, i) => i > 10 && s.facility);
  const withCourt = summaries.find((s, i) => i > 20 && s.court);
  const out = [at(17).name, plain(at(4711).name).toLowerCase()];
  if (cyrillic) out.push(cyrillic.otherNames.find((n) => /[\u0400-\u04FF]/.test(n))!);
  if (withFacility) out.push(withFacility.facility!.split(/[\s(]+/).filter((w) => w.length > 3).slice(0, 2).join(' '));
  if (withArticle) out.push(articleOfKey(withArticle.articles[0]!));
  if (withCourt) out.push(withCourt.court!.split(' ').slice(0, 2).join(' '));
  return out;
}

async function typeQueries(page: Page, queries: readonly string[]): Promise<number> {
  const search = page.getByTestId('case-search');
  let keystrokes = 0;
  for (const query of queries) {
    await search.click();
    await search.pressSequentially(query, { delay: 110 });
    keystrokes += query.length;
    await page.waitForTimeout(250);
    await search.press('Control+A');
    await search.press('Backspace');
    keystrokes += 1;
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="case-list-panel"]')?.dataset.query === '', undefined, { timeout: 30_000 });
  }
  return keystrokes;
}

async function measureSaves(h: HabeasE2e, ids: readonly string[]): Promise<{ roundTrip: number[]; inMain: number[] }> {
  const before = h.shim.calls.length;
  const roundTrip = await h.page.evaluate(async (caseIds: readonly string[]) => {
    type Result = { ok: boolean; value?: { revision: number; file: { status: string } & Record<string, unknown> } };
    const api = (window as unknown as { habeas: { cases: { get(i: unknown): Promise<Result>; save(i: unknown): Promise<Result> } } }).habeas;
    const out: number[] = [];
    for (const id of caseIds) {
      const current = await api.cases.get({ id });
      if (!current.ok || !current.value) throw new Error(`cases.get failed for ${id}`);
      const file = { ...current.value.file, status: current.value.file.status === 'detained' ? 'released' : 'detained' };
      const started = performance.now();
      const saved = await api.cases.save({ baseRevision: current.value.revision, file });
      out.push(performance.now() - started);
      if (!saved.ok) throw new Error(`cases.save failed for ${id}`);
    }
    return out;
  }, ids);
  const inMain = h.shim.calls.slice(before).filter((c) => c.channel === 'cases:save').map((c) => c.ms);
  return { roundTrip, inMain };
}

async function lock(h: HabeasE2e, locksSoFar: number): Promise<void> {
  await h.page.getByTestId('lock-button').click();
  const deadline = Date.now() + 30_000;
  while (h.shim.locks.length < locksSoFar + 1) {
    if (Date.now() > deadline) throw new Error('the vault did not lock');
    await new Promise((r) => setTimeout(r, 50));
  }
  await h.shim.settled();
  await h.page.getByRole('heading', { name: 'Unlock the vault' }).waitFor({ timeout: 30_000 });
}

function duringLoad(probe: UnlockProbe) {
  const from = probe.workspaceAt ?? 0;
  const to = probe.fullAt ?? Infinity;
  const tasks = probe.longTasks.filter((t) => t.start + t.duration >= from && t.start <= to);
  const lags = probe.lags.filter((l) => l.at >= from && l.at <= to + 50);
  const typed = probe.events.filter((e) => e.start >= from && e.start <= to && (e.name === 'keydown' || e.name === 'keyup' || e.name === 'keypress' || e.name === 'input'));
  return {
    longestTaskMs: round(Math.max(0, ...tasks.map((t) => t.duration))),
    totalBlockingMs: round(tasks.reduce((n, t) => n + Math.max(0, t.duration - 50), 0)),
    maxEventLoopLagMs: round(Math.max(0, ...lags.map((l) => l.lag))),
    typingDuringLoadWorstMs: typed.length ? round(Math.max(...typed.map((e) => e.duration))) : null,
  };
}

/** Runs the UI bench. Needs `npm run build` (out/renderer) and Debian's Chromium. */
export async function runUiBench(options: { cases?: number; runs?: number; saves?: number; onProgress?: (m: string) => void } = {}): Promise<UiBenchResult> {
  const count = options.cases ?? 10_000;
  const runs = options.runs ?? 3;
  const saves = options.saves ?? 60;
  const say = options.onProgress ?? (() => {});

  say(`UI: generating ${count} cases (fill: typical)…`);
  let started = performance.now();
  const files = generateCases({ count, seed: 2026, fill: 'typical' });
  const generateMs = performance.now() - started;

  const h = await startHabeasE2e(process.env.HABEAS_E2E_RENDERER_DIR ?? BUILT_RENDERER_DIR);
  try {
    say(`UI: writing them to a vault (${path.basename(h.dirs.vault)})…`);
    started = performance.now();
    await seedVault(h.dirs.vault, PASSPHRASE, files, { onProgress: (done) => done % 2000 === 0 && say(`UI:   ${done}/${count}`) });
    const seedMs = performance.now() - started;
    files.length = 0; // let the generated documents go

    const page = h.page;
    await page.reload({ waitUntil: 'load' });
    const results: UiRun[] = [];
    let summaries: CaseSummary[] = [];
    let summaryMegabytes = 0;
    let textsMegabytes = 0;
    let keystrokes = 0;
    let transport: TransportProbe | null = null;
    // Run 0 is the cold one: no list cache (seedVault writes none; the app writes it at lock).
    await fs.rm(path.join(h.dirs.vault, 'cache'), { recursive: true, force: true });
    for (let run = 0; run <= runs; run++) {
      say(`UI: run ${run}/${runs}${run === 0 ? ' (cold: no list cache)' : ''}: unlock…`);
      await page.getByRole('heading', { name: 'Unlock the vault' }).waitFor({ timeout: 30_000 });
      await installUnlockProbe(page, count);
      const callsBefore = h.shim.calls.length;
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock', exact: true }).click();
      // Type while the working set loads, as someone who knows what they want would.
      await page.getByTestId('case-row').first().waitFor({ timeout: 60_000 });
      const search = page.getByTestId('case-search');
      await search.pressSequentially('ali', { delay: 60 });
      await search.press('Control+A');
      await search.press('Backspace');
      await page.waitForFunction(() => (window as unknown as { __unlockProbe: UnlockProbe }).__unlockProbe.fullAt !== null, undefined, { timeout: 180_000, polling: 100 });
      const loaded = await readUnlockProbe(page);
      await page.waitForFunction(() => (window as unknown as { __unlockProbe: UnlockProbe }).__unlockProbe.textIndexedAt !== null, undefined, { timeout: 600_000, polling: 200 });
      const probe = { ...loaded, textIndexedAt: (await readUnlockProbe(page)).textIndexedAt };
      // Read once the texts are in too, so the cases.texts round trips are all there.
      const breakdown = await readAppMeasures(page);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage').finally(() => cdp.detach().catch(() => {}));
      const heapMegabytes = await page.evaluate(() => Math.round(((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN) / 1e6));
      const listInMainMs = h.shim.calls.slice(callsBefore).filter((c) => c.channel === 'cases:list').reduce((n, c) => n + c.ms, 0);

      if (run === 0) {
        summaries = h.main.session.listCases(0, count).items;
        summaryMegabytes = round(JSON.stringify(summaries).length / 1e6);
        let bytes = 0;
        for (let offset = 0; offset < count; offset += TEXTS_PAGE) bytes += JSON.stringify(h.main.session.caseTexts(offset, TEXTS_PAGE)).length;
        textsMegabytes = round(bytes / 1e6);
      }
      if (run === 0) transport = await probeTransport(h, page);
      say(`UI: run ${run}/${runs}: search as you type…`);
      await installSearchProbe(page);
      keystrokes = await typeQueries(page, queriesFrom(summaries));
      const searchLatencies = await readSearchLatencies(page);
      const searchMeasures = (await readAppMeasures(page))['habeas:search'];
      if (process.env.HABEAS_BENCH_SEARCH_DETAIL) say(`UI: keystrokes: ${(await readSearchDetail(page)).map((d) => `${JSON.stringify(d.value)} ${d.ms}`).join(', ')}`);
      if (searchMeasures) say(`UI: run ${run}/${runs}: index search calls ${searchMeasures.count}, ${round(searchMeasures.totalMs / searchMeasures.count)} ms mean, ${searchMeasures.maxMs} ms max`);

      say(`UI: run ${run}/${runs}: ${saves} saves…`);
      const ids = Array.from({ length: saves }, (_, i) => summaries[(i * 7919 + run * 104_729) % summaries.length]!.id);
      const saved = await measureSaves(h, ids);

      const clickAt = probe.clickAt ?? NaN;
      const workspaceAt = probe.workspaceAt ?? NaN;
      results.push({
        firstPageFromClickMs: round((probe.firstRowAt ?? NaN) - clickAt),
        firstPageAfterUnlockMs: round((probe.firstRowAt ?? NaN) - workspaceAt),
        fullSetAfterUnlockMs: round((probe.fullAt ?? NaN) - workspaceAt),
        fullSetFromClickMs: round((probe.fullAt ?? NaN) - clickAt),
        fullTextIndexedAfterUnlockMs: round((probe.textIndexedAt ?? NaN) - workspaceAt),
        ...duringLoad(probe),
        search: distribution(searchLatencies),
        saveRoundTrip: distribution(saved.roundTrip),
        saveInMain: distribution(saved.inMain),
        listInMainMs: round(listInMainMs),
        breakdown,
        heapMegabytes,
      });
      say(`UI: run ${run}/${runs}: ${JSON.stringify(results.at(-1))}`);
      await lock(h, h.shim.locks.length);
    }

    const cold = results.shift() ?? null;
    const pick = <K extends keyof UiRun>(key: K) => results.map((r) => r[key] as number);
    return {
      cases: count,
      runs: results,
      cold,
      medians: {
        firstPageFromClickMs: median(pick('firstPageFromClickMs')),
        firstPageAfterUnlockMs: median(pick('firstPageAfterUnlockMs')),
        fullSetAfterUnlockMs: median(pick('fullSetAfterUnlockMs')),
        fullSetFromClickMs: median(pick('fullSetFromClickMs')),
        fullTextIndexedAfterUnlockMs: median(pick('fullTextIndexedAfterUnlockMs')),
        longestTaskMs: median(pick('longestTaskMs')),
        totalBlockingMs: median(pick('totalBlockingMs')),
        maxEventLoopLagMs: median(pick('maxEventLoopLagMs')),
        typingDuringLoadWorstMs: median(results.map((r) => r.typingDuringLoadWorstMs ?? NaN)),
        listInMainMs: median(pick('listInMainMs')),
        searchP50: median(results.map((r) => r.search.p50)),
        searchP95: median(results.map((r) => r.search.p95)),
        saveRoundTripP95: median(results.map((r) => r.saveRoundTrip.p95)),
        saveInMainP95: median(results.map((r) => r.saveInMain.p95)),
      },
      generateMs: round(generateMs),
      seedMs: round(seedMs),
      summaryMegabytes,
      textsMegabytes,
      keystrokes,
      transport,
    };
  } finally {
    await h.dispose();
  }
}

export function uiBenchRows(r: UiBenchResult): Array<[string, string]> {
  const m = r.medians;
  const target = (value: number, limit: number) => `${value} ms${Number.isFinite(value) ? (value <= limit ? ` (target ≤ ${limit}: met)` : ` (target ≤ ${limit}: MISSED)`) : ''}`;
  return [
    [`UI (Chromium): cases`, `${r.cases} (list rows ${r.summaryMegabytes} MB, searchable texts ${r.textsMegabytes} MB packed), median of ${r.runs.length} runs with the list cache`],
    ['UI: unlock click → first list page', `${m.firstPageFromClickMs} ms (includes the ~1 s KDF)`],
    ['UI: vault open → first list page', target(m.firstPageAfterUnlockMs, 1000)],
    ['UI: vault open → full working set (list, sort, filters, name search)', target(m.fullSetAfterUnlockMs, 2000)],
    ['UI: vault open → full text of every case searchable', `${m.fullTextIndexedAfterUnlockMs} ms`],
    ...(r.cold
      ? ([
          ['UI: cold (no list cache): vault open → first page / full working set / full text', `${r.cold.firstPageAfterUnlockMs} ms / ${r.cold.fullSetAfterUnlockMs} ms / ${r.cold.fullTextIndexedAfterUnlockMs} ms`],
        ] as Array<[string, string]>)
      : []),
    ['UI: main-process time in cases.list (sum)', `${m.listInMainMs} ms (cold: ${r.cold?.listInMainMs ?? NaN} ms)`],
    ['UI: renderer time indexing list pages (sum, first warm run)', `${r.runs[0]?.breakdown['habeas:list.addPage']?.totalMs ?? NaN} ms`],
    ['UI: cases.texts round trips (sum, first warm run)', `${r.runs[0]?.breakdown['habeas:cases.texts']?.totalMs ?? NaN} ms in ${r.runs[0]?.breakdown['habeas:cases.texts']?.count ?? NaN} pages`],
    ['UI: page JS heap with everything indexed, after GC (first warm run)', `${r.runs[0]?.heapMegabytes ?? NaN} MB`],
    ['UI: while loading, longest task', `${m.longestTaskMs} ms`],
    ['UI: while loading, total blocking time', `${m.totalBlockingMs} ms`],
    ['UI: while loading, max event-loop lag', `${m.maxEventLoopLagMs} ms`],
    ['UI: while loading, worst key → paint', m.typingDuringLoadWorstMs === null || Number.isNaN(m.typingDuringLoadWorstMs) ? 'no slow keys (all < 16 ms)' : `${m.typingDuringLoadWorstMs} ms`],
    [`UI: search as you type p50 (${r.keystrokes} keys/run)`, `${m.searchP50} ms`],
    ['UI: search as you type p95', target(m.searchP95, 50)],
    ['UI: durable save p95 (page round trip)', target(m.saveRoundTripP95, 30)],
    ['UI: durable save p95 (in main)', `${m.saveInMainP95} ms`],
    ...(r.transport
      ? ([
          [`UI: harness transport, ${r.transport.summaries} summaries (${r.transport.megabytes} MB)`, `${r.transport.devtoolsRoundTripMs} ms over DevTools (main ${r.transport.inMainMs} ms); structuredClone in page ${r.transport.structuredCloneMs} ms`],
        ] as Array<[string, string]>)
      : []),
  ];
}
