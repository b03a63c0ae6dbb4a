import { assessmentSpec, caseFileSpec, recognitionSpec } from '../../../../../shared/case-model';
import { VOCABULARIES } from '../../../../../shared/vocabularies';
import type { DossierContext } from './dossier-context';
import { assessmentTitle, latestVisibleAssessment, renderFindings } from './assessment-section';
import { DOSSIER_LABELS } from './dossier-labels';

/**
 * Beyond PACE: the WGAD categories and opinion and the ECtHR Article 18 finding of the latest
 * assessment, and the bodies and lists that recognise the person.
 */
export function renderFindingsSection(ctx: DossierContext): void {
  const { file, w } = ctx;
  const latest = latestVisibleAssessment(file.assessments);
  if (latest) {
    w.paragraph(assessmentTitle(ctx, latest), { style: 'italic', size: 9, grey: true });
    renderFindings(ctx, { title: ctx.say(DOSSIER_LABELS.wgad), terms: VOCABULARIES.wgad_category.terms, findings: latest.wgadCategories, codeField: 'category', parentId: latest.id, withUncoded: true });
    ctx.withheldEntries(latest.id, 'wgadCategories', ctx.label(assessmentSpec, 'wgadCategories'));
    ctx.facts(latest, assessmentSpec, ['wgadOpinion', 'wgadOpinionReference']);

    w.heading(ctx.say(DOSSIER_LABELS.article18), 3);
    const fields = ['article18', 'article18Reference', 'article18Reasoning'];
    const article18 = fields.some((f) => ctx.value(latest, assessmentSpec, f) !== undefined || ctx.isWithheld(latest.id, f));
    ctx.facts(latest, assessmentSpec, ['article18', 'article18Reference']);
    ctx.prose(latest, assessmentSpec, 'article18Reasoning');
    if (!article18) ctx.nothingRecorded();
    ctx.noteWithheldIn([latest.wgadCategories]);
    for (const f of ['wgadOpinion', 'wgadOpinionReference', 'article18', 'article18Reference'] as const) ctx.noteWithheld(latest.id, f);
  } else if (ctx.withheldEntries(file.id, 'assessments', ctx.label(caseFileSpec, 'assessments')) === 0) {
    w.remark(ctx.say(DOSSIER_LABELS.noAssessment));
  }

  w.heading(ctx.say(DOSSIER_LABELS.recognitions), 3);
  if (!ctx.entityTable(recognitionSpec, file.recognitions, ['body', 'status', 'recognisedOn', 'listEdition', 'reference', 'withdrawnOn'], { id: file.id, field: 'recognitions' }, { 0: 34, 1: 26, 2: 22, 5: 20 })) {
    ctx.nothingRecorded();
  }
  for (const r of file.recognitions) {
    const notes = ctx.value(r, recognitionSpec, 'notes');
    if (notes !== undefined) w.paragraph(`${ctx.value(r, recognitionSpec, 'body') ?? ''}: ${notes}`, { size: 8.5 });
  }
}
