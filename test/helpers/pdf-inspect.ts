import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

/**
 * Looks inside a PDF the way a curious reader would: the text poppler extracts (whole, by page, in
 * layout or reading order), the metadata it reports, every stream inflated, and pages as pictures.
 * The one place the report tests read PDFs; their harnesses add only what is their own.
 */

/** Runs `work` on the PDF written to a fresh temp folder (removed afterwards): poppler's tools read files. */
export function withPdfFile<T>(bytes: Uint8Array, work: (file: string) => T): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'habeas-pdf-inspect-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, bytes);
    return work(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `layout` keeps each printed line on one line (table columns side by side); without it pdftotext
 * reads in blocks, so text wrapped inside a table cell comes out in one piece. `page` limits the
 * text to that page (1 is the first).
 */
export interface PdfTextOptions {
  readonly layout?: boolean;
  readonly page?: number;
}

function pdftotext(file: string, options: PdfTextOptions): string {
  const args = [...(options.layout ? ['-layout'] : []), ...(options.page !== undefined ? ['-f', String(options.page), '-l', String(options.page)] : []), '-enc', 'UTF-8', file, '-'];
  return execFileSync('pdftotext', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** pdftotext's text of the whole file, or of one page (see PdfTextOptions). */
export function pdfText(bytes: Uint8Array, options: PdfTextOptions = {}): string {
  return withPdfFile(bytes, (file) => pdftotext(file, options));
}

/** Each page's text, by asking pdftotext for one page at a time (index 0 is page 1). */
export function pageTexts(bytes: Uint8Array, pages: number, options: Omit<PdfTextOptions, 'page'> = {}): string[] {
  return withPdfFile(bytes, (file) => Array.from({ length: pages }, (_, i) => pdftotext(file, { ...options, page: i + 1 })));
}

/** pdfText's text of the whole file split into pages (pdftotext ends each page with a form feed). */
export function pagesOf(text: string): string[] {
  return text.split('\f').slice(0, -1);
}

/** Whitespace collapsed, so text wrapped inside a table cell reads as one line. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** pdfinfo's report (title, subject, author, creator, producer, dates, pages…). */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = withPdfFile(bytes, (file) => execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' }));
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) info[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return info;
}

/** Renders page `page` at `dpi` into the PNG file `png` (its folder is made if need be); returns `png`. */
export function renderPagePng(bytes: Uint8Array, page: number, png: string, dpi = 70): string {
  if (!png.endsWith('.png')) throw new Error(`${png}: the picture's name must end in .png`);
  mkdirSync(path.dirname(png), { recursive: true });
  withPdfFile(bytes, (file) => execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, png.slice(0, -'.png'.length)]));
  return png;
}

/** Page `page` as RGB pixels (PPM from pdftoppm), to count the colours drawn. */
export function pagePixels(bytes: Uint8Array, page: number, dpi = 30): { width: number; height: number; rgb: Buffer } {
  const ppm = withPdfFile(bytes, (file) => execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), file], { maxBuffer: 64 * 1024 * 1024 }));
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PPM');
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
}

/** Every stream of the file, inflated when it is Flate-compressed (as jsPDF writes them). */
export function pdfStreams(bytes: Uint8Array): Buffer[] {
  const raw = Buffer.from(bytes);
  const streams: Buffer[] = [];
  let at = 0;
  for (;;) {
    const start = raw.indexOf('stream', at, 'latin1');
    if (start < 0) break;
    if (raw.subarray(start - 3, start).toString('latin1') === 'end') {
      at = start + 6;
      continue;
    }
    let begin = start + 6;
    if (raw[begin] === 0x0d) begin++;
    if (raw[begin] === 0x0a) begin++;
    const end = raw.indexOf('endstream', begin, 'latin1');
    if (end < 0) break;
    const body = raw.subarray(begin, end);
    const dict = raw.subarray(Math.max(0, start - 400), start).toString('latin1');
    const flate = dict.slice(dict.lastIndexOf('<<')).includes('/FlateDecode');
    try {
      streams.push(flate ? inflateSync(body) : Buffer.from(body));
    } catch {
      // Trailing end-of-line bytes before "endstream" are allowed; retry without them.
      streams.push(flate ? inflateSync(body.subarray(0, body.length - 1)) : Buffer.from(body));
    }
    at = end + 9;
  }
  return streams;
}

/** The forms a string could take inside a PDF's bytes: as written, UTF-16BE, and UTF-16BE in hex. */
export function encodings(text: string): Buffer[] {
  const utf16 = Buffer.from(text, 'utf16le').swap16();
  return [Buffer.from(text, 'utf8'), Buffer.from(text, 'latin1'), utf16, Buffer.from(utf16.toString('hex').toUpperCase(), 'latin1'), Buffer.from(utf16.toString('hex'), 'latin1')];
}

export interface PdfInspection {
  readonly text: string;
  readonly metadata: string;
  readonly raw: Buffer;
  readonly streams: readonly Buffer[];
}

/** Extracts everything once, to look for many needles. */
export function inspectPdf(bytes: Uint8Array): PdfInspection {
  return { text: pdfText(bytes), metadata: Object.values(pdfInfo(bytes)).join('\n'), raw: Buffer.from(bytes), streams: pdfStreams(bytes) };
}

/** Where `needle` appears: 'text', 'metadata', 'file' (raw bytes) or 'streams' (inflated); empty when nowhere. */
export function whereInPdf(pdf: PdfInspection, needle: string): string[] {
  const found: string[] = [];
  const forms = encodings(needle);
  if (pdf.text.includes(needle)) found.push('text');
  if (pdf.metadata.includes(needle)) found.push('metadata');
  if (forms.some((f) => pdf.raw.includes(f))) found.push('file');
  if (pdf.streams.some((s) => forms.some((f) => s.includes(f)))) found.push('streams');
  return found;
}
