import type { z } from 'zod';
import { VOCABULARIES } from '../vocabularies';
import { loc } from '../vocabularies/types';
import { date, entities, entity, line, prose, refs } from './common';
import { entitySpec } from './fields';

const v = VOCABULARIES;

/** A finding on one PACE Resolution 1900 criterion (a–e) or on the §4 terrorism exclusion. */
export const CriterionFinding = entity({
  criterion: v.pace_1900_criterion.schema,
  finding: v.assessment_finding.schema,
  reasoning: prose().optional(),
  sourceIds: refs(),
  exhibitIds: refs(),
});
export type CriterionFinding = z.infer<typeof CriterionFinding>;

const findingFields = {
  finding: { input: 'vocab', vocabulary: 'assessment_finding', kind: 'assessment', primary: true, label: loc('Finding', 'Nəticə', 'Вывод') },
  reasoning: { input: 'prose', kind: 'assessment', primary: true, label: loc('Reasoning', 'Əsaslandırma', 'Обоснование') },
  sourceIds: { input: 'links', target: 'sources', kind: 'source-identity', label: loc('Sources', 'Mənbələr', 'Источники') },
  exhibitIds: { input: 'links', target: 'exhibits', kind: 'evidence', label: loc('Evidence', 'Sübutlar', 'Доказательства') },
} as const;

export const criterionFindingSpec = entitySpec<CriterionFinding>({
  name: 'criterionFinding',
  label: loc('PACE criterion', 'AŞPA meyarı', 'Критерий ПАСЕ'),
  plural: loc('PACE Resolution 1900 (2012)', 'AŞPA-nın 1900 (2012) saylı Qətnaməsi', 'Резолюция ПАСЕ 1900 (2012)'),
  fields: { criterion: { input: 'vocab', vocabulary: 'pace_1900_criterion', kind: 'assessment', primary: true, label: loc('Criterion', 'Meyar', 'Критерий') }, ...findingFields },
});

/** A finding on one category of arbitrary detention used by the UN Working Group (I–V). */
export const WgadFinding = entity({
  category: v.wgad_category.schema,
  finding: v.assessment_finding.schema,
  reasoning: prose().optional(),
  sourceIds: refs(),
  exhibitIds: refs(),
});
export type WgadFinding = z.infer<typeof WgadFinding>;

export const wgadFindingSpec = entitySpec<WgadFinding>({
  name: 'wgadFinding',
  label: loc('WGAD category', 'WGAD kateqoriyası', 'Категория РГПЗ'),
  plural: loc('UN Working Group on Arbitrary Detention', 'BMT-nin Özbaşına Həbslər üzrə İşçi Qrupu', 'Рабочая группа ООН по произвольным задержаниям'),
  fields: { category: { input: 'vocab', vocabulary: 'wgad_category', kind: 'assessment', primary: true, label: loc('Category', 'Kateqoriya', 'Категория') }, ...findingFields },
});

/**
 * Whether the person is a political prisoner, by PACE Resolution 1900 (2012), with WGAD and
 * ECtHR Article 18 findings beside it. Each assessment is one dated version by one assessor; a
 * re-assessment adds a new one, so earlier reasoning stays on record. The conclusion is derived
 * from the findings (see conclusion.ts) unless the assessor overrides it, with a reason.
 */
export const Assessment = entity({
  assessedOn: date,
  assessor: line(200),
  paceCriteria: entities(CriterionFinding, 6),
  wgadCategories: entities(WgadFinding, 5),
  wgadOpinion: v.wgad_opinion_outcome.schema.optional(),
  wgadOpinionReference: line(200).optional(),
  article18: v.article_18_finding.schema.optional(),
  article18Reference: line(300).optional(),
  article18Reasoning: prose().optional(),
  conclusionOverride: v.assessment_conclusion.schema.optional(),
  overrideReason: prose(5000).optional(),
  reviewedBy: line(200).optional(),
  notes: prose().optional(),
}).superRefine((a, ctx) => {
  const seen = new Set<string>();
  a.paceCriteria.forEach((f, i) => {
    if (seen.has(f.criterion)) ctx.addIssue({ code: 'custom', path: ['paceCriteria', i, 'criterion'], message: 'This criterion already has a finding; edit that one instead' });
    seen.add(f.criterion);
  });
  a.wgadCategories.forEach((f, i) => {
    if (seen.has(f.category)) ctx.addIssue({ code: 'custom', path: ['wgadCategories', i, 'category'], message: 'This category already has a finding; edit that one instead' });
    seen.add(f.category);
  });
  if (a.conclusionOverride !== undefined && a.overrideReason === undefined) {
    ctx.addIssue({ code: 'custom', path: ['overrideReason'], message: 'Say why the conclusion differs from the one the findings give' });
  }
});
export type Assessment = z.infer<typeof Assessment>;

export const assessmentSpec = entitySpec<Assessment>({
  name: 'assessment',
  label: loc('Assessment', 'Qiymətləndirmə', 'Оценка'),
  plural: loc('Assessments', 'Qiymətləndirmələr', 'Оценки'),
  fields: {
    assessedOn: { input: 'date', kind: 'assessment', primary: true, label: loc('Assessed on', 'Qiymətləndirmə tarixi', 'Дата оценки') },
    assessor: { input: 'line', kind: 'assessment', primary: true, label: loc('Assessor', 'Qiymətləndirən', 'Оценщик') },
    paceCriteria: { input: 'entities', entity: criterionFindingSpec, kind: 'assessment', label: loc('PACE Resolution 1900 (2012)', 'AŞPA-nın 1900 (2012) saylı Qətnaməsi', 'Резолюция ПАСЕ 1900 (2012)') },
    wgadCategories: { input: 'entities', entity: wgadFindingSpec, kind: 'assessment', label: loc('WGAD categories', 'WGAD kateqoriyaları', 'Категории РГПЗ') },
    wgadOpinion: { input: 'vocab', vocabulary: 'wgad_opinion_outcome', kind: 'assessment', label: loc('WGAD opinion', 'WGAD rəyi', 'Мнение РГПЗ') },
    wgadOpinionReference: { input: 'line', kind: 'assessment', label: loc('WGAD opinion number', 'WGAD rəyinin nömrəsi', 'Номер мнения РГПЗ') },
    article18: { input: 'vocab', vocabulary: 'article_18_finding', kind: 'assessment', label: loc('ECtHR Article 18 finding', 'AİHM-in 18-ci maddə üzrə qərarı', 'Вывод ЕСПЧ по статье 18') },
    article18Reference: { input: 'line', kind: 'assessment', label: loc('Judgment (application no.)', 'Qərar (ərizə №)', 'Постановление (№ жалобы)') },
    article18Reasoning: { input: 'prose', kind: 'assessment', label: loc('Article 18 reasoning', '18-ci maddə üzrə əsaslandırma', 'Обоснование по статье 18') },
    conclusionOverride: { input: 'vocab', vocabulary: 'assessment_conclusion', kind: 'assessment', label: loc('Override the conclusion', 'Nəticəni dəyişdir', 'Изменить вывод') },
    overrideReason: { input: 'prose', kind: 'assessment', label: loc('Reason for the override', 'Dəyişdirmənin səbəbi', 'Причина изменения') },
    reviewedBy: { input: 'line', kind: 'assessment', label: loc('Reviewed by', 'Yoxlayan', 'Проверил') },
    notes: { input: 'prose', kind: 'assessment', label: loc('Notes', 'Qeydlər', 'Заметки') },
  },
});
