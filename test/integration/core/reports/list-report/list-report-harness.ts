import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_CASE_COUNT, DEMO_SEED } from '../../../../../electron/main/core/demo/demo-vault';
import { generateCases } from '../../../../../electron/main/core/demo/generate';
import { renderListReport } from '../../../../../electron/main/core/reports/list-report/render-list-report';
import { selectReportCases } from '../../../../../electron/main/core/reports/list-report/select-cases';
import { loadFonts, sourceFontsDir } from '../../../../../electron/main/core/reports/pdf/fonts';
import { CaseFile } from '../../../../../shared/case-model';
import { filterCaseForAudience, ReportOptions, type ReportOptionsInput } from '../../../../../shared/reports';
import { renderPagePng } from '../../../../helpers/pdf-inspect';

/**
 * Rendering list reports for tests. Text, metadata, pages and pixels are read with
 * test/helpers/pdf-inspect (pdfText, pagesOf, pdfInfo, pagePixels…), as in every report test.
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

/** Saves page `page` as test-artifacts/reports/list-report/<name>.png at 70 dpi, for a person to look at. */
export function savePagePng(bytes: Uint8Array, page: number, name: string): string {
  return renderPagePng(bytes, page, path.join(ARTIFACTS, `${name}.png`));
}

/** How many pixels are within `tolerance` of the colour. */
export function countColour(pixels: { rgb: Buffer }, [r, g, b]: readonly [number, number, number], tolerance = 24): number {
  let n = 0;
  for (let i = 0; i + 2 < pixels.rgb.length; i += 3) {
    if (Math.abs((pixels.rgb[i] ?? 0) - r) <= tolerance && Math.abs((pixels.rgb[i + 1] ?? 0) - g) <= tolerance && Math.abs((pixels.rgb[i + 2] ?? 0) - b) <= tolerance) n++;
  }
  return n;
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
