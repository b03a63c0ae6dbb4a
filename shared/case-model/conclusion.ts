import { compareFuzzyDates } from '../domain/dates';
import type { CodeOf } from '../vocabularies';
import type { Assessment } from './assessment';

export type Conclusion = CodeOf<'assessment_conclusion'>;
const PACE_CRITERIA = ['criterion_a', 'criterion_b', 'criterion_c', 'criterion_d', 'criterion_e'] as const;

/**
 * The conclusion the PACE findings give. Resolution 1900 §3: one criterion met is enough; §4: a
 * person prosecuted for terrorist crimes (the exclusion finding "met") is not a political
 * prisoner. Only when all five criteria are found not met is the answer "not a political
 * prisoner"; anything less is "insufficient information", never a silent no.
 */
export function derivedConclusion(assessment: Pick<Assessment, 'paceCriteria'>): Conclusion {
  const finding = (code: string) => assessment.paceCriteria.find((f) => f.criterion === code)?.finding;
  if (finding('exclusion_terrorism') === 'met') return 'excluded_terrorism';
  if (PACE_CRITERIA.some((c) => finding(c) === 'met')) return 'political_prisoner';
  if (PACE_CRITERIA.every((c) => finding(c) === 'not_met')) return 'not_political_prisoner';
  return 'insufficient_information';
}

/** The conclusion that counts: the assessor's override if given, otherwise the derived one. */
export function effectiveConclusion(assessment: Pick<Assessment, 'paceCriteria' | 'conclusionOverride'>): Conclusion {
  return assessment.conclusionOverride ?? derivedConclusion(assessment);
}

/** The newest assessment (by date, then by position) — the one lists and filters use. */
export function latestAssessment<A extends Pick<Assessment, 'assessedOn'>>(assessments: readonly A[]): A | undefined {
  return assessments.reduce<A | undefined>((latest, a) => (latest === undefined || compareFuzzyDates(a.assessedOn, latest.assessedOn) >= 0 ? a : latest), undefined);
}
