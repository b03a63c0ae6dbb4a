import path from 'node:path';
import { AUDIENCES, DOSSIER_SECTIONS, type DossierOptionsInput, type ReportOptionsInput } from '../../../shared/reports';
import { ExhibitRepository } from '../../main/core/exhibits/exhibit-repository';
import { generateDossier, generateListReport, type GeneratedPdf, type ReportProgress } from '../../main/core/reports/generate';
import { sourceFontsDir } from '../../main/core/reports/pdf/fonts';
import { vaultReportSource } from '../../main/core/reports/report-source';
import { savePdf } from '../../main/core/reports/save-pdf';
import { EXIT } from '../exit-codes';
import { println, type Io } from '../io';
import { UsageError } from '../secrets';
import { withVault } from '../vault-access';

/**
 * `habeas dossier` and `habeas report`: the same generation as the app (filter by audience, then
 * layout in a worker thread), written to --out. Monitors batch dossiers with these.
 */
export interface PdfTarget {
  readonly out: string;
  readonly overwrite: boolean;
}

export function audienceOption(value: unknown): (typeof AUDIENCES)[number] {
  if (typeof value !== 'string') throw new UsageError(`--audience <${AUDIENCES.join('|')}> is required: it decides what the document may contain.`);
  if (!(AUDIENCES as readonly string[]).includes(value)) throw new UsageError(`--audience must be one of ${AUDIENCES.join(', ')} (got '${value}').`);
  return value as (typeof AUDIENCES)[number];
}

export function sectionsOption(value: unknown): DossierOptionsInput['sections'] {
  if (value === undefined) return undefined;
  const names = String(value)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(DOSSIER_SECTIONS as readonly string[]).includes(n));
  if (unknown.length > 0 || names.length === 0) throw new UsageError(`--sections takes a comma-separated list of: ${DOSSIER_SECTIONS.join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}.`);
  return names as DossierOptionsInput['sections'];
}

export async function dossier(io: Io, dir: string, caseId: string, options: DossierOptionsInput, target: PdfTarget): Promise<number> {
  const pdf = await withVault(io, dir, 'read', (vault, cases) => generateDossier(vaultReportSource(vault, cases, new ExhibitRepository(vault, (id) => cases.exists(id), (id) => cases.get(id).file)), caseId, options, context(io)));
  return write(io, pdf, target, `dossier for the ${options.audience} audience`);
}

export async function report(io: Io, dir: string, options: ReportOptionsInput, target: PdfTarget): Promise<number> {
  const pdf = await withVault(io, dir, 'read', (vault, cases) => generateListReport(vaultReportSource(vault, cases, new ExhibitRepository(vault, (id) => cases.exists(id), (id) => cases.get(id).file)), options, context(io)));
  return write(io, pdf, target, `list report of ${pdf.cases} case${pdf.cases === 1 ? '' : 's'} for the ${options.audience} audience`);
}

function context(io: Io) {
  let shown = -1;
  return {
    fontsDir: sourceFontsDir(),
    // Progress on stderr for long reports (a line per 10%), so stdout stays clean for scripts.
    onProgress: (p: ReportProgress) => {
      const tenth = p.total > 0 ? Math.floor((p.done / p.total) * 10) : 0;
      if (p.stage === 'layout' && tenth !== shown && p.total >= 50) {
        shown = tenth;
        println(io.stderr, `habeas: laying out… ${tenth * 10}%`);
      }
    },
  };
}

async function write(io: Io, pdf: GeneratedPdf, target: PdfTarget, what: string): Promise<number> {
  const out = path.resolve(target.out);
  await savePdf(out, pdf.bytes, { replace: target.overwrite });
  println(io.stdout, `wrote ${out}: ${what}, ${pdf.pages} page${pdf.pages === 1 ? '' : 's'}, ${pdf.bytes.length} bytes`);
  println(io.stderr, 'habeas: the PDF is not encrypted. Keep it only where its audience may read it.');
  return EXIT.ok;
}
