import { CaseSummary } from '../../../../shared/case-model/summary';

/**
 * The case list as last derived, stored as the vault's `case-list` cache (vault/caches.ts): the
 * list row of each case's newest revision, keyed by id and revision. Deriving 10,000 rows means
 * parsing ~110 MB of documents (~2 s); reading this cache takes a few tens of milliseconds, so
 * the list of a large vault is on screen within a second of unlocking.
 *
 * A row is used only for the exact frame it was derived from (revision number and the frame's
 * seal id: the log decides what is newest, and a revision number can be reused after a damaged
 * tail), and only by a build that derives rows the same way: the cache names the summary version
 * and the row's fields, and any other cache is ignored and rebuilt.
 */

/**
 * Bump when summariseCase derives any field differently, so rows cached by an older build are
 * derived again instead of shown. (Added or removed fields are caught by ROW_FIELDS on their own;
 * test/unit/shared/case-model/summary-version.test.ts fails when the rows change.)
 */
export const SUMMARY_VERSION = 1;
const ROW_FIELDS = Object.keys(CaseSummary.shape).join(',');
const FORMAT = 'habeas-case-list';

interface ListCacheBody {
  format: typeof FORMAT;
  summaryVersion: number;
  fields: string;
  /** [revision, seal id, row] per case. */
  rows: Array<[number, string, CaseSummary]>;
}

export interface CachedRow {
  readonly revision: number;
  readonly sealId: string;
  readonly row: CaseSummary;
}
export type CachedRows = ReadonlyMap<string, CachedRow>;

export function encodeListCache(rows: Iterable<CachedRow>): ListCacheBody {
  return { format: FORMAT, summaryVersion: SUMMARY_VERSION, fields: ROW_FIELDS, rows: [...rows].map(({ revision, sealId, row }) => [revision, sealId, row]) };
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
  const rows = new Map<string, CachedRow>();
  for (const entry of body.rows as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 3) return null;
    const [revision, sealId, row] = entry as [unknown, unknown, unknown];
    if (!Number.isInteger(revision) || typeof sealId !== 'string' || typeof row !== 'object' || row === null) return null;
    const { id, revision: rowRevision } = row as { id?: unknown; revision?: unknown };
    if (typeof id !== 'string' || rowRevision !== revision) return null;
    rows.set(id, { revision: revision as number, sealId, row: row as CaseSummary });
  }
  return rows;
}
