// The case list's model without React: sorting, filters, date bounds, facets, saved state.
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../shared/case-model/case-file';
import { summariseCase, type CaseSummary } from '../../shared/case-model/summary';
import {
  EMPTY_FILTERS,
  INITIAL_LIST_STATE,
  ListViewState,
  activeFilterCount,
  collectFacets,
  filterPredicate,
  nextSort,
  parseDateBound,
  parseDateFilter,
  sortRows,
  visibleRows,
  type ListFilters,
} from '../../renderer/src/features/cases/list-model';
import { caseFile, type CaseFacts } from './case-fixtures';

function summary(facts: CaseFacts, updatedAt = '2024-05-01T10:00:00.000Z'): CaseSummary {
  const file = CaseFile.parse(caseFile(facts));
  return summariseCase({ id: file.id, revision: 1, updatedAt, file });
}

const names = (rows: readonly CaseSummary[]) => rows.map((r) => r.name);

const ROWS = [
  summary({ name: 'Zaur Quliyev', arrestedOn: '2014-08-02', articles: ['234.4.3', '274'], facility: 'Kürdəxanı', court: 'Baku Grave Crimes Court', categories: ['journalist_blogger'], sentence: { type: 'imprisonment', years: 7, months: 6 }, conclusion: 'political_prisoner', recognisedBy: ['pace_rapporteur'] }),
  summary({ name: 'Əli Həsənov', arrestedOn: '2013', articles: ['283.1'], court: 'Sumqayit City Court', categories: ['human_rights_defender'], sentence: { type: 'imprisonment', years: 3 } }),
  summary({ name: 'Ali Rzayev', arrestedOn: '2013-05-12~', facility: 'Penitentiary Institution No. 12', status: 'released', releasedOn: '2016-03' }),
  summary({ name: 'Eldar Məmmədov', status: 'convicted', conclusion: 'not_political_prisoner', recognisedBy: ['amnesty_international', 'pace_rapporteur'] }),
];

describe('sorting', () => {
  it('sorts names with the language collation and breaks ties by id', () => {
    // Ə is a letter of its own, after E (as in the Azerbaijani alphabet).
    expect(names(sortRows(ROWS, { column: 'name', direction: 'asc' }, 'en'))).toEqual(['Ali Rzayev', 'Eldar Məmmədov', 'Əli Həsənov', 'Zaur Quliyev']);
    expect(names(sortRows(ROWS, { column: 'name', direction: 'desc' }, 'en'))).toEqual(['Zaur Quliyev', 'Əli Həsənov', 'Eldar Məmmədov', 'Ali Rzayev']);
  });

  it('sorts fuzzy arrest dates by their normalised range, with undated cases last either way', () => {
    // 2013 (the whole year) starts before 12 May 2013; Eldar has no arrest date.
    expect(names(sortRows(ROWS, { column: 'arrestedOn', direction: 'asc' }, 'en'))).toEqual(['Əli Həsənov', 'Ali Rzayev', 'Zaur Quliyev', 'Eldar Məmmədov']);
    expect(names(sortRows(ROWS, { column: 'arrestedOn', direction: 'desc' }, 'en'))).toEqual(['Zaur Quliyev', 'Ali Rzayev', 'Əli Həsənov', 'Eldar Məmmədov']);
  });

  it('sorts sentences by length, articles numerically, and labels in the UI language', () => {
    expect(names(sortRows(ROWS, { column: 'sentence', direction: 'desc' }, 'en')).slice(0, 2)).toEqual(['Zaur Quliyev', 'Əli Həsənov']);
    expect(names(sortRows(ROWS, { column: 'articles', direction: 'asc' }, 'en')).slice(0, 2)).toEqual(['Zaur Quliyev', 'Əli Həsənov']); // 234.4.3 < 283.1
    // "Convicted" < "Detained" < "Released" in English; in Russian "Освобождён" < "Осуждён" < "Под стражей".
    expect(sortRows(ROWS, { column: 'status', direction: 'asc' }, 'en').map((r) => r.status)).toEqual(['convicted', 'detained', 'detained', 'released']);
    expect(sortRows(ROWS, { column: 'status', direction: 'asc' }, 'ru').map((r) => r.status)).toEqual(['released', 'convicted', 'detained', 'detained']);
  });

  it('a header flips its own direction and starts other columns ascending (updated: newest first)', () => {
    expect(nextSort({ column: 'name', direction: 'asc' }, 'name')).toEqual({ column: 'name', direction: 'desc' });
    expect(nextSort({ column: 'name', direction: 'desc' }, 'court')).toEqual({ column: 'court', direction: 'asc' });
    expect(nextSort({ column: 'name', direction: 'asc' }, 'updatedAt')).toEqual({ column: 'updatedAt', direction: 'desc' });
  });
});

describe('filters', () => {
  const only = (patch: Partial<ListFilters>) => names(ROWS.filter(filterPredicate({ ...EMPTY_FILTERS, ...patch })));

  it('match on every column they cover', () => {
    expect(only({ status: 'released' })).toEqual(['Ali Rzayev']);
    expect(only({ category: 'journalist_blogger' })).toEqual(['Zaur Quliyev']);
    expect(only({ article: 'AZ/criminal/1999:283.1' })).toEqual(['Əli Həsənov']);
    expect(only({ facility: 'Kürdəxanı' })).toEqual(['Zaur Quliyev']);
    expect(only({ court: 'Sumqayit City Court' })).toEqual(['Əli Həsənov']);
    expect(only({ conclusion: 'political_prisoner' })).toEqual(['Zaur Quliyev']);
    expect(only({ recognisedBy: 'pace_rapporteur' })).toEqual(['Zaur Quliyev', 'Eldar Məmmədov']);
    expect(only({ status: 'detained', court: 'Sumqayit City Court' })).toEqual(['Əli Həsənov']);
  });

  it('date ranges: "may fall in" keeps a year-only date that overlaps, "certainly in" does not', () => {
    const may2013 = { from: 'May 2013', to: '31.05.2013' };
    expect(only({ arrested: { ...may2013, mode: 'overlaps' } })).toEqual(['Əli Həsənov', 'Ali Rzayev']);
    expect(only({ arrested: { ...may2013, mode: 'within' } })).toEqual(['Ali Rzayev']);
    expect(only({ arrested: { from: '2014', to: '', mode: 'overlaps' } })).toEqual(['Zaur Quliyev']);
    expect(only({ released: { from: '', to: '2016', mode: 'within' } })).toEqual(['Ali Rzayev']);
  });

  it('reads typed date bounds in the three languages and reports what it cannot read', () => {
    expect(parseDateBound('May 2013', 'from')).toEqual({ ok: true, day: '2013-05-01' });
    expect(parseDateBound('may 2013', 'to')).toEqual({ ok: true, day: '2013-05-31' });
    expect(parseDateBound('май 2013', 'to')).toEqual({ ok: true, day: '2013-05-31' });
    expect(parseDateBound('12.05.2013', 'from')).toEqual({ ok: true, day: '2013-05-12' });
    expect(parseDateBound('  ', 'from')).toEqual({ ok: true, day: null });
    expect(parseDateBound('soon', 'from').ok).toBe(false);
    const bad = parseDateFilter({ from: 'soon', to: '2014', mode: 'overlaps' });
    expect(bad.filter).toBeNull();
    expect(bad.fromError).toEqual(expect.any(String));
    expect(bad.toError).toBeNull();
  });

  it('counts the filters that are set', () => {
    expect(activeFilterCount(EMPTY_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...EMPTY_FILTERS, status: 'released', arrested: { from: '2013', to: '', mode: 'within' } })).toBe(2);
  });

  it('visible rows keep the sorted order and intersect the search hits', () => {
    const sorted = sortRows(ROWS, { column: 'name', direction: 'asc' }, 'en');
    const hits = new Set([ROWS[0]!.id, ROWS[2]!.id]);
    expect(names(visibleRows(sorted, hits, EMPTY_FILTERS))).toEqual(['Ali Rzayev', 'Zaur Quliyev']);
    expect(names(visibleRows(sorted, hits, { ...EMPTY_FILTERS, status: 'released' }))).toEqual(['Ali Rzayev']);
    expect(visibleRows(sorted, null, EMPTY_FILTERS)).toHaveLength(4);
  });
});

describe('facets and saved state', () => {
  it('offers the articles, facilities and courts present, in code and numeric order', () => {
    const facets = collectFacets(ROWS, 'en');
    expect(facets.articles).toEqual(['AZ/criminal/1999:234.4.3', 'AZ/criminal/1999:274', 'AZ/criminal/1999:283.1']);
    expect(facets.facilities).toEqual(['Kürdəxanı', 'Penitentiary Institution No. 12']);
    expect(facets.courts).toEqual(['Baku Grave Crimes Court', 'Sumqayit City Court']);
  });

  it('a saved filter is validated when read back', () => {
    expect(ListViewState.safeParse(INITIAL_LIST_STATE).success).toBe(true);
    expect(ListViewState.safeParse({ ...INITIAL_LIST_STATE, sort: { column: 'nope', direction: 'asc' } }).success).toBe(false);
  });
});
