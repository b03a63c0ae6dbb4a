import { hkdfSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey, recoveryWrappingKey } from '../../../../electron/main/core/crypto/recovery-key';
import { codeOf } from '../../../helpers/vault-files';
import { seededRandom, testSeed } from '../../../helpers/random';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/;

/** Independent encoder: the 160 bits as one big number, most significant 5-bit digit first. */
function referenceFormat(bytes: Buffer): string {
  let n = BigInt(`0x${bytes.toString('hex')}`);
  let digits = '';
  for (let i = 0; i < 32; i++) {
    digits = CROCKFORD[Number(n & 31n)]! + digits;
    n >>= 5n;
  }
  return digits.match(/.{4}/g)!.join('-');
}

describe('recovery key', () => {
  it('formats known keys (vectors computed independently)', () => {
    expect(formatRecoveryKey(Buffer.alloc(20))).toBe('0000-0000-0000-0000-0000-0000-0000-0000');
    expect(formatRecoveryKey(Buffer.alloc(20, 0xff))).toBe('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    expect(formatRecoveryKey(Buffer.from(Array.from({ length: 20 }, (_, i) => i)))).toBe('000G-40R4-0M30-E209-185G-R38E-1W81-24GK');
    expect(formatRecoveryKey(Buffer.from('deadbeef0123456789abcdeffedcba9876543210', 'hex'))).toBe('VTPV-XVR1-4D2P-F2DB-SQQZ-XQ5T-K1V5-8CGG');
  });

  it('generates 160 random bits, different every time', () => {
    const keys = Array.from({ length: 50 }, () => generateRecoveryKey());
    for (const key of keys) expect(key.length).toBe(20);
    expect(new Set(keys.map((k) => k.toString('hex'))).size).toBe(50);
  });

  it('round-trips random keys and matches the reference encoder (seeded loop)', () => {
    const seed = testSeed();
    const random = seededRandom(seed);
    for (let i = 0; i < 2000; i++) {
      const key = random.bytes(20);
      const text = formatRecoveryKey(key);
      expect(text, `seed ${seed}, key ${key.toString('hex')}`).toMatch(SHAPE);
      expect(text).toBe(referenceFormat(key));
      expect(parseRecoveryKey(text).toString('hex'), `seed ${seed}`).toBe(key.toString('hex'));
    }
  });

  it('accepts what people type: lower case, spaces, no separators, O for 0, I and L for 1', () => {
    const key = Buffer.from(Array.from({ length: 20 }, (_, i) => i));
    const text = formatRecoveryKey(key); // 000G-40R4-0M30-E209-185G-R38E-1W81-24GK
    const variants = [
      text.toLowerCase(),
      text.replace(/-/g, ' '),
      text.replace(/-/g, ''),
      `  ${text.replace(/-/g, '  ')}\n`,
      text.replace(/0/g, 'O'),
      text.replace(/0/g, 'o'),
      text.replace(/1/g, 'I'),
      text.replace(/1/g, 'l'),
      text.replace(/1/g, 'L'),
      text.replace(/1/g, 'i').toLowerCase(),
      text.replace(/-/g, '\t'),
    ];
    for (const variant of variants) expect(parseRecoveryKey(variant).toString('hex'), variant).toBe(key.toString('hex'));
  });

  it('refuses anything that is not 32 Crockford characters with WRONG_RECOVERY_KEY', async () => {
    const text = formatRecoveryKey(randomBytes(20));
    const bad = [
      '',
      text.slice(0, -1),
      `${text}0`,
      text.replace(/-/g, '').slice(0, 31),
      `${text.slice(0, -1)}U`, // U is not in the alphabet
      `${text.slice(0, -1)}!`,
      `${text.slice(0, -1)}é`,
      text.replace(/-/g, '_'),
      '0000-0000-0000-0000-0000-0000-0000', // seven groups
    ];
    for (const candidate of bad) expect(await codeOf(() => parseRecoveryKey(candidate)), JSON.stringify(candidate)).toBe('WRONG_RECOVERY_KEY');
  });

  it('derives the wrapping key with HKDF-SHA256 bound to the salt', () => {
    const key = randomBytes(20);
    const salt = randomBytes(16);
    const kek = recoveryWrappingKey(key, salt);
    expect(kek.length).toBe(32);
    expect(kek).toEqual(Buffer.from(hkdfSync('sha256', key, salt, 'habeas/recovery-kek-v1', 32)));
    expect(recoveryWrappingKey(key, randomBytes(16))).not.toEqual(kek);
    expect(recoveryWrappingKey(randomBytes(20), salt)).not.toEqual(kek);
  });
});
