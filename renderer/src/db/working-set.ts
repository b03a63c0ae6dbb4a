import { CaseRecord } from '../../../shared/case-model/record';
import { unpackCaseTexts } from '../../../shared/case-model/search-texts';
import { summariseCase } from '../../../shared/case-model/summary';
import { caseTexts } from '../../../shared/case-model/texts';
import type { IpcResult } from '../../../shared/ipc/errors';
import { api, call } from '../lib/api';
import { caseList } from './case-list-store';
import { db } from './database';

/**
 * The working set: what the renderer holds of the vault while it is unlocked. Every case's list
 * row lives in the in-memory case-list store, which also indexes the cases' texts for search; full
 * records of the cases opened in this session live in Dexie. This module is the only writer of both.
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
 * Rows per later request. A list row is ~600 bytes, so 1,000 of them deserialise in a few
 * milliseconds (no long task), and 10,000 cases take ten round trips. The next page is always
 * requested before this one is processed.
 */
export const CHUNK_SIZE = 1000;
/**
 * Cases per request for searchable texts. A packed page of 250 typical cases is ~1 MB (texts
 * shared between cases cross once per page), which keeps each answer's deserialising short.
 */
export const TEXT_CHUNK_SIZE = 250;

export interface LoadOptions {
  firstPage?: number;
  chunkSize?: number;
  textChunkSize?: number;
  /**
   * Start from an empty working set (after unlock, or when the window reloads unlocked). A retry
   * after a failure keeps what already arrived and merges the rest.
   */
  fresh?: boolean;
}

/** User Timing measures of a load (durations only, no data), which the bench reads. */
const MEASURES = ['habeas:cases.list', 'habeas:list.addPage', 'habeas:cases.texts'];

/** Times a call to main as a User Timing measure. */
function measured<T>(name: string, request: () => Promise<IpcResult<T>>): Promise<T> {
  const started = performance.now();
  return call(request).then((answer) => {
    performance.measure(name, { start: started });
    return answer;
  });
}

/**
 * Fills the working set from the vault, progressively: the first page at once so the list shows in
 * well under a second, then the rest in chunks, fetching the next chunk while the current one is
 * indexed in small slices (input stays responsive). Progress is published through `caseList`'s
 * load state ("Loading cases… 3,000 of 10,000"). Resolves when every row is in; rejects with the
 * ApiError of a failed call (the load state says 'failed' too, and keeps what arrived).
 *
 * Once every row is in, the cases' searchable texts follow in the background (loadSearchTexts), so
 * full-text search never delays the list; until then search finds cases by names and list columns.
 */
export async function loadWorkingSet(options: LoadOptions = {}): Promise<void> {
  const firstPage = options.firstPage ?? FIRST_PAGE_SIZE;
  const chunkSize = options.chunkSize ?? CHUNK_SIZE;
  const startedGeneration = generation;
  const sequence = ++loadSequence;
  const current = () => startedGeneration === generation && sequence === loadSequence;

  if (options.fresh ?? true) {
    caseList.clear();
    for (const name of MEASURES) performance.clearMeasures(name);
  }
  caseList.setLoad({ phase: 'loading', loaded: caseList.size, total: null });
  if (options.fresh ?? true) {
    await db.records.clear();
    if (!current()) return;
  }

  const page = (offset: number, limit: number) => measured('habeas:cases.list', () => api.cases.list({ offset, limit }));

  let total: number | null = null;
  try {
    let pass = 0;
    // A second pass only if cases moved between pages while we read them (a case created or
    // purged meanwhile): it fetches everything again and keeps the newest revision of each case.
    while (pass < 2) {
      const pages = pagesOf(page, pass === 0 ? firstPage : chunkSize, chunkSize, current);
      for await (const answer of pages) {
        total = answer.total;
        const indexStarted = performance.now();
        await caseList.addPage(answer.items, current);
        performance.measure('habeas:list.addPage', { start: indexStarted });
        if (!current()) return;
        caseList.setLoad({ phase: 'loading', loaded: Math.min(caseList.size, total), total });
      }
      if (!current()) return;
      if (total === null || caseList.size >= total) break;
      pass += 1;
    }
    caseList.setLoad({ phase: 'ready', total: caseList.size });
  } catch (error) {
    if (current()) caseList.setLoad({ phase: 'failed', loaded: caseList.size, total, error });
    throw error;
  }
  void loadSearchTexts({ chunkSize: options.textChunkSize ?? TEXT_CHUNK_SIZE, current });
}

/**
 * Fetches every case's searchable texts, page by page, into the list's background indexer. A
 * failure is shown with the indexing progress (with a retry) and does not touch the list.
 */
export function loadSearchTexts(options: { chunkSize?: number; current?: () => boolean } = {}): Promise<void> {
  // One fetch at a time per load (a retry clicked twice, or while the load's fetch still runs);
  // after a lock or a fresh load, the old fetch is ending and must not stand in for the new one's.
  const session = `${generation}:${loadSequence}`;
  if (textsInFlight?.session !== session) {
    const started = { session, promise: fetchSearchTexts(options) };
    textsInFlight = started;
    void started.promise.finally(() => {
      if (textsInFlight === started) textsInFlight = null;
    });
  }
  return textsInFlight.promise;
}
let textsInFlight: { session: string; promise: Promise<void> } | null = null;

async function fetchSearchTexts(options: { chunkSize?: number; current?: () => boolean }): Promise<void> {
  const startedGeneration = generation;
  const current = options.current ?? (() => startedGeneration === generation);
  const chunkSize = options.chunkSize ?? TEXT_CHUNK_SIZE;
  const page = (offset: number, limit: number) => measured('habeas:cases.texts', () => api.cases.texts({ offset, limit }));
  try {
    for await (const answer of pagesOf(page, chunkSize, chunkSize, current)) caseList.addTexts(unpackCaseTexts(answer));
    if (current()) caseList.textsComplete();
  } catch (error) {
    if (current()) caseList.textsFailed(error);
  }
}

/**
 * The pages of a paged call, each requested before the previous one is handed out (so the next
 * answer is on its way while this one is processed). Ends at the reported total, at an empty page,
 * or as soon as `current()` is false.
 */
async function* pagesOf<P extends { total: number; items: readonly unknown[] }>(request: (offset: number, limit: number) => Promise<P>, first: number, chunk: number, current: () => boolean): AsyncGenerator<P> {
  let offset = 0;
  let next: Promise<P> | null = request(0, first);
  while (next) {
    const answer: P = await next;
    if (!current()) return;
    offset += answer.items.length;
    next = answer.items.length > 0 && offset < answer.total ? request(offset, chunk) : null;
    // A failed prefetch is reported when awaited, not as an unhandled rejection.
    next?.catch(() => {});
    yield answer;
  }
}

/** Forgets every decrypted record (on lock, and before showing a locked or empty vault). */
export async function clearWorkingSet(): Promise<void> {
  generation += 1;
  caseList.clear();
  await db.records.clear();
}

/**
 * Stores a record main has acknowledged as durable: the full record in `records`, its summary and
 * texts in the list (row and search index). Parsed with the shared schema, so a
 * malformed answer never reaches the UI; ignored if the vault was locked since `startedGeneration`
 * was read, and never replaces a newer revision of the same case. Returns the parsed record.
 */
export async function putAcknowledged(record: unknown, startedGeneration: number): Promise<CaseRecord> {
  const parsed = CaseRecord.parse(record);
  if (startedGeneration !== generation) return parsed;
  const summary = summariseCase(parsed);
  await db.transaction('rw', db.records, async () => {
    const existing = await db.records.get(parsed.id);
    if (existing && existing.revision > parsed.revision) return;
    await db.records.put(parsed);
  });
  if (startedGeneration === generation) caseList.upsert(summary, caseTexts(parsed.file));
  return parsed;
}

/** Fetches the vault's current version of a case (to open it, or after a conflict) into the working set. */
export async function fetchCase(id: string): Promise<CaseRecord> {
  const started = generation;
  const record = await call(() => api.cases.get({ id }));
  return putAcknowledged(record, started);
}
