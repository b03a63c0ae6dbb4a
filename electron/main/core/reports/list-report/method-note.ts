import { AUDIENCE_PROFILES, type ReportFilters, type ReportLang, type ReportOptions } from '../../../../../shared/reports';
import { PACE_1900_CHAPEAU_TRANSLATION, pace1900Criterion, vocabularyLabel } from '../../../../../shared/vocabularies';
import { say } from '../common-labels';
import type { PdfWriter } from '../pdf/pdf-writer';
import { articleText, codeMark, DEFAULT_CODE_VERSION, type ListRow } from './list-rows';
import { CODE_NAMES, fill, formatGeneratedAt, LIST_LABELS as L } from './list-report-labels';
import type { ListStatistics } from './list-statistics';

/**
 * The method note: the criteria the list is read against (PACE Resolution 1900 (2012)), who the
 * report is for and what that audience does not see, when it was made, the filters in words, and
 * how to read the columns. A reader of a published list needs all of this to trust its counts.
 */
export function writeMethodNote(writer: PdfWriter, args: { options: ReportOptions; generatedAt: string; rows: readonly ListRow[]; stats: ListStatistics }): void {
  const { options, rows, stats } = args;
  const lang = options.lang;
  const profile = AUDIENCE_PROFILES[options.audience];
  writer.heading(say(L.method, lang), 1);

  writer.heading(say(L.criteriaHeading, lang), 3);
  writer.paragraph(say(L.criteriaIntro, lang));
  for (const term of pace1900Criterion.terms) {
    if (term.notation === undefined || !/^[a-e]$/.test(term.notation)) continue;
    writer.paragraph(term.labels[lang], { indent: 5 });
  }
  writer.paragraph(say(L.criteriaExclusion, lang));
  if (lang !== 'en' && PACE_1900_CHAPEAU_TRANSLATION[lang] === 'unofficial') writer.remark(say(L.translationNote, lang));

  writer.heading(say(L.audienceHeading, lang), 3);
  writer.paragraph(`${say(profile.label, lang)}. ${say(profile.description, lang)}`);
  writer.paragraph(stats.namesWithheld > 0 ? fill(say(L.namesWithheld, lang), { n: stats.namesWithheld, total: stats.total }) : say(L.noNamesWithheld, lang));
  if (stats.categoriesWithheld > 0) writer.paragraph(fill(say(L.categoriesWithheld, lang), { n: stats.categoriesWithheld, group: say(L.notCategorised, lang) }));
  if (profile.clearance !== 'confidential') writer.paragraph(say(L.otherWithheld, lang));

  writer.heading(say(L.dateHeading, lang), 3);
  writer.paragraph(fill(say(L.dateText, lang), { date: formatGeneratedAt(args.generatedAt, lang) }));

  writer.heading(say(L.filtersHeading, lang), 3);
  const filters = filtersInWords(options.filters, lang);
  if (filters.length === 0) writer.paragraph(say(L.noFilters, lang));
  else {
    writer.facts(filters);
    writer.remark(say(L.filtersMeaning, lang));
  }

  writer.heading(say(L.readingHeading, lang), 3);
  writer.paragraph(say(L.readingText, lang));
  const legend = otherCodeLegend(rows, lang);
  if (legend !== '') writer.paragraph(fill(say(L.otherCodes, lang), { codes: legend }));
}

/** Each filter that was set, as a label and the values in words. */
export function filtersInWords(filters: ReportFilters, lang: ReportLang): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (filters.statuses.length > 0) out.push([say(L.filterStatus, lang), filters.statuses.map((s) => vocabularyLabel('case_status', s, lang)).join(', ')]);
  if (filters.categories.length > 0) out.push([say(L.filterCategory, lang), filters.categories.map((c) => vocabularyLabel('profile_category', c, lang)).join(', ')]);
  if (filters.articles.length > 0) {
    const words = filters.articles.map((value) => {
      const trimmed = value.trim();
      return trimmed.includes(':') ? `${articleText(trimmed, lang)} (${say(L.withParts, lang)})` : `${trimmed} (${say(L.anyCodeVersion, lang)})`;
    });
    out.push([say(L.filterArticle, lang), words.join('; ')]);
  }
  // Only the number: the ids say nothing to a reader, and the names are in the list itself.
  if (filters.caseIds.length > 0) out.push([say(L.filterCases, lang), fill(say(L.filterCasesText, lang), { n: filters.caseIds.length })]);
  return out;
}

/** "CAO 2015 — Code of Administrative Offences (2015)" for each other code version in the list. */
function otherCodeLegend(rows: readonly ListRow[], lang: ReportLang): string {
  const versions = new Set<string>();
  for (const row of rows) for (const key of row.articles) versions.add(key.slice(0, key.lastIndexOf(':')));
  versions.delete(DEFAULT_CODE_VERSION);
  return [...versions]
    .sort()
    .map((id) => {
      const [, code = '', version = ''] = id.split('/');
      const name = CODE_NAMES[code];
      return `${codeMark(id, lang) ?? id} — ${name ? say(name, lang) : code} (${version})`;
    })
    .join('; ');
}
