import { z } from 'zod';
import { CASE_SCHEMA_VERSION, CaseFile, upgradeCaseFile, UnsupportedSchemaError } from '../../../../shared/case-model';
import { newCaseFile } from '../../../../shared/case-model/new-case';
import type { CaseRecord } from '../../../../shared/case-model/record';
import { packCaseTexts, type CaseTexts, type CaseTextsPage } from '../../../../shared/case-model/search-texts';
import { CaseSummary, summariseCase } from '../../../../shared/case-model/summary';
import { caseTexts } from '../../../../shared/case-model/texts';
import { CaseDraft } from '../../../../shared/domain/case';
import { HabeasError } from '../../../../shared/ipc/errors';
import type { RecordRevision, Vault } from '../vault/vault';
import { decodeListCache, encodeListCache, type CachedRow, type CachedRows } from './list-cache';

/** Record type and the schema version this build writes (older ones are upgraded on read). */
export const CASE_TYPE = 'case';
export const CASE_SCHEMA = CASE_SCHEMA_VERSION;

/**
 * What a case revision stores inside its encrypted payload: the document, when the case was
 * created, and who saved this revision. Revision number and save time come from the log itself.
 * Schema 1 (the spine) stored the draft fields and createdAt side by side.
 */
const StoredCase = z.strictObject({ file: z.unknown(), createdAt: z.iso.datetime(), savedBy: z.string().max(200).optional() });
const StoredCaseV1 = z.object({ createdAt: z.iso.datetime() });

function toRecord(revision: RecordRevision): CaseRecord {
  const { file, createdAt, savedBy } = decode(revision);
  if (file.id !== revision.id) throw new HabeasError('RECORD_DAMAGED', `Case ${revision.id} revision ${revision.rev} holds a document for another case.`);
  return { id: revision.id, revision: revision.rev, createdAt, updatedAt: revision.savedAt, ...(savedBy !== undefined ? { savedBy } : {}), file };
}

function decode(revision: RecordRevision): { file: CaseFile; createdAt: string; savedBy?: string } {
  try {
    if (revision.schema === 1) return { file: upgradeCaseFile(1, revision.id, revision.data), createdAt: StoredCaseV1.parse(revision.data).createdAt };
    // A newer Habeas may store more around the document than this build knows: the version must
    // decide before the shape, or its cases would be reported as damaged instead of as newer.
    if (revision.schema > CASE_SCHEMA) upgradeCaseFile(revision.schema, revision.id, revision.data); // throws UnsupportedSchemaError
    const stored = StoredCase.parse(revision.data);
    return { file: upgradeCaseFile(revision.schema, revision.id, stored.file), createdAt: stored.createdAt, ...(stored.savedBy !== undefined ? { savedBy: stored.savedBy } : {}) };
  } catch (error) {
    if (error instanceof UnsupportedSchemaError) throw new HabeasError('UNSUPPORTED_FORMAT', error.message);
    // Authentic but not a case document (a bug in whatever wrote it): say which case and field,
    // instead of an unexpected error (INTERNAL over IPC, a stack trace in the CLI).
    if (error instanceof z.ZodError) {
      const issue = error.issues[0];
      const field = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
      throw new HabeasError('RECORD_DAMAGED', `Case ${revision.id} revision ${revision.rev} does not match the case format (${field}${issue?.message ?? 'invalid'}).`);
    }
    throw error;
  }
}

export interface UnreadableCase {
  id: string;
  revision: number;
  message: string;
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** How long after the list last changed its cache is rewritten (see list-cache.ts). */
const LIST_CACHE_DELAY_MS = 2_000;

/** Cases in the vault: whole documents in, whole documents out, every save a new revision. */
export class CaseRepository {
  /**
   * A repository whose list starts from the vault's list cache, so listing a large vault needs no
   * document parsed. `new CaseRepository(vault)` derives every row instead (and still keeps the
   * cache up to date on close()).
   */
  static async open(vault: Vault): Promise<CaseRepository> {
    const repository = new CaseRepository(vault);
    try {
      repository.cachedRows = decodeListCache(await vault.readCache('case-list'));
    } catch {
      repository.cachedRows = null; // unreadable cache file: derive the list, rewrite the cache
    }
    return repository;
  }

  /** Rows of the list cache, used for the revisions they were derived from. */
  private cachedRows: CachedRows | null = null;
  /** Rows were derived or cases written since the cache was last written. */
  private listCacheStale = false;
  private listCacheTimer: NodeJS.Timeout | null = null;
  private listChangedAt = 0;

  /** Records and summaries per stored revision object: revisions are immutable, so these never go stale. */
  private readonly records = new WeakMap<RecordRevision, CaseRecord>();
  private readonly summaries = new WeakMap<RecordRevision, CaseSummary>();
  private readonly searchTexts = new WeakMap<RecordRevision, readonly string[]>();
  /** The list sorted by name, rebuilt after any write through this repository. */
  private sorted: CaseSummary[] | null = null;
  private readonly unreadableCases = new Map<string, UnreadableCase>();

  constructor(private readonly vault: Vault) {}

  private record(revision: RecordRevision): CaseRecord {
    let record = this.records.get(revision);
    if (!record) {
      record = toRecord(revision);
      this.records.set(revision, record);
    }
    return record;
  }

  /**
   * The stored document of a revision written by this build, without validating it again: it was
   * validated before it was written and is authenticated by the vault, and re-validating 10,000
   * large cases would delay the first list page by seconds. get() still validates the whole
   * document. Older schemas go through get()'s upgrade.
   */
  private storedFile(revision: RecordRevision): CaseFile {
    const stored = revision.data as { file?: unknown } | null;
    return revision.schema === CASE_SCHEMA && typeof stored?.file === 'object' && stored.file !== null ? (stored.file as CaseFile) : this.record(revision).file;
  }

  /**
   * A list row, derived from the stored document (see storedFile).
   */
  private summary(revision: RecordRevision): CaseSummary {
    let summary = this.summaries.get(revision);
    const cached = summary ? undefined : this.cachedRows?.get(revision.id);
    // Only for the very frame it was made from, and only for documents this build reads (a case
    // written by a newer Habeas must be reported as unreadable, not listed from a newer cache).
    if (!summary && cached?.revision === revision.rev && cached.sealId === revision.sealId && revision.schema === CASE_SCHEMA) {
      summary = cached.row;
      this.summaries.set(revision, summary);
    }
    if (!summary) {
      this.listChanged();
      const file = this.storedFile(revision);
      try {
        if (file.id !== revision.id) throw new Error('document of another case');
        // The row itself is small: checking it keeps a malformed document from reaching the list.
        summary = CaseSummary.parse(summariseCase({ id: revision.id, revision: revision.rev, updatedAt: revision.savedAt, file }));
      } catch {
        // Malformed despite being authentic (a bug in an older Habeas): let get() say exactly what.
        summary = summariseCase(this.record(revision));
      }
      this.summaries.set(revision, summary);
    }
    return summary;
  }

  /** Every searchable text of a revision (caseTexts), from the same document as its row. */
  private textsOf(revision: RecordRevision): readonly string[] {
    let texts = this.searchTexts.get(revision);
    if (!texts) {
      this.summary(revision); // a malformed document fails here, as HabeasError naming the field
      try {
        texts = caseTexts(this.storedFile(revision));
      } catch {
        texts = caseTexts(this.record(revision).file);
      }
      this.searchTexts.set(revision, texts);
    }
    return texts;
  }

  /**
   * Every case's list row, ordered by name. A case whose latest revision cannot be read (written
   * by a newer Habeas, or authentic but malformed) is left out and named in `unreadable`, so one
   * bad case never hides all the others.
   */
  list(): CaseSummary[] {
    if (this.sorted) return this.sorted;
    const rows: CaseSummary[] = [];
    this.unreadableCases.clear();
    for (const revision of this.vault.latest(CASE_TYPE)) {
      try {
        rows.push(this.summary(revision));
      } catch (error) {
        if (!(error instanceof HabeasError)) throw error;
        this.unreadableCases.set(revision.id, { id: revision.id, revision: revision.rev, message: error.message });
      }
    }
    this.sorted = rows.sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id));
    return this.sorted;
  }

  /** Cases the last list() had to leave out, with the reason. */
  get unreadable(): readonly UnreadableCase[] {
    return [...this.unreadableCases.values()];
  }

  /**
   * One page of list rows in the vault's own order (stable between calls), for the app: it sorts
   * on whatever column the user chose, so sorting here first would only make the first page wait
   * for every case to be read. Unreadable cases are skipped and named in `unreadable`.
   */
  page(offset: number, limit: number): { total: number; items: CaseSummary[] } {
    return this.readPage(offset, limit, (revision) => this.summary(revision));
  }

  /** The searchable texts of the same page of cases as page(offset, limit), packed to cross IPC. */
  textsPage(offset: number, limit: number): CaseTextsPage {
    const { total, items } = this.readPage(offset, limit, (revision): CaseTexts => ({ id: revision.id, revision: revision.rev, texts: this.textsOf(revision) }));
    return packCaseTexts(total, items);
  }

  /** Every listed case with its searchable texts (the CLI's `case search`), ordered by name. */
  searchable(): Array<{ summary: CaseSummary; texts: readonly string[] }> {
    return this.list().flatMap((summary) => {
      const revision = this.vault.get(summary.id);
      return revision ? [{ summary, texts: this.textsOf(revision) }] : [];
    });
  }

  /** Reads a slice of the newest revisions in vault order, skipping (and naming) unreadable cases. */
  private readPage<T>(offset: number, limit: number, read: (revision: RecordRevision) => T): { total: number; items: T[] } {
    const all = this.vault.latest(CASE_TYPE);
    const items: T[] = [];
    for (const revision of all.slice(offset, offset + limit)) {
      try {
        items.push(read(revision));
      } catch (error) {
        if (!(error instanceof HabeasError)) throw error;
        this.unreadableCases.set(revision.id, { id: revision.id, revision: revision.rev, message: error.message });
      }
    }
    return { total: all.length, items };
  }

  exists(id: string): boolean {
    return this.vault.hasRevisions(id);
  }

  get(id: string): CaseRecord {
    const revision = this.vault.get(id);
    if (!revision && this.vault.hasRevisions(id)) {
      throw new HabeasError('RECORD_DAMAGED', 'Every saved version of this case is damaged and cannot be read. Restore the vault from a backup; run “habeas verify” for details.');
    }
    if (!revision || revision.type !== CASE_TYPE) throw new HabeasError('NOT_FOUND', 'No case with this id exists in the vault.');
    return this.record(revision);
  }

  async create(draft: CaseDraft, savedBy: string): Promise<CaseRecord> {
    // The draft rules (names trimmed, not blank, no extra keys) apply to every caller, not only IPC and the CLI.
    return this.insert(newCaseFile(CaseDraft.parse(draft)), savedBy);
  }

  /** Stores a whole new document under its own id (CLI `case put`, imports, the demo vault). */
  async insert(file: CaseFile, savedBy: string): Promise<CaseRecord> {
    const parsed = CaseFile.parse(file);
    const revision = await this.vault.put(CASE_TYPE, parsed.id, CASE_SCHEMA, { file: parsed, createdAt: new Date().toISOString(), savedBy }, 0);
    this.sorted = null;
    return this.record(revision);
  }

  /** Many new cases with one durable flush (generators, imports). */
  async createMany(files: readonly CaseFile[], savedBy: string): Promise<CaseRecord[]> {
    const createdAt = new Date().toISOString();
    const revisions = await this.vault.putMany(
      files.map((file) => {
        const parsed = CaseFile.parse(file);
        return { type: CASE_TYPE, id: parsed.id, schema: CASE_SCHEMA, data: { file: parsed, createdAt, savedBy }, expectedRevision: 0 };
      }),
    );
    this.sorted = null;
    return revisions.map((revision) => this.record(revision));
  }

  /** Saves the whole document as the next revision of its case; CONFLICT if `baseRevision` is stale. */
  async save(file: CaseFile, baseRevision: number, savedBy: string): Promise<CaseRecord> {
    const parsed = CaseFile.parse(file);
    const current = this.get(parsed.id);
    const revision = await this.vault.put(CASE_TYPE, parsed.id, CASE_SCHEMA, { file: parsed, createdAt: current.createdAt, savedBy }, baseRevision);
    this.sorted = null;
    return this.record(revision);
  }

  /**
   * Writes the list cache if it is out of date (unless `writeCache` is false: a lock for sleep must
   * not wait for it), and stops its timer. Call before closing the vault.
   */
  async close(options: { writeCache?: boolean } = {}): Promise<void> {
    if (options.writeCache === false) {
      if (this.listCacheTimer) clearTimeout(this.listCacheTimer);
      this.listCacheTimer = null;
      return;
    }
    await this.writeListCache();
  }

  /**
   * The list differs from its cache: rewrite the cache once nothing has changed for a moment (a
   * first unlock derives rows for seconds; the cache is written once, after that).
   */
  private listChanged(): void {
    this.listCacheStale = true;
    this.listChangedAt = performance.now();
    this.armListCacheTimer(LIST_CACHE_DELAY_MS);
  }

  private armListCacheTimer(delay: number): void {
    if (this.listCacheTimer) return;
    this.listCacheTimer = setTimeout(() => {
      this.listCacheTimer = null;
      const quietFor = performance.now() - this.listChangedAt;
      if (quietFor < LIST_CACHE_DELAY_MS) this.armListCacheTimer(LIST_CACHE_DELAY_MS - quietFor);
      else void this.writeListCache();
    }, delay);
    this.listCacheTimer.unref?.();
  }

  /**
   * Writes the rows known now (derived, or taken from the cache for the frame they were made
   * from); a case without one (saved but not listed since) is derived on the next unlock. Parses nothing, so locking never waits
   * for documents. Best effort: a cache that cannot be written (disk full, vault locked meanwhile)
   * only means the next unlock derives more rows.
   */
  private async writeListCache(): Promise<void> {
    if (this.listCacheTimer) clearTimeout(this.listCacheTimer);
    this.listCacheTimer = null;
    if (!this.listCacheStale) return;
    this.listCacheStale = false;
    try {
      const rows: CachedRow[] = [];
      for (const revision of this.vault.latest(CASE_TYPE)) {
        const row = this.summaries.get(revision);
        if (row) rows.push({ revision: revision.rev, sealId: revision.sealId, row });
      }
      await this.vault.writeCache('case-list', encodeListCache(rows));
    } catch {
      // see above
    }
  }

  history(id: string): CaseRecord[] {
    this.get(id); // NOT_FOUND / RECORD_DAMAGED with the usual messages
    return this.vault.history(id).map((revision) => this.record(revision));
  }
}
