import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA, CASE_TYPE, CaseRepository } from '../../../../electron/main/core/cases/case-repository';
import { createVault, openVault, type Vault } from '../../../../electron/main/core/vault/vault';
import { CASE_SCHEMA_VERSION, CaseRecord, CaseSummary, newCaseFile, unpackCaseTexts, type CaseFile, type CaseFileInput } from '../../../../shared/case-model';
import { CASE_STATUSES, type CaseDraft } from '../../../../shared/domain/case';
import { loadFullCase, readFullCaseText } from '../../../fixtures/cases/full-case';
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

/** A copy of `file` changed by `edit` (the document is plain data, so JSON is a faithful copy). */
function edited(file: CaseFile, edit: (draft: CaseFileInput & Record<string, unknown>) => void): CaseFile {
  const copy = JSON.parse(JSON.stringify(file)) as CaseFileInput & Record<string, unknown>;
  edit(copy);
  return copy as CaseFile;
}

describe('case repository', () => {
  it('creates cases from drafts, lists their summaries sorted by name, gets whole records, and they survive reopening', async () => {
    const { dir, vault, cases } = await repository();
    const intiqam = await cases.create({ nameLatin: 'Intiqam Əliyev', nameNative: 'Интигам Алиев', status: 'detained' }, 'Leyla (Baku office)');
    const anar = await cases.create({ nameLatin: '  Anar Məmmədli  ', status: 'convicted' }, 'Leyla (Baku office)');
    expect(CaseRecord.parse(intiqam)).toEqual(intiqam);
    expect(intiqam).toMatchObject({ revision: 1, savedBy: 'Leyla (Baku office)', file: { schemaVersion: CASE_SCHEMA_VERSION, id: intiqam.id, status: 'detained' } });
    expect(intiqam.file.person.names).toEqual([
      { id: expect.any(String), full: 'Intiqam Əliyev', use: 'primary', script: 'latin' },
      { id: expect.any(String), full: 'Интигам Алиев', use: 'native', script: 'cyrillic' },
    ]);
    // Every section starts empty, not missing: the document has the same shape from the first save.
    expect(intiqam.file).toMatchObject({ detentions: [], proceedings: [], assessments: [], sources: [], notes: [], person: { familyContacts: [], categories: [] } });
    // createdAt is stamped by the repository, updatedAt by the vault's write a moment later.
    expect(Date.parse(intiqam.updatedAt) - Date.parse(intiqam.createdAt)).toBeGreaterThanOrEqual(0);
    expect(Date.parse(intiqam.updatedAt) - Date.parse(intiqam.createdAt)).toBeLessThan(5_000);
    expect(anar.file.person.names[0]!.full).toBe('Anar Məmmədli'); // trimmed

    const list = cases.list();
    for (const row of list) expect(CaseSummary.parse(row)).toEqual(row);
    expect(list.map((c) => [c.name, c.otherNames, c.status, c.revision])).toEqual([
      ['Anar Məmmədli', [], 'convicted', 1],
      ['Intiqam Əliyev', ['Интигам Алиев'], 'detained', 1],
    ]);
    const texts = unpackCaseTexts(cases.textsPage(0, 10));
    expect(texts.find((t) => t.id === intiqam.id)?.texts).toContain('Интигам Алиев');
    expect(cases.searchable().map((c) => c.summary)).toEqual(list);
    expect(cases.get(intiqam.id)).toEqual(intiqam);
    expect(cases.exists(intiqam.id)).toBe(true);
    expect(cases.exists('00000000-0000-4000-8000-00000000dead')).toBe(false);
    await vault.close();

    const reopened = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    const again = new CaseRepository(reopened);
    expect(again.list()).toEqual(list);
    expect(again.get(intiqam.id)).toEqual(intiqam);
    // Stored at the current schema as { file, createdAt, savedBy } inside the sealed payload.
    const stored = reopened.get(intiqam.id)!;
    expect(stored).toMatchObject({ type: CASE_TYPE, schema: CASE_SCHEMA, rev: 1 });
    expect(CASE_SCHEMA).toBe(CASE_SCHEMA_VERSION);
    expect(Object.keys(stored.data as object).sort()).toEqual(['createdAt', 'file', 'savedBy']);
    await reopened.close();
  });

  it('saves whole documents as new revisions; history is oldest first and says who saved each', async () => {
    const { vault, cases } = await repository();
    const first = await cases.create({ nameLatin: 'Intiqam Əliyev', status: 'detained' }, 'Leyla');
    const withDetention = edited(first.file, (f) => {
      f.detentions = [{ id: '3f2a5c1e-0000-4000-8000-000000000001', arrestedOn: '2014-08-08', arrestPlace: 'Baku' }];
      f.person.categories = ['lawyer', 'human_rights_defender'];
    });
    const second = await cases.save(withDetention, 1, 'Rəşad');
    expect(second).toMatchObject({ id: first.id, revision: 2, createdAt: first.createdAt, savedBy: 'Rəşad' });
    expect(second.file.detentions).toEqual([{ id: '3f2a5c1e-0000-4000-8000-000000000001', arrestedOn: '2014-08-08', arrestPlace: 'Baku', measures: [], placements: [], whereabouts: [] }]);
    expect(Date.parse(second.updatedAt)).toBeGreaterThanOrEqual(Date.parse(first.updatedAt));
    const released = await cases.save(edited(second.file, (f) => (f.status = 'released')), 2, 'Leyla');
    expect(released.revision).toBe(3);

    const history = cases.history(first.id);
    expect(history.map((r) => [r.revision, r.savedBy, r.file.status, r.file.detentions.length])).toEqual([
      [1, 'Leyla', 'detained', 0],
      [2, 'Rəşad', 'detained', 1],
      [3, 'Leyla', 'released', 1],
    ]);
    expect(history.every((r) => r.createdAt === first.createdAt)).toBe(true);
    // The list follows the newest revision, including what summaries derive from the document.
    expect(cases.list()).toEqual([expect.objectContaining({ id: first.id, revision: 3, status: 'released', arrestedOn: '2014-08-08', categories: ['lawyer', 'human_rights_defender'] })]);
    expect(await codeOf(() => cases.history('00000000-0000-4000-8000-00000000dead'))).toBe('NOT_FOUND');
    await vault.close();
  });

  it('moves through every status and back', async () => {
    const { vault, cases } = await repository();
    let current = await cases.create({ nameLatin: 'Test Person', status: 'under_investigation' }, 'tester');
    for (const status of [...CASE_STATUSES, 'detained' as const]) {
      current = await cases.save(edited(current.file, (f) => (f.status = status)), current.revision, 'tester');
      expect(cases.get(current.id).file.status).toBe(status);
    }
    expect(cases.history(current.id).map((c) => c.file.status)).toEqual(['under_investigation', ...CASE_STATUSES, 'detained']);
    await vault.close();
  });

  it('stores a fully filled document unchanged: what goes in is what comes out, key order included', async () => {
    const { dir, vault, cases } = await repository();
    const full = loadFullCase();
    const inserted = await cases.insert(full, 'importer');
    expect(inserted).toMatchObject({ id: full.id, revision: 1, savedBy: 'importer' });
    await vault.close();
    const reopened = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    const again = new CaseRepository(reopened);
    expect(`${JSON.stringify(again.get(full.id).file, null, 2)}\n`).toBe(readFullCaseText().replace(/\n?$/, '\n'));
    const [summary] = again.list();
    expect(summary).toMatchObject({ id: full.id, name: 'İlkin Şükür oğlu Ömərov', status: full.status });
    expect(summary!.articles.length).toBeGreaterThan(0);
    await reopened.close();
  });

  it('createMany stores many documents with one flush, pages through them, and refuses an existing id as a whole', async () => {
    const { vault, cases } = await repository();
    const names = Array.from({ length: 30 }, (_, i) => `Person ${String(i).padStart(2, '0')}`);
    const created = await cases.createMany(
      names.map((nameLatin) => newCaseFile({ nameLatin, status: 'detained' })),
      'generator',
    );
    expect(created.map((r) => [r.revision, r.savedBy])).toEqual(names.map(() => [1, 'generator']));
    expect(cases.page(0, 10)).toEqual({ total: 30, items: cases.list().slice(0, 10) });
    expect(cases.page(25, 10).items.map((s) => s.name)).toEqual(names.slice(25));
    expect(cases.page(30, 10)).toEqual({ total: 30, items: [] });

    const revisionsBefore = (await vault.verify()).revisions;
    const again = newCaseFile({ nameLatin: 'New', status: 'other' });
    expect(await codeOf(cases.createMany([again, created[0]!.file], 'generator'))).toBe('CONFLICT');
    expect(await refused(cases.createMany([again, { ...again, person: { ...again.person, names: [] } }], 'generator'))).toBe(true);
    expect((await vault.verify()).revisions).toBe(revisionsBefore);
    expect(cases.exists(again.id)).toBe(false);
    await vault.close();
  });

  it('refuses invalid drafts and invalid documents and writes nothing', async () => {
    const { vault, cases } = await repository();
    const existing = await cases.create({ nameLatin: 'Valid Name', status: 'detained' }, 'tester');
    const badDrafts: unknown[] = [
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
    for (const draft of badDrafts) expect(await refused(cases.create(draft as CaseDraft, 'tester')), JSON.stringify(draft)).toBe(true);

    const base = existing.file;
    const badFiles: Array<[string, unknown]> = [
      ['an unknown key', edited(base, (f) => (f.person = { ...f.person, bogus: 1 } as never))],
      ['a bad date', edited(base, (f) => (f.detentions = [{ id: '3f2a5c1e-0000-4000-8000-000000000001', arrestedOn: '2014-13-45' }]))],
      ['a code outside its vocabulary', edited(base, (f) => (f.person.categories = ['journalist' as never]))],
      ['a link to no source', edited(base, (f) => (f.incidents = [{ id: '3f2a5c1e-0000-4000-8000-000000000002', act: 'torture', sourceIds: ['3f2a5c1e-0000-4000-8000-0000000000ff'] }]))],
      ['no name', edited(base, (f) => (f.person.names = []))],
      ['a blank text', edited(base, (f) => (f.summary = ''))],
      ['a control character', edited(base, (f) => (f.title = 'Bell\u0007'))],
      ['another schema version', edited(base, (f) => ((f as { schemaVersion: number }).schemaVersion = 1))],
      ['no id', edited(base, (f) => delete (f as { id?: string }).id)],
      ['null', null],
    ];
    for (const [what, file] of badFiles) {
      expect(await refused(cases.save(file as CaseFile, 1, 'tester')), `save: ${what}`).toBe(true);
      const asNew = what === 'no id' || file === null ? file : { ...(file as CaseFile), id: '3f2a5c1e-0000-4000-8000-0000000000aa' };
      expect(await refused(cases.insert(asNew as CaseFile, 'tester')), `insert: ${what}`).toBe(true);
    }
    expect(cases.list()).toHaveLength(1);
    expect(cases.get(existing.id).revision).toBe(1);
    expect((await vault.verify()).revisions).toBe(1);
    // The limit is 300 characters, inclusive.
    await expect(cases.create({ nameLatin: 'y'.repeat(300), status: 'other' }, 'tester')).resolves.toMatchObject({ revision: 1 });
    await vault.close();
  });

  it('reports unknown ids with NOT_FOUND and stale or duplicate writes with CONFLICT', async () => {
    const { vault, cases } = await repository();
    const c = await cases.create({ nameLatin: 'Someone', status: 'detained' }, 'tester');
    const released = await cases.save(edited(c.file, (f) => (f.status = 'released')), 1, 'tester');
    expect(await codeOf(() => cases.get('00000000-0000-4000-8000-00000000dead'))).toBe('NOT_FOUND');
    expect(await codeOf(cases.save({ ...c.file, id: '00000000-0000-4000-8000-00000000dead' }, 1, 'tester'))).toBe('NOT_FOUND');
    expect(await codeOf(cases.save(edited(c.file, (f) => (f.status = 'other')), 1, 'tester'))).toBe('CONFLICT');
    expect(await codeOf(cases.save(edited(c.file, (f) => (f.status = 'other')), 3, 'tester'))).toBe('CONFLICT');
    expect(await codeOf(cases.insert(released.file, 'tester'))).toBe('CONFLICT');
    expect(cases.get(c.id).file.status).toBe('released');
    // A record of another type is not a case.
    await vault.put('settings', '00000000-0000-4000-8000-000000000001', 1, { autoLockMinutes: 5 }, 0);
    expect(await codeOf(() => cases.get('00000000-0000-4000-8000-000000000001'))).toBe('NOT_FOUND');
    expect(cases.list()).toHaveLength(1);
    await vault.close();
  });

  it('names a stored revision that holds another case, or a malformed document, as RECORD_DAMAGED and a newer format as UNSUPPORTED_FORMAT', async () => {
    const { vault, cases } = await repository();
    const a = newCaseFile({ nameLatin: 'Case A', status: 'detained' });
    const b = newCaseFile({ nameLatin: 'Case B', status: 'detained' });
    const c = newCaseFile({ nameLatin: 'Case C', status: 'detained' });
    const d = newCaseFile({ nameLatin: 'Case D', status: 'detained' });
    const createdAt = new Date().toISOString();
    await vault.put(CASE_TYPE, a.id, CASE_SCHEMA, { file: b, createdAt }, 0);
    await vault.put(CASE_TYPE, c.id, CASE_SCHEMA, { file: { ...c, status: 'jailed' }, createdAt }, 0);
    await vault.put(CASE_TYPE, d.id, CASE_SCHEMA + 1, { file: d, createdAt, somethingNew: true }, 0);

    const mismatch = await codeOf(() => cases.get(a.id));
    expect(mismatch).toBe('RECORD_DAMAGED');
    expect(await codeOf(() => cases.get(c.id))).toBe('RECORD_DAMAGED');
    try {
      cases.get(c.id);
    } catch (error) {
      expect(String((error as Error).message)).toContain('status');
      expect(String((error as Error).message)).not.toContain('Case C');
    }
    expect(await codeOf(() => cases.get(d.id))).toBe('UNSUPPORTED_FORMAT');
    // The list leaves out what it cannot read, names it, and still shows the rest.
    const ok = await cases.insert(newCaseFile({ nameLatin: 'Case E', status: 'released' }), 'tester');
    expect(cases.list().map((s) => s.id)).toEqual([ok.id]);
    expect(cases.unreadable.map((u) => u.id).sort()).toEqual([a.id, c.id, d.id].sort());
    const page = cases.page(0, 10);
    expect(page.items.map((s) => s.id)).toEqual([ok.id]);
    await vault.close();
  });
});
