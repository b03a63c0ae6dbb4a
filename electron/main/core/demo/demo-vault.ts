import type { CaseFile } from '../../../../shared/case-model';
import { CaseRepository } from '../cases/case-repository';
import type { KdfProfile } from '../crypto/kdf';
import { createVault } from '../vault/vault';
import { generateCases } from './generate';

/** How many cases `habeas demo` writes: enough to fill every field of the model several times over. */
export const DEMO_CASE_COUNT = 40;
/** The seed of the demo vault, so every demo vault holds the same cases (screenshots, docs, bug reports). */
export const DEMO_SEED = 2014;
/** Who the demo cases were saved by, in history and the audit log. */
export const DEMO_SAVED_BY = 'Habeas demo generator';

export interface DemoVaultOptions {
  /** Default DEMO_CASE_COUNT. */
  count?: number;
  /** Default DEMO_SEED. */
  seed?: number;
  /** The demo vault is a real vault: the standard profile unless a test asks for the cheap one. */
  kdfProfile?: KdfProfile;
  /** Shown to a second program that finds the vault in use. */
  program?: string;
  /** Default DEMO_SAVED_BY. */
  savedBy?: string;
}

export interface DemoVault {
  /** The new vault's recovery key (the demo vault is a real vault: show it as `init` does). */
  recoveryKey: string;
  /** Ids of the cases written, in generation order. */
  caseIds: string[];
}

/**
 * Creates a vault in `dir` (which must be missing or empty, as for `createVault`) and writes
 * synthetic, clearly fictional cases with every section filled, in one durable flush. The vault is
 * closed again before this returns, also when writing fails.
 */
export async function createDemoVault(dir: string, passphrase: string, options: DemoVaultOptions = {}): Promise<DemoVault> {
  const files: CaseFile[] = generateCases({ count: options.count ?? DEMO_CASE_COUNT, seed: options.seed ?? DEMO_SEED, fill: 'full' });
  const { vault, recoveryKey } = await createVault(dir, passphrase, {
    ...(options.kdfProfile !== undefined ? { kdfProfile: options.kdfProfile } : {}),
    ...(options.program !== undefined ? { program: options.program } : {}),
  });
  try {
    const records = await new CaseRepository(vault).createMany(files, options.savedBy ?? DEMO_SAVED_BY);
    return { recoveryKey, caseIds: records.map((r) => r.id) };
  } finally {
    await vault.close();
  }
}
