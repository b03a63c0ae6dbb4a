import { CASE_STATUSES, type CaseStatus } from '../../../../../shared/domain/case';
import { VOCABULARIES } from '../../../../../shared/vocabularies';
import { compareArticleKeys, type ListRow, type ProfileCategory } from './list-rows';

/** How many articles the article chart shows by name; the rest are one "other" bar. */
export const TOP_ARTICLES = 15;

export interface Count<K> {
  readonly key: K;
  readonly count: number;
}

/**
 * The counts of the statistics section, from the rows as printed (so they agree with the list).
 * Each breakdown counts every case once, except articles, where a case counts under each of its
 * articles; "not shown" buckets keep the sums equal to the total.
 */
export interface ListStatistics {
  readonly total: number;
  /** In the vocabulary's order; `null` for a status the audience may not see. */
  readonly byStatus: ReadonlyArray<Count<CaseStatus | null>>;
  /** Every year from the first to the last arrest, zeros included, so the axis is even. */
  readonly byYear: ReadonlyArray<Count<number>>;
  readonly yearNotShown: number;
  /** By the group a person is listed under (first category; null = none or withheld). */
  readonly byFirstCategory: ReadonlyArray<Count<ProfileCategory | null>>;
  /** Persons having the category anywhere in their list (a person may count under several). */
  readonly byAnyCategory: ReadonlyMap<ProfileCategory, number>;
  /** Most frequent first; ties in code and article order. */
  readonly byArticle: ReadonlyArray<Count<string>>;
  readonly withoutCharges: number;
  readonly namesWithheld: number;
  readonly categoriesWithheld: number;
}

export function listStatistics(rows: readonly ListRow[]): ListStatistics {
  const status = new Map<CaseStatus | null, number>();
  const year = new Map<number, number>();
  const first = new Map<ProfileCategory | null, number>();
  const any = new Map<ProfileCategory, number>();
  const article = new Map<string, number>();
  let yearNotShown = 0;
  let withoutCharges = 0;
  let namesWithheld = 0;
  let categoriesWithheld = 0;
  const add = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

  for (const row of rows) {
    add(status, row.status ?? null);
    if (row.arrestYear === undefined) yearNotShown++;
    else add(year, row.arrestYear);
    add(first, row.group);
    for (const category of new Set(row.categories)) add(any, category);
    if (row.articles.length === 0) withoutCharges++;
    for (const key of new Set(row.articles)) add(article, key);
    if (row.name === '') namesWithheld++;
    if (row.categoriesWithheld) categoriesWithheld++;
  }

  const years = [...year.keys()];
  const byYear: Array<Count<number>> = [];
  if (years.length > 0) {
    const from = Math.min(...years);
    const to = Math.max(...years);
    for (let y = from; y <= to; y++) byYear.push({ key: y, count: year.get(y) ?? 0 });
  }
  const statusOrder: Array<CaseStatus | null> = [...CASE_STATUSES, null];
  const categoryOrder: Array<ProfileCategory | null> = [...VOCABULARIES.profile_category.codes, null];
  const orderOf = (c: ProfileCategory | null) => {
    const i = categoryOrder.indexOf(c);
    return i < 0 ? categoryOrder.length - 1.5 : i;
  };
  return {
    total: rows.length,
    byStatus: statusOrder.filter((s) => status.has(s)).map((key) => ({ key, count: status.get(key) ?? 0 })),
    byYear,
    yearNotShown,
    byFirstCategory: [...first.entries()].map(([key, count]) => ({ key, count })).sort((a, b) => orderOf(a.key) - orderOf(b.key)),
    byAnyCategory: any,
    byArticle: [...article.entries()].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || compareArticleKeys(a.key, b.key)),
    withoutCharges,
    namesWithheld,
    categoriesWithheld,
  };
}

/**
 * The article chart's bars: the TOP_ARTICLES most frequent, then one bar for the cases charged
 * under at least one of the others (a count of cases, not of charges, like every other bar).
 */
export function articleChartCounts(rows: readonly ListRow[], stats: ListStatistics): { top: ReadonlyArray<Count<string>>; others: { articles: number; cases: number } } {
  const top = stats.byArticle.slice(0, TOP_ARTICLES);
  const shown = new Set(top.map((t) => t.key));
  const rest = stats.byArticle.length - top.length;
  const cases = rest === 0 ? 0 : rows.filter((row) => row.articles.some((key) => !shown.has(key))).length;
  return { top, others: { articles: rest, cases } };
}
