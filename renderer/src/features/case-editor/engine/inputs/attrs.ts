import type { FieldHandle } from '../types';

/** The attributes every input shares: label target, validity, descriptions, test hook. */
export function inputAttrs(field: FieldHandle, extraDescribedBy?: string) {
  const describedBy = [field.describedBy, extraDescribedBy].filter(Boolean).join(' ') || undefined;
  return {
    id: field.id,
    'aria-invalid': field.invalid || undefined,
    'aria-describedby': describedBy,
    'aria-required': field.required || undefined,
    'data-field': field.path,
  } as const;
}
