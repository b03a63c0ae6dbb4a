import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CaseFile, type CaseFileInput } from '../../../../../shared/case-model';
import type { Exhibit } from '../../../../../shared/exhibits/exhibit';
import { DossierOptions, filterCaseForAudience, filterExhibitsForAudience, type Audience, type DossierOptionsInput } from '../../../../../shared/reports';
import { generateCase, generateCases } from '../../../../../electron/main/core/demo/generate';
import type { DossierInput } from '../../../../../electron/main/core/reports/dossier/dossier-input';
import { renderDossier } from '../../../../../electron/main/core/reports/dossier/render-dossier';
import { loadFonts, sourceFontsDir } from '../../../../../electron/main/core/reports/pdf/fonts';
import { pagePixels, renderPagePng } from '../../../../helpers/pdf-inspect';

/**
 * A rich synthetic case for dossier tests: demo case 0 (convicted, requalified charge, hearings,
 * sentence, incidents, two assessments, interventions, sources) with names that use every
 * Azerbaijani letter that differs from English, a Cyrillic form, and three exhibits linked to a
 * charge, a PACE criterion and each other.
 */
export const NAMES = {
  primary: 'Ilgar Shukurov',
  native: 'İlqar Ömər oğlu Şükürov',
  alias: 'Ərəstun Ğaffarlı',
  former: 'Çingiz Üzeyir oğlu Göyçəli-Işıqlı',
  cyrillic: 'Ильгар Омар оглы Шукюров',
} as const;

/** Every Azerbaijani letter the names above are there to prove. */
export const AZ_LETTERS = ['Ə', 'ə', 'Ğ', 'ğ', 'I', 'ı', 'İ', 'i', 'Ş', 'ş', 'Ç', 'ç', 'Ö', 'ö', 'Ü', 'ü'] as const;

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function richCase(): CaseFile {
  const base = JSON.parse(JSON.stringify(generateCase(0, { seed: 2014, fill: 'full' }))) as CaseFileInput & { person: { names: unknown[] } };
  base.person.names = [
    { id: uuid(1), full: NAMES.primary, use: 'primary', script: 'latin', given: 'Ilgar', family: 'Shukurov' },
    { id: uuid(2), full: NAMES.native, use: 'native', script: 'latin', given: 'İlqar', patronymic: 'Ömər oğlu', family: 'Şükürov' },
    { id: uuid(3), full: NAMES.cyrillic, use: 'transliteration', script: 'cyrillic' },
    { id: uuid(4), full: NAMES.alias, use: 'alias', script: 'latin' },
    { id: uuid(5), full: NAMES.former, use: 'former', script: 'latin' },
  ];
  return CaseFile.parse(base);
}

/** The largest of the demo set (every section filled), as the report bench uses. */
export function largestDemoCase(): CaseFile {
  return generateCases({ count: 40, seed: 2014, fill: 'full' }).sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0]!;
}

export function exhibitsFor(file: CaseFile): Exhibit[] {
  const charge = file.proceedings[0]?.charges[0];
  const criterion = file.assessments.at(-1)?.paceCriteria[1];
  const exhibit = (n: number, name: string, links: Exhibit['links'], extra: Partial<Exhibit> = {}): Exhibit => ({
    schemaVersion: 1,
    id: uuid(100 + n),
    caseId: file.id,
    blob: createHash('md5').update(`blob${n}`).digest('hex'),
    originalName: name,
    mediaType: 'application/pdf',
    size: 20_000 * n + 123,
    sha256: createHash('sha256').update(`exhibit ${n}`).digest('hex'),
    receivedAt: `2024-03-0${n}T10:15:00.000Z`,
    links,
    custody: [
      { action: 'received', at: `2024-03-0${n}T10:15:00.000Z`, actor: 'Monitor A', counterpart: 'Defence lawyer', method: 'in person' },
      { action: 'verified', at: `2025-04-0${n}T08:00:00.000Z`, actor: 'Monitor A', outcome: 'intact' },
      { action: 'exported', at: `2025-05-0${n}T08:00:00.000Z`, actor: 'Monitor B', counterpart: '/home/monitor/out' },
    ],
    ...extra,
  });
  return [
    exhibit(1, 'Indictment — İttiham aktı.pdf', charge ? [{ kind: 'charge', id: charge.id }] : []),
    exhibit(2, 'Forensic report (bruises).pdf', criterion ? [{ kind: 'assessment_criterion', id: criterion.id }] : []),
    exhibit(3, 'Indictment, translated.pdf', [], { derivedFrom: uuid(101), derivation: 'English translation' }),
  ];
}

export const FIXED_DATE = '2026-11-27T12:00:00.000Z';

/** What renderDossier receives for `audience`: the case and exhibits run through the audience filters. */
export function dossierInput(file: CaseFile, audience: Audience, options: Omit<DossierOptionsInput, 'audience'> = {}, exhibits = exhibitsFor(file)): DossierInput {
  const view = filterCaseForAudience(file, audience);
  return {
    view,
    exhibits: filterExhibitsForAudience(exhibits, view),
    caseReference: '7F3A9-1C2B4',
    options: DossierOptions.parse({ audience, ...options }),
    generatedAt: FIXED_DATE,
    vaultFingerprint: '9C1E-77A0',
  };
}

// ---------------------------------------------------------------------------------------------
// Rendering and reading back (the reading itself is test/helpers/pdf-inspect's)

export const FONTS = loadFonts(sourceFontsDir());

export function render(input: DossierInput): { bytes: Uint8Array; pages: number } {
  return renderDossier(input, FONTS);
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', '..');
export const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts', 'reports', 'dossier');

/** Saves page `page` as test-artifacts/reports/dossier/<name>.png at 70 dpi, for a person to look at. */
export function savePagePng(bytes: Uint8Array, page: number, name: string): string {
  return renderPagePng(bytes, page, path.join(ARTIFACTS, `${name}.png`));
}

/** How many pixels of page `page` (rendered at 30 dpi) are the banner's red (rgb 170, 20, 20). */
export function redPixels(bytes: Uint8Array, page: number): number {
  const { rgb } = pagePixels(bytes, page, 30);
  let red = 0;
  for (let i = 0; i + 2 < rgb.length; i += 3) if ((rgb[i] ?? 0) > 130 && (rgb[i + 1] ?? 255) < 90 && (rgb[i + 2] ?? 255) < 90) red++;
  return red;
}

/** The contents page as [entry, page] pairs, read from pdftotext -layout ("Profile ….. 3"). */
export function contentsOf(text: string, title: string): Array<[string, number]> {
  const lines = text.split('\n').map((l) => l.trim());
  const start = lines.indexOf(title);
  if (start < 0) throw new Error(`no contents titled "${title}" on this page`);
  return lines
    .slice(start + 1)
    .map((l) => /^(.+?)\s{2,}(\d+)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1]!, Number(m[2])]);
}
