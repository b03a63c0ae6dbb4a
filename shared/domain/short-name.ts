import { z } from 'zod';

/**
 * A short name a person types and others read (a profile name, a saved view's name): trimmed, not
 * empty, at most 100 characters, no control characters (they would garble lists and the audit).
 */
export function shortName(whenEmpty: string) {
  return (
    z
      .string()
      .trim()
      .min(1, whenEmpty)
      .max(100, 'Use at most 100 characters')
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .refine((s) => !/[\u0000-\u001F\u007F]/.test(s), 'Names cannot contain control characters')
  );
}
