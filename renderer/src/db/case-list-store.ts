import { articleOfKey, type CaseSummary } from '../../../shared/case-model/summary';
import { createSearchIndex, type SearchIndex } from '../../../shared/search';
import type { CaseRow } from './database';
import { SLICE_MS, yieldToMain } from './yield';

/** How far the working set is: loading shows progress, failed keeps what arrived and offers a retry. */
export type ListLoad =
  | { readonly phase: 'idle' }
  | { readonly phase: 'loading'; readonly loaded: number; readonly total: number | null }
  | { readonly phase: 'ready'; readonly total: number }
  | { readonly phase: 'failed'; readonly loaded: number; readonly total: number | null; readonly error: unknown };

/** How much of the working set the full-text index covers (names and list columns are always covered). */
export interface TextIndexState {
  readonly indexed: number;
  readonly total: number;
}

/**
 * A case as the list holds it: its summary without `text` (every searchable text of the case,
 * ~10 KB for a typical case). The text is only needed to index the case, so it is kept until then
 * and dropped: 10,000 cases would otherwise hold ~100 MB of strings in the page for nothing (the
 * working set in Dexie keeps whole summaries).
 */
export type ListRow = CaseRow;

/** What the case list renders from. A new object (and version) after every change. */
export interface CaseListSnapshot {
  /** Bumped on every change (rows or search index); memoise search hits on it. */
  readonly version: number;
  /** Every summary in the working set, in the order they arrived. The same array until a row changes. */
  readonly rows: readonly ListRow[];
  readonly byId: ReadonlyMap<string, ListRow>;
  readonly load: ListLoad;
  readonly textIndex: TextIndexState;
}

/** Everything searchable of a case (`text` holds every searchable text of the document). */
export function searchTexts(summary: CaseSummary): string[] {
  return [summary.name, ...summary.otherNames, summary.text];
}

/** What the list shows of a case, indexed as soon as it arrives: names, reference, places, articles. */
export function listTexts(summary: ListRow): string[] {
  const out = [summary.name, ...summary.otherNames];
  if (summary.reference !== undefined) out.push(summary.reference);
  if (summary.facility !== undefined) out.push(summary.facility);
  if (summary.court !== undefined) out.push(summary.court);
  for (const key of summary.articles) out.push(articleOfKey(key));
  return out;
}

/** How often (ms) background indexing publishes its progress. */
const PROGRESS_EVERY_MS = 250;
/**
 * While loading, new rows reach the list at most this often (ms): every change re-sorts 10,000 rows,
 * and a chunk arrives every few milliseconds. Progress is published every time.
 */
const ROWS_EVERY_MS = 300;

/**
 * The in-memory side of the working set: the summaries of every case and two full-text indexes over
 * them (shared/search, the same folding as the CLI). Dexie holds the same summaries (working-set.ts
 * is the only writer of both), but the list filters, sorts and searches 10,000 rows on every
 * keystroke, which has to happen in memory.
 *
 * Indexing the whole text of a case costs milliseconds (a typical case has ~10,000 characters of
 * searchable text), so a large vault is indexed in two steps: the names and list columns at once,
 * as each page arrives (search by name works as soon as a case is listed), and the full text in
 * the background once everything is loaded, in slices that leave input and rendering free. Until a
 * case's full text is indexed, a search finds it by its names and list columns.
 * Cleared with the working set on lock.
 */
class CaseListStore {
  private readonly summaries = new Map<string, ListRow>();
  private quick: SearchIndex = createSearchIndex();
  private full: SearchIndex = createSearchIndex();
  /** Cases whose full text still has to be (re)indexed, in arrival order, with that text. */
  private readonly pendingText = new Map<string, readonly string[]>();
  /** Bumped by clear(), so background indexing of a previous session stops. */
  private epoch = 0;
  private indexing = false;
  private rowsDirty = false;
  private rowsPublishedAt = -Infinity;
  private searches = 0;
  private loadState: ListLoad = { phase: 'idle' };
  private snapshot: CaseListSnapshot = { version: 0, rows: [], byId: new Map(), load: this.loadState, textIndex: { indexed: 0, total: 0 } };
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): CaseListSnapshot => this.snapshot;

  get size(): number {
    return this.summaries.size;
  }

  get(id: string): ListRow | undefined {
    return this.summaries.get(id);
  }

  /** True while some cases are searchable by names and list columns only. */
  get textIndexPending(): boolean {
    return this.pendingText.size > 0;
  }

  /**
   * Ids matching a full-text query (every query word must start a word of the case, after
   * folding); every id for an empty query. Cases whose full text is not indexed yet are matched on
   * their names and list columns, and so is a one-character query.
   */
  search(query: string): string[] {
    const started = performance.now();
    // One character searches names and list columns only: every case's full text has words
    // starting with almost any letter, so it would match (nearly) all of 10,000 cases, slowly
    // (~30 ms), and say nothing. The list narrows by name on the first keystroke instead.
    if ([...query.trim()].length === 1) {
      const byName = this.quick.search(query);
      performance.measure('habeas:search', { start: started });
      return byName;
    }
    const found = this.full.search(query);
    if (this.pendingText.size > 0) {
      const seen = new Set(found);
      for (const id of this.quick.search(query)) if (!seen.has(id) && this.pendingText.has(id)) found.push(id);
    }
    // A User Timing measure for the bench; the timeline keeps the last few hundred at most.
    if (++this.searches % 500 === 0) performance.clearMeasures('habeas:search');
    performance.measure('habeas:search', { start: started });
    return found;
  }

  /** Forgets everything (lock, or a fresh load). */
  clear(): void {
    this.epoch += 1;
    this.summaries.clear();
    this.pendingText.clear();
    this.quick = createSearchIndex();
    this.full = createSearchIndex();
    this.indexing = false;
    this.loadState = { phase: 'idle' };
    this.rowsDirty = true;
    this.publish();
    this.rowsPublishedAt = -Infinity; // the first page of the next load shows at once
  }

  setLoad(load: ListLoad): void {
    this.loadState = load;
    this.publish();
    if (load.phase === 'ready' || load.phase === 'failed') this.indexTextInBackground();
  }

  /**
   * Adds or replaces one summary (an acknowledged save) unless a newer revision is already here.
   * Its full text is indexed at once (one case takes a few milliseconds).
   */
  upsert(summary: CaseSummary): boolean {
    if (this.accept(summary) === null) return false;
    this.full.replace(summary.id, searchTexts(summary));
    this.pendingText.delete(summary.id);
    this.publish();
    return true;
  }

  /**
   * Adds a page of summaries (names and list columns indexed), in slices of ~8 ms with a yield
   * between them, so a chunk of 1,000 cases never blocks input. Stops (returning what it took so
   * far) as soon as `stillCurrent()` is false: the vault was locked or a newer load started.
   * Returns the rows it accepted (older revisions than the ones already here are skipped).
   */
  async addPage(items: readonly CaseSummary[], stillCurrent: () => boolean): Promise<ListRow[]> {
    const accepted: ListRow[] = [];
    let sliceStart = performance.now();
    for (const summary of items) {
      const row = this.accept(summary);
      if (row) accepted.push(row);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToMain();
        if (!stillCurrent()) return accepted;
        sliceStart = performance.now();
      }
    }
    if (stillCurrent()) this.publish();
    return accepted;
  }

  /** The summary's row when it was taken, null when a newer revision is already here. */
  private accept(summary: CaseSummary): ListRow | null {
    const existing = this.summaries.get(summary.id);
    if (existing && existing.revision > summary.revision) return null;
    const { text: _text, ...row } = summary;
    this.summaries.set(summary.id, row);
    this.quick.replace(summary.id, listTexts(row));
    this.pendingText.delete(summary.id); // re-queued at the end, after what is already waiting
    this.pendingText.set(summary.id, searchTexts(summary));
    this.rowsDirty = true;
    return row;
  }

  /** Indexes the full text of waiting cases in slices, publishing progress now and then. */
  private indexTextInBackground(): void {
    if (this.indexing || this.pendingText.size === 0) return;
    this.indexing = true;
    const epoch = this.epoch;
    void (async () => {
      let lastPublished = performance.now();
      while (this.pendingText.size > 0) {
        const sliceStart = performance.now();
        for (const [id, texts] of this.pendingText) {
          this.pendingText.delete(id);
          this.full.replace(id, texts);
          if (performance.now() - sliceStart > SLICE_MS) break;
        }
        if (performance.now() - lastPublished > PROGRESS_EVERY_MS || this.pendingText.size === 0) {
          this.publish();
          lastPublished = performance.now();
        }
        await yieldToMain();
        if (epoch !== this.epoch) return;
      }
      this.indexing = false;
    })();
  }

  private publish(): void {
    const now = performance.now();
    const rowsChanged = this.rowsDirty && (this.loadState.phase !== 'loading' || now - this.rowsPublishedAt >= ROWS_EVERY_MS);
    if (rowsChanged) {
      this.rowsDirty = false;
      this.rowsPublishedAt = now;
    }
    this.snapshot = {
      version: this.snapshot.version + 1,
      rows: rowsChanged ? [...this.summaries.values()] : this.snapshot.rows,
      byId: rowsChanged ? new Map(this.summaries) : this.snapshot.byId,
      load: this.loadState,
      textIndex: { indexed: this.summaries.size - this.pendingText.size, total: this.summaries.size },
    };
    for (const listener of [...this.listeners]) listener();
  }
}

/** The one store of this window. */
export const caseList = new CaseListStore();
