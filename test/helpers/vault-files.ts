import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { HabeasError, type ErrorCode } from '../../shared/ipc/errors';
import type { HeaderBody } from '../../electron/main/core/vault/header';

/** Tests never pay for the real KDF unless that is the point of the test. */
export const TEST_PROFILE = { kdfProfile: 'test' } as const;
export const PASSPHRASE = 'correct horse şəki battery';

/** Every regular file under `dir` (relative path → SHA-256), for byte-for-byte comparisons. */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(current: string): Promise<void> {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out[path.relative(dir, full)] = createHash('sha256').update(await readFile(full)).digest('hex');
    }
  }
  await walk(dir);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** Every file name under `dir`, relative, sorted (directories end in '/'). */
export async function listTree(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(current: string): Promise<void> {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      out.push(path.relative(dir, full) + (entry.isDirectory() ? '/' : ''));
      if (entry.isDirectory()) await walk(full);
    }
  }
  await walk(dir);
  return out.sort();
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** What a thrown HabeasError's code is, or a description of whatever else happened. */
export async function codeOf(work: Promise<unknown> | (() => unknown)): Promise<ErrorCode | string> {
  try {
    await (typeof work === 'function' ? work() : work);
    return 'no error';
  } catch (error) {
    if (error instanceof HabeasError) return error.code;
    return `not a HabeasError: ${String(error)}`;
  }
}

/** Resolves with the HabeasError `work` rejects with (fails the test otherwise). */
export async function habeasError(work: Promise<unknown> | (() => unknown)): Promise<HabeasError> {
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (error) {
    if (error instanceof HabeasError) return error;
    throw new Error(`expected a HabeasError, got ${String(error)}`);
  }
  throw new Error('expected a HabeasError, but nothing was thrown');
}

interface HeaderFileJson {
  body: HeaderBody;
  checksum: string;
  mac: string;
}

export function headerPath(dir: string): string {
  return path.join(dir, 'header.json');
}

export async function readHeaderJson(dir: string): Promise<HeaderFileJson> {
  return JSON.parse(await readFile(headerPath(dir), 'utf8')) as HeaderFileJson;
}

/** The body serialised in the fixed field order header.ts checksums and MACs (public knowledge). */
export function canonicalBody(body: HeaderFileJson['body']): string {
  const { kdf, passphraseSlot, recoverySlot } = body;
  return JSON.stringify({
    format: body.format,
    version: body.version,
    vaultId: body.vaultId,
    createdAt: body.createdAt,
    kdfProfile: body.kdfProfile,
    kdf: { algorithm: kdf.algorithm, version: kdf.version, memoryKiB: kdf.memoryKiB, iterations: kdf.iterations, parallelism: kdf.parallelism, salt: kdf.salt },
    expectedUnlockMs: body.expectedUnlockMs,
    passphraseSlot: { box: passphraseSlot?.box },
    recoverySlot: { salt: recoverySlot?.salt, box: recoverySlot?.box },
    ...((body as { anchored?: boolean }).anchored ? { anchored: true } : {}),
  });
}

/**
 * Edits header.json the way an attacker with the laptop could: change the body, then recompute the
 * SHA-256 checksum (it is unkeyed). Only the MAC, keyed from the master key, cannot be recomputed.
 */
export async function tamperHeader(dir: string, edit: (file: HeaderFileJson) => void, { fixChecksum = true } = {}): Promise<void> {
  const file = await readHeaderJson(dir);
  edit(file);
  if (fixChecksum) file.checksum = sha256Hex(canonicalBody(file.body));
  await writeFile(headerPath(dir), `${JSON.stringify(file, null, 2)}\n`);
}
