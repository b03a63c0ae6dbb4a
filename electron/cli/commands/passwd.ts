import { openVaultWithRecoveryKey } from '../../main/core/vault/vault';
import { EXIT } from '../exit-codes';
import { println, type Io } from '../io';
import { currentPassphrase, newPassphrase, recoveryKey } from '../secrets';
import { PROGRAM, withVault } from '../vault-access';

/** Change the passphrase: only the header is rewritten, records stay as they are. */
export async function passwd(io: Io, dir: string): Promise<number> {
  const current = await currentPassphrase(io);
  const next = await newPassphrase(io, 'HABEAS_NEW_PASSPHRASE');
  await withVault(io, dir, 'write', (vault) => vault.changePassphrase(current, next), current);
  println(io.stderr, 'Passphrase changed. The recovery key is unchanged.');
  return EXIT.ok;
}

/** Forgotten passphrase: open with the recovery key and set a new passphrase. */
export async function recover(io: Io, dir: string): Promise<number> {
  const key = await recoveryKey(io);
  const next = await newPassphrase(io, 'HABEAS_NEW_PASSPHRASE');
  const vault = await openVaultWithRecoveryKey(dir, key, next, { program: PROGRAM });
  await vault.close();
  println(io.stderr, 'New passphrase set. The recovery key still works; keep it safe.');
  return EXIT.ok;
}
