/**
 * Controlled vocabularies of the case model. Records store a term's stable code (validated by the
 * vocabulary's zod `schema`); labels in English, Azerbaijani and Russian are for display only.
 */
import { assessmentConclusion, assessmentFinding, assessmentFramework, pace1900Criterion, wgadCategory, wgadOpinionOutcome } from './assessment';
import { casePriority, caseStatus, monitoringStatus } from './case-management';
import { detentionAuthority, detentionType, legalBasisType, measureOrderAction, preTrialMeasure, releaseType, whereabouts } from './detention';
import { article18Finding, echrArticle } from './echr';
import { detentionCondition, detentionRegime, facilityType } from './facilities';
import { languageInCourt, legalCounsel, statementsSigned } from './fair-trial';
import { interventionStatus, interventionType } from './interventions';
import { nameScript, nameUse } from './names';
import { countingUnit, organisationType, profileCategory, sex } from './person';
import { chargeStatus, courtType, hearingOpenness, hearingOutcome, hearingType, proceedingStage, proceedingType } from './proceedings';
import { recognisingBody, recognitionStatus } from './recognition';
import { sensitivity } from './sensitivity';
import { sentenceModification, sentenceType } from './sentences';
import { consent, informationAccess, informationReliability, sourceConfidentiality, sourceConnection, sourceMaterialType, sourceReliability, sourceType } from './sources';
import { complaintOutcome, perpetratorInvolvement, perpetratorType, treatmentAct, treatmentConsequence } from './treatment';
import type { Lang, Vocabulary } from './types';

export * from './types';
export * from './assessment';
export * from './case-management';
export * from './detention';
export * from './echr';
export * from './facilities';
export * from './fair-trial';
export * from './interventions';
export * from './names';
export * from './person';
export * from './proceedings';
export * from './recognition';
export * from './sensitivity';
export * from './sentences';
export * from './sources';
export * from './treatment';

/** Every vocabulary, keyed by its id. */
export const VOCABULARIES = {
  name_use: nameUse,
  name_script: nameScript,
  profile_category: profileCategory,
  sex,
  organisation_type: organisationType,
  counting_unit: countingUnit,
  case_status: caseStatus,
  monitoring_status: monitoringStatus,
  case_priority: casePriority,
  detention_authority: detentionAuthority,
  legal_basis_type: legalBasisType,
  detention_type: detentionType,
  whereabouts,
  pre_trial_measure: preTrialMeasure,
  measure_order_action: measureOrderAction,
  release_type: releaseType,
  facility_type: facilityType,
  detention_regime: detentionRegime,
  detention_condition: detentionCondition,
  proceeding_type: proceedingType,
  proceeding_stage: proceedingStage,
  court_type: courtType,
  charge_status: chargeStatus,
  hearing_type: hearingType,
  hearing_outcome: hearingOutcome,
  hearing_openness: hearingOpenness,
  legal_counsel: legalCounsel,
  statements_signed: statementsSigned,
  language_in_court: languageInCourt,
  sentence_type: sentenceType,
  sentence_modification: sentenceModification,
  treatment_act: treatmentAct,
  perpetrator_involvement: perpetratorInvolvement,
  perpetrator_type: perpetratorType,
  treatment_consequence: treatmentConsequence,
  complaint_outcome: complaintOutcome,
  recognising_body: recognisingBody,
  recognition_status: recognitionStatus,
  intervention_type: interventionType,
  intervention_status: interventionStatus,
  echr_article: echrArticle,
  article_18_finding: article18Finding,
  pace_1900_criterion: pace1900Criterion,
  wgad_category: wgadCategory,
  wgad_opinion_outcome: wgadOpinionOutcome,
  assessment_framework: assessmentFramework,
  assessment_finding: assessmentFinding,
  assessment_conclusion: assessmentConclusion,
  source_type: sourceType,
  source_material_type: sourceMaterialType,
  source_reliability: sourceReliability,
  information_reliability: informationReliability,
  information_access: informationAccess,
  source_connection: sourceConnection,
  consent,
  source_confidentiality: sourceConfidentiality,
  sensitivity,
} as const;

export type VocabularyId = keyof typeof VOCABULARIES;
export const VOCABULARY_IDS = Object.keys(VOCABULARIES) as VocabularyId[];

/** The code type of a vocabulary, e.g. `CodeOf<'release_type'>`. */
export type CodeOf<Id extends VocabularyId> = (typeof VOCABULARIES)[Id]['codes'][number];

/** Looks a vocabulary up by id (e.g. from a stored record); undefined for an unknown id. */
export function getVocabulary(id: string): Vocabulary | undefined {
  return Object.hasOwn(VOCABULARIES, id) ? (VOCABULARIES[id as VocabularyId] as Vocabulary) : undefined;
}

/** Label of `code` in vocabulary `id`, falling back to the code itself. */
export function vocabularyLabel(id: VocabularyId, code: string, lang: Lang): string {
  const vocabulary: Vocabulary = VOCABULARIES[id];
  return vocabulary.terms.find((t) => t.code === code)?.labels[lang] ?? code;
}
