import { z } from 'zod';
import { CASE_STATUSES } from '../domain/case';

/**
 * What the case list shows (search text, filters, sort) as data, so a named view can be saved in
 * the vault and applied again in a later session. The renderer's list model interprets it.
 */
export const COLUMN_IDS = ['name', 'status', 'categories', 'arrestedOn', 'articles', 'facility', 'court', 'sentence', 'conclusion', 'recognisedBy', 'updatedAt'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];
export const ColumnId = z.enum(COLUMN_IDS);

export const SortState = z.strictObject({ column: ColumnId, direction: z.enum(['asc', 'desc']) });
export type SortState = z.infer<typeof SortState>;
export type SortDirection = SortState['direction'];

/** A date range as typed ("2013", "May 2013", "12.05.2013"); `mode` says how a fuzzy date must meet it. */
export const DateFilterText = z.strictObject({
  from: z.string().max(100),
  to: z.string().max(100),
  /** overlaps: the recorded date may fall in the range; within: it certainly does. */
  mode: z.enum(['overlaps', 'within']),
});
export type DateFilterText = z.infer<typeof DateFilterText>;

const choice = z.string().max(500);
/** Every filter of the list; '' means "any". */
export const ListFilters = z.strictObject({
  status: z.union([z.literal(''), z.enum(CASE_STATUSES)]),
  category: choice,
  article: choice,
  facility: choice,
  court: choice,
  arrested: DateFilterText,
  released: DateFilterText,
  conclusion: choice,
  recognisedBy: choice,
});
export type ListFilters = z.infer<typeof ListFilters>;

/** What the list shows: the search text, the filters and the sort. A saved view stores exactly this. */
export const ListViewState = z.strictObject({ query: z.string().max(500), filters: ListFilters, sort: SortState });
export type ListViewState = z.infer<typeof ListViewState>;
