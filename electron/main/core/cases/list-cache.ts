import { CaseSummary } from '../../../../shared/case-model/summary';

/**
 * The case list as last derived, stored as the vault's `case-list` cache (vault/caches.ts): the
 * list row of each case's newest revision, keyed by id and revision. Deriving 10,000 rows means
 * parsing ~110 MB of documents (~2 s); reading this cache takes a few tens of milliseconds, so
 * the list of a large vault is on screen within a second of unlocking.
 *
 * A row is used only for the exact revision it was derived from (the log decides what is newest),
 * and only by a build that derives rows the same way: the cache names the summary version and the
 * row's fields, and any other cache is ignored and rebuilt.
 */

/**
 * Bump when summariseCase derives any field differently, so rows cached by an older build are
 * derived again instead of shown. (Added or removed fields are caught by ROW_FIELDS on their own.)
 */
export const SUMMARY_VERSION = 1;
const ROW_FIELDS = Object.keys(CaseSummary.shape).join(',');
const FORMAT = 'habeas-case-list';

interface ListCacheBody {
  format: typeof FORMAT;
  summaryVersion: number;
  fields: string;
  /** [revision, row] per case. */
  rows: Array<[number, CaseSummary]>;
}

export type CachedRows = ReadonlyMap<string, { readonly revision: number; readonly row: CaseSummary }>;

export function encodeListCache(rows: Iterable<readonly [number, CaseSummary]>): ListCacheBody {
  return { format: FORMAT, summaryVersion: SUMMARY_VERSION, fields: ROW_FIELDS, rows: [...rows].map(([revision, row]) => [revision, row]) };
}

/**
 * The cached rows, or null when the cache is another build's (or not a case-list cache at all).
 * Rows are authenticated by the vault and were checked against CaseSummary when derived, so only
 * their keys are checked here: validating 10,000 rows again would cost what the cache saves.
 */
export function decodeListCache(value: unknown): CachedRows | null {
  if (typeof value !== 'object' || value === null) return null;
  const body = value as Partial<ListCacheBody>;
  if (body.format !== FORMAT || body.summaryVersion !== SUMMARY_VERSION || body.fields !== ROW_FIELDS || !Array.isArray(body.rows)) return null;
  const rows = new Map<string, { revision: number; row: CaseSummary }>();
  for (const entry of body.rows as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2) return null;
    const [revision, row] = entry as [unknown, unknown];
    if (!Number.isInteger(revision) || typeof row !== 'object' || row === null) return null;
    const { id, revision: rowRevision } = row as { id?: unknown; revision?: unknown };
    if (typeof id !== 'string' || rowRevision !== revision) return null;
    rows.set(id, { revision: revision as number, row: row as CaseSummary });
  }
  return rows;
}
