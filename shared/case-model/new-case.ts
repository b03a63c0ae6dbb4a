import type { CaseDraft } from '../domain/case';
import { CASE_SCHEMA_VERSION, CaseFile } from './case-file';
import { scriptOf } from './script';

/** Random ids from the platform (Web Crypto exists in Node 20 and in the renderer). */
export const randomId = (): string => (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto.randomUUID();

/**
 * A new case file from its first facts: the name in Latin script (the one lists use), optionally
 * the native-script name, and the status. Everything else starts empty.
 */
export function newCaseFile(draft: CaseDraft, newId: () => string = randomId): CaseFile {
  const names = [{ id: newId(), full: draft.nameLatin, use: 'primary' as const, script: 'latin' as const }];
  const native = draft.nameNative === undefined ? [] : [{ id: newId(), full: draft.nameNative, use: 'native' as const, script: scriptOf(draft.nameNative) }];
  return CaseFile.parse({ schemaVersion: CASE_SCHEMA_VERSION, id: newId(), status: draft.status, person: { id: newId(), names: [...names, ...native] } });
}
