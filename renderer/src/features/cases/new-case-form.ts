import { CaseDraft, type CaseStatus } from '../../../../shared/domain/case';

/** What the "New case" dialog holds: raw strings as typed. */
export interface CaseFormValues {
  nameLatin: string;
  nameNative: string;
  status: CaseStatus;
}

export type CaseField = keyof CaseFormValues;
export type CaseProblem = 'nameRequired' | 'nameTooLong' | 'nameControlChars' | 'statusRequired' | 'invalid';
export type CaseFormErrors = Partial<Record<CaseField, CaseProblem>>;

export const EMPTY_CASE_FORM: CaseFormValues = { nameLatin: '', nameNative: '', status: 'detained' };

const FIELDS: readonly CaseField[] = ['nameLatin', 'nameNative', 'status'];

function isField(value: unknown): value is CaseField {
  return typeof value === 'string' && (FIELDS as readonly string[]).includes(value);
}

/**
 * Validates with the shared CaseDraft schema (the same one main parses with), mapping each zod
 * issue to a translatable problem. An empty native name means "not recorded".
 */
export function validateCaseForm(values: CaseFormValues): { ok: true; draft: CaseDraft } | { ok: false; errors: CaseFormErrors } {
  const input: Record<string, unknown> = { nameLatin: values.nameLatin, status: values.status };
  if (values.nameNative.trim() !== '') input.nameNative = values.nameNative;
  const result = CaseDraft.safeParse(input);
  if (result.success) return { ok: true, draft: result.data };
  const errors: CaseFormErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (!isField(field) || errors[field]) continue;
    if (field === 'status') errors.status = 'statusRequired';
    else if (issue.code === 'too_small') errors[field] = 'nameRequired';
    else if (issue.code === 'too_big') errors[field] = 'nameTooLong';
    else if (issue.code === 'custom') errors[field] = 'nameControlChars';
    else errors[field] = 'invalid';
  }
  return { ok: false, errors };
}

export function firstErrorField(errors: CaseFormErrors): CaseField | null {
  return FIELDS.find((f) => errors[f]) ?? null;
}
