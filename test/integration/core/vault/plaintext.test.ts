import { stat, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VaultSession } from '../../../../electron/main/core/session/vault-session';
import { describeHits, scanForCanaries, type Needle } from '../../../e2e/harness/canary-scan';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { listTree, PASSPHRASE } from '../../../helpers/vault-files';

const tempDir = useTempDirs('habeas-plaintext-');

const CANARY = 'CANARY-7f3a';
const LATIN = 'Intiqam Əliyev';
const NATIVE = 'Интигам Алиев';
const NEEDLES: Needle[] = [
  { label: 'canary', text: CANARY },
  { label: 'latin name', text: LATIN },
  { label: 'native name', text: NATIVE },
  ...['Intiqam', 'Əliyev', 'Aliyev', 'Интигам', 'Алиев'].map((text) => ({ label: `name part ${text}`, text })),
  { label: 'edited name', text: 'Qəmbər' },
  // Field names of case data would show that plaintext JSON reached the disk.
  { label: 'field name', text: 'nameLatin' },
  { label: 'status value', text: 'under_investigation' },
  { label: 'passphrase', text: PASSPHRASE },
  { label: 'new passphrase', text: 'second passphrase Ğ' },
];
const SECRET = ['passphrase', 'new passphrase'];

describe('no plaintext on disk', () => {
  it('leaves no case name, canary or passphrase in any file, in any encoding, after a full session', async () => {
    const root = await tempDir();
    const dir = path.join(root, 'vault');
    const session = new VaultSession({ dir, kdfProfile: 'test', program: 'plaintext test' });
    const { recoveryKey } = await session.create(PASSPHRASE);
    const created = await session.createCase({ nameLatin: `${CANARY} ${LATIN} Aliyev`, nameNative: NATIVE, status: 'detained' });
    const updated = await session.updateCase(created.id, created.revision, { nameLatin: `${CANARY} Qəmbər ${LATIN}`, nameNative: `${NATIVE} ${CANARY}`, status: 'under_investigation' });
    for (let i = 0; i < 30; i++) await session.createCase({ nameLatin: `${LATIN} ${i}`, status: 'released' });
    await session.setAutoLockMinutes(9);
    await session.changePassphrase(PASSPHRASE, 'second passphrase Ğ');
    await session.lock('user');
    await session.unlockWithRecoveryKey(recoveryKey, 'second passphrase Ğ');
    expect(session.getCase(updated.id).nameLatin).toContain('Qəmbər');
    await session.lock('user');

    const report = await scanForCanaries([root], NEEDLES, { secretLabels: SECRET });
    expect(report.files).toBeGreaterThanOrEqual(2);
    expect(report.hits, describeHits(report.hits)).toEqual([]);
    expect(await listTree(root)).toEqual(['vault/', 'vault/head.json', 'vault/header.json', 'vault/records/', 'vault/records/000001.log']);
  });

  it('the scan would have found a planted name (positive control)', async () => {
    const root = await tempDir();
    const dir = path.join(root, 'vault');
    const session = new VaultSession({ dir, kdfProfile: 'test' });
    await session.create(PASSPHRASE);
    await session.createCase({ nameLatin: LATIN, status: 'detained' });
    await session.lock('user');
    await writeFile(path.join(dir, 'records', 'planted.txt'), Buffer.from(`x${NATIVE.toLowerCase()}x`, 'utf16le'));
    const report = await scanForCanaries([root], NEEDLES, { secretLabels: SECRET });
    expect(report.hits.map((h) => `${h.needle}/${h.encoding}`)).toContain('native name/utf16le');
    await rm(path.join(dir, 'records', 'planted.txt'));
  });

  it.skipIf(process.platform === 'win32')('creates the vault private to its owner (0700 folders, 0600 files)', async () => {
    const dir = path.join(await tempDir(), 'vault');
    const session = new VaultSession({ dir, kdfProfile: 'test' });
    await session.create(PASSPHRASE);
    await session.createCase({ nameLatin: LATIN, status: 'detained' });
    for (const entry of ['', 'records']) expect(((await stat(path.join(dir, entry))).mode & 0o777).toString(8), entry || 'vault dir').toBe('700');
    for (const entry of ['header.json', 'vault.lock', 'records/000001.log']) expect(((await stat(path.join(dir, entry))).mode & 0o777).toString(8), entry).toBe('600');
    await session.lock('user');
  });
});
