/**
 * Child process for the disk-full test (bundled by child-scripts.ts, run with plain node under a
 * file-size limit): writes records until a save fails, printing `ACK <id> <rev> <sha256>` after each
 * acknowledged save and `FAILED <code> <message>` for the failure, then keeps writing a few more
 * small records to show the vault still works where space allows.
 */
import { createHash } from 'node:crypto';
import { HabeasError } from '../../shared/ipc/errors';
import { openVault } from '../../electron/main/core/vault/vault';

async function main(): Promise<void> {
  const [dir, passphrase] = process.argv.slice(2);
  if (!dir || passphrase === undefined) throw new Error('usage: full-disk-child <dir> <passphrase>');
  const vault = await openVault(dir, passphrase, { kdfProfile: 'test', program: 'full-disk-child' });
  for (let i = 0; i < 1000; i++) {
    const id = `record-${i % 7}`;
    const data = { i, text: 'x'.repeat(3000 + ((i * 977) % 5000)) };
    try {
      const revision = await vault.put('case', id, 1, data, vault.currentRevision(id));
      process.stdout.write(`ACK ${id} ${revision.rev} ${createHash('sha256').update(JSON.stringify(data)).digest('hex')}\n`);
    } catch (error) {
      const code = error instanceof HabeasError ? error.code : (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
      process.stdout.write(`FAILED ${code} ${(error as Error).message}\n`);
      break;
    }
  }
  await vault.close();
  process.stdout.write('DONE\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`full-disk-child failed: ${String(error)}\n`);
  process.exit(3);
});
