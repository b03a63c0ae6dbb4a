import { z } from 'zod';
import { tryParseEdtf } from './edtf';

/**
 * A date with precision in its stored form (see edtf.ts): `2013`, `2013-05`, `2013-05-12~`,
 * `2013-05/2014-06?`, `2013/..`. Accepts exactly what parseEdtf accepts; the message says what to fix.
 */
export const FuzzyDate = z
  .string({ error: 'A date must be text' })
  .superRefine((s, ctx) => {
    const r = tryParseEdtf(s);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
  })
  .brand<'FuzzyDate'>();
export type FuzzyDate = z.infer<typeof FuzzyDate>;
