import { Dexie, type EntityTable } from 'dexie';
import type { CaseRecord } from '../../../shared/case-model/record';

/**
 * The renderer's working set: decrypted data the UI reads. In the app it lives on a
 * non-persistent session partition (IndexedDB in memory only); the vault on disk, owned by main,
 * is the only durable copy. Only what main acknowledged is put here.
 *
 * - `records`: full records of the cases that were opened in this session.
 *
 * The list rows of every case live in memory only (case-list-store.ts): the list filters, sorts
 * and searches 10,000 of them on every keystroke, which IndexedDB cannot serve, and a copy here
 * that nothing read cost 1.7 s of every unlock of a 10,000-case vault (version 2 had that table).
 */
export type WorkingSetDb = Dexie & {
  records: EntityTable<CaseRecord, 'id'>;
};

export const DB_NAME = 'habeas-working-set';

export const db = new Dexie(DB_NAME) as WorkingSetDb;

db.version(3).stores({
  cases: null,
  records: 'id',
  sessionFilters: 'id, name',
});
// Saved list filters are kept in the vault (listViews) since version 4.
db.version(4).stores({
  records: 'id',
  sessionFilters: null,
});
