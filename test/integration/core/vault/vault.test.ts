import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVault, inspectVault, openVault, type Vault } from '../../../../electron/main/core/vault/vault';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { codeOf, listTree, PASSPHRASE, TEST_PROFILE } from '../../../helpers/vault-files';

const tempDir = useTempDirs('habeas-vault-');

async function newVault(): Promise<{ dir: string; vault: Vault; recoveryKey: string }> {
  const dir = path.join(await tempDir(), 'vault');
  const { vault, recoveryKey } = await createVault(dir, PASSPHRASE, TEST_PROFILE);
  return { dir, vault, recoveryKey };
}

describe('vault lifecycle', () => {
  it('create → put → close → reopen returns the data', async () => {
    const { dir, vault, recoveryKey } = await newVault();
    expect(recoveryKey).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/);
    const data = { nameLatin: 'Intiqam Əliyev', nested: { list: [1, 2, 3], unicode: 'Интигам Алиев' } };
    const written = await vault.put('case', 'record-1', 1, data, 0);
    expect(written).toMatchObject({ id: 'record-1', type: 'case', schema: 1, rev: 1, data });
    expect(Date.parse(written.savedAt)).not.toBeNaN();
    await vault.put('note', 'record-2', 3, 'just a string', 0);
    const id = vault.id;
    await vault.close();

    const reopened = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    try {
      expect(reopened.id).toBe(id);
      expect(reopened.get('record-1')).toEqual(written);
      expect(reopened.get('record-2')).toMatchObject({ type: 'note', schema: 3, rev: 1, data: 'just a string' });
      expect(reopened.latest('case').map((r) => r.id)).toEqual(['record-1']);
      expect(reopened.latest('note').map((r) => r.id)).toEqual(['record-2']);
      expect(reopened.latest('nothing')).toEqual([]);
      expect(reopened.get('no-such-record')).toBeUndefined();
      expect(reopened.damage).toEqual([]);
      expect(await reopened.verify()).toEqual({ ok: true, records: 2, revisions: 2, damaged: [], tornWrites: 0 });
    } finally {
      await reopened.close();
    }
  });

  it('lays out header.json and records/ and removes the lock on close', async () => {
    const { dir, vault } = await newVault();
    expect(await listTree(dir)).toEqual(['head.json', 'header.json', 'vault.lock']);
    await vault.put('case', 'a', 1, {}, 0);
    expect(await listTree(dir)).toEqual(['head.json', 'header.json', 'records/', 'records/000001.log', 'vault.lock']);
    await vault.close();
    expect(await listTree(dir)).toEqual(['head.json', 'header.json', 'records/', 'records/000001.log']);
  });

  it('reports a missing vault with VAULT_MISSING', async () => {
    const root = await tempDir();
    expect(await codeOf(openVault(path.join(root, 'nope'), PASSPHRASE, TEST_PROFILE))).toBe('VAULT_MISSING');
    expect(await codeOf(openVault(root, PASSPHRASE, TEST_PROFILE))).toBe('VAULT_MISSING');
    expect(await inspectVault(path.join(root, 'nope'))).toEqual({ exists: false });
  });

  it('refuses to create a vault over another vault or in a folder that holds files (VAULT_EXISTS)', async () => {
    const { dir, vault } = await newVault();
    await vault.close();
    expect(await codeOf(createVault(dir, PASSPHRASE, TEST_PROFILE))).toBe('VAULT_EXISTS');
    const busy = await tempDir();
    await writeFile(path.join(busy, 'thesis.docx'), 'unrelated');
    expect(await codeOf(createVault(busy, PASSPHRASE, TEST_PROFILE))).toBe('VAULT_EXISTS');
    expect(await listTree(busy)).toEqual(['thesis.docx']);
    const withSubdir = await tempDir();
    await mkdir(path.join(withSubdir, 'records'));
    expect(await codeOf(createVault(withSubdir, PASSPHRASE, TEST_PROFILE))).toBe('VAULT_EXISTS');
  });

  it('creates the vault in an existing empty folder', async () => {
    const dir = await tempDir();
    const { vault } = await createVault(dir, PASSPHRASE, TEST_PROFILE);
    await vault.close();
    expect(await inspectVault(dir)).toMatchObject({ exists: true });
  });

  it('refuses every operation after close with VAULT_LOCKED', async () => {
    const { vault } = await newVault();
    await vault.put('case', 'a', 1, { x: 1 }, 0);
    await vault.close();
    expect(await codeOf(() => vault.get('a'))).toBe('VAULT_LOCKED');
    expect(await codeOf(() => vault.latest('case'))).toBe('VAULT_LOCKED');
    expect(await codeOf(() => vault.history('a'))).toBe('VAULT_LOCKED');
    expect(await codeOf(() => vault.currentRevision('a'))).toBe('VAULT_LOCKED');
    expect(await codeOf(vault.put('case', 'a', 1, { x: 2 }, 1))).toBe('VAULT_LOCKED');
    expect(await codeOf(vault.put('case', 'b', 1, { x: 2 }, 0))).toBe('VAULT_LOCKED');
    expect(await codeOf(vault.verify())).toBe('VAULT_LOCKED');
    expect(await codeOf(vault.changePassphrase(PASSPHRASE, 'another passphrase'))).toBe('VAULT_LOCKED');
    await vault.close(); // closing twice is harmless
  });

  it('zeroes the master key and the record key on close and forgets decrypted records', async () => {
    const { vault } = await newVault();
    await vault.put('case', 'a', 1, { secret: 'Интигам' }, 0);
    const internals = vault as unknown as { masterKey: Buffer | null; recordKey: Buffer | null; latestCache: Map<string, unknown> };
    const master = internals.masterKey!;
    const recordKey = internals.recordKey!;
    expect(master.length).toBe(32);
    expect(recordKey.length).toBe(32);
    expect(master.equals(Buffer.alloc(32))).toBe(false);
    expect(recordKey.equals(Buffer.alloc(32))).toBe(false);
    await vault.close();
    expect(master.equals(Buffer.alloc(32))).toBe(true);
    expect(recordKey.equals(Buffer.alloc(32))).toBe(true);
    expect(internals.masterKey).toBeNull();
    expect(internals.recordKey).toBeNull();
    expect(internals.latestCache.size).toBe(0);
  });

  it('close during writes: every acknowledged put is on disk, and nothing decrypted stays in memory', async () => {
    const { dir, vault } = await newVault();
    await vault.put('case', 'a', 1, { v: 0 }, 0);
    const first = vault.put('case', 'a', 1, { v: 1 }, 1);
    await new Promise((resolve) => setImmediate(resolve)); // let the first write start
    const pending = [first, ...Array.from({ length: 5 }, (_, i) => vault.put('case', `b${i}`, 1, { i }, 0))];
    await vault.close();
    const results = await Promise.allSettled(pending);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as { code?: string }).code).toBe('VAULT_LOCKED');
    const internals = vault as unknown as { latestCache: Map<string, unknown>; index: Map<string, unknown> };
    expect(internals.latestCache.size).toBe(0);
    expect(internals.index.size).toBe(0);
    const reopened = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    for (const r of results) {
      if (r.status === 'fulfilled') expect(reopened.get(r.value.id)).toMatchObject({ rev: r.value.rev, data: r.value.data });
    }
    await reopened.close();
  });

  it('opens read-only without a lock file and refuses writes there', async () => {
    const { dir, vault } = await newVault();
    await vault.put('case', 'a', 1, { v: 1 }, 0);
    await vault.close();
    const reader = await openVault(dir, PASSPHRASE, { ...TEST_PROFILE, readOnly: true });
    try {
      expect(reader.readOnly).toBe(true);
      expect(await listTree(dir)).not.toContain('vault.lock');
      expect(reader.get('a')?.data).toEqual({ v: 1 });
      expect(await codeOf(reader.put('case', 'a', 1, { v: 2 }, 1))).toBe('VAULT_IN_USE');
      expect(await codeOf(reader.changePassphrase(PASSPHRASE, 'new passphrase here'))).toBe('VAULT_IN_USE');
    } finally {
      await reader.close();
    }
    const again = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    expect(again.get('a')?.rev).toBe(1);
    await again.close();
  });
});

describe('history and conflicts', () => {
  it('keeps every revision, readable oldest first, also after reopening', async () => {
    const { dir, vault } = await newVault();
    for (let rev = 1; rev <= 5; rev++) await vault.put('case', 'a', 1, { step: rev }, rev - 1);
    await vault.put('case', 'b', 1, { other: true }, 0);
    const expected = [1, 2, 3, 4, 5].map((rev) => ({ rev, data: { step: rev } }));
    expect(vault.history('a').map(({ rev, data }) => ({ rev, data }))).toEqual(expected);
    expect(vault.currentRevision('a')).toBe(5);
    await vault.close();
    const reopened = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    expect(reopened.history('a').map(({ rev, data }) => ({ rev, data }))).toEqual(expected);
    expect(reopened.get('a')?.data).toEqual({ step: 5 });
    expect(reopened.history('b').map((r) => r.rev)).toEqual([1]);
    expect(reopened.history('never-written')).toEqual([]);
    expect(reopened.currentRevision('never-written')).toBe(0);
    expect((await reopened.verify()).revisions).toBe(6);
    await reopened.close();
  });

  it('refuses a stale expectedRevision with CONFLICT and writes nothing', async () => {
    const { vault } = await newVault();
    await vault.put('case', 'a', 1, { v: 1 }, 0);
    await vault.put('case', 'a', 1, { v: 2 }, 1);
    expect(await codeOf(vault.put('case', 'a', 1, { v: 'stale edit' }, 1))).toBe('CONFLICT');
    expect(await codeOf(vault.put('case', 'a', 1, { v: 'from the future' }, 7))).toBe('CONFLICT');
    expect(await codeOf(vault.put('case', 'a', 1, { v: 'as new' }, 0))).toBe('CONFLICT');
    expect(await codeOf(vault.put('case', 'new', 1, { v: 'new with a base' }, 1))).toBe('CONFLICT');
    expect(await codeOf(vault.put('note', 'a', 1, { v: 'other type' }, 2))).toBe('CONFLICT');
    expect(vault.history('a').map((r) => r.data)).toEqual([{ v: 1 }, { v: 2 }]);
    expect(vault.get('new')).toBeUndefined();
    // A refused write does not block the queue.
    await expect(vault.put('case', 'a', 1, { v: 3 }, 2)).resolves.toMatchObject({ rev: 3 });
    await vault.close();
  });

  it('serialises concurrent puts: two edits from the same base, one wins', async () => {
    const { vault } = await newVault();
    await vault.put('case', 'a', 1, { v: 1 }, 0);
    const results = await Promise.allSettled([vault.put('case', 'a', 1, { v: 'left' }, 1), vault.put('case', 'a', 1, { v: 'right' }, 1)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect(vault.history('a').map((r) => r.data)).toEqual([{ v: 1 }, { v: 'left' }]);
    const many = await Promise.all(Array.from({ length: 20 }, (_, i) => vault.put('case', `r${i}`, 1, { i }, 0)));
    expect(many.map((r) => r.rev)).toEqual(Array(20).fill(1));
    expect((await vault.verify()).revisions).toBe(22);
    await vault.close();
  });
});
