import { promises as fs } from 'node:fs';
import path from 'node:path';
import { open, seal } from '../crypto/aead';
import { replaceFileDurably } from '../fs/durable';

/**
 * Derived caches: data the vault can always rebuild from its records, kept so that opening a large
 * vault does not have to re-derive it (the case list of 10,000 cases is derived from 110 MB of
 * documents). Each cache is one file, `<vault>/cache/<name>.bin`, sealed with AES-256-GCM under a
 * key of its own (HKDF purpose `caches-v1`) with the vault id and the cache's name in the AAD, so
 * it is as secret as the records and cannot be swapped with another vault's or another cache's.
 *
 * A cache is never trusted for anything the log says: what it holds is keyed by record id and
 * revision, and a reader uses an entry only if that is still the newest revision in the log. A
 * missing, damaged or foreign cache is simply not used (and rebuilt); losing one costs time, never
 * data, so caches are written after saves, never on their path.
 */
export const CACHE_NAMES = ['case-list'] as const;
export type CacheName = (typeof CACHE_NAMES)[number];

export function cacheDir(vaultDir: string): string {
  return path.join(vaultDir, 'cache');
}

function cacheFile(vaultDir: string, name: CacheName): string {
  return path.join(cacheDir(vaultDir), `${name}.bin`);
}

function cacheAad(vaultId: string, name: CacheName): Buffer {
  return Buffer.from(`habeas/cache-v1\0${vaultId}\0${name}`, 'utf8');
}

/** The cache's value, or null when there is none or it is not authentic (damaged, foreign, stale key). */
export async function readCache(vaultDir: string, vaultId: string, key: Buffer, name: CacheName): Promise<unknown> {
  let box: Buffer;
  try {
    box = await fs.readFile(cacheFile(vaultDir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const plaintext = open(key, box, cacheAad(vaultId, name));
  if (!plaintext) return null;
  try {
    return JSON.parse(plaintext.toString('utf8')) as unknown;
  } catch {
    return null; // authentic but not JSON: written by a broken build; rebuild it
  } finally {
    plaintext.fill(0);
  }
}

/** Replaces the cache atomically (temp file, fsync, rename, directory fsync). */
export async function writeCache(vaultDir: string, vaultId: string, key: Buffer, name: CacheName, value: unknown): Promise<void> {
  await fs.mkdir(cacheDir(vaultDir), { recursive: true, mode: 0o700 });
  const plaintext = Buffer.from(JSON.stringify(value), 'utf8');
  try {
    await replaceFileDurably(cacheFile(vaultDir, name), seal(key, plaintext, cacheAad(vaultId, name)));
  } finally {
    plaintext.fill(0);
  }
}

/** Temp files of cache writes interrupted by a crash (only the writer-lock holder writes caches). */
export async function removeStaleCacheTemps(vaultDir: string): Promise<void> {
  const names = await fs.readdir(cacheDir(vaultDir)).catch(() => [] as string[]);
  for (const name of names) if (/^\.[a-z-]+\.bin\.[0-9a-f]+\.tmp$/.test(name)) await fs.rm(path.join(cacheDir(vaultDir), name), { force: true });
}
