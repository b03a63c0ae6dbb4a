import { z } from 'zod';
import { CaseStatus } from '../domain/case';
import { CASE_SCHEMA_VERSION, CaseFile } from './case-file';
import { scriptOf } from './script';

/**
 * Case documents written by older versions of Habeas, and how each becomes the current one. A
 * migration never guesses: what the old format did not record stays empty. Ids it must invent are
 * derived from the case id, so reading the same old revision twice gives the same document (and
 * history diffs across the upgrade show only real changes).
 */

/** Schema 1 (the spine, Nov 2026): a name in Latin script, optionally in native script, and a status. */
export const CaseFileV1 = z.object({
  nameLatin: z.string(),
  nameNative: z.string().optional(),
  status: CaseStatus,
});
export type CaseFileV1 = z.infer<typeof CaseFileV1>;

/** A stable id for the n-th entity a migration creates in case `caseId`. */
export function derivedId(caseId: string, n: number): string {
  // XOR with a distinct non-zero mask per n (0x9e37 is odd, so n+1 ↦ mask is one-to-one mod 2^16):
  // never equal to the case id itself, and distinct for the first 65,535 entities.
  const mask = (((n + 1) * 0x9e37) & 0xffff) || 1;
  const tail = (parseInt(caseId.slice(-4), 16) ^ mask).toString(16).padStart(4, '0');
  return `${caseId.slice(0, -4)}${tail}`;
}

function fromV1(id: string, v1: CaseFileV1): unknown {
  const names = [{ id: derivedId(id, 1), full: v1.nameLatin, use: 'primary', script: 'latin' }];
  if (v1.nameNative !== undefined) names.push({ id: derivedId(id, 2), full: v1.nameNative, use: 'native', script: scriptOf(v1.nameNative) });
  return { schemaVersion: 2, id, status: v1.status, person: { id: derivedId(id, 0), names } };
}

export class UnsupportedSchemaError extends Error {
  override name = 'UnsupportedSchemaError';
}

/**
 * Parses a stored or imported case document of any known version into the current CaseFile.
 * Throws a ZodError (with paths) for a malformed document, UnsupportedSchemaError for a version
 * this build does not know (written by a newer Habeas).
 */
export function upgradeCaseFile(schemaVersion: number, id: string, data: unknown): CaseFile {
  if (schemaVersion === CASE_SCHEMA_VERSION) return CaseFile.parse(data);
  if (schemaVersion === 1) return CaseFile.parse(fromV1(id, CaseFileV1.parse(data)));
  throw new UnsupportedSchemaError(`This case was written in format ${schemaVersion}, which this version of Habeas does not know. Update Habeas to open it.`);
}
