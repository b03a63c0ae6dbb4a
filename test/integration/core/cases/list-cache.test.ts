import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseRepository } from '../../../../electron/main/core/cases/case-repository';
import { decodeListCache, encodeListCache, SUMMARY_VERSION } from '../../../../electron/main/core/cases/list-cache';
import { readCache, writeCache } from '../../../../electron/main/core/vault/caches';
import { createVault, openVault } from '../../../../electron/main/core/vault/vault';
import { newCaseFile, type CaseSummary } from '../../../../shared/case-model';
import { loadFullCase } from '../../../fixtures/cases/full-case';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { PASSPHRASE, TEST_PROFILE } from '../../../helpers/vault-files';

const tempDir = useTempDirs('habeas-list-cache-');
const cacheFile = (dir: string) => path.join(dir, 'cache', 'case-list.bin');

/** A closed vault with three cases (one fully filled), written by a repository that kept its list cache. */
async function vaultWithCases(): Promise<{ dir: string; ids: string[] }> {
  const dir = path.join(await tempDir(), 'vault');
  const { vault } = await createVault(dir, PASSPHRASE, TEST_PROFILE);
  const cases = await CaseRepository.open(vault);
  const created = await cases.createMany([newCaseFile({ nameLatin: 'Intiqam Əliyev', nameNative: 'Интигам Алиев', status: 'detained' }), newCaseFile({ nameLatin: 'Anar Məmmədli', status: 'convicted' }), loadFullCase()], 'test');
  cases.list();
  await cases.close();
  await vault.close();
  return { dir, ids: created.map((r) => r.id) };
}

async function listOf(dir: string, options: { readOnly?: boolean } = {}): Promise<CaseSummary[]> {
  const vault = await openVault(dir, PASSPHRASE, { ...TEST_PROFILE, ...options });
  try {
    const cases = await CaseRepository.open(vault);
    const list = cases.list();
    await cases.close();
    return list;
  } finally {
    await vault.close();
  }
}

/** The list derived from the documents alone, without any cache. */
async function derivedList(dir: string): Promise<CaseSummary[]> {
  const vault = await openVault(dir, PASSPHRASE, { ...TEST_PROFILE, readOnly: true });
  try {
    return new CaseRepository(vault).list();
  } finally {
    await vault.close();
  }
}

/**
 * Replaces the cache (sealed properly, as a build of this version would) with each case's newest
 * row passed through `edit`, for the frame it was derived from unless `sealIdOf` says otherwise.
 */
async function plantCache(dir: string, edit: (row: CaseSummary) => CaseSummary, sealIdOf?: (sealId: string) => string): Promise<void> {
  const vault = await openVault(dir, PASSPHRASE, TEST_PROFILE);
  const rows = new CaseRepository(vault).list();
  const frames = new Map(vault.latest('case').map((r) => [r.id, r.sealId]));
  await vault.writeCache('case-list', encodeListCache(rows.map((row) => ({ revision: row.revision, sealId: (sealIdOf ?? ((id) => id))(frames.get(row.id)!), row: edit(row) }))));
  await vault.close();
}
const marked = (row: CaseSummary): CaseSummary => ({ ...row, name: `${row.name} (from the cache)` });

describe('the case-list cache', () => {
  it('is written sealed when the repository closes, and holds no plaintext', async () => {
    const { dir } = await vaultWithCases();
    const bytes = await fs.readFile(cacheFile(dir));
    expect(bytes.length).toBeGreaterThan(500);
    for (const text of ['Intiqam', 'Əliyev', 'Алиев', 'Məmmədli', 'detained', 'habeas-case-list']) {
      expect(bytes.includes(Buffer.from(text, 'utf8')), text).toBe(false);
    }
    expect(await listOf(dir)).toEqual(await derivedList(dir));
  });

  it('is what the list is served from, for the revisions it was made from', async () => {
    const { dir, ids } = await vaultWithCases();
    const derived = await derivedList(dir);
    await plantCache(dir, marked);
    const list = await listOf(dir, { readOnly: true });
    expect(list.map((r) => r.name).sort()).toEqual(derived.map((r) => `${r.name} (from the cache)`).sort());
    expect(list.map((r) => r.id).sort()).toEqual([...ids].sort());
  });

  it('is not used for another frame with the same revision number (a number reused after a damaged tail)', async () => {
    const { dir } = await vaultWithCases();
    const derived = await derivedList(dir);
    await plantCache(dir, marked, (sealId) => sealId.replace(/^./, (c) => (c === '0' ? '1' : '0')));
    expect(await listOf(dir, { readOnly: true })).toEqual(derived);
  });

  it('is not used for a case saved after it was written: the log decides what is newest', async () => {
    const { dir, ids } = await vaultWithCases();
    await plantCache(dir, marked);
    // Save a new revision of the first case without touching the cache.
    const vault = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    const cases = new CaseRepository(vault);
    const current = cases.get(ids[0]!);
    await cases.save({ ...current.file, status: 'released' }, current.revision, 'test');
    await vault.close();

    const list = await listOf(dir, { readOnly: true });
    const saved = list.find((r) => r.id === ids[0]);
    expect(saved).toMatchObject({ name: 'Intiqam Əliyev', status: 'released', revision: 2 });
    expect(list.filter((r) => r.name.endsWith('(from the cache)'))).toHaveLength(2);
  });

  it('a damaged, truncated or foreign cache is ignored, and rewritten correctly', async () => {
    const { dir } = await vaultWithCases();
    const derived = await derivedList(dir);
    const { dir: other } = await vaultWithCases();
    const original = await fs.readFile(cacheFile(dir));
    const variants: Array<[string, Buffer]> = [
      ['one flipped byte', Buffer.from(original.map((b, i) => (i === 40 ? b ^ 1 : b)))],
      ['truncated', original.subarray(0, original.length - 20)],
      ['empty', Buffer.alloc(0)],
      ["another vault's cache", await fs.readFile(cacheFile(other))],
    ];
    for (const [what, bytes] of variants) {
      await fs.writeFile(cacheFile(dir), bytes);
      expect(await listOf(dir), what).toEqual(derived);
      const rewritten = await fs.readFile(cacheFile(dir));
      expect(rewritten.equals(bytes), what).toBe(false);
      expect(await listOf(dir, { readOnly: true }), what).toEqual(derived);
    }
  });

  it('is neither needed nor written by a read-only opener', async () => {
    const { dir } = await vaultWithCases();
    await fs.rm(path.join(dir, 'cache'), { recursive: true });
    expect(await listOf(dir, { readOnly: true })).toEqual(await derivedList(dir));
    await expect(fs.stat(path.join(dir, 'cache'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await listOf(dir)).toEqual(await derivedList(dir)); // a writer rebuilds it
    expect((await fs.stat(cacheFile(dir))).size).toBeGreaterThan(0);
  });

  it('is bound to its vault and key: the same bytes do not open elsewhere', async () => {
    const dir = path.join(await tempDir(), 'caches');
    const key = randomBytes(32);
    await writeCache(dir, 'vault-a', key, 'case-list', { rows: ['Intiqam Əliyev'] });
    expect(await readCache(dir, 'vault-a', key, 'case-list')).toEqual({ rows: ['Intiqam Əliyev'] });
    expect(await readCache(dir, 'vault-b', key, 'case-list')).toBeNull();
    expect(await readCache(dir, 'vault-a', randomBytes(32), 'case-list')).toBeNull();
    expect(await readCache(path.join(dir, 'elsewhere'), 'vault-a', key, 'case-list')).toBeNull(); // none: null, no throw
    const bytes = await fs.readFile(cacheFile(dir));
    expect(bytes.includes(Buffer.from('Intiqam', 'utf8'))).toBe(false);
  });
});

describe('decodeListCache', () => {
  const row = { id: '00000000-0000-4000-8000-000000000001', revision: 2 } as CaseSummary;
  const entry = { revision: 2, sealId: 'a1b2', row };
  it('accepts what encodeListCache wrote', () => {
    expect(decodeListCache(JSON.parse(JSON.stringify(encodeListCache([entry]))))?.get(row.id)).toEqual(entry);
  });
  it('refuses another build’s cache or a malformed one', () => {
    const good = encodeListCache([entry]);
    for (const bad of [null, 1, [], { ...good, format: 'x' }, { ...good, summaryVersion: SUMMARY_VERSION + 1 }, { ...good, fields: 'id,name' }, { ...good, rows: {} }, { ...good, rows: [[2, 'a1b2']] }, { ...good, rows: [[2, row]] }, { ...good, rows: [['2', 'a1b2', row]] }, { ...good, rows: [[2, 7, row]] }, { ...good, rows: [[3, 'a1b2', row]] }, { ...good, rows: [[2, 'a1b2', { revision: 2 }]] }]) {
      expect(decodeListCache(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
