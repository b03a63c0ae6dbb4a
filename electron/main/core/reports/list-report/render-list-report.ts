import { AUDIENCE_PROFILES } from '../../../../../shared/reports';
import { COMMON_LABELS, say } from '../common-labels';
import type { FontSet } from '../pdf/fonts';
import { FONT_FAMILY } from '../pdf/fonts';
import { CONTENT_WIDTH, PAGE, PdfWriter } from '../pdf/pdf-writer';
import { reportFrame } from '../report-frame';
import type { ListReportInput } from './list-report-input';
import { formatGeneratedAt, LIST_LABELS as L } from './list-report-labels';
import { groupRows, listRow, type ListRow } from './list-rows';
import { listStatistics } from './list-statistics';
import { writeList, type ListProgress } from './list-table';
import { filtersInWords, writeMethodNote } from './method-note';
import { writeStatistics } from './statistics-section';

/** Headings of the contents besides the groups: method, list, statistics and its four parts. */
const FIXED_HEADINGS = 7;

/**
 * The list report: cover, contents, method note, the numbered list grouped by category, and
 * statistics with bar charts. `input.cases` are the chosen cases, each already filtered for the
 * audience; nothing else about a case is read. Deterministic: the same input gives the same bytes.
 */
export function renderListReport(input: ListReportInput, fonts: FontSet, onProgress?: ListProgress): { bytes: Uint8Array; pages: number } {
  const { options } = input;
  const lang = options.lang;
  const audienceLabel = say(AUDIENCE_PROFILES[options.audience].label, lang);
  const title = options.title ?? say(L.defaultTitle, lang);
  const writer = new PdfWriter(
    reportFrame({
      title,
      subject: `${say(L.subject, lang)} · ${audienceLabel}`,
      audience: options.audience,
      lang,
      createdAt: new Date(input.generatedAt),
      footerSubject: say(L.footerSubject, lang),
      vaultFingerprint: input.vaultFingerprint,
      fonts,
    }),
  );

  const rows: ListRow[] = input.cases.map(listRow);
  const groups = groupRows(rows);
  const stats = listStatistics(rows);

  writeCover(writer, { title, audienceLabel, input, total: rows.length });
  writer.reserveContents(FIXED_HEADINGS + groups.length);
  writeMethodNote(writer, { options, generatedAt: input.generatedAt, rows, stats });
  writeList(writer, groups, lang, onProgress);
  writeStatistics(writer, rows, stats, lang);

  // The file id comes from what the report shows, so the same input gives the same bytes; case ids
  // stay out of it (it is a hash of the seed, and ids are readable in the vault's files).
  const shown = rows.map(({ id: _id, ...row }) => row);
  const seed = JSON.stringify(['list-report', input.generatedAt, input.vaultFingerprint, { ...options, filters: { ...options.filters, caseIds: [] } }, shown]);
  const bytes = writer.finish(seed);
  return { bytes, pages: writer.page };
}

function writeCover(writer: PdfWriter, args: { title: string; audienceLabel: string; input: ListReportInput; total: number }): void {
  const { doc } = writer;
  const lang = args.input.options.lang;
  writer.y = 62;
  doc.setFont(FONT_FAMILY, 'bold').setFontSize(24).setTextColor(0);
  const lines = doc.splitTextToSize(args.title, CONTENT_WIDTH) as string[];
  doc.text(lines, PAGE.left, writer.y);
  writer.y += lines.length * 24 * 0.3528 * 1.25 + 2;
  doc.setDrawColor(47, 95, 152).setLineWidth(0.8).line(PAGE.left, writer.y, PAGE.left + 40, writer.y);
  writer.y += 10;
  const filters = filtersInWords(args.input.options.filters, lang);
  writer.facts([
    [say(COMMON_LABELS.audience, lang), args.audienceLabel],
    [say(COMMON_LABELS.generated, lang), formatGeneratedAt(args.input.generatedAt, lang)],
    [say(L.casesInReport, lang), String(args.total)],
    [say(L.filtersUsed, lang), filters.length === 0 ? say(L.noFilters, lang) : filters.map(([label, value]) => `${label}: ${value}`).join('\n')],
  ]);
}
