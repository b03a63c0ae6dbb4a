import { compareArticleRefs } from '../../../../../shared/catalogue/refs';
import type { Term } from '../../../../../shared/case-model/sentence';
import { articleOfKey, summariseCase } from '../../../../../shared/case-model/summary';
import type { CaseStatus } from '../../../../../shared/domain/case';
import { dateRange } from '../../../../../shared/domain/dates/range';
import type { AudienceCase, ReportLang } from '../../../../../shared/reports';
import { VOCABULARIES, type CodeOf } from '../../../../../shared/vocabularies';
import { say } from '../common-labels';
import { CODE_ABBREVIATIONS } from './list-report-labels';
import { visibleName } from './select-cases';

export type ProfileCategory = CodeOf<'profile_category'>;

/**
 * One person of the list, from the case as the audience may see it. Empty or missing values are
 * either not recorded or withheld; the row does not know which, and must not guess.
 */
export interface ListRow {
  readonly id: string;
  /** The primary name, or '' when withheld. */
  readonly name: string;
  /** Native-script and Cyrillic forms, when different from the primary name. */
  readonly otherNames: readonly string[];
  readonly categories: readonly ProfileCategory[];
  /** The group the person is listed under: the first category, or null (none, or withheld). */
  readonly group: ProfileCategory | null;
  readonly categoriesWithheld: boolean;
  readonly occupation?: string;
  readonly arrestedOn?: string;
  readonly arrestYear?: number;
  /** Article keys (`AZ/criminal/1999:234.4.3`), in code and article order. */
  readonly articles: readonly string[];
  readonly sentenceType?: CodeOf<'sentence_type'>;
  readonly sentenceTerm?: Term;
  readonly facility?: string;
  readonly status?: CaseStatus;
}

/** The code most charges are under; its articles are printed without a code mark. */
export const DEFAULT_CODE_VERSION = 'AZ/criminal/1999';

export function listRow(view: AudienceCase): ListRow {
  // The filter keeps every list (empty when withheld, and a withheld person as its id and empty
  // lists), so the summary runs on the filtered case and shows only what the audience may see.
  const file = view.file;
  const summary = summariseCase({ id: file.id, revision: 1, updatedAt: '1970-01-01T00:00:00.000Z', file });
  const name = visibleName(file);
  const names = file.person.names;
  const native = names.find((n) => n.use === 'native')?.full;
  const cyrillic = names.find((n) => n.script === 'cyrillic')?.full;
  const otherNames = [...new Set([native, cyrillic].filter((n): n is string => n !== undefined && n !== name))];
  const categories = [...file.person.categories];
  const categoriesWithheld = view.withheldFields.some((w) => (w.entity === 'person' && w.field === 'categories') || (w.entity === 'caseFile' && w.field === 'person'));
  const arrestYear = summary.arrestedOn === undefined ? undefined : yearOf(summary.arrestedOn);
  return {
    id: file.id,
    name,
    otherNames,
    categories,
    group: categories[0] ?? null,
    categoriesWithheld,
    ...(file.person.occupation !== undefined ? { occupation: file.person.occupation } : {}),
    ...(summary.arrestedOn !== undefined ? { arrestedOn: summary.arrestedOn } : {}),
    ...(arrestYear !== undefined ? { arrestYear } : {}),
    articles: sortArticleKeys(summary.articles),
    ...(summary.sentenceType !== undefined ? { sentenceType: summary.sentenceType } : {}),
    ...(summary.sentenceTerm !== undefined ? { sentenceTerm: summary.sentenceTerm } : {}),
    ...(summary.facility !== undefined ? { facility: summary.facility } : {}),
    ...(file.status !== undefined ? { status: file.status } : {}),
  };
}

/** The year a fuzzy date starts in (2013 for "c. May 2013" and for "2013/2014"); undefined for an open start. */
export function yearOf(edtf: string): number | undefined {
  try {
    const range = dateRange(edtf);
    return range.openStart ? undefined : Number(range.earliest.slice(0, 4));
  } catch {
    return undefined;
  }
}

/** The default code first, then other code versions by id; within one, by article number. */
export function compareArticleKeys(a: string, b: string): number {
  const va = a.slice(0, a.lastIndexOf(':'));
  const vb = b.slice(0, b.lastIndexOf(':'));
  if (va !== vb) {
    if (va === DEFAULT_CODE_VERSION) return -1;
    if (vb === DEFAULT_CODE_VERSION) return 1;
    return va < vb ? -1 : 1;
  }
  return compareArticleRefs(articleOfKey(a), articleOfKey(b));
}

export function sortArticleKeys(keys: readonly string[]): string[] {
  return [...new Set(keys)].sort(compareArticleKeys);
}

/** "CAO 2015" for `AZ/administrative/2015`; undefined for the default code. Other countries keep their code. */
export function codeMark(versionId: string, lang: ReportLang): string | undefined {
  if (versionId === DEFAULT_CODE_VERSION) return undefined;
  const [jurisdiction = '', code = '', version = ''] = versionId.split('/');
  const abbreviation = CODE_ABBREVIATIONS[code] ? say(CODE_ABBREVIATIONS[code], lang) : code;
  return `${jurisdiction === 'AZ' ? '' : `${jurisdiction} `}${abbreviation} ${version}`;
}

/** "234.4.3", or "535.1 (CAO 2015)" for an article of another code. */
export function articleText(key: string, lang: ReportLang): string {
  const mark = codeMark(key.slice(0, key.lastIndexOf(':')), lang);
  return mark === undefined ? articleOfKey(key) : `${articleOfKey(key)} (${mark})`;
}

export interface ListGroup {
  /** The first profile category of everyone in the group; null for none or withheld. */
  readonly group: ProfileCategory | null;
  readonly rows: readonly ListRow[];
}

/** Persons by group, in the order of the profile-category vocabulary; the uncategorised last. */
export function groupRows(rows: readonly ListRow[]): ListGroup[] {
  const byGroup = new Map<ProfileCategory | null, ListRow[]>();
  for (const row of rows) {
    const list = byGroup.get(row.group) ?? [];
    list.push(row);
    byGroup.set(row.group, list);
  }
  const order: Array<ProfileCategory | null> = [...VOCABULARIES.profile_category.codes, null];
  // A code the vocabulary does not know (a newer record) goes before the uncategorised.
  const unknown = [...byGroup.keys()].filter((g) => !order.includes(g)).sort();
  return [...order.slice(0, -1), ...unknown, null].filter((g) => byGroup.has(g)).map((group) => ({ group, rows: byGroup.get(group) ?? [] }));
}
