import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

/**
 * Looks inside a PDF the way a curious reader would: the text poppler extracts, the metadata it
 * reports, and every stream inflated. Used by the report tests to prove what is (not) in a file.
 */
function withFile<T>(bytes: Uint8Array, work: (file: string) => T): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'habeas-pdf-inspect-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, bytes);
    return work(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdftotext's text; `layout` keeps columns; `page` limits it to one page. */
export function pdfText(bytes: Uint8Array, options: { layout?: boolean; page?: number } = {}): string {
  return withFile(bytes, (file) => {
    const args = [...(options.layout ? ['-layout'] : []), ...(options.page !== undefined ? ['-f', String(options.page), '-l', String(options.page)] : []), '-enc', 'UTF-8', file, '-'];
    return execFileSync('pdftotext', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  });
}

/** pdfinfo's report (title, subject, author, creator, producer, dates, pages…). */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = withFile(bytes, (file) => execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' }));
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) info[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return info;
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
