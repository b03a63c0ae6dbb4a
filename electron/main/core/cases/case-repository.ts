import { randomUUID } from 'node:crypto';
import { CaseDraft, CaseRecord } from '../../../../shared/domain/case';
import { HabeasError } from '../../../../shared/ipc/errors';
import type { RecordRevision, Vault } from '../vault/vault';

/** Record type and schema version of a case as stored in the vault. */
export const CASE_TYPE = 'case';
export const CASE_SCHEMA = 1;

/** What a case revision stores: the draft plus its creation time (revision and save time come from the log). */
const StoredCase = CaseDraft.extend({ createdAt: CaseRecord.shape.createdAt });

function toRecord(revision: RecordRevision): CaseRecord {
  const stored = StoredCase.parse(revision.data);
  return CaseRecord.parse({ ...stored, id: revision.id, revision: revision.rev, updatedAt: revision.savedAt });
}

export class CaseRepository {
  constructor(private readonly vault: Vault) {}

  list(): CaseRecord[] {
    return this.vault
      .latest(CASE_TYPE)
      .map(toRecord)
      .sort((a, b) => a.nameLatin.localeCompare(b.nameLatin));
  }

  get(id: string): CaseRecord {
    const revision = this.vault.get(id);
    if (!revision || revision.type !== CASE_TYPE) throw new HabeasError('NOT_FOUND', 'No case with this id exists in the vault.');
    return toRecord(revision);
  }

  async create(draft: CaseDraft): Promise<CaseRecord> {
    const parsed = CaseDraft.parse(draft);
    const revision = await this.vault.put(CASE_TYPE, randomUUID(), CASE_SCHEMA, { ...parsed, createdAt: new Date().toISOString() }, 0);
    return toRecord(revision);
  }

  async update(id: string, baseRevision: number, draft: CaseDraft): Promise<CaseRecord> {
    const current = this.get(id);
    const parsed = CaseDraft.parse(draft);
    const revision = await this.vault.put(CASE_TYPE, id, CASE_SCHEMA, { ...parsed, createdAt: current.createdAt }, baseRevision);
    return toRecord(revision);
  }

  history(id: string): CaseRecord[] {
    return this.vault.history(id).map(toRecord);
  }
}
