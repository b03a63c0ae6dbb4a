import { hkdfSync, randomBytes } from 'node:crypto';
import { HabeasError } from '../../../../shared/ipc/errors';

/**
 * The recovery key is 160 random bits written in Crockford base32 as eight groups of four, e.g.
 * `7K3Q-…`. It is high-entropy, so a fast HKDF (not Argon2) turns it into a wrapping key.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEY_BYTES = 20;

export function generateRecoveryKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

export function formatRecoveryKey(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{1,4}/g)!.join('-');
}

/** Accepts what people type: any case, spaces or dashes, and the look-alikes O→0, I/L→1. */
export function parseRecoveryKey(text: string): Buffer {
  const cleaned = text
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== 32 || [...cleaned].some((c) => !ALPHABET.includes(c))) {
    throw new HabeasError('WRONG_RECOVERY_KEY', 'A recovery key has 32 letters and digits in eight groups of four. Check what you typed.');
  }
  const out = Buffer.alloc(KEY_BYTES);
  let bits = 0;
  let value = 0;
  let i = 0;
  for (const c of cleaned) {
    value = ((value << 5) | ALPHABET.indexOf(c)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out[i++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  return out;
}

export function recoveryWrappingKey(recoveryKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, salt, 'habeas/recovery-kek-v1', 32));
}
