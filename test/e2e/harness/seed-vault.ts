import { CaseRepository } from '../../../electron/main/core/cases/case-repository';
import { createVault } from '../../../electron/main/core/vault/vault';
import type { CaseFile, CaseFileInput } from '../../../shared/case-model/case-file';
import { CaseFile as CaseFileSchema } from '../../../shared/case-model/case-file';

/**
 * Creates a vault in `dir` holding `files` (the real core and the standard, calibrated KDF), then
 * closes it, so the app finds a locked vault and the test unlocks it through the UI. Used when a
 * test needs many or fully filled cases without typing them in (the case list, the UI bench).
 * Written in batches of `batch` with one durable flush each.
 */
export async function seedVault(dir: string, passphrase: string, files: ReadonlyArray<CaseFile | CaseFileInput>, options: { batch?: number; savedBy?: string; onProgress?: (done: number) => void } = {}): Promise<{ recoveryKey: string }> {
  const batch = options.batch ?? 500;
  const { vault, recoveryKey } = await createVault(dir, passphrase, { program: 'the Habeas e2e seed' });
  try {
    const repository = new CaseRepository(vault);
    for (let i = 0; i < files.length; i += batch) {
      await repository.createMany(files.slice(i, i + batch).map((f) => CaseFileSchema.parse(f)), options.savedBy ?? 'e2e seed');
      options.onProgress?.(Math.min(files.length, i + batch));
    }
  } finally {
    await vault.close();
  }
  return { recoveryKey };
}
