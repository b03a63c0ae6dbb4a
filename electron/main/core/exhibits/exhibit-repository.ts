import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { CaseFile } from '../../../../shared/case-model/case-file';
import { CustodyEvent, Exhibit, EXHIBIT_SCHEMA_VERSION, ExhibitLink, linkTargetExists } from '../../../../shared/exhibits';
import { HabeasError } from '../../../../shared/ipc/errors';
import { createFileDurably, fsyncDirectory } from '../fs/durable';
import { StreamingWriter } from '../fs/streaming-writer';
import type { Vault } from '../vault/vault';
import { BlobDamagedError } from './blob-errors';
import { type BlobAddress, readBlob, readBlobRange, verifyBlob, writeBlob, writeBlobFrom, type WrittenBlob } from './blob-io';
import { captureMetadata } from './capture-metadata';
import { detectMediaType } from './media-type';

export const EXHIBIT_TYPE = 'exhibit';
const WRITE_BYTES = 1024 * 1024;

/** How a file was received: the first custody event. */
export interface Receipt {
  /** The name the file arrived under (default: the source's base name). Stored as data only. */
  originalName?: string;
  receivedFrom?: string;
  method?: string;
  note?: string;
  /** This file is a working copy (a redaction, an excerpt, a translation) of that exhibit. */
  derivedFrom?: string;
  /** What kind of copy, e.g. "faces blurred for publication". */
  derivation?: string;
}

/** A file arriving as pieces pushed to the vault rather than as a path to read. */
export interface StreamSource {
  /** The name it had where it came from (a receipt's originalName takes precedence). */
  readonly originalName: string;
  /** Its size in bytes, announced before the first piece. */
  readonly size: number;
  readonly pieces: AsyncIterable<Uint8Array>;
}

export interface ExportOptions {
  /** Write `<target>.sha256` beside the file (default); not for private copies. */
  readonly sidecar?: boolean;
  readonly onProgress?: (written: number) => void;
}

export interface ExhibitCheck {
  readonly exhibit: Exhibit;
  readonly ok: boolean;
  readonly message?: string;
}

const optional = <K extends string>(key: K, value: string | undefined) => (value !== undefined && value !== '' ? ({ [key]: value } as Record<K, string>) : {});

/**
 * Exhibits of cases: an encrypted blob per file (blob-io.ts) plus a record in the vault's log that
 * says what it is and carries its chain of custody. Every custody event is a new revision of the
 * record, so it is part of the audit chain like every case edit.
 */
export class ExhibitRepository {
  constructor(
    private readonly vault: Vault,
    private readonly caseExists: (id: string) => boolean,
    /** The case document, to check that a link points at something in it (absent: links refused). */
    private readonly caseFile?: (id: string) => CaseFile,
  ) {}

  /**
   * Receives a file into the vault: encrypted while it is read (never held whole in memory), its
   * type recognised from its content, what it says about itself captured (capture-metadata.ts), and
   * its first custody event recorded. If recording fails, the blob is removed again.
   */
  async attach(caseId: string, source: string, receipt: Receipt, actor: string): Promise<Exhibit> {
    return this.receive(caseId, receipt.originalName ?? path.basename(source), receipt, actor, async (address) => {
      try {
        return await writeBlob(source, address);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw new HabeasError('NOT_FOUND', 'The file to attach was not found. Check the path and try again.');
        if (code === 'EISDIR') throw new HabeasError('INVALID_INPUT', 'That is a folder, not a file. Attach the files inside it one by one.');
        if (code === 'EACCES' || code === 'EPERM') throw new HabeasError('INVALID_INPUT', 'The file cannot be read (no permission). Copy it somewhere readable and try again.');
        throw error;
      }
    });
  }

  /**
   * Receives a file whose bytes are pushed to the vault in pieces (a file dropped on the window,
   * uploaded over IPC), as attach() does. The case and the receipt are checked before the first
   * piece is asked for; if they are refused, no piece is read and the caller discards its upload.
   * Pieces that add up to more or fewer bytes than `size` are refused with an Error saying so, and
   * nothing is kept.
   */
  async attachStream(caseId: string, source: StreamSource, receipt: Receipt, actor: string): Promise<Exhibit> {
    if (!Number.isSafeInteger(source.size) || source.size < 0) throw new HabeasError('INVALID_INPUT', `${source.size} is not a file size. Nothing was attached.`);
    return this.receive(caseId, receipt.originalName ?? source.originalName, receipt, actor, (address) => writeBlobFrom(source.pieces, source.size, address));
  }

  /** What attach() and attachStream() share: everything but where the bytes come from. */
  private async receive(caseId: string, originalName: string, receipt: Receipt, actor: string, write: (to: BlobAddress) => Promise<WrittenBlob>): Promise<Exhibit> {
    if (!this.caseExists(caseId)) throw new HabeasError('NOT_FOUND', 'No case with this id exists in the vault.');
    if (receipt.derivedFrom !== undefined) {
      const original = this.get(receipt.derivedFrom);
      if (original.caseId !== caseId) throw new HabeasError('INVALID_INPUT', 'A working copy belongs to the same case as its original; this exhibit is in another case.');
    }
    // Everything the user typed is checked before a multi-gigabyte file is read.
    const firstEvent = (at: string) => ({ action: 'received' as const, at, actor, ...optional('counterpart', receipt.receivedFrom), ...optional('method', receipt.method), ...optional('note', receipt.note) });
    const receiptCheck = z.strictObject({ originalName: Exhibit.shape.originalName, derivation: Exhibit.shape.derivation, event: CustodyEvent }).safeParse({ originalName, derivation: receipt.derivation, event: firstEvent(new Date().toISOString()) });
    if (!receiptCheck.success) {
      const issue = receiptCheck.error.issues[0];
      throw new HabeasError('INVALID_INPUT', `${issue?.path.join('.') ?? 'receipt'}: ${issue?.message ?? 'invalid'}. Nothing was attached.`);
    }
    const blob = randomBytes(16).toString('hex');
    const address = this.vault.blobAddress(blob);
    const written = await write(address);
    try {
      const mediaType = detectMediaType(written.head);
      const capture = await captureMetadata({ mediaType, size: written.size, head: written.head, contents: () => readBlob(address, written.size) });
      const now = new Date().toISOString();
      const exhibit = Exhibit.parse({
        schemaVersion: EXHIBIT_SCHEMA_VERSION,
        id: randomUUID(),
        caseId,
        blob,
        originalName,
        mediaType,
        size: written.size,
        sha256: written.sha256,
        receivedAt: now,
        ...(capture ? { capture } : {}),
        ...optional('derivedFrom', receipt.derivedFrom),
        ...optional('derivation', receipt.derivation),
        links: [],
        custody: [firstEvent(now)],
      });
      await this.vault.put(EXHIBIT_TYPE, exhibit.id, EXHIBIT_SCHEMA_VERSION, exhibit, 0);
      return exhibit;
    } catch (error) {
      await fs.rm(path.join(address.dir, address.name), { force: true });
      if (error instanceof z.ZodError) throw new HabeasError('INVALID_INPUT', `The exhibit could not be recorded: ${error.issues[0]?.path.join('.')}: ${error.issues[0]?.message}.`);
      throw error;
    }
  }

  /**
   * Bytes [offset, offset + length) of the original (fewer at its end, none past it), for the
   * in-app viewer: only the chunks holding them are decrypted, each authenticated. At most 16 MiB
   * per call (a RangeError beyond, as for a negative or fractional offset or length).
   */
  async readRange(id: string, offset: number, length: number): Promise<Buffer> {
    const exhibit = this.usable(id);
    try {
      return await readBlobRange(this.vault.blobAddress(exhibit.blob), exhibit.size, offset, length);
    } catch (error) {
      if (error instanceof BlobDamagedError) throw new HabeasError('RECORD_DAMAGED', `${error.message} Run “habeas verify”.`);
      throw error;
    }
  }

  /** The exhibits of a case, oldest first (removed ones included, marked by `removedAt`). */
  list(caseId: string): Exhibit[] {
    return this.all()
      .filter((e) => e.caseId === caseId)
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  }

  /** Every exhibit record this build can read. */
  all(): Exhibit[] {
    return this.vault.latest(EXHIBIT_TYPE).flatMap((revision) => {
      const parsed = Exhibit.safeParse(revision.data);
      return parsed.success ? [parsed.data] : [];
    });
  }

  get(id: string): Exhibit {
    const revision = this.vault.get(id);
    if (!revision || revision.type !== EXHIBIT_TYPE) throw new HabeasError('NOT_FOUND', 'No exhibit with this id exists in the vault.');
    const parsed = Exhibit.safeParse(revision.data);
    if (!parsed.success) throw new HabeasError('RECORD_DAMAGED', `Exhibit ${id} does not match the exhibit format; run “habeas verify”.`);
    return parsed.data;
  }

  /** Records a custody event (a new revision of the exhibit's record). */
  async recordCustody(id: string, event: Omit<CustodyEvent, 'at'>): Promise<Exhibit> {
    const current = this.get(id);
    const next = Exhibit.parse({ ...current, custody: [...current.custody, CustodyEvent.parse({ ...event, at: new Date().toISOString() })] });
    await this.vault.put(EXHIBIT_TYPE, id, EXHIBIT_SCHEMA_VERSION, next, this.vault.currentRevision(id));
    return next;
  }

  /**
   * Writes the original file to `target` (which must not exist) and `target.sha256` beside it,
   * streaming, and records the export in the custody log. The plaintext is written to
   * `target.habeas-partial` (created exclusively, so nothing is ever overwritten, symlinks
   * included) and linked to `target` only once every chunk and the SHA-256 checked out; if the
   * sidecar or the custody record then fails, both files are removed again, so a file never leaves
   * the vault without its custody entry. A process killed mid-export leaves the visibly named
   * `.habeas-partial` file, not a hidden one. `sidecar: false` (a private copy for another program)
   * writes no .sha256; `onProgress` hears the bytes written so far.
   */
  async export(id: string, target: string, actor: string, note?: string, options: ExportOptions = {}): Promise<{ exhibit: Exhibit; sidecar: string | null }> {
    const exhibit = this.usable(id);
    const withSidecar = options.sidecar ?? true;
    const sidecar = `${target}.sha256`;
    const partial = `${target}.habeas-partial`;
    // The custody entry is checked before any plaintext is written (a path too long to record, say).
    const entry = CustodyEvent.safeParse({ action: 'exported', at: new Date().toISOString(), actor, counterpart: target, ...optional('note', note) });
    if (!entry.success) throw new HabeasError('INVALID_INPUT', `The export could not be recorded in the custody log (${entry.error.issues[0]?.path.join('.')}: ${entry.error.issues[0]?.message}); nothing was written.`);
    for (const file of withSidecar ? [target, sidecar] : [target]) {
      if (await fs.lstat(file).then(() => true, () => false)) throw new HabeasError('CONFLICT', `A file named “${path.basename(file)}” already exists in that folder. Choose another name or move that file first.`);
    }
    let out: fs.FileHandle;
    try {
      out = await fs.open(partial, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new HabeasError('CONFLICT', `“${path.basename(partial)}” exists in that folder: an earlier export was interrupted. Delete it (it holds part of the exhibit, unencrypted), then export again.`);
      throw error;
    }
    const hash = createHash('sha256');
    try {
      try {
        // Chunks come one at a time (64 KiB in older blobs); write at least 1 MiB at a time (a system call per small chunk cost
        // more than decrypting it), with one write in flight while the next chunks are decrypted.
        const writer = new StreamingWriter(out);
        let pending: Buffer[] = [];
        let pendingBytes = 0;
        let written = 0;
        try {
          for await (const piece of readBlob(this.vault.blobAddress(exhibit.blob), exhibit.size)) {
            hash.update(piece);
            pending.push(piece);
            pendingBytes += piece.length;
            written += piece.length;
            if (pendingBytes >= WRITE_BYTES) {
              await writer.write(pending);
              pending = [];
              pendingBytes = 0;
              options.onProgress?.(written);
            }
          }
          await writer.write(pending);
          if (hash.digest('hex') !== exhibit.sha256) throw new BlobDamagedError('hash', 'This exhibit decrypts, but its SHA-256 differs from the one recorded when it was received.');
          await writer.finish();
        } catch (error) {
          await writer.abandon();
          throw error;
        }
      } finally {
        await out.close();
      }
      await fs.link(partial, target); // fails if something appeared at `target` meanwhile
    } catch (error) {
      await fs.rm(partial, { force: true });
      if (error instanceof BlobDamagedError) throw new HabeasError('RECORD_DAMAGED', `${error.message} Nothing was exported; run “habeas verify”.`);
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new HabeasError('CONFLICT', `A file named “${path.basename(target)}” appeared in that folder during the export; nothing was overwritten. Choose another name.`);
      throw error;
    }
    await fs.rm(partial, { force: true });
    try {
      if (withSidecar) await createFileDurably(sidecar, Buffer.from(`${exhibit.sha256}  ${path.basename(target)}\n`, 'utf8'));
      await fsyncDirectory(path.dirname(target));
      const recorded = await this.recordCustody(id, { action: 'exported', actor, counterpart: target, ...optional('note', note) });
      return { exhibit: recorded, sidecar: withSidecar ? sidecar : null };
    } catch (error) {
      await fs.rm(target, { force: true });
      if (withSidecar) await fs.rm(sidecar, { force: true });
      throw error;
    }
  }

  /** The exhibit, refused with a clear message if its file was purged. */
  private usable(id: string): Exhibit {
    const exhibit = this.get(id);
    if (exhibit.purgedAt) {
      const by = exhibit.custody.findLast((c) => c.action === 'purged')?.actor;
      throw new HabeasError('NOT_FOUND', `The file of this exhibit was purged on ${exhibit.purgedAt.slice(0, 10)}${by ? ` by ${by}` : ''}; only its record remains.`);
    }
    return exhibit;
  }

  /**
   * Links an exhibit to a charge, hearing, incident, source, intervention or assessment criterion
   * of its case (a new revision of the exhibit's record; linking twice changes nothing).
   */
  async link(id: string, link: ExhibitLink): Promise<Exhibit> {
    const current = this.get(id);
    const parsed = ExhibitLink.parse(link);
    if (!this.caseFile || !linkTargetExists(this.caseFile(current.caseId), parsed)) {
      throw new HabeasError('NOT_FOUND', `The case of this exhibit has no ${parsed.kind.replace('_', ' ')} with id ${parsed.id}.`);
    }
    if (current.links.some((l) => l.kind === parsed.kind && l.id === parsed.id)) return current;
    const next = Exhibit.parse({ ...current, links: [...current.links, parsed] });
    await this.vault.put(EXHIBIT_TYPE, id, EXHIBIT_SCHEMA_VERSION, next, this.vault.currentRevision(id));
    return next;
  }

  /** Removes a link (a new revision; the link stays in history). */
  async unlink(id: string, link: ExhibitLink): Promise<Exhibit> {
    const current = this.get(id);
    const next = Exhibit.parse({ ...current, links: current.links.filter((l) => !(l.kind === link.kind && l.id === link.id)) });
    if (next.links.length === current.links.length) return current;
    await this.vault.put(EXHIBIT_TYPE, id, EXHIBIT_SCHEMA_VERSION, next, this.vault.currentRevision(id));
    return next;
  }

  /**
   * Checks one exhibit and records the result in its custody log ("verified", intact or damaged),
   * for the app's per-exhibit verification state.
   */
  async verifyAndRecord(id: string, actor: string, onProgress?: (done: number) => void): Promise<{ exhibit: Exhibit; check: ExhibitCheck }> {
    const [check] = await this.check([this.usable(id)], onProgress);
    const exhibit = await this.recordCustody(id, { action: 'verified', actor, outcome: check!.ok ? 'intact' : 'damaged', ...optional('note', check!.message) });
    return { exhibit, check: check! };
  }

  /**
   * Removes an exhibit from its case. The record stays in the vault's history and the blob stays
   * on disk (the file can still be verified and restored) until purge().
   */
  async remove(id: string, actor: string, reason?: string): Promise<Exhibit> {
    const current = this.get(id);
    if (current.removedAt) return current;
    const now = new Date().toISOString();
    const next = Exhibit.parse({ ...current, removedAt: now, custody: [...current.custody, { action: 'removed', at: now, actor, ...optional('note', reason) }] });
    await this.vault.put(EXHIBIT_TYPE, id, EXHIBIT_SCHEMA_VERSION, next, this.vault.currentRevision(id));
    return next;
  }

  /**
   * Deletes the blob of a removed exhibit for good (the record's history stays, saying so). Only a
   * removed exhibit can be purged, and working copies derived from it keep their own blobs.
   */
  async purge(id: string, actor: string, reason: string): Promise<Exhibit> {
    const current = this.get(id);
    if (!current.removedAt) throw new HabeasError('CONFLICT', 'Remove the exhibit from its case first; only removed exhibits can be purged.');
    const now = new Date().toISOString();
    const next = Exhibit.parse({ ...current, purgedAt: now, custody: [...current.custody, { action: 'purged', at: now, actor, note: reason }] });
    // Record first: if the deletion then fails, verify reports the missing file against a record
    // that says it was purged, rather than a file that vanished without a trace.
    await this.vault.put(EXHIBIT_TYPE, id, EXHIBIT_SCHEMA_VERSION, next, this.vault.currentRevision(id));
    const address = this.vault.blobAddress(current.blob);
    await fs.rm(path.join(address.dir, address.name), { force: true });
    await fsyncDirectory(address.dir);
    return next;
  }

  /**
   * Blob files no exhibit record names: left by a crash between writing a blob and recording it,
   * or by a damaged record. Reported, never deleted automatically: if a record was damaged, the
   * file may be the only copy of the evidence.
   */
  async unreferencedBlobs(): Promise<string[]> {
    const dir = this.vault.blobAddress('0'.repeat(32)).dir;
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    const referenced = new Set(this.vault.latest(EXHIBIT_TYPE).map((r) => (r.data as { blob?: unknown } | null)?.blob));
    return names.filter((n) => /^[0-9a-f]{32}$/.test(n) && !referenced.has(n)).sort();
  }

  /** Checks every chunk and the SHA-256 of each exhibit's blob (read-only: records nothing). */
  async check(exhibits: readonly Exhibit[] = this.all().filter((e) => !e.purgedAt), onProgress?: (done: number) => void): Promise<ExhibitCheck[]> {
    const out: ExhibitCheck[] = [];
    for (const exhibit of exhibits) {
      try {
        await verifyBlob(this.vault.blobAddress(exhibit.blob), exhibit.size, exhibit.sha256, onProgress);
        out.push({ exhibit, ok: true });
      } catch (error) {
        if (error instanceof HabeasError && error.code === 'VAULT_LOCKED') throw error;
        // Damage, or a disk that cannot be read (EIO, EACCES): named per exhibit, and the others
        // are still checked.
        const message = error instanceof BlobDamagedError ? error.message : `Its encrypted file could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`;
        out.push({ exhibit, ok: false, message });
      }
    }
    return out;
  }
}
