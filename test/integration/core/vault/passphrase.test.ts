import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, parseRecoveryKey } from '../../../../electron/main/core/crypto/recovery-key';
import { createVault, openVault, openVaultWithRecoveryKey } from '../../../../electron/main/core/vault/vault';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { codeOf, hashTree, listTree, PASSPHRASE, readHeaderJson, tamperHeader, TEST_PROFILE } from '../../../helpers/vault-files';

const tempDir = useTempDirs('habeas-passphrase-');
const NEW = 'a brand new passphrase, Тбилиси';

async function vaultWithRecords(): Promise<{ dir: string; recoveryKey: string }> {
  const dir = path.join(await tempDir(), 'vault');
  const { vault, recoveryKey } = await createVault(dir, PASSPHRASE, TEST_PROFILE);
  for (let i = 0; i < 20; i++) await vault.put('case', `r${i}`, 1, { i, text: 'x'.repeat(i * 50) }, 0);
  await vault.put('case', 'r0', 1, { i: 0, edited: true }, 1);
  await vault.close();
  return { dir, recoveryKey };
}

const recordsOnly = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([name]) => name.startsWith('records')));

describe('changing the passphrase', () => {
  it('refuses when the header was changed on disk while the vault was open, and leaves it as found', async () => {
    const { dir } = await vaultWithRecords();
    const vault = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    await tamperHeader(dir, (file) => {
      file.body.expectedUnlockMs += 1;
    });
    const tampered = await hashTree(dir);
    expect(await codeOf(vault.changePassphrase(PASSPHRASE, NEW))).toBe('HEADER_DAMAGED');
    await vault.close();
    expect((await hashTree(dir))['header.json']).toBe(tampered['header.json']);
  });

  it('rewrites only the header: records/ is byte-identical, the old passphrase is refused, the new one opens', async () => {
    const { dir, recoveryKey } = await vaultWithRecords();
    const before = await hashTree(dir);
    const headerBefore = await readHeaderJson(dir);
    const vault = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    await vault.changePassphrase(PASSPHRASE, NEW);
    // Still usable in this session, and writing after the change works.
    expect(vault.get('r0')?.data).toEqual({ i: 0, edited: true });
    await vault.close();

    const after = await hashTree(dir);
    expect(Object.keys(recordsOnly(before)).length).toBeGreaterThan(0);
    expect(recordsOnly(after)).toEqual(recordsOnly(before));
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after['header.json']).not.toBe(before['header.json']);
    expect(await listTree(dir)).not.toContainEqual(expect.stringMatching(/\.tmp$/));

    const headerAfter = await readHeaderJson(dir);
    expect(headerAfter.body.vaultId).toBe(headerBefore.body.vaultId);
    expect(headerAfter.body.kdf.salt).not.toBe(headerBefore.body.kdf.salt);
    expect(headerAfter.body.recoverySlot).toEqual(headerBefore.body.recoverySlot);

    expect(await codeOf(openVault(dir, PASSPHRASE, TEST_PROFILE))).toBe('WRONG_PASSPHRASE');
    const reopened = await openVault(dir, NEW, TEST_PROFILE);
    expect(reopened.get('r19')?.data).toMatchObject({ i: 19 });
    expect((await reopened.verify()).ok).toBe(true);
    await reopened.close();
    // The recovery key is not affected by a passphrase change.
    const recovered = await openVaultWithRecoveryKey(dir, recoveryKey, 'third passphrase', TEST_PROFILE);
    await recovered.close();
  });

  it('refuses a wrong current passphrase with WRONG_PASSPHRASE and changes nothing', async () => {
    const { dir } = await vaultWithRecords();
    const vault = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    const before = await hashTree(dir);
    expect(await codeOf(vault.changePassphrase('not it', NEW))).toBe('WRONG_PASSPHRASE');
    expect(await codeOf(vault.changePassphrase('', NEW))).toBe('WRONG_PASSPHRASE');
    expect(await hashTree(dir)).toEqual(before);
    await vault.close();
    const again = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    await again.close();
  });

  it('refuses an empty new passphrase', async () => {
    const { dir } = await vaultWithRecords();
    const vault = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    expect(await codeOf(vault.changePassphrase(PASSPHRASE, ''))).toBe('INVALID_INPUT');
    await vault.close();
    const again = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    await again.close();
  });

  it('keeps the real KDF parameters when it changes the passphrase (standard profile)', async () => {
    const dir = path.join(await tempDir(), 'standard');
    const { vault } = await createVault(dir, PASSPHRASE);
    await vault.put('case', 'a', 1, { ok: 1 }, 0);
    const before = await readHeaderJson(dir);
    await vault.changePassphrase(PASSPHRASE, NEW);
    await vault.close();
    const after = await readHeaderJson(dir);
    expect({ ...after.body.kdf, salt: '' }).toEqual({ ...before.body.kdf, salt: '' });
    const reopened = await openVault(dir, NEW);
    expect(reopened.get('a')?.data).toEqual({ ok: 1 });
    await reopened.close();
  }, 60_000);
});

describe('unlocking with the recovery key', () => {
  it('sets a new passphrase, refuses the old one afterwards, and works a second time', async () => {
    const { dir, recoveryKey } = await vaultWithRecords();
    const before = await hashTree(dir);
    const first = await openVaultWithRecoveryKey(dir, recoveryKey, NEW, TEST_PROFILE);
    expect(first.get('r0')?.data).toEqual({ i: 0, edited: true });
    await first.put('case', 'after-recovery', 1, { ok: true }, 0);
    await first.close();
    expect(recordsOnly(await hashTree(dir))['records/000001.log']).not.toBe(before['records/000001.log']); // the new put appended

    expect(await codeOf(openVault(dir, PASSPHRASE, TEST_PROFILE))).toBe('WRONG_PASSPHRASE');
    const withNew = await openVault(dir, NEW, TEST_PROFILE);
    expect(withNew.get('after-recovery')?.data).toEqual({ ok: true });
    await withNew.close();

    // Typed sloppily the second time: lower case, spaces, O for 0.
    const sloppy = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    const second = await openVaultWithRecoveryKey(dir, sloppy, 'yet another passphrase', TEST_PROFILE);
    await second.close();
    expect(await codeOf(openVault(dir, NEW, TEST_PROFILE))).toBe('WRONG_PASSPHRASE');
    const third = await openVault(dir, 'yet another passphrase', TEST_PROFILE);
    await third.close();
  });

  it('refuses a wrong or malformed recovery key with WRONG_RECOVERY_KEY and changes nothing', async () => {
    const { dir, recoveryKey } = await vaultWithRecords();
    const before = await hashTree(dir);
    const other = formatRecoveryKey(Buffer.from(parseRecoveryKey(recoveryKey)).map((b, i) => (i === 19 ? b ^ 1 : b)) as Buffer);
    for (const wrong of [other, recoveryKey.slice(0, -1), `${recoveryKey}-0000`, '', 'not a key at all']) {
      expect(await codeOf(openVaultWithRecoveryKey(dir, wrong, NEW, TEST_PROFILE)), wrong).toBe('WRONG_RECOVERY_KEY');
    }
    expect(await hashTree(dir)).toEqual(before);
    const vault = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    await vault.close();
  });

  it('refuses an empty new passphrase and keeps the old one', async () => {
    const { dir, recoveryKey } = await vaultWithRecords();
    const before = await hashTree(dir);
    expect(await codeOf(openVaultWithRecoveryKey(dir, recoveryKey, '', TEST_PROFILE))).toBe('INVALID_INPUT');
    expect(await hashTree(dir)).toEqual(before);
  });
});
