import type { CaseFile } from '../../../../shared/case-model';
import { chargeSpec, criterionFindingSpec, hearingSpec, incidentSpec, interventionSpec, sourceSpec } from '../../../../shared/case-model';
import type { ExhibitLink } from '../../../../shared/exhibits';
import type { Lang } from '../../../../shared/vocabularies';
import { summaryOf } from '../case-editor/engine/display';
import type { AnySpec, EntityValue } from '../case-editor/engine/types';

export type LinkKind = ExhibitLink['kind'];

export interface LinkChoice {
  readonly kind: LinkKind;
  readonly id: string;
  readonly label: string;
}

const describe = (spec: unknown, value: unknown, lang: Lang, fallback: string) => summaryOf(spec as AnySpec, value as EntityValue, lang) || fallback;

/**
 * Everything in the case an exhibit can be linked to, by kind, each with the one-line summary the
 * editor shows for it (hearings and charges prefixed by their proceeding's number, so two
 * proceedings' hearings on the same day are told apart).
 */
export function linkChoices(file: CaseFile, lang: Lang, untitled: (n: number) => string): LinkChoice[] {
  const proceedings = file.proceedings.flatMap((p, i) => {
    const prefix = `${p.caseNumber ?? untitled(i + 1)} · `;
    return [
      ...p.charges.map((c, j) => ({ kind: 'charge' as const, id: c.id, label: prefix + describe(chargeSpec, c, lang, untitled(j + 1)) })),
      ...p.hearings.map((h, j) => ({ kind: 'hearing' as const, id: h.id, label: prefix + describe(hearingSpec, h, lang, untitled(j + 1)) })),
    ];
  });
  return [
    ...proceedings.filter((c) => c.kind === 'charge'),
    ...proceedings.filter((c) => c.kind === 'hearing'),
    ...file.incidents.map((x, i) => ({ kind: 'incident' as const, id: x.id, label: describe(incidentSpec, x, lang, untitled(i + 1)) })),
    ...file.sources.map((x, i) => ({ kind: 'source' as const, id: x.id, label: describe(sourceSpec, x, lang, untitled(i + 1)) })),
    ...file.interventions.map((x, i) => ({ kind: 'intervention' as const, id: x.id, label: describe(interventionSpec, x, lang, untitled(i + 1)) })),
    ...file.assessments.flatMap((a) => a.paceCriteria.map((f, i) => ({ kind: 'assessment_criterion' as const, id: f.id, label: describe(criterionFindingSpec, f, lang, untitled(i + 1)) }))),
  ];
}

/** The choice a stored link points at, or null when that entry was deleted from the case since. */
export function choiceFor(choices: readonly LinkChoice[], link: ExhibitLink): LinkChoice | null {
  return choices.find((c) => c.kind === link.kind && c.id === link.id) ?? null;
}
