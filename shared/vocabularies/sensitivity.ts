import { z } from 'zod';
import { defineVocabulary, loc, term } from './types';

/**
 * Who may see a field. Ordered from least to most protected: a dossier for an audience cleared up
 * to level L may contain a field only if its sensitivity is at or below L (filtering itself comes
 * later; see design invariant 7).
 */
export const SENSITIVITY_LEVELS = ['public', 'restricted', 'confidential'] as const;
export const Sensitivity = z.enum(SENSITIVITY_LEVELS);
export type Sensitivity = z.infer<typeof Sensitivity>;

export const sensitivity = defineVocabulary({
  id: 'sensitivity',
  version: 1,
  title: loc('Sensitivity', 'Həssaslıq dərəcəsi', 'Степень конфиденциальности'),
  terms: [
    term('public', ['Public', 'Açıq', 'Открытый'], {
      description: loc('Safe for advocacy lists and public dossiers', 'Təbliğat siyahıları və açıq dosyelər üçün təhlükəsizdir', 'Допустимо для публичных списков и открытых досье'),
    }),
    term('restricted', ['Restricted', 'Məhdud', 'Ограниченный'], {
      description: loc('For the case team and trusted partners', 'İş qrupu və etibarlı tərəfdaşlar üçün', 'Для команды по делу и доверенных партнёров'),
    }),
    term('confidential', ['Confidential', 'Məxfi', 'Конфиденциальный'], {
      description: loc('Never leaves the vault except to those named on the case', 'İş üzrə adı çəkilənlərdən başqa heç kimə verilmir', 'Не передаётся никому, кроме указанных в деле лиц'),
    }),
  ],
});

/** Negative if a is less protected than b, 0 if equal, positive if more protected. */
export function compareSensitivity(a: Sensitivity, b: Sensitivity): number {
  return SENSITIVITY_LEVELS.indexOf(a) - SENSITIVITY_LEVELS.indexOf(b);
}

/** The more protected of the levels given (public for none). */
export function maxSensitivity(...levels: readonly Sensitivity[]): Sensitivity {
  return levels.reduce<Sensitivity>((acc, level) => (compareSensitivity(level, acc) > 0 ? level : acc), 'public');
}

/** Whether a field at `level` may be shown to an audience cleared up to `clearance`. */
export function isWithinClearance(level: Sensitivity, clearance: Sensitivity): boolean {
  return compareSensitivity(level, clearance) <= 0;
}

/**
 * Default sensitivity per kind of field. Identities and whereabouts of people who could be
 * harmed, health and lawyers' work are confidential; facts already in the public record of the
 * prosecution are public; everything else — including the person's own name, because not every
 * family wants publicity — is restricted until someone decides otherwise.
 */
export const FIELD_KIND_DEFAULTS = {
  // confidential
  'family-contact': 'confidential',
  health: 'confidential',
  'source-identity': 'confidential',
  'source-contact': 'confidential',
  'witness-identity': 'confidential',
  'witness-statement': 'confidential',
  address: 'confidential',
  'personal-contact': 'confidential',
  'lawyer-notes': 'confidential',
  'sexual-violence': 'confidential',
  // public
  facility: 'public',
  court: 'public',
  charges: 'public',
  sentence: 'public',
  'public-statements': 'public',
  recognition: 'public',
  // restricted
  'person-name': 'restricted',
  'birth-date': 'restricted',
  'place-of-birth': 'restricted',
  citizenship: 'restricted',
  occupation: 'restricted',
  affiliation: 'restricted',
  religion: 'restricted',
  ethnicity: 'restricted',
  'family-member': 'restricted',
  photo: 'restricted',
  'detention-details': 'restricted',
  'hearing-details': 'restricted',
  'treatment-incident': 'restricted',
  assessment: 'restricted',
  intervention: 'restricted',
  evidence: 'restricted',
  'note-task': 'restricted',
  'case-management': 'restricted',
  other: 'restricted',
} as const satisfies Record<string, Sensitivity>;

export type FieldKind = keyof typeof FIELD_KIND_DEFAULTS;
export const FIELD_KINDS = Object.keys(FIELD_KIND_DEFAULTS) as FieldKind[];
export const FieldKind = z.enum(FIELD_KINDS as [FieldKind, ...FieldKind[]]);

/** The level a new field of this kind starts at; unknown kinds are restricted. */
export function defaultSensitivity(fieldKind: FieldKind | (string & {})): Sensitivity {
  return Object.hasOwn(FIELD_KIND_DEFAULTS, fieldKind) ? FIELD_KIND_DEFAULTS[fieldKind as FieldKind] : 'restricted';
}
