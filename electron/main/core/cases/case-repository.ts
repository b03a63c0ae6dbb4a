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
  // Only the decrypted payload needs validating; id, revision and save time come from the log itself.
  const stored = StoredCase.parse(revision.data);
  return { ...stored, id: revision.id, revision: revision.rev, updatedAt: revision.savedAt };
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export class CaseRepository {
  /** Validated records per stored revision object: revisions are immutable, so this never goes stale. */
  private readonly parsed = new WeakMap<RecordRevision, CaseRecord>();

  constructor(private readonly vault: Vault) {}

  private record(revision: RecordRevision): CaseRecord {
    let record = this.parsed.get(revision);
    if (!record) {
      record = toRecord(revision);
      this.parsed.set(revision, record);
    }
    return record;
  }

  list(): CaseRecord[] {
    return this.vault
      .latest(CASE_TYPE)
      .map((revision) => this.record(revision))
      .sort((a, b) => byName.compare(a.nameLatin, b.nameLatin));
  }

  get(id: string): CaseRecord {
    const revision = this.vault.get(id);
    if (!revision && this.vault.hasRevisions(id)) {
      throw new HabeasError('RECORD_DAMAGED', 'Every saved version of this case is damaged and cannot be read. Restore the vault from a backup; run “habeas verify” for details.');
    }
    if (!revision || revision.type !== CASE_TYPE) throw new HabeasError('NOT_FOUND', 'No case with this id exists in the vault.');
    return this.record(revision);
  }

  async create(draft: CaseDraft): Promise<CaseRecord> {
    const parsed = CaseDraft.parse(draft);
    const revision = await this.vault.put(CASE_TYPE, randomUUID(), CASE_SCHEMA, { ...parsed, createdAt: new Date().toISOString() }, 0);
    return toRecord(revision);
  }

  /** Many new cases with one durable flush (generators, imports). */
  async createMany(drafts: readonly CaseDraft[]): Promise<CaseRecord[]> {
    const createdAt = new Date().toISOString();
    const revisions = await this.vault.putMany(
      drafts.map((draft) => ({ type: CASE_TYPE, id: randomUUID(), schema: CASE_SCHEMA, data: { ...CaseDraft.parse(draft), createdAt }, expectedRevision: 0 })),
    );
    return revisions.map(toRecord);
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
