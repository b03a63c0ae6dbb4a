import type { CaseRecord } from '../../../../shared/case-model/record';
import type { CaseDraft } from '../../../../shared/domain/case';
import { currentGeneration, putAcknowledged } from '../../db/working-set';
import { api, call } from '../../lib/api';

/**
 * Writes go to main first. Only the record main returns — written durably to the vault — is put
 * into the working set, so the list never shows something the vault does not have.
 */
export async function createCase(draft: CaseDraft): Promise<CaseRecord> {
  const started = currentGeneration();
  const record = await call(() => api.cases.create(draft));
  return putAcknowledged(record, started);
}
