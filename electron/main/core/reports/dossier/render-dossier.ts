import { buildTimeline, type CaseFile } from '../../../../../shared/case-model';
import { AUDIENCE_PROFILES, DOSSIER_SECTIONS, type DossierSection } from '../../../../../shared/reports';
import { COMMON_LABELS, say } from '../common-labels';
import type { FontSet } from '../pdf/fonts';
import { PAGE, PdfWriter } from '../pdf/pdf-writer';
import { reportFrame } from '../report-frame';
import { renderAssessment } from './assessment-section';
import { coverName, renderCover } from './cover';
import { renderDetention } from './detention-section';
import { DossierContext } from './dossier-context';
import type { DossierInput, Progress } from './dossier-input';
import { DOSSIER_LABELS, SECTION_TITLES } from './dossier-labels';
import { renderExhibits } from './exhibits-section';
import { renderFindingsSection } from './findings-section';
import { renderInterventions } from './interventions-section';
import { renderProceedings } from './proceedings-section';
import { renderProfile } from './profile-section';
import { renderSentences } from './sentence-section';
import { renderSources } from './sources-section';
import { renderTimeline } from './timeline-section';
import { renderTreatment } from './treatment-section';

const SECTIONS: Readonly<Record<DossierSection, (ctx: DossierContext) => void>> = {
  profile: renderProfile,
  detention: renderDetention,
  proceedings: renderProceedings,
  sentence: renderSentences,
  treatment: renderTreatment,
  assessment: renderAssessment,
  findings: renderFindingsSection,
  interventions: renderInterventions,
  sources: renderSources,
  exhibits: renderExhibits,
  timeline: renderTimeline,
};

/** Room a section's heading needs below it, so a heading never ends a page on its own. */
const SECTION_START_SPACE = 50;

/**
 * A case dossier for one audience, laid out from data the audience filter has already cut down
 * (design invariant 7): this function and the sections it calls see `input.view` and
 * `input.exhibits`, never the full case. Sections are printed in the fixed order of
 * DOSSIER_SECTIONS whatever order the options list them in, each in the options' language.
 */
export function renderDossier(input: DossierInput, fonts: FontSet, onProgress?: Progress): { bytes: Uint8Array; pages: number } {
  const { options } = input;
  const lang = options.lang;
  const file = input.view.file;
  const sections = DOSSIER_SECTIONS.filter((s) => options.sections.includes(s));
  const total = sections.length + 2; // cover and contents, each section, and the finishing pass
  let done = 0;
  const step = () => onProgress?.(++done, total);

  const audienceLabel = say(AUDIENCE_PROFILES[options.audience].label, lang);
  const writer = new PdfWriter(
    reportFrame({
      // The metadata holds only what the cover shows: a withheld name is "withheld" there too.
      title: `${say(DOSSIER_LABELS.title, lang)} — ${coverName(file, lang).text}`,
      subject: `${say(DOSSIER_LABELS.title, lang)} · ${audienceLabel}`,
      audience: options.audience,
      lang,
      createdAt: new Date(input.generatedAt),
      footerSubject: `${say(COMMON_LABELS.caseLabel, lang)} ${input.caseReference}`,
      vaultFingerprint: input.vaultFingerprint,
      fonts,
    }),
  );
  const ctx = new DossierContext(writer, input, buildTimeline(file));

  renderCover(ctx, input);
  writer.reserveContents(contentsEntries(file, sections));
  step();

  sections.forEach((section, i) => {
    // The first section opens the page after the contents; the others follow on, so short
    // sections (common in a public dossier) do not each leave a page nearly empty.
    if (i > 0) {
      writer.ensureSpace(SECTION_START_SPACE);
      if (writer.y > PAGE.top) writer.space(6);
    }
    writer.heading(say(SECTION_TITLES[section], lang), 1, { newPage: i === 0 });
    ctx.beginSection();
    SECTIONS[section](ctx);
    ctx.endSection();
    step();
  });

  // No record id in the seed either: the file id is a hash of it, and ids are readable on disk.
  const bytes = writer.finish(`habeas-dossier:${input.caseReference}:${input.vaultFingerprint}:${options.audience}:${lang}:${sections.join(',')}:${input.generatedAt}`);
  step();
  return { bytes, pages: writer.page };
}

/** An upper bound of the contents entries: one per section, one per detention and per proceeding. */
function contentsEntries(file: CaseFile, sections: readonly DossierSection[]): number {
  let n = sections.length;
  if (sections.includes('detention')) n += file.detentions.length;
  if (sections.includes('proceedings')) n += file.proceedings.length;
  return n;
}
