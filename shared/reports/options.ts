import { z } from 'zod';
import { CaseStatus } from '../domain/case';
import { VOCABULARIES } from '../vocabularies';
import { LANGS } from '../vocabularies/types';
import { Audience } from './audience';

/** Languages the labels of a PDF can be in (the data stays in the language it was written in). */
export const ReportLang = z.enum(LANGS);
export type ReportLang = z.infer<typeof ReportLang>;

/** Parts of a case dossier, in the order they are printed. The cover and contents always come first. */
export const DOSSIER_SECTIONS = [
  'profile',
  'detention',
  'proceedings',
  'sentence',
  'treatment',
  'assessment',
  'findings',
  'interventions',
  'sources',
  'exhibits',
  'timeline',
] as const;
export const DossierSection = z.enum(DOSSIER_SECTIONS);
export type DossierSection = z.infer<typeof DossierSection>;

/**
 * Fixes the creation date printed on the cover and stored in the PDF, so the same data gives the
 * same bytes (for reproducible submissions and for tests). Without it, the time of generation.
 */
const FixedDate = z.iso.datetime({ error: 'Give the date as an ISO date-time, e.g. 2026-01-31T12:00:00Z' });

export const DossierOptions = z.strictObject({
  audience: Audience,
  lang: ReportLang.default('en'),
  sections: z
    .array(DossierSection)
    .min(1, 'Choose at least one section')
    .max(DOSSIER_SECTIONS.length)
    .refine((list) => new Set(list).size === list.length, 'Name each section once')
    .default([...DOSSIER_SECTIONS]),
  fixedDate: FixedDate.optional(),
});
export type DossierOptions = z.infer<typeof DossierOptions>;
export type DossierOptionsInput = z.input<typeof DossierOptions>;

/** Which cases a list report covers: the same filters as the case list (all of them ANDed). */
export const ReportFilters = z.strictObject({
  statuses: z.array(CaseStatus).max(20).default([]),
  categories: z.array(VOCABULARIES.profile_category.schema).max(50).default([]),
  /** Article keys or bare article numbers ("234.4.3" matches every code version). */
  articles: z.array(z.string().min(1).max(100)).max(50).default([]),
  /** Exactly these cases (the app's current filtered list); empty = every case that passes the filters. */
  caseIds: z.array(z.uuid()).max(20_000).default([]),
});
export type ReportFilters = z.infer<typeof ReportFilters>;

export const ReportOptions = z.strictObject({
  audience: Audience,
  lang: ReportLang.default('en'),
  filters: ReportFilters.default({ statuses: [], categories: [], articles: [], caseIds: [] }),
  title: z.string().trim().min(1).max(200).optional(),
  fixedDate: FixedDate.optional(),
});
export type ReportOptions = z.infer<typeof ReportOptions>;
export type ReportOptionsInput = z.input<typeof ReportOptions>;
