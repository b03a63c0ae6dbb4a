/**
 * Case documents for list tests: one call per case with the facts the list shows, turned into a
 * valid CaseFile input (ids, one detention with a placement, one proceeding with charges and a
 * sentence, an assessment and recognitions).
 */
import type { CaseFileInput } from '../../shared/case-model/case-file';
import type { CaseStatus } from '../../shared/domain/case';
import type { CodeOf } from '../../shared/vocabularies';

export interface CaseFacts {
  name: string;
  /** Further names (native script, transliterations). */
  otherNames?: string[];
  status?: CaseStatus;
  categories?: Array<CodeOf<'profile_category'>>;
  arrestedOn?: string;
  releasedOn?: string;
  /** Articles of the 1999 Azerbaijani Criminal Code, e.g. '234.4.3'. */
  articles?: string[];
  facility?: string;
  court?: string;
  sentence?: { type: CodeOf<'sentence_type'>; years?: number; months?: number };
  /** 'political_prisoner' (criterion a met) or 'not_political_prisoner' (all five not met). */
  conclusion?: 'political_prisoner' | 'not_political_prisoner';
  recognisedBy?: Array<CodeOf<'recognising_body'>>;
  summary?: string;
}

let counter = 0;
/** A fresh UUID-shaped id (v4 layout), deterministic per test run. */
export function fixtureId(): string {
  counter += 1;
  const hex = counter.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

export function caseFile(facts: CaseFacts): CaseFileInput {
  const names = [
    { id: fixtureId(), full: facts.name, use: 'primary' as const },
    ...(facts.otherNames ?? []).map((full) => ({ id: fixtureId(), full, use: /[\u0400-\u04FF]/.test(full) ? ('native' as const) : ('transliteration' as const) })),
  ];
  const detentionId = fixtureId();
  const detained = facts.arrestedOn !== undefined || facts.facility !== undefined || facts.releasedOn !== undefined;
  const prosecuted = facts.articles !== undefined || facts.court !== undefined || facts.sentence !== undefined;
  const criteria = ['criterion_a', 'criterion_b', 'criterion_c', 'criterion_d', 'criterion_e'] as const;
  return {
    schemaVersion: 2,
    id: fixtureId(),
    status: facts.status ?? 'detained',
    ...(facts.summary !== undefined ? { summary: facts.summary } : {}),
    person: { id: fixtureId(), names, categories: facts.categories ?? [] },
    detentions: detained
      ? [
          {
            id: detentionId,
            ...(facts.arrestedOn !== undefined ? { arrestedOn: facts.arrestedOn } : {}),
            ...(facts.releasedOn !== undefined ? { releasedOn: facts.releasedOn } : {}),
            placements: facts.facility !== undefined ? [{ id: fixtureId(), facilityName: facts.facility }] : [],
          },
        ]
      : [],
    proceedings: prosecuted
      ? [
          {
            id: fixtureId(),
            ...(facts.court !== undefined ? { court: facts.court } : {}),
            detentionIds: detained ? [detentionId] : [],
            charges: (facts.articles ?? []).map((article) => ({ id: fixtureId(), article: { jurisdiction: 'AZ', code: 'criminal', version: '1999', article } })),
            sentences: facts.sentence
              ? [{ id: fixtureId(), type: facts.sentence.type, term: { ...(facts.sentence.years ? { years: facts.sentence.years } : {}), ...(facts.sentence.months ? { months: facts.sentence.months } : {}) } }]
              : [],
          },
        ]
      : [],
    assessments: facts.conclusion
      ? [
          {
            id: fixtureId(),
            assessedOn: '2024-01-15',
            assessor: 'Test monitor',
            paceCriteria:
              facts.conclusion === 'political_prisoner'
                ? [{ id: fixtureId(), criterion: 'criterion_a', finding: 'met' }]
                : criteria.map((criterion) => ({ id: fixtureId(), criterion, finding: 'not_met' })),
          },
        ]
      : [],
    recognitions: (facts.recognisedBy ?? []).map((body) => ({ id: fixtureId(), body })),
  };
}
