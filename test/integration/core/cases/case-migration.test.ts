/**
 * Vaults written by the spine stored cases at schema 1: `{ nameLatin, nameNative?, status,
 * createdAt }`. They must open as full case documents (with ids derived from the case id, so every
 * read gives the same document), save as schema 2, and keep their old revisions in history.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA, CASE_TYPE, CaseRepository } from '../../../../electron/main/core/cases/case-repository';
import { VaultSession } from '../../../../electron/main/core/session/vault-session';
import { createVault, openVault, type Vault } from '../../../../electron/main/core/vault/vault';
import { CaseFile, derivedId } from '../../../../shared/case-model';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { codeOf, PASSPHRASE, TEST_PROFILE } from '../../../helpers/vault-files';

const tempDir = useTempDirs('habeas-migration-');

const INTIQAM = '5b0c7d1e-2f3a-4b5c-8d6e-7f8091a2b3c4';
const ANAR = '6c1d8e2f-3a4b-4c5d-9e6f-8091a2b3c4d5';
const CREATED = '2025-11-02T09:15:00.000Z';

/** Revisions exactly as the spine's repository wrote them. */
async function spineVault(vault: Vault): Promise<void> {
  await vault.put(CASE_TYPE, INTIQAM, 1, { nameLatin: 'Intiqam Əliyev', nameNative: 'Интигам Алиев', status: 'detained', createdAt: CREATED }, 0);
  await vault.put(CASE_TYPE, INTIQAM, 1, { nameLatin: 'Intiqam Əliyev', nameNative: 'Интигам Алиев', status: 'convicted', createdAt: CREATED }, 1);
  await vault.put(CASE_TYPE, ANAR, 1, { nameLatin: 'Anar Məmmədli', status: 'released', createdAt: CREATED }, 0);
}

async function newVault(): Promise<{ dir: string; vault: Vault }> {
  const dir = path.join(await tempDir(), 'vault');
  const { vault } = await createVault(dir, PASSPHRASE, TEST_PROFILE);
  await spineVault(vault);
  return { dir, vault };
}

describe('cases written by the spine (schema 1)', () => {
  it('read as valid schema-2 documents with ids derived from the case id, the same on every read', async () => {
    const { dir, vault } = await newVault();
    const cases = new CaseRepository(vault);
    const record = cases.get(INTIQAM);
    expect(CaseFile.parse(record.file)).toEqual(record.file);
    expect(record).toEqual({
      id: INTIQAM,
      revision: 2,
      createdAt: CREATED,
      updatedAt: expect.any(String),
      file: expect.objectContaining({
        schemaVersion: 2,
        id: INTIQAM,
        status: 'convicted',
        person: expect.objectContaining({
          id: derivedId(INTIQAM, 0),
          names: [
            { id: derivedId(INTIQAM, 1), full: 'Intiqam Əliyev', use: 'primary', script: 'latin' },
            { id: derivedId(INTIQAM, 2), full: 'Интигам Алиев', use: 'native', script: 'cyrillic' },
          ],
        }),
        detentions: [],
        proceedings: [],
      }),
    });
    expect(record.savedBy).toBeUndefined(); // the spine did not record who saved
    expect(cases.get(ANAR).file.person.names).toEqual([{ id: derivedId(ANAR, 1), full: 'Anar Məmmədli', use: 'primary', script: 'latin' }]);
    expect(cases.list().map((s) => [s.id, s.name, s.otherNames, s.status, s.revision])).toEqual([
      [ANAR, 'Anar Məmmədli', [], 'released', 1],
      [INTIQAM, 'Intiqam Əliyev', ['Интигам Алиев'], 'convicted', 2],
    ]);
    await vault.close();

    const reopened = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    expect(new CaseRepository(reopened).get(INTIQAM)).toEqual(record);
    await reopened.close();
  });

  it('save as schema 2, keep createdAt, and history shows the old revisions upgraded with the same ids', async () => {
    const { dir, vault } = await newVault();
    const cases = new CaseRepository(vault);
    const current = cases.get(INTIQAM);
    const file = structuredClone(current.file);
    file.person.categories = ['lawyer'];
    file.status = 'released';
    const saved = await cases.save(file, current.revision, 'Leyla');
    expect(saved).toMatchObject({ revision: 3, createdAt: CREATED, savedBy: 'Leyla' });
    expect(vault.get(INTIQAM)).toMatchObject({ schema: CASE_SCHEMA, rev: 3 });
    expect(vault.history(INTIQAM).map((r) => r.schema)).toEqual([1, 1, 2]);

    const history = cases.history(INTIQAM);
    expect(history.map((r) => [r.revision, r.file.schemaVersion, r.file.status, r.savedBy ?? null])).toEqual([
      [1, 2, 'detained', null],
      [2, 2, 'convicted', null],
      [3, 2, 'released', 'Leyla'],
    ]);
    // Same derived ids in every revision: a diff across the upgrade shows only the real edits.
    for (const r of history) expect(r.file.person.names.map((n) => n.id)).toEqual([derivedId(INTIQAM, 1), derivedId(INTIQAM, 2)]);
    expect(history[2]!.file).toEqual({ ...history[1]!.file, status: 'released', person: { ...history[1]!.file.person, categories: ['lawyer'] } });
    await vault.close();

    const reopened = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    expect(new CaseRepository(reopened).history(INTIQAM)).toEqual(history);
    await reopened.close();
  });

  it('open through the app session: list, get, save and history', async () => {
    const dir = path.join(await tempDir(), 'vault');
    const { vault } = await createVault(dir, PASSPHRASE, TEST_PROFILE);
    await spineVault(vault);
    await vault.close();

    const session = new VaultSession({ dir, kdfProfile: 'test' });
    await session.unlock(PASSPHRASE);
    const listed = session.listCases(0, 10);
    expect(listed.total).toBe(2);
    expect(listed.items.map((s) => s.id).sort()).toEqual([ANAR, INTIQAM].sort());
    const record = session.getCase(INTIQAM);
    await session.setProfileName('Leyla');
    const saved = await session.saveCase({ ...record.file, status: 'released' }, record.revision);
    expect(saved).toMatchObject({ revision: 3, savedBy: 'Leyla', file: { status: 'released' } });
    expect(session.caseHistory(INTIQAM).map((r) => r.revision)).toEqual([1, 2, 3]);
    expect(await codeOf(session.saveCase({ ...record.file, status: 'other' }, record.revision))).toBe('CONFLICT');
    await session.lock('user');
  });

  it('a malformed spine revision is RECORD_DAMAGED, naming the case and field but not its contents', async () => {
    const { vault } = await newVault();
    const broken = '7d2e9f3a-4b5c-4d6e-8f70-91a2b3c4d5e6';
    await vault.put(CASE_TYPE, broken, 1, { nameNative: 'Гюльнара Мехтиева', status: 'detained', createdAt: CREATED }, 0);
    const cases = new CaseRepository(vault);
    expect(await codeOf(() => cases.get(broken))).toBe('RECORD_DAMAGED');
    try {
      cases.get(broken);
    } catch (error) {
      expect((error as Error).message).toContain(broken);
      expect((error as Error).message).toContain('nameLatin');
      expect((error as Error).message).not.toContain('Гюльнара');
    }
    expect(cases.get(ANAR).revision).toBe(1);
    await vault.close();
  });
});
