import { assessmentSpec, caseFileSpec, criterionFindingSpec, effectiveConclusion, latestAssessment, type Assessment, type CriterionFinding, type WgadFinding } from '../../../../../shared/case-model';
import { PACE_1900_CHAPEAU, VOCABULARIES } from '../../../../../shared/vocabularies';
import type { Term } from '../../../../../shared/vocabularies/types';
import { COMMON_LABELS } from '../common-labels';
import type { DossierContext } from './dossier-context';
import { DOSSIER_LABELS, fill } from './dossier-labels';
import { formatDate, vocab } from './dossier-format';

/**
 * The PACE Resolution 1900 (2012) assessment: the latest one in full (each criterion's wording,
 * the finding, the reasoning and the evidence it cites), earlier versions listed by date so the
 * reader knows the assessment was revisited.
 */
export function renderAssessment(ctx: DossierContext): void {
  const { file, w } = ctx;
  const latest = latestVisibleAssessment(file.assessments);
  if (!latest) {
    if (ctx.withheldEntries(file.id, 'assessments') === 0) ctx.w.remark(ctx.say(DOSSIER_LABELS.noAssessment));
    return;
  }
  w.heading(assessmentTitle(ctx, latest), 3);
  ctx.facts(latest, assessmentSpec, ['assessedOn', 'assessor', [ctx.say(DOSSIER_LABELS.conclusion), conclusionText(ctx, latest)], 'overrideReason', 'reviewedBy']);

  const criteria = VOCABULARIES.pace_1900_criterion.terms;
  const pace = { findings: latest.paceCriteria, codeField: 'criterion', parentId: latest.id } as const;
  renderFindings(ctx, { ...pace, title: ctx.say(DOSSIER_LABELS.paceCriteria), terms: criteria.filter((t) => t.code !== 'exclusion_terrorism'), intro: ctx.say(PACE_1900_CHAPEAU), withUncoded: true });
  renderFindings(ctx, { ...pace, title: ctx.say(DOSSIER_LABELS.paceExclusion), terms: criteria.filter((t) => t.code === 'exclusion_terrorism'), withUncoded: false });
  ctx.withheldEntries(latest.id, 'paceCriteria', ctx.label(assessmentSpec, 'paceCriteria'));
  ctx.prose(latest, assessmentSpec, 'notes');

  const earlier = file.assessments.filter((a) => a !== latest);
  if (earlier.length > 0) {
    w.heading(ctx.say(DOSSIER_LABELS.earlierAssessments), 3);
    ctx.grid(
      [ctx.label(assessmentSpec, 'assessedOn'), ctx.label(assessmentSpec, 'assessor'), ctx.say(DOSSIER_LABELS.conclusion)],
      earlier.map((a) => [ctx.cell(a, assessmentSpec, 'assessedOn'), ctx.cell(a, assessmentSpec, 'assessor'), conclusionText(ctx, a)]),
      { 0: { cellWidth: 30 } },
    );
  }
  ctx.withheldEntries(file.id, 'assessments', ctx.label(caseFileSpec, 'assessments'));
  // WGAD and Article 18 parts are the findings section's to note.
  ctx.noteWithheldIn(file.assessments.map((a) => ({ ...a, wgadCategories: [] })));
}

/**
 * The assessment the dossier presents: the newest by date. The filter may keep an assessment
 * without its date (when something else in it may be shown); such a one counts as the newest only
 * when none has a date, as the reader cannot be told where it falls.
 */
export function latestVisibleAssessment(assessments: readonly Assessment[]): Assessment | undefined {
  return latestAssessment(assessments.filter((a) => a.assessedOn !== undefined)) ?? assessments[assessments.length - 1];
}

export function assessmentTitle(ctx: DossierContext, a: Assessment): string {
  const date = a.assessedOn !== undefined ? formatDate(a.assessedOn, ctx.lang) : ctx.say(COMMON_LABELS.withheld);
  return [fill(ctx.say(DOSSIER_LABELS.assessmentOf), { date }), a.assessor].filter(Boolean).join(' — ');
}

/**
 * The conclusion that counts, and whether the findings give it or the assessor set it. Withheld
 * when any finding or the override is: a conclusion derived from part of the findings could
 * differ from the real one.
 */
function conclusionText(ctx: DossierContext, a: Assessment): string {
  const partial = ctx.isWithheld(a.id, 'paceCriteria') || ctx.isWithheld(a.id, 'conclusionOverride') || ctx.view.withheldEntries.has(`${a.id}.paceCriteria`);
  if (partial) return ctx.say(COMMON_LABELS.withheld);
  const how = a.conclusionOverride !== undefined ? DOSSIER_LABELS.overriddenConclusion : DOSSIER_LABELS.derivedConclusion;
  return `${vocab('assessment_conclusion', effectiveConclusion(a), ctx.lang)} (${ctx.say(how)})`;
}

export interface FindingsBlock<F> {
  readonly title: string;
  /** The terms of the legal text, in its order. */
  readonly terms: readonly Term[];
  readonly findings: readonly F[];
  readonly codeField: 'criterion' | 'category';
  /** The assessment the findings belong to (for counting withheld ones). */
  readonly parentId: string;
  /** The sentence that introduces the terms, printed above them. */
  readonly intro?: string;
  /**
   * Print here the findings whose criterion or category is withheld (the filter keeps a finding
   * whose reasoning the audience may see): once per list, so only one block of a list says yes.
   */
  readonly withUncoded: boolean;
}

/**
 * Findings on the terms of a legal text (PACE criteria, WGAD categories), in the text's order:
 * each with its wording, finding, reasoning and cited evidence; terms without a finding are listed
 * as not assessed (unless some findings were withheld, when that could be untrue).
 */
export function renderFindings<F extends CriterionFinding | WgadFinding>(ctx: DossierContext, block: FindingsBlock<F>): void {
  const { w, lang } = ctx;
  const { codeField } = block;
  w.heading(block.title, 3);
  if (block.intro !== undefined) w.paragraph(block.intro, { style: 'italic', size: 9 });
  if (lang !== 'en') w.remark(ctx.say(DOSSIER_LABELS.unofficialTranslation));
  const notAssessed: string[] = [];
  const someWithheld = ctx.view.withheldEntries.has(`${block.parentId}.${codeField === 'criterion' ? 'paceCriteria' : 'wgadCategories'}`);
  const codeOf = (f: F): string | undefined => (f as unknown as Record<string, string | undefined>)[codeField];
  for (const term of block.terms) {
    const finding = block.findings.find((f) => codeOf(f) === term.code);
    if (finding) renderFinding(ctx, term.labels[lang], term.text?.[lang], finding, codeField);
    else notAssessed.push(term.labels[lang]);
  }
  if (block.withUncoded) {
    for (const f of block.findings) if (codeOf(f) === undefined) renderFinding(ctx, ctx.say(COMMON_LABELS.withheld), undefined, f, codeField);
  }
  if (notAssessed.length > 0 && !someWithheld) w.remark(`${ctx.say(DOSSIER_LABELS.notAssessed)}: ${notAssessed.join('; ')}`);
}

function renderFinding(ctx: DossierContext, label: string, text: string | undefined, finding: CriterionFinding | WgadFinding, codeField: 'criterion' | 'category'): void {
  const { w, lang } = ctx;
  const result = finding.finding !== undefined ? vocab('assessment_finding', finding.finding, lang) : ctx.say(COMMON_LABELS.withheld);
  w.ensureSpace(28);
  w.paragraph(`${label} — ${result}`, { style: 'bold', size: 10 });
  if (text !== undefined) w.paragraph(text, { style: 'italic', size: 8.5, grey: true, indent: 4 });
  const reasoning = ctx.value(finding, criterionFindingSpec, 'reasoning');
  if (reasoning !== undefined) w.paragraph(reasoning, { indent: 4 });
  else ctx.noteWithheld(finding.id, 'reasoning');
  const evidence = ctx.evidence(finding, codeField === 'criterion' ? 'assessment_criterion' : undefined) || ctx.say(DOSSIER_LABELS.noneCited);
  w.paragraph(`${ctx.say(DOSSIER_LABELS.citedEvidence)}: ${evidence}`, { size: 8.5, indent: 4 });
  w.space(1);
}
