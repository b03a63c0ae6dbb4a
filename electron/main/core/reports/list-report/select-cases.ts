import { ancestorRefs } from '../../../../../shared/catalogue/refs';
import { articleKey, primaryName } from '../../../../../shared/case-model/summary';
import type { CaseFile } from '../../../../../shared/case-model/case-file';
import { fold } from '../../../../../shared/domain/dates/fold';
import type { AudienceCase, ReportFilters } from '../../../../../shared/reports';

/**
 * Which cases a list report covers, and in what order. Runs on cases already filtered for the
 * audience (never on the full data): a category, status or charge the audience may not see cannot
 * select a case, or the report would reveal it by the case's presence.
 *
 * All filters are ANDed; within one filter any value is enough. An article filter is either a key
 * (`AZ/criminal/1999:234.4.3`, that code version only) or a bare reference (`234.4.3`, every code
 * version); either matches the provision and its parts, so `234` selects a charge under 234.4.3.
 */
export function selectReportCases(views: readonly AudienceCase[], filters: ReportFilters): AudienceCase[] {
  const checks: Array<(file: CaseFile) => boolean> = [];
  if (filters.caseIds.length > 0) {
    const ids = new Set(filters.caseIds);
    checks.push((file) => ids.has(file.id));
  }
  if (filters.statuses.length > 0) {
    const statuses = new Set<string>(filters.statuses);
    checks.push((file) => file.status !== undefined && statuses.has(file.status));
  }
  if (filters.categories.length > 0) {
    const categories = new Set<string>(filters.categories);
    checks.push((file) => (file.person?.categories ?? []).some((c) => categories.has(c)));
  }
  if (filters.articles.length > 0) {
    const matchers = filters.articles.map(articleMatcher);
    checks.push((file) => chargedKeys(file).some((key) => matchers.some((matches) => matches(key))));
  }
  const selected = views.filter((view) => checks.every((check) => check(view.file)));
  return sortByName(selected);
}

/** Article keys of every charge the audience may see. */
export function chargedKeys(file: CaseFile): string[] {
  // A charge whose article is withheld (its date or status still shown) selects nothing.
  return (file.proceedings ?? []).flatMap((p) => (p.charges ?? []).flatMap((c) => (c.article === undefined ? [] : [articleKey(c.article)])));
}

/** A test for one filter value against an article key (`AZ/criminal/1999:234.4.3`). */
function articleMatcher(value: string): (key: string) => boolean {
  const wanted = value.trim();
  const colon = wanted.lastIndexOf(':');
  const version = colon < 0 ? undefined : wanted.slice(0, colon);
  const ref = colon < 0 ? wanted : wanted.slice(colon + 1);
  return (key) => {
    const keyColon = key.lastIndexOf(':');
    if (version !== undefined && key.slice(0, keyColon) !== version) return false;
    const article = key.slice(keyColon + 1);
    return article === ref || ancestorRefs(article).includes(ref);
  };
}

/** The name a list shows for the case: the primary name the audience may see, or '' when withheld. */
export function visibleName(file: CaseFile): string {
  // A person the audience may not see at all is missing; its names list is then empty too.
  const names = file.person?.names ?? [];
  return primaryName({ person: { ...file.person, names } });
}

/**
 * By the name the audience may see (folded, so "Əliyev" sorts with "Aliyev"), then as written,
 * then by id; withheld names last. The order never depends on a withheld name, which it would
 * otherwise reveal.
 */
export function sortByName(views: readonly AudienceCase[]): AudienceCase[] {
  const keyed = views.map((view) => {
    const name = visibleName(view.file);
    return { view, name, folded: fold(name), id: view.file.id };
  });
  keyed.sort((a, b) => {
    if ((a.name === '') !== (b.name === '')) return a.name === '' ? 1 : -1;
    return compare(a.folded, b.folded) || compare(a.name, b.name) || compare(a.id, b.id);
  });
  return keyed.map((k) => k.view);
}

/** Code-unit order: the same on every machine and runtime (no locale collation). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
