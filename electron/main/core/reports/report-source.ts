import type { CaseFile } from '../../../../shared/case-model';
import type { Exhibit } from '../../../../shared/exhibits';
import type { CaseRepository } from '../cases/case-repository';
import type { ExhibitRepository } from '../exhibits/exhibit-repository';
import type { Vault } from '../vault/vault';

/** What reports read from an open vault; the app and the command line give the same one. */
export interface ReportSource {
  /** Short key-derived name of the vault for footers (Vault.fingerprint). */
  fingerprint(): string;
  /** A keyed reference printed instead of a case's id (Vault.reference): ids are readable on disk. */
  caseReference(id: string): string;
  /** The latest revision of a case (throws NOT_FOUND). */
  caseFile(id: string): CaseFile;
  /** Every readable case, in the vault's list order. */
  caseIds(): string[];
  exhibitsOf(caseId: string): Exhibit[];
}

export function vaultReportSource(vault: Vault, cases: CaseRepository, exhibits: ExhibitRepository): ReportSource {
  return {
    fingerprint: () => vault.fingerprint(),
    caseReference: (id) => vault.reference(id),
    caseFile: (id) => cases.get(id).file,
    caseIds: () => cases.list().map((c) => c.id),
    exhibitsOf: (caseId) => exhibits.list(caseId),
  };
}
