import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { selectReportCases } from '../../../../../electron/main/core/reports/list-report/select-cases';
import { CaseFile } from '../../../../../shared/case-model';
import type { CaseStatus } from '../../../../../shared/domain/case';
import { filterCaseForAudience, ReportFilters, type Audience } from '../../../../../shared/reports';
import type { CodeOf } from '../../../../../shared/vocabularies';
import { demoFiles } from './list-report-harness';

type Category = CodeOf<'profile_category'>;

/** A demo case reshaped: its status, categories and charges (as `version:article`, version like AZ/criminal/1999). */
function shaped(base: CaseFile, args: { status: CaseStatus; categories: Category[]; charges: string[]; name?: string; mark?: (f: CaseFile) => void }): CaseFile {
  const f = structuredClone(base);
  f.status = args.status;
  f.person.categories = args.categories;
  const proceeding = f.proceedings[0];
  const charge = proceeding?.charges[0];
  if (!proceeding || !charge) throw new Error('demo case without a charge');
  const { requalifiedFrom: _from, requalifiedTo: _to, ...plain } = charge;
  proceeding.charges = args.charges.map((key) => {
    const [jurisdiction = '', code = '', version = ''] = key.slice(0, key.lastIndexOf(':')).split('/');
    return { ...plain, id: randomUUID(), article: { jurisdiction, code, version, article: key.slice(key.lastIndexOf(':') + 1) } };
  });
  f.proceedings = [proceeding];
  if (args.name !== undefined) for (const n of f.person.names) if (n.use === 'primary') n.full = args.name;
  args.mark?.(f);
  return CaseFile.parse(f);
}

const demo = demoFiles();
const A = shaped(demo[0]!, { status: 'detained', categories: ['journalist_blogger'], charges: ['AZ/criminal/1999:234.4.3'] });
const B = shaped(demo[1]!, { status: 'convicted', categories: ['human_rights_defender', 'journalist_blogger'], charges: ['AZ/criminal/1960:188', 'AZ/administrative/2015:510'] });
const C = shaped(demo[2]!, { status: 'released', categories: ['religious_believer'], charges: ['AZ/criminal/1999:188', 'AZ/criminal/1999:234.1'] });
const D = shaped(demo[3]!, { status: 'detained', categories: [], charges: ['AZ/criminal/1999:23'] });
// E: a journalist whose category, status and proceedings are confidential.
const E = shaped(demo[4]!, {
  status: 'detained',
  categories: ['journalist_blogger'],
  charges: ['AZ/criminal/1999:234.4.3'],
  mark: (f) => {
    f.sensitivity = { ...f.sensitivity, status: 'confidential', proceedings: 'confidential' };
    f.person.sensitivity = { ...f.person.sensitivity, categories: 'confidential' };
  },
});
const ALL = [A, B, C, D, E];
const nameOf = new Map(ALL.map((f) => [f.id, f.person.names.find((n) => n.use === 'primary')?.full ?? '']));
const letter = new Map(ALL.map((f, i) => [f.id, 'ABCDE'[i] as string]));

/** The letters of the cases selected, in the report's order. */
function select(filters: Partial<ReportFilters>, audience: Audience = 'internal', files: readonly CaseFile[] = ALL): string[] {
  const views = files.map((f) => filterCaseForAudience(f, audience));
  return selectReportCases(views, ReportFilters.parse(filters)).map((v) => letter.get(v.file.id) ?? v.file.id);
}
const sortedLetters = (s: string[]) => [...s].sort();

describe('selectReportCases: each filter', () => {
  it('selects every case when no filter is set', () => {
    expect(sortedLetters(select({}))).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('statuses: any of the listed', () => {
    expect(sortedLetters(select({ statuses: ['detained'] }))).toEqual(['A', 'D', 'E']);
    expect(sortedLetters(select({ statuses: ['detained', 'released'] }))).toEqual(['A', 'C', 'D', 'E']);
    expect(select({ statuses: ['other'] })).toEqual([]);
  });

  it('categories: any of the listed, in any position of the person’s list', () => {
    expect(sortedLetters(select({ categories: ['journalist_blogger'] }))).toEqual(['A', 'B', 'E']);
    expect(sortedLetters(select({ categories: ['human_rights_defender', 'religious_believer'] }))).toEqual(['B', 'C']);
    expect(select({ categories: ['trade_unionist'] })).toEqual([]);
  });

  it('articles: a key selects that code version only; a bare number every version', () => {
    expect(sortedLetters(select({ articles: ['188'] }))).toEqual(['B', 'C']);
    expect(select({ articles: ['AZ/criminal/1960:188'] })).toEqual(['B']);
    expect(select({ articles: ['AZ/criminal/1999:188'] })).toEqual(['C']);
    expect(select({ articles: ['510'] })).toEqual(['B']);
    expect(select({ articles: ['AZ/criminal/2015:510'] })).toEqual([]);
    expect(sortedLetters(select({ articles: ['234.4.3'] }))).toEqual(['A', 'E']);
    expect(sortedLetters(select({ articles: [' 234.4.3 '] }))).toEqual(['A', 'E']);
  });

  it('articles: a provision selects its parts, never a longer number that merely starts the same', () => {
    expect(sortedLetters(select({ articles: ['234'] }))).toEqual(['A', 'C', 'E']);
    expect(sortedLetters(select({ articles: ['234.4'] }))).toEqual(['A', 'E']);
    expect(select({ articles: ['23'] })).toEqual(['D']);
    expect(select({ articles: ['2'] })).toEqual([]);
    expect(select({ articles: ['234.4.3.1'] })).toEqual([]);
    expect(sortedLetters(select({ articles: ['23', '188'] }))).toEqual(['B', 'C', 'D']);
  });

  it('caseIds: exactly those cases; an unknown id selects nothing', () => {
    expect(sortedLetters(select({ caseIds: [B.id, C.id] }))).toEqual(['B', 'C']);
    expect(select({ caseIds: [randomUUID()] })).toEqual([]);
  });
});

describe('selectReportCases: combinations', () => {
  it('ANDs the filters', () => {
    expect(sortedLetters(select({ statuses: ['detained'], categories: ['journalist_blogger'] }))).toEqual(['A', 'E']);
    expect(select({ statuses: ['released'], articles: ['234'] })).toEqual(['C']);
    expect(select({ statuses: ['convicted'], articles: ['234'] })).toEqual([]);
    expect(select({ caseIds: [A.id, B.id], categories: ['human_rights_defender'], articles: ['188'] })).toEqual(['B']);
  });
});

describe('selectReportCases: only what the audience may see can select a case', () => {
  it('a public report cannot select by a category, status or charge that is withheld from it', () => {
    expect(sortedLetters(select({ categories: ['journalist_blogger'] }, 'internal'))).toEqual(['A', 'B', 'E']);
    expect(sortedLetters(select({ categories: ['journalist_blogger'] }, 'public'))).toEqual(['A', 'B']);
    expect(sortedLetters(select({ statuses: ['detained'] }, 'public'))).toEqual(['A', 'D']);
    expect(select({ articles: ['234.4.3'] }, 'public')).toEqual(['A']);
    expect(select({ statuses: ['detained'], categories: ['journalist_blogger'] }, 'court')).toEqual(['A']);
    // Without filters the case is still listed: only selecting by what is hidden is refused.
    expect(sortedLetters(select({}, 'public'))).toEqual(['A', 'B', 'C', 'D', 'E']);
  });
});

describe('selectReportCases: order', () => {
  const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[əƏ]/g, 'e').replace(/ı/g, 'i').toLowerCase();

  it('is by primary name, whatever the input order', () => {
    const order = select({});
    const names = order.map((l) => nameOf.get(ALL['ABCDE'.indexOf(l)]!.id) ?? '');
    expect(names.map(folded)).toEqual([...names.map(folded)].sort());
    expect(select({}, 'internal', [...ALL].reverse())).toEqual(order);
    expect(select({}, 'internal', [C, E, A, D, B])).toEqual(order);
  });

  it('breaks ties by id', () => {
    const twinA = shaped(demo[5]!, { status: 'detained', categories: [], charges: ['AZ/criminal/1999:28'], name: 'Same Name' });
    const twinB = shaped(demo[6]!, { status: 'detained', categories: [], charges: ['AZ/criminal/1999:28'], name: 'Same Name' });
    const ids = selectReportCases([twinB, twinA].map((f) => filterCaseForAudience(f, 'internal')), ReportFilters.parse({})).map((v) => v.file.id);
    expect(ids).toEqual([twinA.id, twinB.id].sort());
  });

  it('puts withheld names last, by id, never in the order of the hidden names', () => {
    // The first twenty demo cases, as a public report sees them: most names are published, some are not.
    const files = demo.slice(0, 20);
    const order = (list: readonly CaseFile[], audience: Audience) => selectReportCases(list.map((f) => filterCaseForAudience(f, audience)), ReportFilters.parse({})).map((v) => v.file.id);
    const publicViews = files.map((f) => filterCaseForAudience(f, 'public').file);
    const withheld = publicViews.filter((f) => !f.person.names.some((n) => n.use === 'primary')).map((f) => f.id);
    const shown = new Map(publicViews.flatMap((f) => f.person.names.filter((n) => n.use === 'primary').map((n) => [f.id, n.full] as const)));
    expect(withheld.length).toBeGreaterThanOrEqual(3);
    expect(shown.size).toBeGreaterThanOrEqual(3);
    expect(withheld.length + shown.size).toBe(files.length);
    const publicOrder = order(files, 'public');
    // The published names first, by name; then the withheld, by id.
    const namesInOrder = publicOrder.slice(0, shown.size).map((id) => shown.get(id));
    expect(namesInOrder.every((n) => n !== undefined)).toBe(true);
    expect(namesInOrder.map((n) => folded(n ?? ''))).toEqual([...shown.values()].map(folded).sort());
    expect(publicOrder.slice(shown.size)).toEqual([...withheld].sort());
    // Hidden names that sort in the reverse order of the ids do not move them.
    const byIdDescending = [...withheld].sort().reverse();
    const renamed = files.map((f) => {
      if (!withheld.includes(f.id)) return f;
      const g = structuredClone(f);
      for (const n of g.person.names) n.full = `${String.fromCharCode(65 + byIdDescending.indexOf(f.id))} hidden`;
      return g;
    });
    // (Seen in full, the same names do reverse them.)
    expect(order(renamed, 'internal').filter((id) => withheld.includes(id))).toEqual(byIdDescending);
    expect(order(renamed, 'public')).toEqual(publicOrder);
    expect(order([...renamed].reverse(), 'public')).toEqual(publicOrder);
  });
});
