import { z } from 'zod';

/** Where the person stands today; the full detention history lives in later entities. */
export const CASE_STATUSES = ['detained', 'released', 'convicted', 'under_investigation', 'other'] as const;
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const CaseId = z.uuid();
export type CaseId = z.infer<typeof CaseId>;

const personName = z
  .string()
  .trim()
  .min(1, 'Enter a name')
  .max(300, 'Names are limited to 300 characters')
  // Control characters never belong in a name; refusing them keeps exports and lists clean.
  .refine((s) => ![...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f), 'Names cannot contain control characters');

/** What a user edits: the name in Latin script (transliteration) and, optionally, in the native script. */
export const CaseDraft = z.strictObject({
  nameLatin: personName,
  nameNative: personName.optional(),
  status: CaseStatus,
});
export type CaseDraft = z.infer<typeof CaseDraft>;
