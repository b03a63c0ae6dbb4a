import { hkdfSync } from 'node:crypto';

/**
 * Every key used for data is derived from the vault master key with HKDF-SHA256 and a purpose
 * label, so a key for one purpose never decrypts another purpose's data.
 */
export const SUBKEY_PURPOSES = ['records-v1', 'header-mac-v1', 'head-mac-v1', 'blobs-v1', 'caches-v1', 'fingerprint-v1', 'reference-v1'] as const;
export type SubkeyPurpose = (typeof SUBKEY_PURPOSES)[number];

export function deriveSubkey(masterKey: Buffer, vaultId: string, purpose: SubkeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.from(vaultId, 'utf8'), `habeas/${purpose}`, 32));
}

/** Overwrite key material we are done with; JS strings cannot be wiped, Buffers can. */
export function wipe(...buffers: Array<Buffer | null | undefined>): void {
  for (const b of buffers) b?.fill(0);
}
