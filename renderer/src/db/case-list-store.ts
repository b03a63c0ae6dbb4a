import type { CaseTexts } from '../../../shared/case-model/search-texts';
import { articleOfKey, type CaseSummary } from '../../../shared/case-model/summary';
import { createSearchIndex, type SearchIndex } from '../../../shared/search';
import { SLICE_MS, yieldToMain } from './yield';

/** How far the working set is: loading shows progress, failed keeps what arrived and offers a retry. */
export type ListLoad =
  | { readonly phase: 'idle' }
  | { readonly phase: 'loading'; readonly loaded: number; readonly total: number | null }
  | { readonly phase: 'ready'; readonly total: number }
  | { readonly phase: 'failed'; readonly loaded: number; readonly total: number | null; readonly error: unknown };

/**
 * How much of the working set the full-text index covers (names and list columns are always
 * covered). `error` is set when fetching the texts failed; search then finds the cases whose text
 * is missing by their names and list columns only, until a retry.
 */
export interface TextIndexState {
  readonly indexed: number;
  readonly total: number;
  readonly error?: unknown;
}

/** A case as the list holds it: its summary (list columns only; the searchable texts come apart). */
export type ListRow = CaseSummary;

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
 * The list side of the working set: the summaries of every case and two full-text indexes over
 * them (shared/search, the same folding as the CLI), in memory, because the list filters, sorts
 * and searches 10,000 rows on every keystroke. working-set.ts is the only writer.
 *
 * A large vault is indexed in two steps. The names and list columns of each case are indexed as its
 * row arrives, so search by name works as soon as a case is listed. Its whole text (a typical case
 * has ~10,000 characters of searchable text) arrives separately once every row is in (addTexts),
 * and is indexed in the background in slices that leave input and rendering free. Until a case's
 * full text is indexed, a search finds it by its names and list columns.
 * Cleared with the working set on lock.
 */
class CaseListStore {
  private readonly summaries = new Map<string, ListRow>();
  private quick: SearchIndex = createSearchIndex();
  private full: SearchIndex = createSearchIndex();
  /** Cases whose full text for their current revision is not indexed yet. */
  private readonly awaitingText = new Set<string>();
  /** Texts that arrived and wait for background indexing, in arrival order. */
  private readonly queuedText = new Map<string, CaseTexts>();
  /** The revision whose text the full index holds, per case. */
  private readonly indexedRevision = new Map<string, number>();
  private textError: unknown = undefined;
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
    return this.awaitingText.size > 0;
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
    if (this.awaitingText.size > 0) {
      const seen = new Set(found);
      for (const id of this.quick.search(query)) if (!seen.has(id) && this.awaitingText.has(id)) found.push(id);
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
    this.awaitingText.clear();
    this.queuedText.clear();
    this.indexedRevision.clear();
    this.textError = undefined;
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
  }

  /**
   * Adds or replaces one case from a record main acknowledged (a save, an opened case) unless a
   * newer revision is already here. Its full text is indexed at once (one case takes a few ms).
   */
  upsert(summary: CaseSummary, texts: readonly string[]): boolean {
    if (this.accept(summary) === null) return false;
    this.full.replace(summary.id, texts);
    this.textIndexed(summary.id, summary.revision);
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

  /**
   * Queues cases' full texts for background indexing. Texts for another revision than the row's
   * (the case was saved since) are dropped: the save indexed the newer text already.
   */
  addTexts(items: readonly CaseTexts[]): void {
    for (const item of items) {
      if (this.summaries.get(item.id)?.revision !== item.revision || !this.awaitingText.has(item.id)) continue;
      this.queuedText.delete(item.id);
      this.queuedText.set(item.id, item);
    }
    this.textError = undefined;
    this.indexTextInBackground();
  }

  /** Fetching the texts failed: shown with the indexing progress until the next addTexts. */
  textsFailed(error: unknown): void {
    if (this.awaitingText.size === 0) return; // everything arrived meanwhile (another fetch)
    this.textError = error;
    this.publish();
  }

  /**
   * Every page of texts has arrived. A case main sent no text for (unreadable by this build, or
   * created after its page was read) stops waiting: its names and list columns go into the full
   * index, so it is still found by them and the progress line ends.
   */
  textsComplete(): void {
    for (const id of [...this.awaitingText]) {
      const row = this.summaries.get(id);
      if (this.queuedText.has(id) || !row) continue;
      this.full.replace(id, listTexts(row));
      this.textIndexed(id, row.revision);
    }
    this.publish();
  }

  /** The summary's row when it was taken, null when a newer revision is already here. */
  private accept(summary: CaseSummary): ListRow | null {
    const existing = this.summaries.get(summary.id);
    if (existing && existing.revision > summary.revision) return null;
    this.summaries.set(summary.id, summary);
    this.quick.replace(summary.id, listTexts(summary));
    if (this.indexedRevision.get(summary.id) !== summary.revision) this.awaitingText.add(summary.id);
    this.rowsDirty = true;
    return summary;
  }

  private textIndexed(id: string, revision: number): void {
    this.indexedRevision.set(id, revision);
    this.awaitingText.delete(id);
    this.queuedText.delete(id);
  }

  /** Indexes queued texts in slices, publishing progress now and then. */
  private indexTextInBackground(): void {
    if (this.indexing || this.queuedText.size === 0) return;
    this.indexing = true;
    const epoch = this.epoch;
    void (async () => {
      let lastPublished = performance.now();
      while (this.queuedText.size > 0) {
        const sliceStart = performance.now();
        for (const [id, item] of this.queuedText) {
          this.queuedText.delete(id);
          if (this.summaries.get(id)?.revision !== item.revision) continue; // saved since: upsert indexed it
          this.full.replace(id, item.texts);
          this.textIndexed(id, item.revision);
          if (performance.now() - sliceStart > SLICE_MS) break;
        }
        if (performance.now() - lastPublished > PROGRESS_EVERY_MS || this.queuedText.size === 0) {
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
    const textIndex: TextIndexState = { indexed: this.summaries.size - this.awaitingText.size, total: this.summaries.size, ...(this.textError !== undefined ? { error: this.textError } : {}) };
    this.snapshot = {
      version: this.snapshot.version + 1,
      rows: rowsChanged ? [...this.summaries.values()] : this.snapshot.rows,
      byId: rowsChanged ? new Map(this.summaries) : this.snapshot.byId,
      load: this.loadState,
      textIndex,
    };
    for (const listener of [...this.listeners]) listener();
  }
}

/** The one store of this window. */
export const caseList = new CaseListStore();
