import { CaseRecord } from '../../../shared/domain/case';
import { api, call } from '../lib/api';
import { db } from './database';

/**
 * Bumped on every clear. A call that started before a lock must not write its answer into the
 * working set of whatever session comes next.
 */
let generation = 0;

export function currentGeneration(): number {
  return generation;
}

/** Replaces the working set with the vault's cases (after unlock, or when the window reloads unlocked). */
export async function loadWorkingSet(): Promise<number> {
  const started = generation;
  const cases = await call(() => api.cases.list());
  if (started !== generation) return 0;
  await db.transaction('rw', db.cases, async () => {
    await db.cases.clear();
    await db.cases.bulkPut(cases);
  });
  return cases.length;
}

/** Forgets every decrypted record (on lock, and before showing a locked or empty vault). */
export async function clearWorkingSet(): Promise<void> {
  generation += 1;
  await db.cases.clear();
}

/**
 * Stores a record main has acknowledged as durable. Parsed with the shared schema, so a malformed
 * answer never reaches the list; ignored if the vault was locked in the meantime.
 */
export async function putAcknowledged(record: unknown, startedGeneration: number): Promise<CaseRecord> {
  const parsed = CaseRecord.parse(record);
  if (startedGeneration === generation) await db.cases.put(parsed);
  return parsed;
}
