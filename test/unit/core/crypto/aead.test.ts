import { createDecipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { open, seal, SEAL_OVERHEAD } from '../../../../electron/main/core/crypto/aead';

const hex = (s: string) => Buffer.from(s, 'hex');

/**
 * AES-256 cases of "The Galois/Counter Mode of Operation (GCM)", McGrew & Viega (the vectors NIST
 * SP 800-38D validation uses): test cases 13, 14 and 16. A box is nonce ‖ ciphertext ‖ tag.
 */
const GCM_VECTORS = [
  { name: 'test case 13 (empty plaintext)', key: '00'.repeat(32), nonce: '00'.repeat(12), aad: '', pt: '', ct: '', tag: '530f8afbc74536b9a963b4f1c4cb738b' },
  {
    name: 'test case 14 (one zero block)',
    key: '00'.repeat(32),
    nonce: '00'.repeat(12),
    aad: '',
    pt: '00'.repeat(16),
    ct: 'cea7403d4d606b6e074ec5d3baf39d18',
    tag: 'd0d1c8a799996bf0265b98b5d48ab919',
  },
  {
    name: 'test case 16 (60 bytes with AAD)',
    key: 'feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308',
    nonce: 'cafebabefacedbaddecaf888',
    aad: 'feedfacedeadbeeffeedfacedeadbeefabaddad2',
    pt: 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
    ct: '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662',
    tag: '76fc6ece0f4e1768cddf8853bb2d551b',
  },
];

describe('AES-256-GCM seal/open', () => {
  it.each(GCM_VECTORS)('opens the published $name', ({ key, nonce, aad, pt, ct, tag }) => {
    const box = Buffer.concat([hex(nonce), hex(ct), hex(tag)]);
    expect(open(hex(key), box, hex(aad))?.toString('hex')).toBe(pt);
  });

  it.each(GCM_VECTORS)('refuses the $name with its tag, ciphertext or AAD changed', ({ key, nonce, aad, ct, tag }) => {
    const box = Buffer.concat([hex(nonce), hex(ct), hex(tag)]);
    for (let i = 0; i < box.length; i++) {
      const bad = Buffer.from(box);
      bad[i]! ^= 0x80;
      expect(open(hex(key), bad, hex(aad)), `byte ${i} flipped`).toBeNull();
    }
    expect(open(hex(key), box, Buffer.concat([hex(aad), Buffer.from([0])]))).toBeNull();
  });

  it('writes nonce ‖ ciphertext ‖ tag that a plain AES-256-GCM decipher accepts', () => {
    const key = randomBytes(32);
    const aad = Buffer.from('habeas/record-v1\0vault\0record');
    const plaintext = Buffer.from('Intiqam Əliyev / Интигам Алиев');
    const box = seal(key, plaintext, aad);
    expect(box.length).toBe(plaintext.length + SEAL_OVERHEAD);
    expect(SEAL_OVERHEAD).toBe(28);
    const decipher = createDecipheriv('aes-256-gcm', key, box.subarray(0, 12), { authTagLength: 16 });
    decipher.setAAD(aad);
    decipher.setAuthTag(box.subarray(box.length - 16));
    expect(Buffer.concat([decipher.update(box.subarray(12, box.length - 16)), decipher.final()])).toEqual(plaintext);
    expect(box.includes(plaintext)).toBe(false);
  });

  it('uses a fresh nonce for every seal', () => {
    const key = randomBytes(32);
    const nonces = new Set(Array.from({ length: 200 }, () => seal(key, Buffer.from('same'), Buffer.alloc(0)).subarray(0, 12).toString('hex')));
    expect(nonces.size).toBe(200);
  });

  it('round-trips and binds key and AAD', () => {
    const key = randomBytes(32);
    const aad = Buffer.from('aad');
    for (const size of [0, 1, 15, 16, 17, 1000, 70_000]) {
      const plaintext = randomBytes(size);
      const box = seal(key, plaintext, aad);
      expect(open(key, box, aad)).toEqual(plaintext);
      expect(open(randomBytes(32), box, aad)).toBeNull();
      expect(open(key, box, Buffer.from('aae'))).toBeNull();
      expect(open(key, box, Buffer.alloc(0))).toBeNull();
    }
  });

  it('refuses boxes too short to hold a nonce and a tag, and truncated or extended boxes', () => {
    const key = randomBytes(32);
    const box = seal(key, Buffer.from('hello'), Buffer.alloc(0));
    for (let n = 0; n < box.length; n++) expect(open(key, box.subarray(0, n), Buffer.alloc(0)), `first ${n} bytes`).toBeNull();
    expect(open(key, Buffer.concat([box, Buffer.from([0])]), Buffer.alloc(0))).toBeNull();
  });

  it('opens a box that is a view into a larger buffer (frames are subarrays of a segment)', () => {
    const key = randomBytes(32);
    const box = seal(key, Buffer.from('inside'), Buffer.from('a'));
    const segment = Buffer.concat([randomBytes(33), box, randomBytes(9)]);
    const view = new Uint8Array(segment.buffer, segment.byteOffset + 33, box.length);
    expect(open(key, view, Buffer.from('a'))?.toString()).toBe('inside');
  });
});
