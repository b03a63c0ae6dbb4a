import { open, lstat, readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Forensic canary scan: searches the raw bytes of every file under some directories for strings
 * that must never reach the disk in plaintext (case names, a canary, the passphrase).
 *
 * Each needle is searched in UTF-8, UTF-16LE and UTF-16BE, and in its lower-case and upper-case forms (default
 * and Azerbaijani rules), each in NFC and NFD (search indexes often store folded names). Files are read in chunks that overlap by
 * the longest pattern, so a hit spanning a chunk boundary is still found. Symlinks are not followed
 * (Chromium's Singleton* links point outside the tree); other non-regular files are counted and
 * skipped. A root that does not exist is an error: a scan of nothing must not pass as "clean".
 *
 * Limits, stated so nobody over-trusts a clean result: compressed data (Snappy blocks in LevelDB,
 * gzip in a disk cache) can hide a needle; files deleted before the scan are not seen; memory and
 * swap are out of scope.
 */

export type Encoding = 'utf8' | 'utf16le' | 'utf16be';
export const ENCODINGS: readonly Encoding[] = ['utf8', 'utf16le', 'utf16be'];

export interface Needle {
  /** Shown in reports instead of the text (the text itself may be a secret such as the passphrase). */
  label: string;
  text: string;
}

export interface CanaryHit {
  file: string;
  needle: string;
  /** The exact variant that matched (e.g. the lower-case form); omitted for secret needles. */
  variant: string;
  encoding: Encoding;
  offset: number;
}

export interface ScanReport {
  roots: string[];
  files: number;
  bytes: number;
  /** Symlinks, sockets, FIFOs and devices found under the roots (not read). */
  skipped: string[];
  /** Files that disappeared between listing and reading (a live browser deletes temp files). */
  vanished: string[];
  hits: CanaryHit[];
}

export interface ScanOptions {
  /** Needles whose text must not appear in reports (e.g. the passphrase). */
  secretLabels?: readonly string[];
  /** Read size; small values are for testing the chunk-overlap logic. */
  chunkSize?: number;
}

interface Pattern {
  needle: string;
  variant: string;
  encoding: Encoding;
  bytes: Buffer;
}

export function encodeAs(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  const le = Buffer.from(text, 'utf16le');
  return encoding === 'utf16le' ? le : Buffer.from(le).swap16();
}

/** Every byte pattern to look for: needle × {as given, lower, upper} × {NFC, NFD} × encodings. */
export function patternsFor(needles: readonly Needle[]): Pattern[] {
  const patterns: Pattern[] = [];
  const seen = new Set<string>();
  for (const needle of needles) {
    if (needle.text.length === 0) throw new Error(`canary needle "${needle.label}" is empty`);
    const variants = new Set<string>();
    const { text } = needle;
    // Azerbaijani casing differs from the default (I → ı, i → İ), so fold both ways.
    for (const cased of [text, text.toLowerCase(), text.toUpperCase(), text.toLocaleLowerCase('az'), text.toLocaleUpperCase('az')]) {
      variants.add(cased.normalize('NFC'));
      variants.add(cased.normalize('NFD'));
    }
    for (const variant of variants) {
      for (const encoding of ENCODINGS) {
        const bytes = encodeAs(variant, encoding);
        const key = `${needle.label}\u0000${encoding}\u0000${bytes.toString('hex')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        patterns.push({ needle: needle.label, variant, encoding, bytes });
      }
    }
  }
  return patterns;
}

async function* walk(root: string, skipped: string[], vanished: string[]): AsyncGenerator<string> {
  const entries = await readdir(root, { withFileTypes: true }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    vanished.push(root);
    return [];
  });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) yield* walk(full, skipped, vanished);
    else if (entry.isFile()) yield full;
    else skipped.push(full);
  }
}

function allIndexesOf(haystack: Buffer, pattern: Buffer, limit: number): number[] {
  const found: number[] = [];
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(pattern, from);
    if (at < 0 || at >= limit) return found;
    found.push(at);
    from = at + 1;
  }
}

async function scanFile(file: string, patterns: readonly Pattern[], chunkSize: number): Promise<{ bytes: number; hits: Omit<CanaryHit, 'file'>[] }> {
  const overlap = Math.max(0, ...patterns.map((p) => p.bytes.length - 1));
  const handle = await open(file, 'r');
  const hits: Omit<CanaryHit, 'file'>[] = [];
  const reported = new Set<string>();
  let total = 0;
  try {
    // buffer = carried-over tail of the previous chunk + the new chunk
    let carry = Buffer.alloc(0);
    let carryStart = 0;
    const chunk = Buffer.alloc(chunkSize);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunkSize, null);
      const eof = bytesRead === 0;
      const window = eof ? carry : Buffer.concat([carry, chunk.subarray(0, bytesRead)]);
      total += bytesRead;
      // Only report matches that start before the part we carry over, unless this is the end.
      const limit = eof ? window.length : Math.max(0, window.length - overlap);
      for (const pattern of patterns) {
        for (const at of allIndexesOf(window, pattern.bytes, limit)) {
          const offset = carryStart + at;
          const key = `${pattern.needle}|${pattern.encoding}|${pattern.variant}|${offset}`;
          if (reported.has(key)) continue;
          reported.add(key);
          hits.push({ needle: pattern.needle, variant: pattern.variant, encoding: pattern.encoding, offset });
        }
      }
      if (eof) break;
      carry = Buffer.from(window.subarray(limit));
      carryStart += limit;
    }
  } finally {
    await handle.close();
  }
  return { bytes: total, hits };
}

export async function scanForCanaries(roots: readonly string[], needles: readonly Needle[], options: ScanOptions = {}): Promise<ScanReport> {
  if (needles.length === 0) throw new Error('canary scan needs at least one needle');
  const patterns = patternsFor(needles);
  const chunkSize = options.chunkSize ?? 4 * 1024 * 1024;
  const secret = new Set(options.secretLabels ?? []);
  const report: ScanReport = { roots: [...roots], files: 0, bytes: 0, skipped: [], vanished: [], hits: [] };
  for (const root of roots) {
    const info = await lstat(root).catch(() => null);
    if (!info) throw new Error(`canary scan: ${root} does not exist (a scan of nothing is not a clean scan)`);
    if (!info.isDirectory()) throw new Error(`canary scan: ${root} is not a directory`);
    for await (const file of walk(root, report.skipped, report.vanished)) {
      const result = await scanFile(file, patterns, chunkSize).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      });
      if (!result) {
        report.vanished.push(file);
        continue;
      }
      report.files += 1;
      report.bytes += result.bytes;
      for (const hit of result.hits) {
        report.hits.push({ file, ...hit, variant: secret.has(hit.needle) ? '(secret)' : hit.variant });
      }
    }
  }
  return report;
}

/** One line per hit, for assertion messages. */
export function describeHits(hits: readonly CanaryHit[]): string {
  return hits.map((h) => `${h.file} @${h.offset}: "${h.needle}" as ${h.encoding} (${JSON.stringify(h.variant)})`).join('\n');
}
