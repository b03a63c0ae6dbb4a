/**
 * Child process for the writer-lock tests (bundled by child-scripts.ts, run with plain node).
 *   lock-child hold <dir> <passphrase> <program>   open for writing, print READY, keep it open
 *                                                   until SIGTERM (closes cleanly) or SIGKILL
 *   lock-child try  <dir> <passphrase> <program>   try to open for writing, print RESULT <json>
 */
import { HabeasError } from '../../shared/ipc/errors';
import { openVault } from '../../electron/main/core/vault/vault';

async function main(): Promise<void> {
  const [mode, dir, passphrase, program] = process.argv.slice(2);
  if (!mode || !dir || passphrase === undefined || !program) throw new Error('usage: lock-child hold|try <dir> <passphrase> <program>');
  if (mode === 'try') {
    try {
      const vault = await openVault(dir, passphrase, { kdfProfile: 'test', program });
      await vault.close();
      process.stdout.write(`RESULT ${JSON.stringify({ ok: true })}\n`);
    } catch (error) {
      const code = error instanceof HabeasError ? error.code : 'NOT_A_HABEAS_ERROR';
      process.stdout.write(`RESULT ${JSON.stringify({ ok: false, code, message: (error as Error).message })}\n`);
    }
    return;
  }
  const vault = await openVault(dir, passphrase, { kdfProfile: 'test', program });
  process.on('SIGTERM', () => {
    void vault.close().then(() => process.exit(0));
  });
  setInterval(() => undefined, 60_000);
  process.stdout.write(`READY ${process.pid}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`lock-child failed: ${error instanceof HabeasError ? error.code : ''} ${String(error)}\n`);
  process.exit(3);
});
