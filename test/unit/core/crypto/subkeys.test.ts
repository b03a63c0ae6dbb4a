import { createHmac, hkdfSync, randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveSubkey, SUBKEY_PURPOSES, wipe } from '../../../../electron/main/core/crypto/subkeys';

/** RFC 5869 written out with HMAC, independent of node's hkdf, to check the subkey construction. */
function hkdfReference(ikm: Buffer, salt: Buffer, info: Buffer, length: number): Buffer {
  const prk = createHmac('sha256', salt).update(ikm).digest();
  const blocks: Buffer[] = [];
  let previous = Buffer.alloc(0);
  for (let i = 1; blocks.length * 32 < length; i++) {
    previous = createHmac('sha256', prk).update(Buffer.concat([previous, info, Buffer.from([i])])).digest();
    blocks.push(previous);
  }
  return Buffer.concat(blocks).subarray(0, length);
}

// RFC 5869 appendix A, test case 1.
const RFC5869_1 = {
  ikm: Buffer.alloc(22, 0x0b),
  salt: Buffer.from('000102030405060708090a0b0c', 'hex'),
  info: Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'),
  okm: '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
};

describe('HKDF-SHA256 subkeys', () => {
  it('node:crypto hkdfSync (what subkeys.ts calls) gives the RFC 5869 test case 1 output', () => {
    const { ikm, salt, info, okm } = RFC5869_1;
    expect(Buffer.from(hkdfSync('sha256', ikm, salt, info, 42)).toString('hex')).toBe(okm);
    expect(hkdfReference(ikm, salt, info, 42).toString('hex')).toBe(okm);
  });

  it('derives HKDF(master key, salt = vault id, info = "habeas/<purpose>") of 32 bytes', () => {
    const master = randomBytes(32);
    const vaultId = randomUUID();
    for (const purpose of SUBKEY_PURPOSES) {
      const key = deriveSubkey(master, vaultId, purpose);
      expect(key.length).toBe(32);
      expect(key).toEqual(hkdfReference(master, Buffer.from(vaultId), Buffer.from(`habeas/${purpose}`), 32));
    }
  });

  it('is deterministic and separates purposes, vaults and master keys', () => {
    const master = randomBytes(32);
    const vaultId = randomUUID();
    const seen = new Set<string>();
    for (const purpose of SUBKEY_PURPOSES) {
      expect(deriveSubkey(master, vaultId, purpose)).toEqual(deriveSubkey(Buffer.from(master), vaultId, purpose));
      seen.add(deriveSubkey(master, vaultId, purpose).toString('hex'));
      seen.add(deriveSubkey(master, randomUUID(), purpose).toString('hex'));
      seen.add(deriveSubkey(randomBytes(32), vaultId, purpose).toString('hex'));
    }
    expect(seen.size).toBe(SUBKEY_PURPOSES.length * 3);
  });

  it('wipe zeroes every buffer it is given and tolerates null', () => {
    const a = randomBytes(32);
    const b = randomBytes(16);
    wipe(a, null, b, undefined);
    expect(a.equals(Buffer.alloc(32))).toBe(true);
    expect(b.equals(Buffer.alloc(16))).toBe(true);
  });
});
