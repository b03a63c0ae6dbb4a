import { z } from 'zod';
import { CaseFile } from './case-file';

/**
 * A stored case as the app and CLI see it: the document plus what the vault knows about this
 * revision. `savedBy` is the profile name of whoever saved it (kept inside the encrypted record).
 */
export const CaseRecord = z.strictObject({
  id: z.uuid(),
  revision: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  savedBy: z.string().max(200).optional(),
  file: CaseFile,
});
export type CaseRecord = z.infer<typeof CaseRecord>;
