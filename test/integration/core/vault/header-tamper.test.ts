import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { KDF_FLOOR } from '../../../../electron/main/core/crypto/kdf';
import { createVault, inspectVault, openVault, openVaultWithRecoveryKey } from '../../../../electron/main/core/vault/vault';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { canonicalBody, codeOf, hashTree, headerPath, listTree, PASSPHRASE, readHeaderJson, sha256Hex, TEST_PROFILE, tamperHeader } from '../../../helpers/vault-files';

const tempDir = useTempDirs('habeas-header-');

/** A closed test-profile vault with two records. */
async function closedVault(): Promise<{ dir: string; recoveryKey: string }> {
  const dir = path.join(await tempDir(), 'vault');
  const { vault, recoveryKey } = await createVault(dir, PASSPHRASE, TEST_PROFILE);
  await vault.put('case', 'a', 1, { name: 'A' }, 0);
  await vault.put('case', 'b', 1, { name: 'B' }, 0);
  await vault.close();
  return { dir, recoveryKey };
}

describe('wrong passphrase', () => {
  it('is WRONG_PASSPHRASE and leaves the vault folder byte-for-byte unchanged, with no lock left behind', async () => {
    const { dir } = await closedVault();
    const before = await hashTree(dir);
    const namesBefore = await listTree(dir);
    for (const wrong of ['', 'correct horse şəki batterY', `${PASSPHRASE} `, 'совсем другое']) {
      expect(await codeOf(openVault(dir, wrong, TEST_PROFILE)), JSON.stringify(wrong)).toBe('WRONG_PASSPHRASE');
      expect(await codeOf(openVault(dir, wrong, { ...TEST_PROFILE, readOnly: true }))).toBe('WRONG_PASSPHRASE');
    }
    expect(await hashTree(dir)).toEqual(before);
    expect(await listTree(dir)).toEqual(namesBefore);
    expect(namesBefore).not.toContain('vault.lock');
    // …and the right passphrase still works afterwards.
    const vault = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    expect(vault.get('a')?.data).toEqual({ name: 'A' });
    await vault.close();
  });

  it('accepts the passphrase typed in decomposed form (NFC normalisation)', async () => {
    const { dir } = await closedVault();
    const vault = await openVault(dir, PASSPHRASE.normalize('NFD'), TEST_PROFILE);
    await vault.close();
  });
});

describe('damaged header', () => {
  let template: { dir: string; bytes: Buffer; text: string };
  beforeEach(async () => {
    const { dir } = await closedVault();
    const bytes = await readFile(headerPath(dir));
    template = { dir, bytes, text: bytes.toString('utf8') };
  });

  /** Writes the template header with one byte changed and tries to open with the right passphrase. */
  async function openWithFlip(offset: number, mask: number): Promise<string> {
    const bytes = Buffer.from(template.bytes);
    bytes[offset]! ^= mask;
    await writeFile(headerPath(template.dir), bytes);
    try {
      return await codeOf(async () => {
        const vault = await openVault(template.dir, PASSPHRASE, TEST_PROFILE);
        await vault.close();
      });
    } finally {
      await writeFile(headerPath(template.dir), template.bytes);
    }
  }

  function offsetIn(field: string, value: string, within: number): number {
    const at = template.text.indexOf(`"${field}": "${value}"`);
    expect(at, field).toBeGreaterThan(-1);
    return at + `"${field}": "`.length + within;
  }

  it('checks what it believes is the canonical body (a guard for the tamper helper)', async () => {
    const { body, checksum } = await readHeaderJson(template.dir);
    expect(sha256Hex(canonicalBody(body))).toBe(checksum);
  });

  it('reports a flipped byte in the salt, the key slots, the MAC, the checksum or the JSON syntax as HEADER_DAMAGED', async () => {
    const { body, mac, checksum } = await readHeaderJson(template.dir);
    const firstDigit = (hex: string) => [...hex].findIndex((c) => c >= '0' && c <= '9');
    const cases: Array<[string, number]> = [
      ['salt, first char', offsetIn('salt', body.kdf.salt, 0)],
      ['salt, middle', offsetIn('salt', body.kdf.salt, 10)],
      ['passphrase slot box', offsetIn('box', body.passphraseSlot.box, 20)],
      ['recovery slot box', offsetIn('box', body.recoverySlot.box, 5)],
      ['recovery salt', offsetIn('salt', body.recoverySlot.salt, 3)],
      // A digit flipped with 0x01 stays a hex digit: the file still parses and the checksum (which does not
      // cover the MAC) still matches, so this is caught only by the MAC check after unlocking.
      ['mac, still valid hex', offsetIn('mac', mac, firstDigit(mac))],
      ['checksum, still valid hex', offsetIn('checksum', checksum, firstDigit(checksum))],
      ['vault id', offsetIn('vaultId', body.vaultId, 0)],
      ['createdAt', offsetIn('createdAt', body.createdAt, 3)],
      ['opening brace', template.text.indexOf('{')],
      ['a colon', template.text.indexOf(':')],
      ['a quote', template.text.indexOf('"')],
      ['indentation', template.text.indexOf('\n') + 1],
      ['final newline', template.bytes.length - 1],
      ['closing brace', template.text.lastIndexOf('}')],
      ['memoryKiB digit', template.text.indexOf('"memoryKiB": ') + '"memoryKiB": '.length],
    ];
    for (const [name, offset] of cases) {
      for (const mask of [0x01, 0x80, 0xff]) {
        expect(await openWithFlip(offset, mask), `${name} (offset ${offset}, mask ${mask})`).toBe('HEADER_DAMAGED');
      }
    }
  });

  it('never reports any single flipped bit anywhere in the header as a wrong passphrase, and never opens', async () => {
    const seen = new Set<string>();
    for (let offset = 0; offset < template.bytes.length; offset++) {
      const code = await openWithFlip(offset, 0x01);
      if (code !== 'HEADER_DAMAGED') seen.add(`${offset}:${code}`);
    }
    expect([...seen]).toEqual([]);
  }, 120_000);

  it('treats a truncated, empty or non-JSON header as damaged (and inspectVault still sees a vault)', async () => {
    for (const bytes of [template.bytes.subarray(0, template.bytes.length / 2), Buffer.alloc(0), Buffer.from('not json'), Buffer.from('[]'), Buffer.from('null')]) {
      await writeFile(headerPath(template.dir), bytes);
      expect(await codeOf(openVault(template.dir, PASSPHRASE, TEST_PROFILE))).toBe('HEADER_DAMAGED');
      expect(await inspectVault(template.dir)).toEqual({ exists: true, expectedUnlockMs: 0 });
    }
    await writeFile(headerPath(template.dir), template.bytes);
  });

  it('detects edits with a recomputed checksum through the MAC (HEADER_DAMAGED)', async () => {
    const { dir, recoveryKey } = await closedVault();
    const original = await readFile(headerPath(dir));
    const edits: Array<[string, (file: Awaited<ReturnType<typeof readHeaderJson>>) => void]> = [
      ['expectedUnlockMs', (f) => (f.body.expectedUnlockMs += 1)],
      ['createdAt', (f) => (f.body.createdAt = '2001-01-01T00:00:00.000Z')],
      ['kdfProfile label', (f) => (f.body.kdfProfile = 'standard')],
    ];
    for (const [name, edit] of edits) {
      await tamperHeader(dir, edit);
      expect(await codeOf(openVault(dir, PASSPHRASE, TEST_PROFILE)), name).toBe('HEADER_DAMAGED');
      expect(await codeOf(openVaultWithRecoveryKey(dir, recoveryKey, 'a new passphrase', TEST_PROFILE)), name).toBe('HEADER_DAMAGED');
      expect(await listTree(dir), name).not.toContain('vault.lock');
      await writeFile(headerPath(dir), original);
    }
    // An edit without recomputing the checksum is caught before any key derivation.
    await tamperHeader(dir, (f) => (f.body.expectedUnlockMs += 1), { fixChecksum: false });
    expect(await codeOf(openVault(dir, PASSPHRASE, TEST_PROFILE))).toBe('HEADER_DAMAGED');
  });

  it('refuses a header with extra or missing fields', async () => {
    const { dir } = await closedVault();
    await tamperHeader(dir, (f) => Object.assign(f.body, { note: 'x' }));
    expect(await codeOf(openVault(dir, PASSPHRASE, TEST_PROFILE))).toBe('HEADER_DAMAGED');
    const { dir: other } = await closedVault();
    await tamperHeader(other, (f) => {
      delete (f.body as Partial<typeof f.body>).recoverySlot;
    });
    expect(await codeOf(openVault(other, PASSPHRASE, TEST_PROFILE))).toBe('HEADER_DAMAGED');
  });
});

describe('KDF floor and ceiling on open', () => {
  it('refuses a vault made with the test profile on the normal open path (KDF_BELOW_FLOOR), also with its label edited', async () => {
    const { dir, recoveryKey } = await closedVault();
    const before = await hashTree(dir);
    expect(await codeOf(openVault(dir, PASSPHRASE))).toBe('KDF_BELOW_FLOOR');
    expect(await codeOf(openVault(dir, PASSPHRASE, { kdfProfile: 'standard' }))).toBe('KDF_BELOW_FLOOR');
    expect(await codeOf(openVault(dir, PASSPHRASE, { readOnly: true }))).toBe('KDF_BELOW_FLOOR');
    expect(await codeOf(openVaultWithRecoveryKey(dir, recoveryKey, 'a new passphrase'))).toBe('KDF_BELOW_FLOOR');
    expect(await hashTree(dir)).toEqual(before);
    // The floor is checked on the parameters, not on the label.
    await tamperHeader(dir, (f) => (f.body.kdfProfile = 'standard'));
    expect(await codeOf(openVault(dir, PASSPHRASE))).toBe('KDF_BELOW_FLOOR');
  });

  it('refuses absurd parameters as a damaged header before allocating anything, on both profiles', async () => {
    const { dir } = await closedVault();
    const original = await readFile(headerPath(dir));
    for (const edit of [(f: Awaited<ReturnType<typeof readHeaderJson>>) => (f.body.kdf.memoryKiB = 2 ** 31), (f: Awaited<ReturnType<typeof readHeaderJson>>) => (f.body.kdf.iterations = 1_000_000)]) {
      await tamperHeader(dir, edit);
      expect(await codeOf(openVault(dir, PASSPHRASE, TEST_PROFILE))).toBe('HEADER_DAMAGED');
      expect(await codeOf(openVault(dir, PASSPHRASE))).toBe('HEADER_DAMAGED');
      await writeFile(headerPath(dir), original);
    }
  });

  it('creates a standard vault at or above the floor, opens it, and refuses it once its header is weakened', async () => {
    const dir = path.join(await tempDir(), 'standard');
    const { vault } = await createVault(dir, PASSPHRASE);
    await vault.put('case', 'a', 1, { ok: true }, 0);
    await vault.close();
    const { body } = await readHeaderJson(dir);
    expect(body.kdfProfile).toBe('standard');
    expect(body.kdf.memoryKiB).toBeGreaterThanOrEqual(KDF_FLOOR.memoryKiB);
    expect(body.kdf.iterations).toBeGreaterThanOrEqual(KDF_FLOOR.iterations);
    expect(body.expectedUnlockMs).toBeGreaterThan(0);

    const reopened = await openVault(dir, PASSPHRASE);
    expect(reopened.get('a')?.data).toEqual({ ok: true });
    await reopened.close();

    const original = await readFile(headerPath(dir));
    await tamperHeader(dir, (f) => (f.body.kdf.memoryKiB = 65536));
    expect(await codeOf(openVault(dir, PASSPHRASE))).toBe('KDF_BELOW_FLOOR');
    await writeFile(headerPath(dir), original);
    await tamperHeader(dir, (f) => (f.body.kdf.iterations = 2));
    expect(await codeOf(openVault(dir, PASSPHRASE))).toBe('KDF_BELOW_FLOOR');
    expect(await listTree(dir)).not.toContain('vault.lock');
  }, 60_000);
});
