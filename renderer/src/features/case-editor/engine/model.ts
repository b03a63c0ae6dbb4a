import type { z } from 'zod';
import {
  Affiliation,
  Assessment,
  CaseFile,
  Charge,
  CriterionFinding,
  Deadline,
  DetentionEpisode,
  FamilyContact,
  Hearing,
  Intervention,
  MeasureOrder,
  Note,
  Organisation,
  Perpetrator,
  Person,
  PersonName,
  Placement,
  Proceeding,
  Recognition,
  Sentence,
  SentenceModification,
  Source,
  TreatmentIncident,
  WgadFinding,
  type FieldSpec,
} from '../../../../../shared/case-model';
import type { AnySpec, EditProblem, EntityValue } from './types';

/** The zod schema of each entity spec, by spec name: what the editor validates an edit with. */
export const ENTITY_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  caseFile: CaseFile,
  person: Person,
  personName: PersonName,
  affiliation: Affiliation,
  familyContact: FamilyContact,
  organisation: Organisation,
  detention: DetentionEpisode,
  measureOrder: MeasureOrder,
  placement: Placement,
  proceeding: Proceeding,
  charge: Charge,
  hearing: Hearing,
  sentence: Sentence,
  sentenceModification: SentenceModification,
  incident: TreatmentIncident,
  perpetrator: Perpetrator,
  assessment: Assessment,
  criterionFinding: CriterionFinding,
  wgadFinding: WgadFinding,
  recognition: Recognition,
  intervention: Intervention,
  deadline: Deadline,
  source: Source,
  note: Note,
};

export function schemaOf(spec: AnySpec): z.ZodType {
  const schema = ENTITY_SCHEMAS[spec.name];
  if (!schema) throw new Error(`No schema for entity spec ${spec.name}`);
  return schema;
}

function shapeOf(spec: AnySpec): Record<string, z.ZodType> | undefined {
  const shape = (schemaOf(spec) as unknown as { shape?: Record<string, z.ZodType> }).shape;
  return shape;
}

/** Fields that must have a value (optional fields and lists with a default do not). */
export function requiredKeys(spec: AnySpec): Set<string> {
  const shape = shapeOf(spec);
  const keys = new Set<string>();
  if (!shape) return keys;
  for (const key of Object.keys(spec.fields)) {
    const field = shape[key];
    if (field && !field.isOptional()) keys.add(key);
  }
  return keys;
}

const LIST_INPUTS = new Set<FieldSpec['input']>(['lines', 'vocabs', 'links', 'entities']);

/** A fresh entry: a new id, empty lists, nothing else (so nothing is chosen for the user). */
export function newEntity(spec: AnySpec): EntityValue {
  const value: Record<string, unknown> = { id: crypto.randomUUID() };
  for (const [key, field] of Object.entries(spec.fields) as Array<[string, FieldSpec]>) {
    if (LIST_INPUTS.has(field.input)) value[key] = [];
  }
  return value;
}

/** Structural equality for field values (plain data: strings, numbers, arrays, objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A copy of `entity` with `key` set, or left out when `value` is undefined. */
export function withField<T extends EntityValue>(entity: T, key: string, value: unknown): T {
  const next: Record<string, unknown> = { ...entity };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next as T;
}

type Issue = z.core.$ZodIssue;

function issueKey(issue: Issue): string {
  return `${issue.path.map(String).join('.')}|${issue.message}`;
}

function toProblem(issue: Issue, spec: AnySpec | undefined): EditProblem {
  const params: Record<string, unknown> = {};
  if ('maximum' in issue && typeof issue.maximum === 'number') params.max = issue.maximum;
  if ('minimum' in issue && typeof issue.minimum === 'number') params.min = issue.minimum;
  return { path: issue.path, message: issue.message, params, ...(spec ? { spec } : {}) };
}

/**
 * The first schema issue `next` has that `old` did not. Issues a record already had (an older
 * record, or a new entry still being filled in) never block an unrelated edit.
 */
export function newProblem(schema: z.ZodType, old: unknown, next: unknown, spec?: AnySpec): EditProblem | null {
  const after = schema.safeParse(next);
  if (after.success) return null;
  const before = schema.safeParse(old);
  const known = new Set(before.success ? [] : before.error.issues.map(issueKey));
  const fresh = after.error.issues.find((issue) => !known.has(issueKey(issue)));
  return fresh ? toProblem(fresh, spec) : null;
}

/** Every issue of a value (for entries still being filled in), as problems. */
export function problemsOf(spec: AnySpec, value: unknown): EditProblem[] {
  const result = schemaOf(spec).safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => toProblem(issue, spec));
}
