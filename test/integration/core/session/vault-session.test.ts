import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_AUTO_LOCK_MINUTES, UNNAMED_PROFILE, VaultSession } from '../../../../electron/main/core/session/vault-session';
import { newCaseFile } from '../../../../shared/case-model';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { codeOf, listTree, PASSPHRASE } from '../../../helpers/vault-files';

const tempDir = useTempDirs('habeas-session-');

async function newSession(onLocked?: (reason: string) => void): Promise<{ dir: string; session: VaultSession }> {
  const dir = path.join(await tempDir(), 'vault');
  return { dir, session: new VaultSession({ dir, kdfProfile: 'test', program: 'session test', onLocked }) };
}

describe('vault session', () => {
  it('reports damaged revisions in the status after unlocking, and a case with no intact revision as RECORD_DAMAGED', async () => {
    const { dir, session } = await newSession();
    await session.create(PASSPHRASE);
    const damaged = await session.createCase({ nameLatin: 'Zəhra Quliyeva', status: 'detained' });
    const intact = await session.createCase({ nameLatin: 'Rəşad Həsənli', status: 'released' });
    expect((await session.status()).damage).toBeNull();
    await session.lock('user');
    // Flip one ciphertext byte of the first frame (the first case's only revision).
    const segment = path.join(dir, 'records', '000001.log');
    const bytes = await readFile(segment);
    bytes[16 + bytes.readUInt32BE(4) + 20]! ^= 0x40;
    await writeFile(segment, bytes);

    await session.unlock(PASSPHRASE);
    expect((await session.status()).damage).toEqual({ records: [{ id: damaged.id, type: 'case', rev: 1 }], unreadableRegions: 0, truncated: false });
    expect(session.listCases(0, 100)).toEqual({ total: 1, items: [expect.objectContaining({ id: intact.id })] });
    expect(await codeOf(() => session.getCase(damaged.id))).toBe('RECORD_DAMAGED');
    expect(await codeOf(() => session.getCase('00000000-0000-4000-8000-00000000ffff'))).toBe('NOT_FOUND');
  });

  it('a lock that arrives while an unlock is still deriving the key wins: the vault stays locked', async () => {
    const { dir, session } = await newSession();
    await session.create(PASSPHRASE);
    await session.lock('user');
    const unlocking = session.unlock(PASSPHRASE);
    await session.lock('system'); // lid closed while the KDF runs
    expect(await codeOf(unlocking)).toBe('VAULT_LOCKED');
    expect(session.isUnlocked).toBe(false);
    expect((await session.status()).state).toBe('locked');
    // The vault it opened was closed again, writer lock included.
    expect(await listTree(dir)).not.toContain('vault.lock');
    await session.unlock(PASSPHRASE);
    expect(session.isUnlocked).toBe(true);
  });

  it('moves missing → unlocked (create) → locked → unlocked', async () => {
    const onLocked = vi.fn();
    const { session } = await newSession(onLocked);
    expect(await session.status()).toEqual({ state: 'missing', expectedUnlockMs: null, autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES, damage: null, profileName: null });
    expect(session.isUnlocked).toBe(false);

    const { recoveryKey } = await session.create(PASSPHRASE);
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect(await session.status()).toMatchObject({ state: 'unlocked' });
    const created = await session.createCase({ nameLatin: 'Intiqam Əliyev', status: 'detained' });

    await session.lock('idle');
    expect(onLocked).toHaveBeenCalledWith('idle');
    const locked = await session.status();
    expect(locked.state).toBe('locked');
    expect(typeof locked.expectedUnlockMs).toBe('number');
    expect(await codeOf(() => session.listCases(0, 10))).toBe('VAULT_LOCKED');
    expect(await codeOf(() => session.getCase(created.id))).toBe('VAULT_LOCKED');
    expect(await codeOf(session.createCase({ nameLatin: 'X', status: 'other' }))).toBe('VAULT_LOCKED');
    expect(await codeOf(session.saveCase({ ...created.file, status: 'other' }, 1))).toBe('VAULT_LOCKED');
    expect(await codeOf(() => session.caseHistory(created.id))).toBe('VAULT_LOCKED');
    expect(await codeOf(session.setProfileName('Leyla'))).toBe('VAULT_LOCKED');
    expect(await codeOf(session.setAutoLockMinutes(3))).toBe('VAULT_LOCKED');
    expect(await codeOf(session.changePassphrase(PASSPHRASE, 'other passphrase'))).toBe('VAULT_LOCKED');

    expect(await codeOf(session.unlock('wrong passphrase'))).toBe('WRONG_PASSPHRASE');
    expect(session.isUnlocked).toBe(false);
    await session.unlock(PASSPHRASE);
    expect(session.listCases(0, 10).items.map((c) => c.id)).toEqual([created.id]);
    await session.lock('user');
    expect(onLocked).toHaveBeenLastCalledWith('user');
  });

  it('records the profile name as "saved by" on revisions made after it is set, and shows it in the status only while unlocked', async () => {
    const { dir, session } = await newSession();
    await session.create(PASSPHRASE);
    expect((await session.status()).profileName).toBeNull();
    const first = await session.createCase({ nameLatin: 'Intiqam Əliyev', status: 'detained' });
    expect(first.savedBy).toBe(UNNAMED_PROFILE);

    await session.setProfileName('Leyla (Bakı ofisi)');
    expect(await session.status()).toMatchObject({ state: 'unlocked', profileName: 'Leyla (Bakı ofisi)' });
    const second = await session.saveCase({ ...first.file, status: 'convicted' }, first.revision);
    expect(second).toMatchObject({ revision: 2, savedBy: 'Leyla (Bakı ofisi)' });
    const other = await session.createCase({ nameLatin: 'Anar Məmmədli', status: 'released' });
    expect(other.savedBy).toBe('Leyla (Bakı ofisi)');

    await session.lock('user');
    expect(await session.status()).toMatchObject({ state: 'locked', profileName: null });
    const later = new VaultSession({ dir, kdfProfile: 'test' });
    expect((await later.status()).profileName).toBeNull();
    await later.unlock(PASSPHRASE);
    // Kept in the vault (encrypted), with the auto-lock setting untouched.
    expect(await later.status()).toMatchObject({ profileName: 'Leyla (Bakı ofisi)', autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES });
    await later.setAutoLockMinutes(7);
    await later.setProfileName('Rəşad');
    const third = await later.saveCase({ ...second.file, status: 'released' }, 2);
    expect(later.caseHistory(first.id).map((r) => [r.revision, r.savedBy, r.file.status])).toEqual([
      [1, UNNAMED_PROFILE, 'detained'],
      [2, 'Leyla (Bakı ofisi)', 'convicted'],
      [3, 'Rəşad', 'released'],
    ]);
    expect(third.createdAt).toBe(first.createdAt);
    await later.lock('user');
    await later.unlock(PASSPHRASE);
    expect(await later.status()).toMatchObject({ profileName: 'Rəşad', autoLockMinutes: 7 });
    await later.lock('user');
  });

  it('pages the case list in the stable order of the vault, with the total, and answers CONFLICT to a save based on a stale revision', async () => {
    const { session } = await newSession();
    await session.create(PASSPHRASE);
    const names = ['Zəhra Quliyeva', 'Anar Məmmədli', 'İlkin Ömərov', 'Bəxtiyar Hacıyev', 'Intiqam Əliyev'];
    const created = [];
    for (const nameLatin of names) created.push(await session.createCase({ nameLatin, status: 'detained' }));
    const all = session.listCases(0, 100);
    expect(all.total).toBe(5);
    expect(all.items.map((s) => s.name)).toEqual(names);
    expect(session.listCases(0, 2)).toEqual({ total: 5, items: all.items.slice(0, 2) });
    expect(session.listCases(2, 2)).toEqual({ total: 5, items: all.items.slice(2, 4) });
    expect(session.listCases(4, 2)).toEqual({ total: 5, items: all.items.slice(4) });
    expect(session.listCases(10, 2)).toEqual({ total: 5, items: [] });

    const target = created[0]!;
    const saved = await session.saveCase({ ...target.file, status: 'released' }, target.revision);
    expect(saved.revision).toBe(2);
    // The list shows the saved revision at once.
    expect(session.listCases(0, 100).items.find((s) => s.id === target.id)).toMatchObject({ revision: 2, status: 'released' });
    // Another window (or the CLI) saved first: the stale edit is refused, nothing is lost.
    expect(await codeOf(session.saveCase({ ...target.file, status: 'other' }, target.revision))).toBe('CONFLICT');
    expect(await codeOf(session.saveCase(newCaseFile({ nameLatin: 'Nobody', status: 'other' }), 1))).toBe('NOT_FOUND');
    expect(session.getCase(target.id)).toMatchObject({ revision: 2, file: { status: 'released' } });
    expect(session.caseHistory(target.id).map((r) => r.revision)).toEqual([1, 2]);
    await session.lock('user');
  });

  it('refuses to create or unlock twice while unlocked', async () => {
    const { session } = await newSession();
    await session.create(PASSPHRASE);
    expect(await codeOf(session.create(PASSPHRASE))).toBe('CONFLICT');
    expect(await codeOf(session.unlock(PASSPHRASE))).toBe('CONFLICT');
    await session.lock('user');
    expect(await codeOf(session.create(PASSPHRASE))).toBe('VAULT_EXISTS');
  });

  it('locking twice is harmless and only reports once', async () => {
    const onLocked = vi.fn();
    const { session } = await newSession(onLocked);
    await session.create(PASSPHRASE);
    await session.lock('system');
    await session.lock('system');
    expect(onLocked).toHaveBeenCalledTimes(1);
  });

  it('releases the writer lock when locked, so the CLI can write', async () => {
    const { dir, session } = await newSession();
    await session.create(PASSPHRASE);
    expect(await listTree(dir)).toContain('vault.lock');
    await session.lock('user');
    expect(await listTree(dir)).not.toContain('vault.lock');
  });

  it('keeps autoLockMinutes in the vault (encrypted) across sessions', async () => {
    const { dir, session } = await newSession();
    await session.create(PASSPHRASE);
    expect(session.autoLockAfterMinutes).toBe(DEFAULT_AUTO_LOCK_MINUTES);
    await session.setAutoLockMinutes(15);
    await session.setAutoLockMinutes(2);
    expect(session.autoLockAfterMinutes).toBe(2);
    expect(await session.status()).toMatchObject({ autoLockMinutes: 2 });
    await session.lock('user');

    const later = new VaultSession({ dir, kdfProfile: 'test' });
    expect((await later.status()).state).toBe('locked');
    await later.unlock(PASSPHRASE);
    expect(later.autoLockAfterMinutes).toBe(2);
    await later.setAutoLockMinutes(0); // 0 = never
    await later.lock('user');
    await later.unlock(PASSPHRASE);
    expect(later.autoLockAfterMinutes).toBe(0);
    // Settings are not cases.
    expect(later.listCases(0, 10)).toEqual({ total: 0, items: [] });
    await later.lock('user');
  });

  it('changes the passphrase and unlocks with the recovery key', async () => {
    const { session } = await newSession();
    const { recoveryKey } = await session.create(PASSPHRASE);
    await session.createCase({ nameLatin: 'Someone', status: 'detained' });
    await session.changePassphrase(PASSPHRASE, 'second passphrase');
    await session.lock('user');
    expect(await codeOf(session.unlock(PASSPHRASE))).toBe('WRONG_PASSPHRASE');
    expect(await codeOf(session.unlockWithRecoveryKey('0000-0000-0000-0000-0000-0000-0000-0000', 'third'))).toBe('WRONG_RECOVERY_KEY');
    await session.unlockWithRecoveryKey(recoveryKey, 'third passphrase');
    expect(session.listCases(0, 10).total).toBe(1);
    await session.lock('user');
    await session.unlock('third passphrase');
    await session.lock('user');
  });

  it('refuses the normal (standard-profile) session for a test-profile vault', async () => {
    const { dir, session } = await newSession();
    await session.create(PASSPHRASE);
    await session.lock('user');
    const app = new VaultSession({ dir });
    expect(await codeOf(app.unlock(PASSPHRASE))).toBe('KDF_BELOW_FLOOR');
  });

  it('reports a damaged header as a locked vault (so the unlock screen can explain), and unlocking as HEADER_DAMAGED', async () => {
    const { dir, session } = await newSession();
    await session.create(PASSPHRASE);
    await session.lock('user');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(dir, 'header.json'), '{ damaged');
    expect(await session.status()).toMatchObject({ state: 'locked' });
    expect(await codeOf(session.unlock(PASSPHRASE))).toBe('HEADER_DAMAGED');
  });
});
