import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_CASE_COUNT, DEMO_SEED } from '../../../../../electron/main/core/demo/demo-vault';
import { generateCases } from '../../../../../electron/main/core/demo/generate';
import { renderListReport } from '../../../../../electron/main/core/reports/list-report/render-list-report';
import { selectReportCases } from '../../../../../electron/main/core/reports/list-report/select-cases';
import { loadFonts, sourceFontsDir } from '../../../../../electron/main/core/reports/pdf/fonts';
import { CaseFile } from '../../../../../shared/case-model';
import { filterCaseForAudience, ReportOptions, type ReportOptionsInput } from '../../../../../shared/reports';

/**
 * Rendering list reports for tests, and looking at their pages as pixels (pdftoppm). Text and
 * metadata are read with test/helpers/pdf-inspect (pdfText, pdfInfo), as in every report test.
 */

export const GENERATED_AT = '2026-01-31T12:00:00Z';
export const FINGERPRINT = '9C1E-77A0';
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', '..');
export const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts', 'reports', 'list-report');

/** The cases `habeas demo` writes: generated with the demo seed and parsed as the repository does on save. */
export function demoFiles(): CaseFile[] {
  return generateCases({ count: DEMO_CASE_COUNT, seed: DEMO_SEED, fill: 'full' }).map((f) => CaseFile.parse(f));
}

export interface Rendered {
  readonly bytes: Uint8Array;
  readonly pages: number;
  readonly selected: number;
}

/** Filters `files` for the audience, selects by the options' filters and lays the report out. */
export function renderReport(files: readonly CaseFile[], input: ReportOptionsInput, extra: { generatedAt?: string; onProgress?: (done: number, total: number) => void } = {}): Rendered {
  const options = ReportOptions.parse(input);
  const views = files.map((f) => filterCaseForAudience(f, options.audience));
  const cases = selectReportCases(views, options.filters);
  const out = renderListReport({ cases, options, generatedAt: extra.generatedAt ?? GENERATED_AT, vaultFingerprint: FINGERPRINT }, loadFonts(sourceFontsDir()), extra.onProgress);
  return { ...out, selected: cases.length };
}

function withPdf<T>(bytes: Uint8Array, work: (file: string) => T): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'habeas-list-report-'));
  try {
    const file = path.join(dir, 'report.pdf');
    writeFileSync(file, bytes);
    return work(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdfText's text split into pages (pdftotext ends each page with a form feed). */
export function pagesOf(text: string): string[] {
  return text.split('\f').slice(0, -1);
}

/** Saves page `page` as test-artifacts/reports/list-report/<name>.png at 70 dpi, for a person to look at. */
export function savePagePng(bytes: Uint8Array, page: number, name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const root = path.join(ARTIFACTS, name);
  withPdf(bytes, (file) => execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(page), '-l', String(page), '-singlefile', file, root]));
  return `${root}.png`;
}

/** Page `page` as RGB pixels (PPM from pdftoppm), to count the colours drawn. */
export function pagePixels(bytes: Uint8Array, page: number, dpi = 30): { width: number; height: number; rgb: Buffer } {
  const ppm = withPdf(bytes, (file) => execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), file], { maxBuffer: 64 * 1024 * 1024 }));
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PPM');
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
}

/** How many pixels are within `tolerance` of the colour. */
export function countColour(pixels: { rgb: Buffer }, [r, g, b]: readonly [number, number, number], tolerance = 24): number {
  let n = 0;
  for (let i = 0; i + 2 < pixels.rgb.length; i += 3) {
    if (Math.abs((pixels.rgb[i] ?? 0) - r) <= tolerance && Math.abs((pixels.rgb[i + 1] ?? 0) - g) <= tolerance && Math.abs((pixels.rgb[i + 2] ?? 0) - b) <= tolerance) n++;
  }
  return n;
}

/** Whitespace collapsed, so a name wrapped inside a table cell reads as one line. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
