import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { HabeasE2e } from './app';
import { shown } from './ui';

/**
 * The first screens every e2e flow goes through, as a user does them: create the vault (real
 * Argon2id calibration), confirm two groups of the recovery key, and unlock after a lock.
 */
export async function createVaultThroughUi(page: Page, passphrase: string): Promise<string> {
  await shown(page.getByRole('heading', { name: 'Create your vault' }));
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Repeat passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Create vault' }).click();
  const key = page.getByTestId('recovery-key');
  await shown(key, 60_000);
  const recoveryKey = (await key.getAttribute('data-recovery-key')) ?? '';
  await page.getByRole('button', { name: 'I have written it down' }).click();
  const groups = recoveryKey.split('-');
  for (const input of await page.getByTestId('recovery-confirm-input').all()) {
    const group = Number(await input.getAttribute('data-group'));
    await input.fill(groups[group - 1] ?? '');
  }
  await page.getByRole('button', { name: 'Confirm and open the vault' }).click();
  return recoveryKey;
}

/** Locks with the header's Lock button and waits for the wipe and reload that follow. */
export async function lockThroughUi(h: HabeasE2e, locksSoFar: number): Promise<void> {
  await h.page.getByTestId('lock-button').click();
  await expect.poll(() => h.shim.locks.length, { timeout: 15_000, message: 'vault locks seen by main' }).toBe(locksSoFar + 1);
  await h.shim.settled();
  await shown(h.page.getByRole('heading', { name: 'Unlock the vault' }));
}

export async function unlockThroughUi(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}
