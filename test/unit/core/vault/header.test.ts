import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assertHeaderMac, newSalt, parseHeader, passphraseBinding, recoveryBinding, serialiseHeader, unwrapMasterKey, wrapMasterKey, type HeaderBody } from '../../../../electron/main/core/vault/header';
import { codeOf } from '../../../helpers/vault-files';

function makeBody(masterKey: Buffer, kek: Buffer, recoveryKek: Buffer): HeaderBody {
  const vaultId = randomUUID();
  const kdf = { algorithm: 'argon2id' as const, version: 19 as const, memoryKiB: 262144, iterations: 3, parallelism: 4, salt: newSalt() };
  const recoverySalt = newSalt();
  return {
    format: 'habeas-vault',
    version: 1,
    vaultId,
    createdAt: new Date().toISOString(),
    kdfProfile: 'standard',
    kdf,
    expectedUnlockMs: 1000,
    passphraseSlot: { box: wrapMasterKey(vaultId, passphraseBinding(kdf), kek, masterKey) },
    recoverySlot: { salt: recoverySalt, box: wrapMasterKey(vaultId, recoveryBinding(recoverySalt), recoveryKek, masterKey) },
  };
}

describe('vault header', () => {
  const masterKey = randomBytes(32);
  const kek = randomBytes(32);
  const recoveryKek = randomBytes(32);

  it('round-trips and unwraps the master key from both slots', () => {
    const body = makeBody(masterKey, kek, recoveryKek);
    const parsed = parseHeader(serialiseHeader(body, masterKey));
    expect(parsed.body).toEqual(body);
    expect(unwrapMasterKey(parsed.body, 'passphrase', kek)).toEqual(masterKey);
    expect(unwrapMasterKey(parsed.body, 'recovery', recoveryKek)).toEqual(masterKey);
    expect(() => assertHeaderMac(parsed.body, parsed.mac, masterKey)).not.toThrow();
  });

  it('does not unwrap with the wrong key, or with one slot\'s key on the other slot', () => {
    const body = makeBody(masterKey, kek, recoveryKek);
    expect(unwrapMasterKey(body, 'passphrase', randomBytes(32))).toBeNull();
    expect(unwrapMasterKey(body, 'passphrase', recoveryKek)).toBeNull();
    expect(unwrapMasterKey(body, 'recovery', kek)).toBeNull();
  });

  it('binds the passphrase slot to every KDF parameter and the vault id', () => {
    const body = makeBody(masterKey, kek, recoveryKek);
    const variants: HeaderBody[] = [
      { ...body, kdf: { ...body.kdf, memoryKiB: body.kdf.memoryKiB * 2 } },
      { ...body, kdf: { ...body.kdf, iterations: 4 } },
      { ...body, kdf: { ...body.kdf, parallelism: 1 } },
      { ...body, kdf: { ...body.kdf, salt: newSalt() } },
      { ...body, vaultId: randomUUID() },
    ];
    for (const variant of variants) expect(unwrapMasterKey(variant, 'passphrase', kek)).toBeNull();
    expect(unwrapMasterKey({ ...body, recoverySlot: { ...body.recoverySlot, salt: newSalt() } }, 'recovery', recoveryKek)).toBeNull();
  });

  it('rejects a slot from another vault even with the same keys', () => {
    const one = makeBody(masterKey, kek, recoveryKek);
    const two = makeBody(masterKey, kek, recoveryKek);
    expect(unwrapMasterKey({ ...two, kdf: one.kdf, passphraseSlot: one.passphraseSlot }, 'passphrase', kek)).toBeNull();
  });

  it('MAC fails for any edited field and for another master key', async () => {
    const body = makeBody(masterKey, kek, recoveryKek);
    const { mac } = parseHeader(serialiseHeader(body, masterKey));
    expect(await codeOf(() => assertHeaderMac({ ...body, expectedUnlockMs: 1 }, mac, masterKey))).toBe('HEADER_DAMAGED');
    expect(await codeOf(() => assertHeaderMac({ ...body, kdfProfile: 'test' }, mac, masterKey))).toBe('HEADER_DAMAGED');
    expect(await codeOf(() => assertHeaderMac(body, mac, randomBytes(32)))).toBe('HEADER_DAMAGED');
  });

  it('serialises deterministically whatever the key order of the body object', () => {
    const body = makeBody(masterKey, kek, recoveryKek);
    const shuffled = Object.fromEntries(Object.entries(body).reverse()) as HeaderBody;
    shuffled.kdf = Object.fromEntries(Object.entries(body.kdf).reverse()) as HeaderBody['kdf'];
    const a = JSON.parse(serialiseHeader(body, masterKey).toString()) as { checksum: string; mac: string };
    const b = JSON.parse(serialiseHeader(shuffled, masterKey).toString()) as { checksum: string; mac: string };
    expect(b.checksum).toBe(a.checksum);
    expect(b.mac).toBe(a.mac);
    expect(parseHeader(serialiseHeader(shuffled, masterKey)).body).toEqual(body);
  });
});
