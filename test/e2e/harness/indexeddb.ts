import type { Page } from 'playwright-core';

/**
 * Rows per `database/store` in the page's IndexedDB (the renderer's Dexie working set). Used to
 * check that a lock leaves no decrypted case in the renderer: after the wipe and reload every store
 * must be empty until the next unlock.
 */
export async function indexedDbRowCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const counts: Record<string, number> = {};
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      try {
        for (const store of Array.from(db.objectStoreNames)) {
          counts[`${info.name}/${store}`] = await request(db.transaction(store, 'readonly').objectStore(store).count());
        }
      } finally {
        db.close();
      }
    }
    return counts;
  });
}

export function totalRows(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}
