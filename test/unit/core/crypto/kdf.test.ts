import { argon2id } from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import { assertKdfAllowed, calibrate, deriveKey, KDF_FLOOR, KdfParams, normalisePassphrase } from '../../../../electron/main/core/crypto/kdf';
import { codeOf } from '../../../helpers/vault-files';

const b64 = (s: string) => Buffer.from(s).toString('base64');

/**
 * Argon2id v1.3 known answers from the reference implementation (phc-winner-argon2 src/test.c,
 * password "password", salt "somesalt", 32-byte tag).
 *
 * RFC 9106 §5.3's vector cannot be used here: it feeds a secret *and* associated data into H0, and
 * hash-wasm (like deriveKey, which passes neither) has no associated-data input. The reference
 * vectors exercise exactly the inputs Habeas uses.
 */
const REFERENCE = [
  { memoryKiB: 256, iterations: 2, parallelism: 1, tag: '9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe' },
  { memoryKiB: 256, iterations: 2, parallelism: 2, tag: '6d093c501fd5999645e0ea3bf620d7b8be7fd2db59c20d9fff9539da2bf57037' },
  { memoryKiB: 65536, iterations: 2, parallelism: 1, tag: '09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7' },
];

const floorParams = (over: Partial<KdfParams> = {}): KdfParams => ({
  algorithm: 'argon2id',
  version: 19,
  memoryKiB: KDF_FLOOR.memoryKiB,
  iterations: KDF_FLOOR.iterations,
  parallelism: 4,
  salt: b64('0123456789abcdef'),
  ...over,
});

describe('Argon2id', () => {
  it.each(REFERENCE)('hash-wasm matches the reference implementation at m=$memoryKiB t=$iterations p=$parallelism', async ({ memoryKiB, iterations, parallelism, tag }) => {
    const out = await argon2id({ password: 'password', salt: 'somesalt', memorySize: memoryKiB, iterations, parallelism, hashLength: 32, outputType: 'hex' });
    expect(out).toBe(tag);
  });

  it.each(REFERENCE)('deriveKey (worker thread) gives the reference tag at m=$memoryKiB t=$iterations p=$parallelism', async ({ memoryKiB, iterations, parallelism, tag }) => {
    const key = await deriveKey(Buffer.from('password'), { memoryKiB, iterations, parallelism, salt: b64('somesalt') });
    expect(key.toString('hex')).toBe(tag);
  });

  it('changes the key when any input changes', async () => {
    const base = { memoryKiB: 256, iterations: 2, parallelism: 1, salt: b64('somesalt') };
    const keys = await Promise.all([
      deriveKey(Buffer.from('password'), base),
      deriveKey(Buffer.from('passwore'), base),
      deriveKey(Buffer.from('password'), { ...base, salt: b64('somesalu') }),
      deriveKey(Buffer.from('password'), { ...base, memoryKiB: 264 }),
      deriveKey(Buffer.from('password'), { ...base, iterations: 3 }),
      deriveKey(Buffer.from('password'), { ...base, parallelism: 2 }),
    ]);
    expect(new Set(keys.map((k) => k.toString('hex'))).size).toBe(keys.length);
  });

  it('does not consume the caller\'s passphrase buffer', async () => {
    const passphrase = Buffer.from('password');
    await deriveKey(passphrase, { memoryKiB: 256, iterations: 2, parallelism: 1, salt: b64('somesalt') });
    expect(passphrase.toString()).toBe('password');
  });

  it('rejects parameters Argon2 cannot run instead of returning a key', async () => {
    await expect(deriveKey(Buffer.from('x'), { memoryKiB: 1, iterations: 1, parallelism: 4, salt: b64('somesalt') })).rejects.toThrow();
    await expect(deriveKey(Buffer.from('x'), { memoryKiB: 256, iterations: 1, parallelism: 1, salt: b64('short') })).rejects.toThrow();
  });

  it('normalises passphrases to NFC, so composed and decomposed letters give the same key', () => {
    const composed = 'Şəki ş';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(normalisePassphrase(decomposed)).toEqual(normalisePassphrase(composed));
    expect(normalisePassphrase(composed)).toEqual(Buffer.from(composed.normalize('NFC'), 'utf8'));
  });
});

describe('KDF floor and ceiling', () => {
  it('accepts the floor and anything stronger on the standard path', () => {
    expect(() => assertKdfAllowed(floorParams(), 'standard')).not.toThrow();
    expect(() => assertKdfAllowed(floorParams({ memoryKiB: 1024 * 1024, iterations: 12 }), 'standard')).not.toThrow();
  });

  it.each([
    ['64 MiB', { memoryKiB: 65536 }],
    ['128 MiB - 1 KiB', { memoryKiB: KDF_FLOOR.memoryKiB - 1 }],
    ['2 passes', { iterations: 2 }],
    ['1 pass, 1 MiB (the test profile)', { memoryKiB: 1024, iterations: 1 }],
  ])('refuses %s with KDF_BELOW_FLOOR', async (_name, over) => {
    expect(await codeOf(() => assertKdfAllowed(floorParams(over), 'standard'))).toBe('KDF_BELOW_FLOOR');
  });

  it.each([
    ['more than 4 GiB', { memoryKiB: 4 * 1024 * 1024 + 1 }],
    ['2^31 KiB', { memoryKiB: 2 ** 31 }],
    ['65 passes', { iterations: 65 }],
  ])('treats %s as a damaged header on both profiles', async (_name, over) => {
    expect(await codeOf(() => assertKdfAllowed(floorParams(over), 'standard'))).toBe('HEADER_DAMAGED');
    expect(await codeOf(() => assertKdfAllowed(floorParams(over), 'test'))).toBe('HEADER_DAMAGED');
  });

  it('lets only the explicit test profile go below the floor', () => {
    expect(() => assertKdfAllowed(floorParams({ memoryKiB: 1024, iterations: 1 }), 'test')).not.toThrow();
  });

  it('schema refuses other algorithms, versions and silly parallelism', () => {
    expect(KdfParams.safeParse(floorParams()).success).toBe(true);
    expect(KdfParams.safeParse({ ...floorParams(), algorithm: 'argon2i' }).success).toBe(false);
    expect(KdfParams.safeParse({ ...floorParams(), version: 16 }).success).toBe(false);
    expect(KdfParams.safeParse({ ...floorParams(), parallelism: 17 }).success).toBe(false);
    expect(KdfParams.safeParse({ ...floorParams(), parallelism: 0 }).success).toBe(false);
    expect(KdfParams.safeParse({ ...floorParams(), memoryKiB: 1.5 }).success).toBe(false);
    expect(KdfParams.safeParse({ ...floorParams(), extra: 1 }).success).toBe(false);
  });
});

describe('calibration', () => {
  it('gives the cheap test parameters only for the test profile', async () => {
    const { params } = await calibrate('test', b64('0123456789abcdef'));
    expect(params).toMatchObject({ algorithm: 'argon2id', version: 19, memoryKiB: 1024, iterations: 1, parallelism: 1 });
  });

  it('never goes below the floor, even when asked for almost no time', async () => {
    const salt = b64('0123456789abcdef');
    const { params, expectedMs } = await calibrate('standard', salt, 1);
    expect(params).toEqual({ algorithm: 'argon2id', version: 19, memoryKiB: KDF_FLOOR.memoryKiB, iterations: KDF_FLOOR.iterations, parallelism: 4, salt });
    expect(expectedMs).toBeGreaterThan(0);
    expect(() => assertKdfAllowed(params, 'standard')).not.toThrow();
  });

  it('scales memory then passes toward the target and stays within 1 GiB and 12 passes', async () => {
    const { params, expectedMs } = await calibrate('standard', b64('0123456789abcdef'), 4000);
    expect(params.memoryKiB).toBeGreaterThanOrEqual(KDF_FLOOR.memoryKiB);
    expect(params.memoryKiB).toBeLessThanOrEqual(1024 * 1024);
    expect(Number.isInteger(Math.log2(params.memoryKiB))).toBe(true);
    expect(params.iterations).toBeGreaterThanOrEqual(KDF_FLOOR.iterations);
    expect(params.iterations).toBeLessThanOrEqual(12);
    // On any machine the floor takes well under 4 s here, so calibration must have raised something.
    expect(params.memoryKiB > KDF_FLOOR.memoryKiB || params.iterations > KDF_FLOOR.iterations).toBe(true);
    expect(expectedMs).toBeLessThanOrEqual(4000 * 1.25);
  }, 30_000);
});
