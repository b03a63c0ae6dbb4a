import { defaultSensitivity, maxSensitivity, type Sensitivity } from '../vocabularies/sensitivity';
import type { EntitySpec, FieldSpec } from './fields';

/**
 * Sensitivity of the case model's fields, in one place for the timeline now and the dossier
 * filter later (design invariant 7).
 */
export type Overrides = Partial<Record<string, Sensitivity>> | undefined;
export interface Sensitive {
  readonly sensitivity?: Overrides;
}

/**
 * The effective sensitivity of one field: its own level (the user's choice, else the default of its
 * kind), raised by any level the user set on a field that contains it (marking "Detentions"
 * confidential makes every date inside confidential). Defaults of containers do not cascade: the
 * facility of a placement stays public though detentions as a whole default to restricted.
 */
export function effectiveFieldSensitivity(entity: Sensitive, spec: EntitySpec<object>, field: string, inherited: readonly Sensitivity[] = []): Sensitivity {
  const fieldSpec = (spec.fields as Readonly<Record<string, FieldSpec>>)[field];
  const own = entity.sensitivity?.[field] ?? (fieldSpec ? defaultSensitivity(fieldSpec.kind) : 'restricted');
  return maxSensitivity(own, ...inherited);
}

