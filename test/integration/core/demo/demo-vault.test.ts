import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseRepository } from '../../../../electron/main/core/cases/case-repository';
import { searchCases } from '../../../../electron/main/core/cases/case-search';
import { createDemoVault, DEMO_CASE_COUNT, DEMO_SAVED_BY, DEMO_SEED } from '../../../../electron/main/core/demo/demo-vault';
import { generateCases } from '../../../../electron/main/core/demo/generate';
import { openVault } from '../../../../electron/main/core/vault/vault';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { codeOf, PASSPHRASE, TEST_PROFILE } from '../../../helpers/vault-files';

const tempDir = useTempDirs('habeas-demo-');

/** Names of files under `dir` whose bytes contain `needle` in UTF-8 or UTF-16. */
async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  const hits: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const bytes = await readFile(path.join(entry.parentPath, entry.name));
    if (forms.some((f) => bytes.includes(f))) hits.push(entry.name);
  }
  return hits;
}

describe('createDemoVault', () => {
  it('creates a real vault holding the 40 full synthetic cases, saved by the demo generator, nothing in plaintext', async () => {
    const dir = path.join(await tempDir(), 'demo');
    const { recoveryKey, caseIds } = await createDemoVault(dir, PASSPHRASE, TEST_PROFILE);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const expected = generateCases({ count: DEMO_CASE_COUNT, seed: DEMO_SEED, fill: 'full' });
    expect(caseIds).toEqual(expected.map((f) => f.id));

    const vault = await openVault(dir, PASSPHRASE, { ...TEST_PROFILE, readOnly: true });
    try {
      const cases = new CaseRepository(vault);
      expect(cases.list()).toHaveLength(DEMO_CASE_COUNT);
      for (const file of expected) {
        const record = cases.get(file.id);
        expect(record.revision).toBe(1);
        expect(record.savedBy).toBe(DEMO_SAVED_BY);
        expect(JSON.parse(JSON.stringify(record.file))).toEqual(JSON.parse(JSON.stringify(file)));
      }
      expect((await vault.verify()).ok).toBe(true);

      // The three spellings of a demo person's name find the same case.
      const person = expected[0]!.person.names;
      const az = person.find((n) => n.use === 'native')!;
      const ru = person.find((n) => n.script === 'cyrillic')!;
      const en = person.find((n) => n.use === 'primary')!;
      const found = (q: string) => searchCases(cases.searchable(), q).map((s) => s.id);
      for (const query of [`${az.given} ${az.family}`, `${ru.given} ${ru.family}`, `${en.given} ${en.family}`]) expect(found(query), query).toContain(expected[0]!.id);
    } finally {
      await vault.close();
    }

    for (const needle of [expected[0]!.person.names[0]!.full, expected[1]!.person.names[1]!.full, 'Synthetic demo case', 'DEMO-']) {
      expect(await filesContaining(dir, needle), needle).toEqual([]);
    }
  });

  it('refuses a folder that already holds files, and leaves them alone', async () => {
    const dir = path.join(await tempDir(), 'busy');
    await mkdir(dir);
    await writeFile(path.join(dir, 'notes.txt'), 'mine');
    expect(await codeOf(createDemoVault(dir, PASSPHRASE, TEST_PROFILE))).toBe('VAULT_EXISTS');
    expect(await readdir(dir)).toEqual(['notes.txt']);
  });

  it('writes a smaller or different set when asked (tests, screenshots)', async () => {
    const dir = path.join(await tempDir(), 'small');
    const { caseIds } = await createDemoVault(dir, PASSPHRASE, { ...TEST_PROFILE, count: 3, seed: 9, savedBy: 'Tester' });
    expect(caseIds).toEqual(generateCases({ count: 3, seed: 9, fill: 'full' }).map((f) => f.id));
    const vault = await openVault(dir, PASSPHRASE, { ...TEST_PROFILE, readOnly: true });
    try {
      expect(new CaseRepository(vault).get(caseIds[2]!).savedBy).toBe('Tester');
    } finally {
      await vault.close();
    }
  });
});
