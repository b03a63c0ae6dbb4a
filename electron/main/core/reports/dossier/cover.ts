import type { CaseFile, PersonName } from '../../../../../shared/case-model';
import { caseFileSpec } from '../../../../../shared/case-model';
import { AUDIENCE_PROFILES, type ReportLang } from '../../../../../shared/reports';
import { COMMON_LABELS, say } from '../common-labels';
import { FONT_FAMILY } from '../pdf/fonts';
import { CONTENT_WIDTH, PAGE } from '../pdf/pdf-writer';
import type { DossierContext } from './dossier-context';
import type { DossierInput } from './dossier-input';
import { DOSSIER_LABELS } from './dossier-labels';
import { formatGeneratedAt, printable, vocab } from './dossier-format';

const LINE = 0.3528; // mm per pt

/** The name the cover and the PDF title show: the primary name, or "withheld" when the audience may not see it. */
export function coverName(file: CaseFile, lang: ReportLang): { text: string; withheld: boolean } {
  // Every case has exactly one primary name (see Person), so a missing one was withheld; the
  // filter may also keep the entry (its use) without the name itself.
  const primary = file.person.names.find((n) => n.use === 'primary' && n.full !== undefined);
  return primary ? { text: printable(primary.full, 300), withheld: false } : { text: say(COMMON_LABELS.withheld, lang), withheld: true };
}

/** Names in their own scripts and transliterations, which the cover shows under the primary name. */
function coverOtherNames(names: readonly PersonName[]): PersonName[] {
  return names.filter((n) => (n.use === 'native' || n.use === 'transliteration') && n.full !== undefined);
}

/**
 * The cover: what the document is, on whom, for which audience and when. Drawn on the first page
 * (which jsPDF opens with the document); the contents follow on the next page.
 */
export function renderCover(ctx: DossierContext, input: DossierInput): void {
  const { w, lang, file } = ctx;
  const doc = w.doc;
  let y = 62;
  doc.setFont(FONT_FAMILY, 'normal').setFontSize(12).setTextColor(90);
  doc.text(ctx.say(DOSSIER_LABELS.title), PAGE.left, y);
  y += 12;

  const name = coverName(file, lang);
  doc.setFont(FONT_FAMILY, name.withheld ? 'italic' : 'bold').setFontSize(22).setTextColor(name.withheld ? 110 : 0);
  const nameLines = doc.splitTextToSize(name.text, CONTENT_WIDTH) as string[];
  doc.text(nameLines, PAGE.left, y);
  y += nameLines.length * 22 * LINE * 1.2 + 3;

  doc.setFontSize(12.5);
  for (const other of coverOtherNames(file.person.names)) {
    doc.setFont(FONT_FAMILY, 'normal').setTextColor(30);
    const lines = doc.splitTextToSize(printable(other.full, 300), CONTENT_WIDTH - 45) as string[];
    doc.text(lines, PAGE.left, y);
    doc.setFont(FONT_FAMILY, 'normal').setFontSize(8.5).setTextColor(110);
    doc.text(vocab('name_use', other.use, lang), PAGE.width - PAGE.right, y, { align: 'right' });
    doc.setFontSize(12.5);
    y += lines.length * 12.5 * LINE * 1.3 + 1;
  }

  y = Math.max(y + 8, 130);
  doc.setDrawColor(180).setLineWidth(0.3).line(PAGE.left, y, PAGE.width - PAGE.right, y);
  w.y = y + 5;
  const profile = AUDIENCE_PROFILES[input.options.audience];
  const reference = ctx.value(file, caseFileSpec, 'reference');
  const status = ctx.value(file, caseFileSpec, 'status');
  ctx.factRows([
    [ctx.say(COMMON_LABELS.audience), say(profile.label, lang), false],
    ...(reference !== undefined ? [[ctx.label(caseFileSpec, 'reference'), reference, false] as const] : []),
    ...(status !== undefined ? [[ctx.label(caseFileSpec, 'status'), status, false] as const] : []),
    [ctx.say(DOSSIER_LABELS.caseId), ctx.caseReference, false],
    [ctx.say(COMMON_LABELS.generated), formatGeneratedAt(input.generatedAt, lang), false],
    [ctx.say(COMMON_LABELS.vault), input.vaultFingerprint, false],
  ]);
  w.space(4);
  w.remark(say(profile.description, lang));
}
