/**
 * The case list's model, free of React: columns and how each sorts, filters and how each matches,
 * the filter options present in the data, and the state a saved filter keeps. Everything here runs
 * over 10,000 summaries on a keystroke, so it precomputes keys and avoids per-comparison work.
 */
import type { ColumnId, DateFilterText, ListFilters, ListViewState, SortState } from '../../../../shared/list-views';
import { compareArticleRefs } from '../../../../shared/catalogue/refs';
import { articleOfKey } from '../../../../shared/case-model/summary';
import type { ListRow } from '../../db/case-list-store';
import { compareFuzzyDates, dateRange, overlaps, parseHumanDate, within, type DateFilter } from '../../../../shared/domain/dates';
import { VOCABULARIES, labelOf, type Lang } from '../../../../shared/vocabularies';

export { COLUMN_IDS, ColumnId, DateFilterText, ListFilters, ListViewState, SortState, type SortDirection } from '../../../../shared/list-views';

const NO_DATES: DateFilterText = { from: '', to: '', mode: 'overlaps' };
export const EMPTY_FILTERS: ListFilters = {
  status: '',
  category: '',
  article: '',
  facility: '',
  court: '',
  arrested: NO_DATES,
  released: NO_DATES,
  conclusion: '',
  recognisedBy: '',
};
export const DEFAULT_SORT: SortState = { column: 'name', direction: 'asc' };
export const INITIAL_LIST_STATE: ListViewState = { query: '', filters: EMPTY_FILTERS, sort: DEFAULT_SORT };

/** How many filters are set (for "Filters (3)" and "Clear filters"). */
export function activeFilterCount(filters: ListFilters): number {
  let n = 0;
  for (const key of ['status', 'category', 'article', 'facility', 'court', 'conclusion', 'recognisedBy'] as const) if (filters[key] !== '') n += 1;
  for (const key of ['arrested', 'released'] as const) if (filters[key].from.trim() !== '' || filters[key].to.trim() !== '') n += 1;
  return n;
}

export function isDefaultView(state: ListViewState): boolean {
  return state.query.trim() === '' && activeFilterCount(state.filters) === 0;
}

// ---------- Dates typed into a filter ----------

export type ParsedBound = { ok: true; day: string | null } | { ok: false; message: string };

/**
 * A bound of a date filter from what the user typed: "from May 2013" starts on 2013-05-01, "to May
 * 2013" ends on 2013-05-31. Empty text is an open bound.
 */
export function parseDateBound(text: string, side: 'from' | 'to'): ParsedBound {
  if (text.trim() === '') return { ok: true, day: null };
  const parsed = parseHumanDate(text);
  if (!parsed.ok) return parsed;
  try {
    const range = dateRange(parsed.edtf);
    return { ok: true, day: side === 'from' ? (range.openStart ? null : range.earliest) : range.openEnd ? null : range.latest };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export interface ParsedDateFilter {
  /** null when neither bound is set (or one does not parse): the filter is off. */
  filter: (DateFilter & { mode: DateFilterText['mode'] }) | null;
  fromError: string | null;
  toError: string | null;
}

export function parseDateFilter(text: DateFilterText): ParsedDateFilter {
  const from = parseDateBound(text.from, 'from');
  const to = parseDateBound(text.to, 'to');
  const fromError = from.ok ? null : from.message;
  const toError = to.ok ? null : to.message;
  if (!from.ok || !to.ok || (from.day === null && to.day === null)) return { filter: null, fromError, toError };
  return { filter: { earliest: from.day, latest: to.day, mode: text.mode }, fromError, toError };
}

function dateMatches(edtf: string | undefined, filter: NonNullable<ParsedDateFilter['filter']>): boolean {
  if (edtf === undefined) return false;
  let range;
  try {
    range = dateRange(edtf);
  } catch {
    return false;
  }
  return filter.mode === 'within' ? within(range, filter) : overlaps(range, filter);
}

// ---------- Filtering ----------

/** One predicate for all set filters (built once per change, run on every row). */
export function filterPredicate(filters: ListFilters): (row: ListRow) => boolean {
  const checks: Array<(row: ListRow) => boolean> = [];
  const { status, category, article, facility, court, conclusion, recognisedBy } = filters;
  if (status !== '') checks.push((r) => r.status === status);
  if (category !== '') checks.push((r) => (r.categories as readonly string[]).includes(category));
  if (article !== '') checks.push((r) => r.articles.includes(article));
  if (facility !== '') checks.push((r) => r.facility === facility);
  if (court !== '') checks.push((r) => r.court === court);
  if (conclusion !== '') checks.push((r) => r.conclusion === conclusion);
  if (recognisedBy !== '') checks.push((r) => (r.recognisedBy as readonly string[]).includes(recognisedBy));
  const arrested = parseDateFilter(filters.arrested).filter;
  if (arrested) checks.push((r) => dateMatches(r.arrestedOn, arrested));
  const released = parseDateFilter(filters.released).filter;
  if (released) checks.push((r) => dateMatches(r.releasedOn, released));
  if (checks.length === 0) return () => true;
  return (row) => checks.every((check) => check(row));
}

// ---------- Sorting ----------

const collators = new Map<string, Intl.Collator>();
export function collatorFor(lang: string): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    collators.set(lang, collator);
  }
  return collator;
}

const v = VOCABULARIES;
const labels = (vocabulary: 'profile_category' | 'recognising_body', codes: readonly string[], lang: Lang) =>
  codes.map((c) => (vocabulary === 'profile_category' ? labelOf(v.profile_category, c, lang) : labelOf(v.recognising_body, c, lang)));

/** Days in a sentence term, for sorting (a year is 365 days, a month 30: order, not arithmetic). */
export function termDays(term: ListRow['sentenceTerm']): number | null {
  if (!term) return null;
  return (term.years ?? 0) * 365 + (term.months ?? 0) * 30 + (term.days ?? 0);
}

type SortKey = string | number | null;
type KeyKind = 'text' | 'date' | 'article' | 'number' | 'code';

/** The value a column sorts by (null: no value, always last), and how such values compare. */
function sortKey(column: ColumnId, row: ListRow, lang: Lang): SortKey {
  switch (column) {
    case 'name':
      return row.name;
    case 'status':
      return labelOf(v.case_status, row.status, lang);
    case 'categories':
      return row.categories.length ? labels('profile_category', row.categories, lang).join(', ') : null;
    case 'arrestedOn':
      return row.arrestedOn ?? null;
    case 'articles':
      return row.articles.length ? articleOfKey(row.articles[0]!) : null;
    case 'facility':
      return row.facility ?? null;
    case 'court':
      return row.court ?? null;
    case 'sentence':
      return termDays(row.sentenceTerm) ?? (row.sentenceType ? 0 : null);
    case 'conclusion':
      return row.conclusion ? labelOf(v.assessment_conclusion, row.conclusion, lang) : null;
    case 'recognisedBy':
      return row.recognisedBy.length ? labels('recognising_body', row.recognisedBy, lang).join(', ') : null;
    case 'updatedAt':
      return row.updatedAt;
  }
}

const KIND: Record<ColumnId, KeyKind> = {
  name: 'text',
  status: 'text',
  categories: 'text',
  arrestedOn: 'date',
  articles: 'article',
  facility: 'text',
  court: 'text',
  sentence: 'number',
  conclusion: 'text',
  recognisedBy: 'text',
  updatedAt: 'code',
};

/**
 * Rows in the order of `sort`. Rows without a value for the column come last in both directions;
 * ties go by name, then id, so the order is total and stable across renders.
 */
export function sortRows<R extends ListRow>(rows: readonly R[], sort: SortState, lang: Lang): R[] {
  const collator = collatorFor(lang);
  const kind = KIND[sort.column];
  const sign = sort.direction === 'asc' ? 1 : -1;
  const compareKeys = (a: string | number, b: string | number): number => {
    switch (kind) {
      case 'text':
        return collator.compare(a as string, b as string);
      case 'date':
        return compareFuzzyDates(a as string, b as string);
      case 'article':
        return compareArticleRefs(a as string, b as string);
      case 'number':
        return (a as number) - (b as number);
      case 'code':
        return a < b ? -1 : a > b ? 1 : 0;
    }
  };
  const keyed = rows.map((row) => ({ row, key: sortKey(sort.column, row, lang) }));
  keyed.sort((a, b) => {
    if (a.key !== b.key) {
      if (a.key === null) return 1;
      if (b.key === null) return -1;
      const c = compareKeys(a.key, b.key);
      if (c !== 0) return sign * c;
    }
    if (sort.column !== 'name') {
      const byName = collator.compare(a.row.name, b.row.name);
      if (byName !== 0) return byName;
    }
    return a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0;
  });
  return keyed.map((k) => k.row);
}

/** The next sort when a column header is activated: a new column ascending, the same one flipped. */
export function nextSort(current: SortState, column: ColumnId): SortState {
  if (current.column !== column) return { column, direction: column === 'updatedAt' ? 'desc' : 'asc' };
  return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}

// ---------- Options the filters offer ----------

export interface Facets {
  /** Article keys present in the working set, in code-version then numeric order. */
  articles: string[];
  facilities: string[];
  courts: string[];
}

/** The values present in the data for the free-text filters (vocabulary filters list every term). */
export function collectFacets(rows: readonly ListRow[], lang: string): Facets {
  const articles = new Set<string>();
  const facilities = new Set<string>();
  const courts = new Set<string>();
  for (const row of rows) {
    for (const a of row.articles) articles.add(a);
    if (row.facility !== undefined) facilities.add(row.facility);
    if (row.court !== undefined) courts.add(row.court);
  }
  const collator = collatorFor(lang);
  const versionOf = (key: string) => key.slice(0, key.lastIndexOf(':'));
  return {
    articles: [...articles].sort((a, b) => {
      const va = versionOf(a);
      const vb = versionOf(b);
      if (va !== vb) return va < vb ? 1 : -1; // newer code versions first (1999 before 1960)
      return compareArticleRefs(articleOfKey(a), articleOfKey(b));
    }),
    facilities: [...facilities].sort(collator.compare),
    courts: [...courts].sort(collator.compare),
  };
}

/** `AZ/criminal/1999:234.4.3` → its parts. */
export function parseArticleKey(key: string): { jurisdiction: string; code: string; version: string; article: string } | null {
  const colon = key.lastIndexOf(':');
  if (colon < 0) return null;
  const [jurisdiction, code, version] = key.slice(0, colon).split('/');
  if (!jurisdiction || !code || !version) return null;
  return { jurisdiction, code, version, article: key.slice(colon + 1) };
}

// ---------- The whole pipeline ----------

/**
 * The visible rows: `sorted` (all rows, already in order) kept when they pass the filters and, for a
 * non-empty query, are among the search hits. One pass; no sorting per keystroke.
 */
export function visibleRows<R extends ListRow>(sorted: readonly R[], hits: ReadonlySet<string> | null, filters: ListFilters): R[] {
  const passes = filterPredicate(filters);
  const out: R[] = [];
  for (const row of sorted) if ((hits === null || hits.has(row.id)) && passes(row)) out.push(row);
  return out;
}
