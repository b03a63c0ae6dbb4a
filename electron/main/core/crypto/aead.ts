import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** AES-256-GCM with a random 96-bit nonce. Layout of a sealed box: nonce ‖ ciphertext ‖ tag. */
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
export const SEAL_OVERHEAD = NONCE_BYTES + TAG_BYTES;

export function seal(key: Buffer, plaintext: Uint8Array, aad: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  return Buffer.concat([nonce, sealWithNonce(key, nonce, plaintext, aad)]);
}

/**
 * AES-256-GCM under a nonce the caller guarantees is never reused with this key (the blob STREAM
 * derives a fresh key per blob and numbers its chunks): ciphertext ‖ tag.
 */
export function sealWithNonce(key: Buffer, nonce: Buffer, plaintext: Uint8Array, aad: Uint8Array): Buffer {
  return Buffer.concat(sealWithNonceParts(key, nonce, plaintext, aad));
}

/** sealWithNonce's ciphertext and tag, not joined: a writer can write both and skip copying a large chunk. */
export function sealWithNonceParts(key: Buffer, nonce: Buffer, plaintext: Uint8Array, aad: Uint8Array): [ciphertext: Buffer, tag: Buffer] {
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const body = cipher.update(plaintext);
  cipher.final();
  return [body, cipher.getAuthTag()];
}

/**
 * A sealed box's random nonce, as hex: different every time anything is sealed, so it names one
 * sealed copy (no secret: the nonce is stored in the clear at the start of the box).
 */
export function boxId(box: Uint8Array): string {
  return Buffer.from(box.buffer, box.byteOffset, Math.min(NONCE_BYTES, box.byteLength)).toString('hex');
}

/** Returns the plaintext, or null when the box is not authentic under this key and AAD. */
export function open(key: Buffer, box: Uint8Array, aad: Uint8Array): Buffer | null {
  if (box.length < SEAL_OVERHEAD) return null;
  const buf = Buffer.from(box.buffer, box.byteOffset, box.byteLength);
  return openWithNonce(key, buf.subarray(0, NONCE_BYTES), buf.subarray(NONCE_BYTES), aad);
}

/** Opens ciphertext ‖ tag sealed by sealWithNonce; null when not authentic. */
export function openWithNonce(key: Buffer, nonce: Buffer, sealed: Buffer, aad: Uint8Array): Buffer | null {
  if (sealed.length < TAG_BYTES) return null;
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  // GCM's update() returns all the plaintext and final() only checks the tag: hand out update()'s
  // own buffer, so no intermediate copy of the plaintext (for key slots, the master key) is left
  // behind for the garbage collector, and wipe it if the tag is wrong.
  const plaintext = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
  try {
    decipher.final();
    return plaintext;
  } catch {
    plaintext.fill(0);
    return null;
  }
}
