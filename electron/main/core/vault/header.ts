import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { HabeasError } from '../../../../shared/ipc/errors';
import { open, seal } from '../crypto/aead';
import { KdfParams } from '../crypto/kdf';
import { deriveSubkey } from '../crypto/subkeys';

export const HEADER_FORMAT = 'habeas-vault';
export const HEADER_VERSION = 1;

const WrappedKey = z.strictObject({ box: z.base64() });

const HeaderBody = z.strictObject({
  format: z.literal(HEADER_FORMAT),
  version: z.literal(HEADER_VERSION),
  vaultId: z.uuid(),
  createdAt: z.iso.datetime(),
  kdfProfile: z.enum(['standard', 'test']),
  kdf: KdfParams,
  /** Measured at creation, so the unlock screen can show how long to wait. */
  expectedUnlockMs: z.number().int().nonnegative(),
  passphraseSlot: WrappedKey,
  recoverySlot: z.strictObject({ salt: z.base64(), box: z.base64() }),
  /** head.json exists from creation on; its absence is then tampering, not a new vault. */
  anchored: z.literal(true).optional(),
});
export type HeaderBody = z.infer<typeof HeaderBody>;

const HeaderFile = z.strictObject({
  body: HeaderBody,
  /** SHA-256 of the body: tells accidental damage apart from a wrong passphrase before the KDF runs. */
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  /** HMAC under a key derived from the master key: detects deliberate edits once unlocked. */
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});

/** Field order is fixed by construction, so the same body always serialises to the same bytes. */
function canonical(body: HeaderBody): Buffer {
  const ordered: HeaderBody = {
    format: body.format,
    version: body.version,
    vaultId: body.vaultId,
    createdAt: body.createdAt,
    kdfProfile: body.kdfProfile,
    kdf: {
      algorithm: body.kdf.algorithm,
      version: body.kdf.version,
      memoryKiB: body.kdf.memoryKiB,
      iterations: body.kdf.iterations,
      parallelism: body.kdf.parallelism,
      salt: body.kdf.salt,
    },
    expectedUnlockMs: body.expectedUnlockMs,
    passphraseSlot: { box: body.passphraseSlot.box },
    recoverySlot: { salt: body.recoverySlot.salt, box: body.recoverySlot.box },
    ...(body.anchored ? { anchored: true as const } : {}),
  };
  return Buffer.from(JSON.stringify(ordered), 'utf8');
}

/**
 * AAD for a key slot: binds the wrapped key to this vault and to what produced the wrapping key
 * (the passphrase KDF parameters, or the recovery salt), so neither can be swapped.
 */
function slotAad(vaultId: string, binding: string): Buffer {
  return Buffer.from(`habeas/slot-v1\0${vaultId}\0${binding}`, 'utf8');
}

export function passphraseBinding(kdf: HeaderBody['kdf']): string {
  return `passphrase\0${kdf.algorithm}\0${kdf.version}\0${kdf.memoryKiB}\0${kdf.iterations}\0${kdf.parallelism}\0${kdf.salt}`;
}

export function recoveryBinding(salt: string): string {
  return `recovery\0${salt}`;
}

export function wrapMasterKey(vaultId: string, binding: string, kek: Buffer, masterKey: Buffer): string {
  return seal(kek, masterKey, slotAad(vaultId, binding)).toString('base64');
}

/** Returns the master key, or null when the wrapping key is wrong. */
export function unwrapMasterKey(body: HeaderBody, slot: 'passphrase' | 'recovery', kek: Buffer): Buffer | null {
  const box = Buffer.from(slot === 'passphrase' ? body.passphraseSlot.box : body.recoverySlot.box, 'base64');
  const binding = slot === 'passphrase' ? passphraseBinding(body.kdf) : recoveryBinding(body.recoverySlot.salt);
  const key = open(kek, box, slotAad(body.vaultId, binding));
  return key && key.length === 32 ? key : null;
}

function macOf(body: HeaderBody, masterKey: Buffer): string {
  const macKey = deriveSubkey(masterKey, body.vaultId, 'header-mac-v1');
  try {
    return createHmac('sha256', macKey).update(canonical(body)).digest('hex');
  } finally {
    macKey.fill(0);
  }
}

export function serialiseHeader(body: HeaderBody, masterKey: Buffer): Buffer {
  const file = {
    body,
    checksum: createHash('sha256').update(canonical(body)).digest('hex'),
    mac: macOf(body, masterKey),
  };
  return Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8');
}

const DAMAGED = 'The vault header is damaged, so the vault cannot be opened. Restore the vault folder from a backup.';

/** Parses and checksums the header; throws HEADER_DAMAGED for anything that is not a sound header. */
export function parseHeader(bytes: Buffer): { body: HeaderBody; mac: string } {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new HabeasError('HEADER_DAMAGED', DAMAGED);
  }
  const parsed = HeaderFile.safeParse(json);
  if (!parsed.success) throw new HabeasError('HEADER_DAMAGED', DAMAGED);
  const expected = createHash('sha256').update(canonical(parsed.data.body)).digest();
  if (!timingSafeEqual(expected, Buffer.from(parsed.data.checksum, 'hex'))) {
    throw new HabeasError('HEADER_DAMAGED', DAMAGED);
  }
  return { body: parsed.data.body, mac: parsed.data.mac };
}

/** After unwrapping: a MAC mismatch means someone edited the header deliberately. */
export function assertHeaderMac(body: HeaderBody, mac: string, masterKey: Buffer): void {
  const expected = Buffer.from(macOf(body, masterKey), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(mac, 'hex'))) {
    throw new HabeasError('HEADER_DAMAGED', 'The vault header fails its integrity check: it was changed outside Habeas. The vault was not opened.');
  }
}

export function newSalt(): string {
  return randomBytes(16).toString('base64');
}
