import { promises as fs } from 'node:fs';
import { HabeasError } from '../../../shared/ipc/errors';
import { createDemoVault } from '../../main/core/demo/demo-vault';
import { DEMO_REFERENCE_PREFIX } from '../../main/core/demo/generate';
import { EXIT } from '../exit-codes';
import { println, type Io } from '../io';
import { newPassphrase } from '../secrets';
import { PROGRAM } from '../vault-access';

/**
 * Refuses a folder that holds anything: synthetic cases must never land in (or beside) a real
 * vault. Checked before the passphrase is asked for. A lone head.json is what an interrupted
 * creation leaves, and createVault starts over from it, so it is allowed here too.
 */
async function assertNewFolder(dir: string): Promise<void> {
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw new HabeasError('INVALID_INPUT', 'That path is a file, not a folder. Give a new or empty folder for the demo vault.');
    throw error;
  }
  if (entries.includes('header.json')) {
    throw new HabeasError('VAULT_EXISTS', 'This folder already holds a vault. The demo never writes into an existing vault; give a new or empty folder.');
  }
  if (entries.some((name) => name !== 'head.json')) {
    throw new HabeasError('VAULT_EXISTS', 'This folder is not empty. The demo vault needs a new or empty folder, so synthetic cases never mix with real files.');
  }
}

/** `habeas demo <vault-dir>`: a new vault holding synthetic, clearly fictional cases to try Habeas with. */
export async function demo(io: Io, dir: string): Promise<number> {
  await assertNewFolder(dir);
  const passphrase = await newPassphrase(io, 'HABEAS_PASSPHRASE');
  println(io.stderr, 'Creating the demo vault: measuring this computer to tune the key derivation (a few seconds)…');
  const { recoveryKey, caseIds } = await createDemoVault(dir, passphrase, { program: PROGRAM });
  println(io.stdout, `Created ${caseIds.length} synthetic cases in ${dir}.`);
  println(io.stdout, `They are fictional: invented people, names and events for trying Habeas out (references start with ${DEMO_REFERENCE_PREFIX}). Keep real cases in a vault of their own.`);
  println(io.stderr, 'Recovery key of the demo vault — it opens the vault if the passphrase is forgotten:');
  println(io.stdout, recoveryKey);
  return EXIT.ok;
}
