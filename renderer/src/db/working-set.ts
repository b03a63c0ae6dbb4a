import { CaseRecord } from '../../../shared/case-model/record';
import { summariseCase, type CaseSummary } from '../../../shared/case-model/summary';
import { api, call } from '../lib/api';
import { caseList } from './case-list-store';
import { db, type CaseRow } from './database';

/**
 * The working set: what the renderer holds of the vault while it is unlocked. Every case's list
 * row (its summary without the search text) lives in Dexie and, for speed, in the in-memory
 * case-list store, which also indexes the text for search; full records of the cases opened in
 * this session live in Dexie. This module is the only writer of both.
 *
 * Bumped on every clear. A call that started before a lock must not write its answer into the
 * working set of whatever session comes next, so every writer captures `currentGeneration()` before
 * it calls main and hands it back here.
 */
let generation = 0;
/** Bumped by every load, so a load that was superseded (retry, remount) stops. */
let loadSequence = 0;

export function currentGeneration(): number {
  return generation;
}

/** Rows of the first page: enough to fill the screen, small enough to arrive at once. */
export const FIRST_PAGE_SIZE = 100;
/**
 * Rows per later request. Small, so that receiving one page never blocks input: a typical case's
 * summary is ~11 KB, and deserialising 1,000 of them took ~75 ms in Chromium (a long task), 100
 * take ~8 ms. The next page is always requested before this one is processed.
 */
export const CHUNK_SIZE = 100;

export interface LoadOptions {
  firstPage?: number;
  chunkSize?: number;
  /**
   * Start from an empty working set (after unlock, or when the window reloads unlocked). A retry
   * after a failure keeps what already arrived and merges the rest.
   */
  fresh?: boolean;
}

/**
 * Fills the working set from the vault, progressively: the first page at once so the list shows in
 * well under a second, then the rest in chunks, fetching the next chunk while the current one is
 * indexed in small slices (input stays responsive). Progress is published through `caseList`'s
 * load state ("Loading cases… 3,000 of 10,000"). Resolves when everything is in; rejects with the
 * ApiError of a failed call (the load state says 'failed' too, and keeps what arrived).
 */
export async function loadWorkingSet(options: LoadOptions = {}): Promise<void> {
  const firstPage = options.firstPage ?? FIRST_PAGE_SIZE;
  const chunkSize = options.chunkSize ?? CHUNK_SIZE;
  const startedGeneration = generation;
  const sequence = ++loadSequence;
  const current = () => startedGeneration === generation && sequence === loadSequence;

  if (options.fresh ?? true) {
    caseList.clear();
    for (const name of ['habeas:cases.list', 'habeas:list.addPage', 'habeas:dexie.bulkPut']) performance.clearMeasures(name);
  }
  caseList.setLoad({ phase: 'loading', loaded: caseList.size, total: null });
  if (options.fresh ?? true) {
    await db.transaction('rw', db.cases, db.records, async () => {
      await db.cases.clear();
      await db.records.clear();
    });
    if (!current()) return;
  }

  // Dexie writes run behind the pipeline; each checks the generation when it is issued, so a clear
  // (lock) issued earlier always wins (Dexie runs transactions on one table in order).
  let writes: Promise<unknown> = Promise.resolve();
  const store = (accepted: CaseRow[]) => {
    if (accepted.length === 0) return;
    writes = writes.then(async () => {
      if (!current()) return;
      const started = performance.now();
      await db.cases.bulkPut(accepted);
      performance.measure('habeas:dexie.bulkPut', { start: started });
    });
  };
  type Page = { total: number; items: CaseSummary[] };
  // User Timing measures (no data, only durations) let the bench see where the load spends its time.
  const page = (offset: number, limit: number): Promise<Page> => {
    const started = performance.now();
    return call(() => api.cases.list({ offset, limit })).then((answer) => {
      performance.measure('habeas:cases.list', { start: started });
      return answer;
    });
  };

  let total: number | null = null;
  try {
    let pass = 0;
    // A second pass only if cases moved between pages while we read them (a rename reorders the
    // list): it fetches everything again and keeps the newest revision of each case.
    while (pass < 2) {
      let offset = 0;
      let next: Promise<Page> | null = page(0, pass === 0 ? firstPage : chunkSize);
      while (next) {
        const answer: Page = await next;
        if (!current()) return;
        const reported = answer.total;
        total = reported;
        offset += answer.items.length;
        next = answer.items.length > 0 && offset < reported ? page(offset, chunkSize) : null;
        // Fetch the next chunk while this one is indexed; a failed prefetch is reported when awaited.
        next?.catch(() => {});
        const indexStarted = performance.now();
        const accepted = await caseList.addPage(answer.items, current);
        performance.measure('habeas:list.addPage', { start: indexStarted });
        store(accepted);
        if (!current()) return;
        caseList.setLoad({ phase: 'loading', loaded: Math.min(caseList.size, reported), total: reported });
      }
      if (total === null || caseList.size >= total) break;
      pass += 1;
    }
    await writes;
    if (!current()) return;
    caseList.setLoad({ phase: 'ready', total: caseList.size });
  } catch (error) {
    if (current()) caseList.setLoad({ phase: 'failed', loaded: caseList.size, total, error });
    throw error;
  }
}

/** Forgets every decrypted record (on lock, and before showing a locked or empty vault). */
export async function clearWorkingSet(): Promise<void> {
  generation += 1;
  caseList.clear();
  await db.transaction('rw', db.cases, db.records, db.sessionFilters, async () => {
    await db.cases.clear();
    await db.records.clear();
    await db.sessionFilters.clear();
  });
}

/**
 * Stores a record main has acknowledged as durable: the full record in `records`, its summary in
 * `cases` (as a row) and in the list (row and search index). Parsed with the shared schema, so a
 * malformed answer never reaches the UI; ignored if the vault was locked since `startedGeneration`
 * was read, and never replaces a newer revision of the same case. Returns the parsed record.
 */
export async function putAcknowledged(record: unknown, startedGeneration: number): Promise<CaseRecord> {
  const parsed = CaseRecord.parse(record);
  if (startedGeneration !== generation) return parsed;
  const summary = summariseCase(parsed);
  await db.transaction('rw', db.records, db.cases, async () => {
    const existing = await db.records.get(parsed.id);
    if (existing && existing.revision > parsed.revision) return;
    await db.records.put(parsed);
    const { text: _text, ...row } = summary;
    await db.cases.put(row);
  });
  if (startedGeneration === generation) caseList.upsert(summary);
  return parsed;
}

/** Fetches the vault's current version of a case (to open it, or after a conflict) into the working set. */
export async function fetchCase(id: string): Promise<CaseRecord> {
  const started = generation;
  const record = await call(() => api.cases.get({ id }));
  return putAcknowledged(record, started);
}

/**
 * Saves a named list filter FOR THIS SESSION ONLY (in the working set, wiped on lock) until the
 * vault can store them. A filter with the same name is replaced. `state` is validated by the list.
 */
export async function saveSessionFilter(name: string, state: unknown): Promise<string> {
  const started = generation;
  const existing = await db.sessionFilters.where('name').equals(name).first();
  const id = existing?.id ?? crypto.randomUUID();
  if (started === generation) await db.sessionFilters.put({ id, name, createdAt: new Date().toISOString(), state });
  return id;
}

export async function deleteSessionFilter(id: string): Promise<void> {
  await db.sessionFilters.delete(id);
}
