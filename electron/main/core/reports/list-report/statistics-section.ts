import type { CellHookData } from 'jspdf-autotable';
import { bundledCatalogue, findArticle, articleLabel, type Catalogue } from '../../../../../shared/catalogue';
import { articleOfKey } from '../../../../../shared/case-model/summary';
import type { ReportLang } from '../../../../../shared/reports';
import { vocabularyLabel } from '../../../../../shared/vocabularies';
import { say } from '../common-labels';
import type { PdfWriter } from '../pdf/pdf-writer';
import { columnChart, horizontalBarChart, type ChartBar } from './bar-chart';
import { articleText, type ListRow, type ProfileCategory } from './list-rows';
import { fill, LIST_LABELS as L, percent } from './list-report-labels';
import { articleChartCounts, type ListStatistics } from './list-statistics';

/**
 * The statistics section: for status, year of arrest, profile category and article, a counts
 * table, and for the last three a bar chart. The tables give every number the charts show, so a
 * reader (or a test) can check them.
 */
export function writeStatistics(writer: PdfWriter, rows: readonly ListRow[], stats: ListStatistics, lang: ReportLang): void {
  writer.heading(say(L.statistics, lang), 1);
  if (stats.total === 0) {
    writer.paragraph(say(L.noStatistics, lang));
    return;
  }
  writer.paragraph(fill(say(L.statsIntro, lang), { total: stats.total }));
  const totalRow = (cells: number) => [say(L.total, lang), String(stats.total), ...Array.from({ length: cells - 2 }, () => '')];

  writer.heading(say(L.byStatus, lang), 2);
  countsTable(writer, [say(L.colStatus, lang), say(L.colCount, lang), say(L.colShare, lang)], [
    ...stats.byStatus.map(({ key, count }) => [key === null ? say(L.yearNotShown, lang) : vocabularyLabel('case_status', key, lang), String(count), percent(count, stats.total)]),
    [...totalRow(2), '100.0%'],
  ], { total: true });

  writer.heading(say(L.byYear, lang), 2, { newPage: true });
  if (stats.byYear.length > 0) {
    columnChart(writer, {
      title: say(L.figYear, lang),
      bars: stats.byYear.map(({ key, count }) => ({ label: String(key), value: count })),
      valueAxis: say(L.axisCases, lang),
      categoryAxis: say(L.axisYear, lang),
    });
  }
  if (stats.yearNotShown > 0) writer.remark(fill(say(L.notInYearChart, lang), { n: stats.yearNotShown }));
  countsTable(writer, [say(L.colYear, lang), say(L.colCount, lang), say(L.colShare, lang)], [
    ...stats.byYear.filter((y) => y.count > 0).map(({ key, count }) => [String(key), String(count), percent(count, stats.total)]),
    ...(stats.yearNotShown > 0 ? [[say(L.yearNotShown, lang), String(stats.yearNotShown), percent(stats.yearNotShown, stats.total)]] : []),
    [...totalRow(2), '100.0%'],
  ], { total: true });

  writer.heading(say(L.byCategory, lang), 2, { newPage: true });
  const categoryLabel = (c: ProfileCategory | null) => (c === null ? say(L.notCategorised, lang) : vocabularyLabel('profile_category', c, lang));
  const byCount = [...stats.byFirstCategory].sort((a, b) => b.count - a.count);
  horizontalBarChart(writer, {
    title: say(L.figCategory, lang),
    bars: byCount.map(({ key, count }): ChartBar => ({ label: categoryLabel(key), value: count, muted: key === null })),
    valueAxis: say(L.axisCases, lang),
    categoryAxis: say(L.axisCategory, lang),
  });
  countsTable(writer, [say(L.colCategory, lang), say(L.colFirstCategory, lang), say(L.colAnyCategory, lang)], [
    ...stats.byFirstCategory.map(({ key, count }) => [categoryLabel(key), String(count), key === null ? '' : String(stats.byAnyCategory.get(key) ?? 0)]),
    totalRow(3),
  ], { total: true });

  writer.heading(say(L.byArticle, lang), 2, { newPage: true });
  const { top, others } = articleChartCounts(rows, stats);
  const bars: ChartBar[] = top.map(({ key, count }) => ({ label: articleText(key, lang), value: count }));
  if (others.articles > 0) bars.push({ label: fill(say(L.otherArticles, lang), { n: others.articles }), value: others.cases, muted: true });
  if (bars.length > 0) {
    horizontalBarChart(writer, { title: say(L.figArticle, lang), bars, valueAxis: say(L.axisCases, lang), categoryAxis: say(L.axisArticle, lang) });
    if (others.articles > 0) writer.remark(say(L.otherArticlesNote, lang));
  }
  const catalogue = bundledCatalogue();
  countsTable(
    writer,
    [say(L.colArticle, lang), say(L.colCount, lang), say(L.colTitle, lang)],
    [
      ...stats.byArticle.map(({ key, count }) => [articleText(key, lang), String(count), articleTitle(catalogue, key, lang)]),
      ...(stats.withoutCharges > 0 ? [[say(L.noCharges, lang), String(stats.withoutCharges), '']] : []),
    ],
    { titleColumn: true },
  );
}

function countsTable(writer: PdfWriter, head: string[], body: string[][], options: { titleColumn?: boolean; total?: boolean } = {}): void {
  writer.table({
    head: [head],
    body,
    rowPageBreak: 'avoid',
    styles: { fontSize: 8.5, cellPadding: 1.2 },
    columnStyles: options.titleColumn
      ? { 0: { cellWidth: 34 }, 1: { cellWidth: 16, halign: 'right' }, 2: { cellWidth: 'auto', fontSize: 7.5, textColor: 70 } }
      : { 0: { cellWidth: 96 }, 1: { cellWidth: 29, halign: 'right' }, 2: { cellWidth: 29, halign: 'right' } },
    tableWidth: options.titleColumn ? 'auto' : 154,
    didParseCell: (data: CellHookData) => {
      const numeric = options.titleColumn ? data.column.index === 1 : data.column.index > 0;
      if (data.section === 'head' && numeric) data.cell.styles.halign = 'right';
      if (options.total && data.section === 'body' && data.row.index === body.length - 1) data.cell.styles.fontStyle = 'bold';
    },
  });
}

/** The article's title from the bundled catalogue (of the enclosing article when the part is not catalogued). */
function articleTitle(catalogue: Catalogue, key: string, lang: ReportLang): string {
  const colon = key.lastIndexOf(':');
  const [jurisdiction = '', code = '', version = ''] = key.slice(0, colon).split('/');
  const found = findArticle(catalogue, { jurisdiction, code, version }, articleOfKey(key));
  if (!found) return '';
  const label = articleLabel(found.article, lang);
  return label.titleLang === undefined ? '' : label.text.slice(found.article.ref.length + ' — '.length);
}
