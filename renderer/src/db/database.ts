import { Dexie, type EntityTable } from 'dexie';
import type { CaseRecord } from '../../../shared/case-model/record';
import type { CaseSummary } from '../../../shared/case-model/summary';

/**
 * A saved filter of the case list, kept FOR THIS SESSION ONLY: there is no vault call to store
 * one yet, so it lives in the working set and is wiped with it on lock. `state` is the list's
 * filter state as the list feature defines it (validated there when read back).
 */
export interface SessionSavedFilter {
  id: string;
  name: string;
  createdAt: string;
  state: unknown;
}

/**
 * A case's list row in the working set: its summary without the searchable `text` (~10 KB for a
 * typical case, most of it vocabulary labels in three languages). The text only feeds the search
 * index (case-list-store.ts); storing it here would make writing 10,000 rows take seconds.
 */
export type CaseRow = Omit<CaseSummary, 'text'>;

/**
 * The renderer's working set: decrypted data the UI reads. In the app it lives on a
 * non-persistent session partition (IndexedDB in memory only); the vault on disk, owned by main,
 * is the only durable copy. Only what main acknowledged is put here.
 *
 * - `cases`: one row per case (what the list shows, sorts and filters on; see CaseRow).
 * - `records`: full records of the cases that were opened in this session.
 * - `sessionFilters`: saved list filters, until the vault can store them (see the type above).
 *
 * The list filters and sorts 10,000 summaries in memory (see case-list-store.ts), so `cases`
 * carries no secondary indexes: each index would slow the bulk load after unlock.
 */
export type WorkingSetDb = Dexie & {
  cases: EntityTable<CaseRow, 'id'>;
  records: EntityTable<CaseRecord, 'id'>;
  sessionFilters: EntityTable<SessionSavedFilter, 'id'>;
};

export const DB_NAME = 'habeas-working-set';

export const db = new Dexie(DB_NAME) as WorkingSetDb;

db.version(2).stores({
  cases: 'id',
  records: 'id',
  sessionFilters: 'id, name',
});
