/**
 * searchCases over the repository's summaries: the same index and folding the case list uses, so
 * "intigam aliyev", "İntiqam Əliyev" and "Интигам Алиев" find the same person and nobody else.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseRepository } from '../../../../electron/main/core/cases/case-repository';
import { searchCases } from '../../../../electron/main/core/cases/case-search';
import { createVault, type Vault } from '../../../../electron/main/core/vault/vault';
import { CaseFile, newCaseFile } from '../../../../shared/case-model';
import { loadFullCase } from '../../../fixtures/cases/full-case';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { PASSPHRASE, TEST_PROFILE } from '../../../helpers/vault-files';

const tempDir = useTempDirs('habeas-search-');

/** A case with names in Azerbaijani Latin (primary), Cyrillic (native) and an English transliteration. */
function aliyev(): CaseFile {
  const file = newCaseFile({ nameLatin: 'İntiqam Əliyev', nameNative: 'Интигам Алиев', status: 'detained' });
  file.person.names.push({ id: '0a1b2c3d-4e5f-4a6b-8c7d-8e9fa0b1c2d3', full: 'Intigam Aliyev', use: 'transliteration', script: 'latin' });
  return CaseFile.parse(file);
}

/** Share a given or family name (in some script) with the person, never both. */
const DECOYS: Array<[string, string?]> = [
  ['Anar Əliyev', 'Анар Алиев'],
  ['İntiqam Quliyev', 'Интигам Гулиев'],
  ['Əli Intiqamlı'],
  ['Aliya Məmmədova', 'Алия Мамедова'],
  ['Rəşad Həsənov', 'Рашад Гасанов'],
];

async function searchable(): Promise<{ vault: Vault; cases: CaseRepository; target: string; search: (q: string) => string[] }> {
  const dir = path.join(await tempDir(), 'vault');
  const { vault } = await createVault(dir, PASSPHRASE, TEST_PROFILE);
  const cases = new CaseRepository(vault);
  const target = aliyev();
  await cases.createMany([...DECOYS.map(([nameLatin, nameNative]) => newCaseFile({ nameLatin, ...(nameNative ? { nameNative } : {}), status: 'detained' })), target, loadFullCase()], 'test');
  return { vault, cases, target: target.id, search: (q) => searchCases(cases.searchable(), q).map((s) => s.id) };
}

describe('case search', () => {
  it('finds the same person by any of the three spellings, and no decoy', async () => {
    const { vault, target, search } = await searchable();
    for (const query of ['intigam aliyev', 'İntiqam Əliyev', 'Интигам Алиев', 'INTIGAM ALIYEV', 'intiqam eliyev', 'Интигам Əliyev', 'aliyev intigam', 'intig aliyev']) {
      expect(search(query), query).toEqual([target]);
    }
    await vault.close();
  });

  it('folds across scripts: a name recorded in only one script is found by the other spellings', async () => {
    const dir = path.join(await tempDir(), 'vault');
    const { vault } = await createVault(dir, PASSPHRASE, TEST_PROFILE);
    const cases = new CaseRepository(vault);
    const [latin, cyrillic, english] = await cases.createMany(
      ['İntiqam Əliyev', 'Интигам Алиев', 'Intigam Aliyev', 'Anar Əliyev', 'Интизар Алиева'].map((nameLatin) => newCaseFile({ nameLatin, status: 'detained' })),
      'test',
    );
    const expected = [latin!.id, cyrillic!.id, english!.id].sort();
    for (const query of ['intigam aliyev', 'İntiqam Əliyev', 'Интигам Алиев']) {
      expect(searchCases(cases.searchable(), query).map((s) => s.id).sort(), query).toEqual(expected);
    }
    await vault.close();
  });

  it('returns nothing for a name nobody has, and every case for an empty query', async () => {
    const { vault, cases, search } = await searchable();
    expect(search('Zaur Nəsibov')).toEqual([]);
    expect(search('Intigam Mammadov')).toEqual([]);
    expect(search('')).toHaveLength(cases.list().length);
    await vault.close();
  });

  it('searches every text field and vocabulary labels in three languages, not only names', async () => {
    const { vault, search } = await searchable();
    const full = loadFullCase();
    const expectFull = (query: string) => expect(search(query), query).toEqual([full.id]);
    expectFull(full.proceedings[0]!.caseNumber!);
    expectFull(full.summary!.split(/\s+/).slice(2, 5).join(' ').replace(/[^\p{L}\p{N} ]/gu, ''));
    // Categories are stored as codes; people type the label in any UI language.
    expect(full.person.categories).toContain('journalist_blogger');
    for (const label of ['journalist', 'jurnalist', 'журналист']) expect(search(label), label).toContain(full.id);
    await vault.close();
  });
});
