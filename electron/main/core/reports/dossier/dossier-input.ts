import type { AudienceCase, AudienceExhibits, DossierOptions } from '../../../../../shared/reports';

/** Everything a dossier is laid out from: data already filtered for its audience, nothing else. */
export interface DossierInput {
  readonly view: AudienceCase;
  readonly exhibits: AudienceExhibits;
  readonly options: DossierOptions;
  /** ISO date-time printed on the cover and stored as the PDF's creation date. */
  readonly generatedAt: string;
  /**
   * What the dossier calls the case (cover, footer, file id): a keyed reference, never the case's
   * id, which is readable in the vault's files (see Vault.reference).
   */
  readonly caseReference: string;
  /** Short fingerprint of the vault, derived from its key (see Vault.fingerprint). */
  readonly vaultFingerprint: string;
}

export type Progress = (done: number, total: number) => void;
