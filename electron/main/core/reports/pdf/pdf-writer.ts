import { createHash } from 'node:crypto';
import { jsPDF } from 'jspdf';
import { autoTable, type RowInput, type UserOptions } from 'jspdf-autotable';
import { FONT_FAMILY, FONT_FILES, type FontSet, type FontStyle } from './fonts';
import { slimFontSet } from './slim-font';

/**
 * A4 pages with one text flow, on top of jsPDF: headings that feed the table of contents, plain
 * paragraphs, label/value facts and tables (jspdf-autotable), each in the embedded DejaVu font.
 * `finish()` fills the contents with page numbers, prints the banner and footer on every page and
 * returns the bytes. Everything that could vary between runs is fixed here: the creation date is
 * given, the file id is derived from the document, and no author, user, machine or path is written.
 */
export interface PdfFrame {
  /** The document title (metadata and cover); only what the audience may see. */
  readonly title: string;
  readonly subject: string;
  /** Stored in the PDF and printed: a fixed date gives the same bytes for the same data. */
  readonly createdAt: Date;
  /** Printed at the top of every page, in red (classification for non-public audiences). */
  readonly banner?: string;
  /** Bottom left of every page, e.g. "Case 3f2a… · Vault 9C1E-77A0". */
  readonly footer: string;
  /** "Page 3 of 12". */
  readonly pageOf: (page: number, pages: number) => string;
  readonly contentsTitle: string;
  readonly fonts: FontSet;
}

export interface ContentsEntry {
  readonly text: string;
  readonly level: 1 | 2;
  readonly page: number;
}

export const PAGE = { width: 210, height: 297, left: 18, right: 18, top: 22, bottom: 20 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const LINE = 0.3528; // mm per pt
const GREY = 90;

export class PdfWriter {
  readonly doc: jsPDF;
  /** Current vertical position on the current page, in mm. */
  y: number = PAGE.top;
  private readonly contents: ContentsEntry[] = [];
  private contentsPages: number[] = [];

  constructor(private readonly frame: PdfFrame) {
    this.doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
    const fonts = slimFontSet(frame.fonts); // see slim-font.ts: a third of the size and time
    for (const style of Object.keys(FONT_FILES) as FontStyle[]) {
      this.doc.addFileToVFS(FONT_FILES[style], fonts[style]);
      this.doc.addFont(FONT_FILES[style], FONT_FAMILY, style);
    }
    this.doc.setFont(FONT_FAMILY, 'normal');
    this.doc.setCreationDate(pdfDate(frame.createdAt));
    this.doc.setDocumentProperties({ title: frame.title, subject: frame.subject, creator: 'Habeas', author: '', keywords: '' });
    this.doc.setLanguage?.('en-GB');
  }

  get page(): number {
    return this.doc.getNumberOfPages();
  }

  /** Starts a new page and puts the flow at its top. */
  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  /** Moves to a new page if fewer than `mm` remain on this one. */
  ensureSpace(mm: number): void {
    if (this.y + mm > PAGE.height - PAGE.bottom) this.newPage();
  }

  space(mm: number): void {
    this.y += mm;
  }

  /**
   * Reserves pages for the table of contents right here (after the cover). `entries` is an upper
   * bound of the headings to come; the pages are filled in by finish().
   */
  reserveContents(entries: number): void {
    const pages = Math.max(1, Math.ceil(entries / CONTENTS_PER_PAGE));
    for (let i = 0; i < pages; i++) {
      this.newPage();
      this.contentsPages.push(this.page);
    }
  }

  /** A heading; level 1 and 2 are listed in the contents. Level 1 starts on a new page. */
  heading(text: string, level: 1 | 2 | 3, options: { newPage?: boolean; contents?: boolean } = {}): void {
    const size = level === 1 ? 16 : level === 2 ? 12.5 : 10.5;
    if (options.newPage ?? level === 1) this.newPage();
    else this.ensureSpace(size * LINE * 2 + 12);
    if (level !== 1) this.y += 2;
    this.doc.setFont(FONT_FAMILY, 'bold').setFontSize(size).setTextColor(0);
    const lines = this.doc.splitTextToSize(text, CONTENT_WIDTH) as string[];
    this.doc.text(lines, PAGE.left, this.y + size * LINE);
    if (level <= 2 && (options.contents ?? true)) this.contents.push({ text, level: level as 1 | 2, page: this.page });
    this.y += lines.length * size * LINE * 1.25 + (level === 1 ? 4 : 2);
    this.doc.setFont(FONT_FAMILY, 'normal').setFontSize(10);
  }

  /** Wrapped text; breaks across pages line by line. */
  paragraph(text: string, options: { style?: FontStyle; size?: number; grey?: boolean; indent?: number } = {}): void {
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    this.doc.setFont(FONT_FAMILY, options.style ?? 'normal').setFontSize(size).setTextColor(options.grey ? GREY : 0);
    const lineHeight = size * LINE * 1.35;
    for (const line of this.doc.splitTextToSize(text, CONTENT_WIDTH - indent) as string[]) {
      this.ensureSpace(lineHeight);
      this.doc.text(line, PAGE.left + indent, this.y + size * LINE);
      this.y += lineHeight;
    }
    this.y += 1.5;
    this.doc.setFont(FONT_FAMILY, 'normal').setFontSize(10).setTextColor(0);
  }

  /** "Withheld" and similar remarks: small, italic, grey. */
  remark(text: string): void {
    this.paragraph(text, { style: 'italic', size: 8.5, grey: true });
  }

  /** Label/value pairs as a two-column table; pairs without a value are left out. */
  facts(rows: ReadonlyArray<readonly [label: string, value: string | undefined]>): void {
    const body = rows.filter((r): r is readonly [string, string] => r[1] !== undefined && r[1] !== '').map(([label, value]) => [label, value]);
    if (body.length === 0) return;
    this.table({
      body,
      theme: 'plain',
      columnStyles: { 0: { cellWidth: 52, fontStyle: 'bold', textColor: 60 } },
      styles: { cellPadding: { top: 0.8, bottom: 0.8, left: 0, right: 2 } },
    });
  }

  /** A table in the document font, continuing the flow below it. */
  table(options: Omit<UserOptions, 'startY' | 'margin'> & { head?: RowInput[]; body: RowInput[] }): void {
    autoTable(this.doc, {
      theme: 'grid',
      ...options,
      startY: this.y,
      margin: { left: PAGE.left, right: PAGE.right, top: PAGE.top, bottom: PAGE.bottom },
      styles: { font: FONT_FAMILY, fontSize: 9, cellPadding: 1.5, overflow: 'linebreak', lineColor: 200, ...options.styles },
      headStyles: { font: FONT_FAMILY, fontStyle: 'bold', fillColor: 235, textColor: 0, ...options.headStyles },
    });
    this.y = (this.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 3;
  }

  /** Fills the contents, prints banner and footer on every page, and returns the PDF. */
  finish(fileIdSeed: string): Uint8Array {
    this.writeContents();
    const pages = this.page;
    for (let page = 1; page <= pages; page++) {
      this.doc.setPage(page);
      this.doc.setFont(FONT_FAMILY, 'normal').setFontSize(7.5).setTextColor(GREY);
      this.doc.text(this.frame.footer, PAGE.left, PAGE.height - 10);
      this.doc.text(this.frame.pageOf(page, pages), PAGE.width - PAGE.right, PAGE.height - 10, { align: 'right' });
      if (this.frame.banner) {
        this.doc.setFont(FONT_FAMILY, 'bold').setFontSize(8.5).setTextColor(170, 20, 20);
        this.doc.text(this.frame.banner, PAGE.width / 2, 11, { align: 'center' });
        this.doc.setDrawColor(170, 20, 20).setLineWidth(0.3).line(PAGE.left, 13, PAGE.width - PAGE.right, 13);
      }
    }
    // The file identifier is derived from the document, not random, so the same input gives the same bytes.
    this.doc.setFileId(createHash('sha256').update(fileIdSeed).digest('hex').slice(0, 32));
    return new Uint8Array(this.doc.output('arraybuffer'));
  }

  private writeContents(): void {
    if (this.contentsPages.length === 0) return;
    const pageWidth = PAGE.width - PAGE.right;
    this.contents.forEach((entry, i) => {
      const pageIndex = Math.floor(i / CONTENTS_PER_PAGE);
      const target = this.contentsPages[pageIndex];
      if (target === undefined) return; // more headings than reserved: the rest stay out of the contents
      this.doc.setPage(target);
      if (i % CONTENTS_PER_PAGE === 0) {
        this.doc.setFont(FONT_FAMILY, 'bold').setFontSize(16).setTextColor(0);
        this.doc.text(this.frame.contentsTitle, PAGE.left, PAGE.top + 16 * LINE);
      }
      const y = PAGE.top + 14 + (i % CONTENTS_PER_PAGE) * 5.6;
      const indent = entry.level === 1 ? 0 : 6;
      this.doc.setFont(FONT_FAMILY, entry.level === 1 ? 'bold' : 'normal').setFontSize(entry.level === 1 ? 10.5 : 9.5).setTextColor(0);
      const text = (this.doc.splitTextToSize(entry.text, CONTENT_WIDTH - indent - 18) as string[])[0] ?? '';
      this.doc.text(text, PAGE.left + indent, y);
      this.doc.text(String(entry.page), pageWidth, y, { align: 'right' });
      this.doc.link(PAGE.left, y - 4, CONTENT_WIDTH, 5.2, { pageNumber: entry.page });
    });
  }
}

const CONTENTS_PER_PAGE = 42;

/** "D:20260131120000+00'00'", always in UTC: jsPDF would otherwise write the machine's time zone. */
export function pdfDate(date: Date): string {
  const iso = date.toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}
