import { Dexie, type EntityTable } from 'dexie';
import type { CaseRecord } from '../../../shared/case-model/record';

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
 * The renderer's working set: decrypted data the UI reads. In the app it lives on a
 * non-persistent session partition (IndexedDB in memory only); the vault on disk, owned by main,
 * is the only durable copy. Only what main acknowledged is put here.
 *
 * - `records`: full records of the cases that were opened in this session.
 * - `sessionFilters`: saved list filters, until the vault can store them (see the type above).
 *
 * The list rows of every case live in memory only (case-list-store.ts): the list filters, sorts
 * and searches 10,000 of them on every keystroke, which IndexedDB cannot serve, and a copy here
 * that nothing read cost 1.7 s of every unlock of a 10,000-case vault (version 2 had that table).
 */
export type WorkingSetDb = Dexie & {
  records: EntityTable<CaseRecord, 'id'>;
  sessionFilters: EntityTable<SessionSavedFilter, 'id'>;
};

export const DB_NAME = 'habeas-working-set';

export const db = new Dexie(DB_NAME) as WorkingSetDb;

db.version(3).stores({
  cases: null,
  records: 'id',
  sessionFilters: 'id, name',
});
