import { createVault } from '../../main/core/vault/vault';
import { EXIT } from '../exit-codes';
import { println, type Io } from '../io';
import { newPassphrase } from '../secrets';
import { PROGRAM } from '../vault-access';

export async function init(io: Io, dir: string): Promise<number> {
  const passphrase = await newPassphrase(io, 'HABEAS_PASSPHRASE');
  println(io.stderr, 'Creating the vault: measuring this computer to tune the key derivation (a few seconds)…');
  const { vault, recoveryKey } = await createVault(dir, passphrase, { program: PROGRAM });
  await vault.close();
  println(io.stderr, `Vault created in ${dir}.`);
  println(io.stderr, 'Recovery key — shown only this once. Write it down or print it and keep it apart from this computer.');
  println(io.stderr, 'It opens the vault if the passphrase is forgotten; anyone holding it and the vault can read everything.');
  println(io.stdout, recoveryKey);
  return EXIT.ok;
}
