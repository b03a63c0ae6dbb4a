import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Assessment, CriterionFinding, derivedConclusion, effectiveConclusion, latestAssessment, WgadFinding, type CriterionFinding as Finding } from '../../../../shared/case-model';
import { FuzzyDate } from '../../../../shared/domain/dates';
import { assessmentFinding, pace1900Criterion } from '../../../../shared/vocabularies';
import { entitySuite, expectDateField, expectIssue, expectLineField, expectProseField, expectVocabField, issuesOf } from './helpers';
import { assessment, criterionFinding, uid, wgadFinding } from './samples';

entitySuite('criterionFinding');
entitySuite('wgadFinding');
entitySuite('assessment');

describe('CriterionFinding and WgadFinding', () => {
  it('check their fields', () => {
    expectVocabField(CriterionFinding, criterionFinding.minimal, 'criterion', 'exclusion_terrorism');
    expectVocabField(CriterionFinding, criterionFinding.minimal, 'finding', 'unclear');
    expectProseField(CriterionFinding, criterionFinding.minimal, 'reasoning', 20_000);
    expectIssue(CriterionFinding, { ...criterionFinding.minimal, criterion: 'criterion_f' }, 'criterion', /criterion_e/);
    expectIssue(CriterionFinding, { ...criterionFinding.minimal, finding: true }, 'finding');
    expectIssue(CriterionFinding, { ...criterionFinding.minimal, sourceIds: ['src'] }, 'sourceIds.0', /id/);
    expectVocabField(WgadFinding, wgadFinding.minimal, 'category', 'category_v');
    expectVocabField(WgadFinding, wgadFinding.minimal, 'finding', 'not_met');
    expectIssue(WgadFinding, { ...wgadFinding.minimal, category: 'category_vi' }, 'category', /Invalid option/);
    expectIssue(WgadFinding, { ...wgadFinding.minimal, exhibitIds: [42] }, 'exhibitIds.0');
  });
});

describe('Assessment', () => {
  const base = assessment.minimal;
  const finding = (n: number, criterion: string, value = 'met') => ({ id: uid(5000 + n), criterion, finding: value });

  it('checks its own fields', () => {
    expectDateField(Assessment, base, 'assessedOn');
    expectLineField(Assessment, base, 'assessor', 200);
    expectLineField(Assessment, base, 'wgadOpinionReference', 200);
    expectLineField(Assessment, base, 'article18Reference', 300);
    expectLineField(Assessment, base, 'reviewedBy', 200);
    expectVocabField(Assessment, base, 'wgadOpinion', 'not_arbitrary');
    expectVocabField(Assessment, base, 'article18', 'pending');
    expectProseField(Assessment, base, 'article18Reasoning', 20_000);
    expectProseField(Assessment, base, 'notes', 20_000);
    expectProseField(Assessment, { ...base, conclusionOverride: 'under_review' }, 'overrideReason', 5000);
  });

  it('accepts the five PACE criteria and the terrorism exclusion once each', () => {
    const all = pace1900Criterion.codes.map((c, i) => finding(i, c, 'not_met'));
    expect(issuesOf(Assessment, { ...base, paceCriteria: all })).toEqual([]);
  });

  it('refuses a second finding on the same PACE criterion, at the duplicate', () => {
    expectIssue(Assessment, { ...base, paceCriteria: [finding(1, 'criterion_a'), finding(2, 'criterion_b'), finding(3, 'criterion_a', 'unclear')] }, 'paceCriteria.2.criterion', /already has a finding/);
  });

  it('refuses a second finding on the same WGAD category, at the duplicate', () => {
    const w = (n: number, category: string) => ({ id: uid(6000 + n), category, finding: 'met' });
    expectIssue(Assessment, { ...base, wgadCategories: [w(1, 'category_ii'), w(2, 'category_ii')] }, 'wgadCategories.1.category', /already has a finding/);
  });

  it('refuses an overridden conclusion without a reason, and names the reason field', () => {
    expectIssue(Assessment, { ...base, conclusionOverride: 'political_prisoner' }, 'overrideReason', /Say why/);
    expect(issuesOf(Assessment, { ...base, conclusionOverride: 'political_prisoner', overrideReason: 'New facts.' })).toEqual([]);
    expectVocabField(Assessment, { ...base, overrideReason: 'x' }, 'conclusionOverride', 'excluded_terrorism');
  });

  it('names the field of a bad finding by position', () => {
    expectIssue(Assessment, { ...base, paceCriteria: [{ ...finding(1, 'criterion_a'), finding: 'yes' }] }, 'paceCriteria.0.finding', /met.*not_met.*unclear/);
  });

  it('needs a date and an assessor: assessments are versioned', () => {
    expectIssue(Assessment, { id: uid(1), assessor: 'A' }, 'assessedOn');
    expectIssue(Assessment, { id: uid(1), assessedOn: '2023' }, 'assessor');
  });
});

type Findings = Pick<Finding, 'criterion' | 'finding'>[];
const of = (pairs: Record<string, string>): { paceCriteria: Finding[] } => ({
  paceCriteria: Object.entries(pairs).map(([criterion, finding], i) => CriterionFinding.parse({ id: uid(7000 + i), criterion, finding })),
});

describe('derivedConclusion (PACE Resolution 1900 §§3–4)', () => {
  it('is "insufficient information" when nothing has been assessed', () => {
    expect(derivedConclusion({ paceCriteria: [] })).toBe('insufficient_information');
  });

  it('is "political prisoner" when one criterion is met (§3: any one is enough)', () => {
    for (const c of ['criterion_a', 'criterion_b', 'criterion_c', 'criterion_d', 'criterion_e']) expect(derivedConclusion(of({ [c]: 'met' })), c).toBe('political_prisoner');
    expect(derivedConclusion(of({ criterion_a: 'met', criterion_b: 'met', criterion_c: 'not_met', criterion_d: 'not_met', criterion_e: 'unclear', exclusion_terrorism: 'not_met' }))).toBe('political_prisoner');
  });

  it('is "excluded" when the terrorism exclusion is met, whatever the criteria (§4)', () => {
    expect(derivedConclusion(of({ criterion_a: 'met', criterion_b: 'met', exclusion_terrorism: 'met' }))).toBe('excluded_terrorism');
    expect(derivedConclusion(of({ exclusion_terrorism: 'met' }))).toBe('excluded_terrorism');
  });

  it('is "not a political prisoner" only when all five criteria are found not met', () => {
    const fiveNotMet = { criterion_a: 'not_met', criterion_b: 'not_met', criterion_c: 'not_met', criterion_d: 'not_met', criterion_e: 'not_met' };
    expect(derivedConclusion(of(fiveNotMet))).toBe('not_political_prisoner');
    expect(derivedConclusion(of({ ...fiveNotMet, exclusion_terrorism: 'not_met' }))).toBe('not_political_prisoner');
    expect(derivedConclusion(of({ ...fiveNotMet, criterion_e: 'unclear' }))).toBe('insufficient_information');
    const { criterion_e: _e, ...fourNotMet } = fiveNotMet;
    expect(derivedConclusion(of(fourNotMet))).toBe('insufficient_information');
  });

  it('does not let an unclear exclusion hide a met criterion', () => {
    expect(derivedConclusion(of({ criterion_b: 'met', exclusion_terrorism: 'unclear' }))).toBe('political_prisoner');
  });

  it('follows the rules for any set of findings, in any order (property)', () => {
    const findings = fc.uniqueArray(fc.record({ criterion: fc.constantFrom(...pace1900Criterion.codes), finding: fc.constantFrom(...assessmentFinding.codes) }), { selector: (f) => f.criterion, maxLength: 6 });
    fc.assert(
      fc.property(findings, fc.nat(), (list: Findings, seed) => {
        const paceCriteria = list.map((f, i) => CriterionFinding.parse({ id: uid(8000 + i), ...f }));
        const get = (c: string) => list.find((f) => f.criterion === c)?.finding;
        const five = ['criterion_a', 'criterion_b', 'criterion_c', 'criterion_d', 'criterion_e'];
        const expected =
          get('exclusion_terrorism') === 'met' ? 'excluded_terrorism' : five.some((c) => get(c) === 'met') ? 'political_prisoner' : five.every((c) => get(c) === 'not_met') ? 'not_political_prisoner' : 'insufficient_information';
        expect(derivedConclusion({ paceCriteria })).toBe(expected);
        const rotated = [...paceCriteria.slice(seed % (paceCriteria.length || 1)), ...paceCriteria.slice(0, seed % (paceCriteria.length || 1))];
        expect(derivedConclusion({ paceCriteria: rotated })).toBe(expected);
      }),
    );
  });
});

describe('effectiveConclusion', () => {
  it('is the override when there is one, otherwise the derived conclusion', () => {
    const findings = of({ criterion_a: 'met' });
    expect(effectiveConclusion(findings)).toBe('political_prisoner');
    expect(effectiveConclusion({ ...findings, conclusionOverride: 'prisoner_of_conscience' })).toBe('prisoner_of_conscience');
    expect(effectiveConclusion({ paceCriteria: [], conclusionOverride: 'under_review' })).toBe('under_review');
  });

  it('gives the fully filled sample its overridden conclusion', () => {
    const parsed = Assessment.parse(assessment.full);
    expect(derivedConclusion(parsed)).toBe('political_prisoner');
    expect(effectiveConclusion(parsed)).toBe('prisoner_of_conscience');
  });
});

describe('latestAssessment', () => {
  const at = (assessedOn: string, tag: string) => ({ assessedOn: FuzzyDate.parse(assessedOn), tag });

  it('is undefined for no assessments', () => {
    expect(latestAssessment([])).toBeUndefined();
  });

  it('takes the newest by date, whatever the order', () => {
    const list = [at('2021-11~', 'first'), at('2023-07-01', 'newest'), at('2022', 'middle')];
    expect(latestAssessment(list)?.tag).toBe('newest');
    expect(latestAssessment([...list].reverse())?.tag).toBe('newest');
  });

  it('orders dates of different precision by the range they cover: first day, then last day', () => {
    expect(latestAssessment([at('2023-12-31', 'day'), at('2023', 'year')])?.tag).toBe('day');
    expect(latestAssessment([at('2023-06', 'month'), at('2023-05/2023-07', 'range')])?.tag).toBe('month');
    expect(latestAssessment([at('2023-06-30', 'day'), at('2023-06', 'month'), at('2023-06/2023-08', 'range')])?.tag).toBe('day');
    expect(latestAssessment([at('2023-06/2023-08', 'range'), at('2023-06', 'month')])?.tag).toBe('range');
  });

  it('takes the later entry of two with the same date', () => {
    expect(latestAssessment([at('2023-07-01', 'a'), at('2023-07-01', 'b')])?.tag).toBe('b');
  });
});
