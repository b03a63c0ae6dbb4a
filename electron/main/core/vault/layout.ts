import path from 'node:path';

/**
 * On-disk layout of a vault directory (see docs/vault-format.md):
 *   header.json        KDF parameters, wrapped master keys, checksum and MAC
 *   head.json          MAC'd frame count and last frame hash: detects a shortened log
 *   records/NNNNNN.log  append-only segments of sealed record revisions
 *   vault.lock         present while a process has the vault open for writing
 *   blobs/<hex>         exhibit files, encrypted in chunks (exhibits/blob-format.ts)
 *   cache/<name>.bin    derived caches (caches.ts)
 */
export function vaultPaths(dir: string) {
  return {
    dir,
    header: path.join(dir, 'header.json'),
    head: path.join(dir, 'head.json'),
    records: path.join(dir, 'records'),
    lock: path.join(dir, 'vault.lock'),
    blobs: path.join(dir, 'blobs'),
  };
}

export function segmentFileName(index: number): string {
  return `${String(index).padStart(6, '0')}.log`;
}

export function segmentIndexOf(fileName: string): number | null {
  const match = /^(\d{6})\.log$/.exec(fileName);
  return match ? Number(match[1]) : null;
}
