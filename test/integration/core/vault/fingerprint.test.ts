import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVault, openVault } from '../../../../electron/main/core/vault/vault';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { PASSPHRASE, TEST_PROFILE } from '../../../helpers/vault-files';

const tempDir = useTempDirs('habeas-fingerprint-');

describe('Vault.fingerprint (printed in dossier footers)', () => {
  it('is short, stable across unlocks and recovery, and differs between vaults', async () => {
    const dirA = await tempDir();
    const dirB = await tempDir();
    const { vault: a } = await createVault(path.join(dirA, 'v'), PASSPHRASE, TEST_PROFILE);
    const { vault: b } = await createVault(path.join(dirB, 'v'), PASSPHRASE, TEST_PROFILE);
    const fa = a.fingerprint();
    expect(fa).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(b.fingerprint()).not.toBe(fa);
    await a.close();
    await b.close();
    const reopened = await openVault(path.join(dirA, 'v'), PASSPHRASE, TEST_PROFILE);
    expect(reopened.fingerprint()).toBe(fa);
    await reopened.close();
  });

  it('cannot be computed from what is on disk without the key (the vault id is in the clear)', async () => {
    const dir = path.join(await tempDir(), 'v');
    const { vault } = await createVault(dir, PASSPHRASE, TEST_PROFILE);
    const hex = vault.fingerprint().replace('-', '').toLowerCase();
    const idHash = createHash('sha256').update(vault.id).digest('hex');
    expect(idHash.startsWith(hex)).toBe(false);
    const header = await readFile(path.join(dir, 'header.json'), 'utf8');
    expect(header).toContain(vault.id);
    expect(header.toLowerCase()).not.toContain(hex);
    await vault.close();
  });

  it('references a record by a keyed name: stable, different per record and per vault, not a hash of the id', async () => {
    const dirA = await tempDir();
    const dirB = await tempDir();
    const { vault: a } = await createVault(path.join(dirA, 'v'), PASSPHRASE, TEST_PROFILE);
    const { vault: b } = await createVault(path.join(dirB, 'v'), PASSPHRASE, TEST_PROFILE);
    const id = '3f2a5c1e-8d0b-4c1e-9f2a-5c1e8d0b4c1e';
    const ref = a.reference(id);
    expect(ref).toMatch(/^[0-9A-F]{5}-[0-9A-F]{5}$/);
    expect(a.reference(id)).toBe(ref);
    expect(a.reference('3f2a5c1e-8d0b-4c1e-9f2a-5c1e8d0b4c1f')).not.toBe(ref);
    expect(b.reference(id)).not.toBe(ref); // the same id in another vault: unlinkable
    expect(createHash('sha256').update(id).digest('hex').toUpperCase().startsWith(ref.replace('-', ''))).toBe(false);
    await a.close();
    await b.close();
    expect(() => a.reference(id)).toThrow(expect.objectContaining({ code: 'VAULT_LOCKED' }));
  });

  it('is refused once the vault is locked', async () => {
    const { vault } = await createVault(path.join(await tempDir(), 'v'), PASSPHRASE, TEST_PROFILE);
    await vault.close();
    expect(() => vault.fingerprint()).toThrow(expect.objectContaining({ code: 'VAULT_LOCKED' }));
  });
});
