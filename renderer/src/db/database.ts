import { Dexie, type EntityTable } from 'dexie';
import type { CaseRecord } from '../../../shared/domain/case';

/**
 * The renderer's working set: decrypted records the UI queries with useLiveQuery. In the app it
 * lives on a non-persistent session partition (IndexedDB in memory only); the vault on disk,
 * owned by main, is the only durable copy. Only records that main acknowledged are put here.
 */
export type WorkingSetDb = Dexie & {
  cases: EntityTable<CaseRecord, 'id'>;
};

export const DB_NAME = 'habeas-working-set';

export const db = new Dexie(DB_NAME) as WorkingSetDb;

db.version(1).stores({
  // Primary key first, then the indexes the list sorts and filters by.
  cases: 'id, nameLatin, status, updatedAt',
});
