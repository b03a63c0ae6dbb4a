import type { CellHookData } from 'jspdf-autotable';
import { formatFuzzyDate } from '../../../../../shared/domain/dates/format';
import type { ReportLang } from '../../../../../shared/reports';
import { vocabularyLabel } from '../../../../../shared/vocabularies';
import { COMMON_LABELS, say } from '../common-labels';
import type { PdfWriter } from '../pdf/pdf-writer';
import { articleText, type ListGroup, type ListRow } from './list-rows';
import { casesCount, formatTerm, LIST_LABELS as L } from './list-report-labels';

/** Progress of laying out the list: rows done of all rows. */
export type ListProgress = (done: number, total: number) => void;

const COLUMNS = [
  { label: L.colNumber, width: 7 },
  { label: L.colName, width: 36 },
  { label: L.colProfile, width: 27 },
  { label: L.colArrested, width: 18 },
  { label: L.colArticles, width: 18 },
  { label: L.colSentence, width: 20 },
  { label: L.colFacility, width: 27 },
  { label: L.colStatus, width: 21 },
] as const;
const NAME_COLUMN = 1;
/** Progress is reported every this many rows (and at the end). */
const PROGRESS_EVERY = 25;

/**
 * The list, in the style of the published Azerbaijani lists: one numbered table per group (first
 * profile category), numbered through the whole list, with a heading and count per group. Rows
 * never break across pages; the header repeats on every page.
 */
export function writeList(writer: PdfWriter, groups: readonly ListGroup[], lang: ReportLang, onProgress?: ListProgress): void {
  writer.heading(say(L.list, lang), 1);
  const total = groups.reduce((n, g) => n + g.rows.length, 0);
  if (total === 0) {
    writer.paragraph(say(L.noneMatched, lang), { style: 'bold' });
    onProgress?.(0, 0);
    return;
  }
  let numbered = 0;
  let done = 0;
  let reported = 0;
  for (const { group, rows } of groups) {
    const label = group === null ? say(L.notCategorised, lang) : vocabularyLabel('profile_category', group, lang);
    // The heading, the table's header and a first row together, never a heading alone at the foot of a page.
    writer.ensureSpace(45);
    writer.heading(`${label} (${casesCount(rows.length, lang)})`, 2);
    const first = numbered;
    const body = rows.map((row) => {
      numbered++;
      return [String(numbered), nameCell(row, lang), profileCell(row, lang), arrestedCell(row, lang), row.articles.map((k) => articleText(k, lang)).join(', '), sentenceCell(row, lang), row.facility ?? '', row.status === undefined ? '' : vocabularyLabel('case_status', row.status, lang)];
    });
    writer.table({
      head: [COLUMNS.map((c) => say(c.label, lang))],
      body,
      rowPageBreak: 'avoid',
      showHead: 'everyPage',
      styles: { fontSize: 7.5, cellPadding: 1.2, valign: 'top' },
      headStyles: { fontSize: 7.5, valign: 'middle' },
      columnStyles: Object.fromEntries(COLUMNS.map((c, i) => [i, { cellWidth: c.width, ...(i === 0 ? { halign: 'right' as const } : {}) }])),
      didParseCell: (data: CellHookData) => {
        if (data.section === 'body' && data.column.index === NAME_COLUMN && rows[data.row.index]?.name === '') {
          data.cell.styles.fontStyle = 'italic';
          data.cell.styles.textColor = 100;
        }
      },
      didDrawCell: (data: CellHookData) => {
        if (data.section !== 'body' || data.column.index !== 0) return;
        done = Math.max(done, first + data.row.index + 1);
        if (onProgress && (done - reported >= PROGRESS_EVERY || done === total)) {
          reported = done;
          onProgress(done, total);
        }
      },
    });
  }
}

/** The primary name (or "withheld"), then the native-script and Cyrillic forms. */
function nameCell(row: ListRow, lang: ReportLang): string {
  const name = row.name === '' ? say(COMMON_LABELS.withheld, lang) : row.name;
  return [name, ...row.otherNames].join('\n');
}

/** The occupation, and the categories beyond the one the person is listed under. */
function profileCell(row: ListRow, lang: ReportLang): string {
  const others = row.categories.slice(1).map((c) => vocabularyLabel('profile_category', c, lang));
  const also = others.length > 0 ? `${say(L.alsoCategories, lang)}: ${others.join(', ')}` : undefined;
  return [row.occupation, also].filter((s): s is string => s !== undefined && s !== '').join('\n');
}

function arrestedCell(row: ListRow, lang: ReportLang): string {
  if (row.arrestedOn === undefined) return '';
  try {
    return formatFuzzyDate(row.arrestedOn, lang);
  } catch {
    return row.arrestedOn;
  }
}

/** "9 years 6 months" for a prison term (what published lists print), else the type and any term. */
export function sentenceCell(row: Pick<ListRow, 'sentenceType' | 'sentenceTerm'>, lang: ReportLang): string {
  const term = formatTerm(row.sentenceTerm, lang);
  if (row.sentenceType === undefined) return term;
  if (row.sentenceType === 'imprisonment' && term !== '') return term;
  const type = vocabularyLabel('sentence_type', row.sentenceType, lang);
  return term === '' ? type : `${type}, ${term}`;
}
