import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA, CASE_TYPE, CaseRepository } from '../../../../electron/main/core/cases/case-repository';
import { createVault, openVault, type Vault } from '../../../../electron/main/core/vault/vault';
import { CASE_STATUSES, type CaseDraft } from '../../../../shared/domain/case';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { codeOf, PASSPHRASE, TEST_PROFILE } from '../../../helpers/vault-files';

const tempDir = useTempDirs('habeas-cases-');

async function repository(): Promise<{ dir: string; vault: Vault; cases: CaseRepository }> {
  const dir = path.join(await tempDir(), 'vault');
  const { vault } = await createVault(dir, PASSPHRASE, TEST_PROFILE);
  return { dir, vault, cases: new CaseRepository(vault) };
}

/** Zod errors and HabeasErrors both count as refusals; what matters is that nothing is written. */
async function refused(work: Promise<unknown>): Promise<boolean> {
  try {
    await work;
    return false;
  } catch {
    return true;
  }
}

describe('case repository', () => {
  it('creates, lists (sorted by Latin name), gets and updates cases, and they survive reopening', async () => {
    const { dir, vault, cases } = await repository();
    const intiqam = await cases.create({ nameLatin: 'Intiqam Əliyev', nameNative: 'Интигам Алиев', status: 'detained' });
    const anar = await cases.create({ nameLatin: '  Anar Məmmədli  ', status: 'convicted' });
    expect(intiqam).toMatchObject({ nameLatin: 'Intiqam Əliyev', nameNative: 'Интигам Алиев', status: 'detained', revision: 1 });
    expect(intiqam.id).toMatch(/^[0-9a-f-]{36}$/);
    // createdAt is stamped by the repository, updatedAt by the vault's write a moment later.
    expect(Date.parse(intiqam.updatedAt) - Date.parse(intiqam.createdAt)).toBeGreaterThanOrEqual(0);
    expect(Date.parse(intiqam.updatedAt) - Date.parse(intiqam.createdAt)).toBeLessThan(5_000);
    expect(anar.nameLatin).toBe('Anar Məmmədli'); // trimmed
    expect(cases.list().map((c) => c.nameLatin)).toEqual(['Anar Məmmədli', 'Intiqam Əliyev']);
    expect(cases.get(intiqam.id)).toEqual(intiqam);

    const released = await cases.update(intiqam.id, 1, { nameLatin: 'Intiqam Əliyev', nameNative: 'Интигам Алиев', status: 'released' });
    expect(released).toMatchObject({ id: intiqam.id, revision: 2, status: 'released', createdAt: intiqam.createdAt });
    expect(Date.parse(released.updatedAt)).toBeGreaterThanOrEqual(Date.parse(intiqam.updatedAt));
    expect(cases.history(intiqam.id).map((c) => [c.revision, c.status])).toEqual([
      [1, 'detained'],
      [2, 'released'],
    ]);
    // The native name can be removed again.
    const noNative = await cases.update(intiqam.id, 2, { nameLatin: 'Intiqam Aliyev', status: 'released' });
    expect(noNative.nameNative).toBeUndefined();
    await vault.close();

    const reopened = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    const again = new CaseRepository(reopened);
    expect(again.list().map((c) => [c.nameLatin, c.revision])).toEqual([
      ['Anar Məmmədli', 1],
      ['Intiqam Aliyev', 3],
    ]);
    expect(reopened.get(intiqam.id)).toMatchObject({ type: CASE_TYPE, schema: CASE_SCHEMA });
    await reopened.close();
  });

  it('moves through every status and back', async () => {
    const { vault, cases } = await repository();
    let current = await cases.create({ nameLatin: 'Test Person', status: 'under_investigation' });
    for (const status of [...CASE_STATUSES, 'detained' as const]) {
      current = await cases.update(current.id, current.revision, { nameLatin: 'Test Person', status });
      expect(cases.get(current.id).status).toBe(status);
    }
    expect(cases.history(current.id).map((c) => c.status)).toEqual(['under_investigation', ...CASE_STATUSES, 'detained']);
    await vault.close();
  });

  it('refuses invalid drafts and writes nothing', async () => {
    const { vault, cases } = await repository();
    const existing = await cases.create({ nameLatin: 'Valid Name', status: 'detained' });
    const bad: unknown[] = [
      { nameLatin: '', status: 'detained' },
      { nameLatin: '   ', status: 'detained' },
      { nameLatin: 'x'.repeat(301), status: 'detained' },
      { nameLatin: 'Line\nbreak', status: 'detained' },
      { nameLatin: 'Tab\there', status: 'detained' },
      { nameLatin: 'Null\u0000byte', status: 'detained' },
      { nameLatin: 'Delete\u007f', status: 'detained' },
      { nameLatin: 'Fine', nameNative: 'Bell\u0007', status: 'detained' },
      { nameLatin: 'Fine', nameNative: '', status: 'detained' },
      { nameLatin: 'Fine', status: 'missing' },
      { nameLatin: 'Fine' },
      { nameLatin: 'Fine', status: 'detained', extra: 'field' },
      { nameLatin: 42, status: 'detained' },
      null,
    ];
    for (const draft of bad) {
      expect(await refused(cases.create(draft as CaseDraft)), JSON.stringify(draft)).toBe(true);
      expect(await refused(cases.update(existing.id, 1, draft as CaseDraft)), JSON.stringify(draft)).toBe(true);
    }
    expect(cases.list()).toHaveLength(1);
    expect(cases.get(existing.id).revision).toBe(1);
    expect((await vault.verify()).revisions).toBe(1);
    // The limit is 300 characters, inclusive.
    await expect(cases.create({ nameLatin: 'y'.repeat(300), status: 'other' })).resolves.toMatchObject({ revision: 1 });
    await vault.close();
  });

  it('reports unknown ids with NOT_FOUND and stale edits with CONFLICT', async () => {
    const { vault, cases } = await repository();
    const c = await cases.create({ nameLatin: 'Someone', status: 'detained' });
    await cases.update(c.id, 1, { nameLatin: 'Someone', status: 'released' });
    expect(await codeOf(() => cases.get('00000000-0000-4000-8000-00000000dead'))).toBe('NOT_FOUND');
    expect(await codeOf(cases.update('00000000-0000-4000-8000-00000000dead', 1, { nameLatin: 'X', status: 'other' }))).toBe('NOT_FOUND');
    expect(await codeOf(cases.update(c.id, 1, { nameLatin: 'Stale', status: 'other' }))).toBe('CONFLICT');
    expect(cases.get(c.id).status).toBe('released');
    // A record of another type is not a case.
    await vault.put('settings', 'not-a-case', 1, { autoLockMinutes: 5 }, 0);
    expect(await codeOf(() => cases.get('not-a-case'))).toBe('NOT_FOUND');
    expect(cases.list()).toHaveLength(1);
    await vault.close();
  });
});
