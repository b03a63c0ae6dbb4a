import type { CaseFile } from '../../../../shared/case-model';

/**
 * What every section of the case editor receives. `commit` hands back the whole next document
 * after a committed edit (a field left, a choice made, an entry added); the editor saves it
 * durably and answers with the acknowledged document, which arrives here as the next `file`.
 */
export interface SectionProps {
  readonly file: CaseFile;
  readonly commit: (next: CaseFile) => void;
  /** True while showing an old revision or when the vault is read-only. */
  readonly readOnly?: boolean;
}
