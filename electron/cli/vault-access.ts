import { readSettings } from '../main/core/session/settings';
import { CaseRepository } from '../main/core/cases/case-repository';
import { openVault, type Vault } from '../main/core/vault/vault';
import { println, type Io } from './io';
import { currentPassphrase } from './secrets';

const PROGRAM = 'the habeas command line';

/**
 * Opens the vault, runs `work`, and always closes it (zeroing keys, releasing the writer lock).
 * Read-only opens take no lock, so listing and verifying work while the app has the vault open.
 */
export async function withVault<T>(
  io: Io,
  dir: string,
  mode: 'read' | 'write',
  work: (vault: Vault, cases: CaseRepository) => Promise<T>,
  knownPassphrase?: string,
): Promise<T> {
  const passphrase = knownPassphrase ?? (await currentPassphrase(io));
  const vault = await openVault(dir, passphrase, { readOnly: mode === 'read', program: PROGRAM });
  try {
    for (const damage of vault.damage) {
      const what = damage.record ? `record ${damage.record.id} (revision ${damage.record.rev})` : `${damage.length} bytes at ${damage.segment}:${damage.offset}`;
      println(io.stderr, `habeas: warning: ${what} is damaged and was skipped; run 'habeas verify' for details.`);
    }
    const cases = await CaseRepository.open(vault);
    try {
      return await work(vault, cases);
    } finally {
      await cases.close();
    }
  } finally {
    await vault.close();
  }
}

export { PROGRAM };

/** Who the command line records as "saved by" (and as custody actor): the vault's profile name, else this. */
const CLI_PROFILE = 'command line';
export const savedBy = (vault: Vault) => readSettings(vault).profileName ?? CLI_PROFILE;
