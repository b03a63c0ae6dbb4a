import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { HabeasError } from '../../../../shared/ipc/errors';
import { boxId, open, seal } from '../crypto/aead';
import { calibrate, deriveKey, assertKdfAllowed, normalisePassphrase, type KdfProfile } from '../crypto/kdf';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey, recoveryWrappingKey } from '../crypto/recovery-key';
import { deriveSubkey, wipe } from '../crypto/subkeys';
import { createFileDurably, fsyncDirectory, isOutOfSpace, replaceFileDurably, writeFully } from '../fs/durable';
import { encodeFrame, scanSegment, type Frame, type FrameMeta, type ScanIssue } from './frames';
import { HEADER_FORMAT, HEADER_VERSION, assertHeaderMac, newSalt, parseHeader, passphraseBinding, recoveryBinding, serialiseHeader, unwrapMasterKey, wrapMasterKey, type HeaderBody } from './header';
import { segmentFileName, segmentIndexOf, vaultPaths } from './layout';
import { checkHead, writeHead } from './head';
import { CHAIN_GENESIS, frameHash, walkLog, type LogWalk, type WalkedFrame } from './log-walk';
import { auditTrail, type AuditEvent, type AuditOptions, type AuditReport, type SealedContents } from './audit';
import type { BlobAddress } from '../exhibits/blob-io';
import { readCache, removeStaleCacheTemps, writeCache, type CacheName } from './caches';
import { acquireWriterLock, type WriterLock } from './writer-lock';

export interface VaultOptions {
  /** Only tests pass 'test'; see crypto/kdf.ts. */
  kdfProfile?: KdfProfile;
  /** Shown to a second program that finds the vault in use. */
  program?: string;
}
export interface OpenOptions extends VaultOptions {
  /** Read without taking the writer lock (list, show, verify while the app has it open). */
  readOnly?: boolean;
}

export interface RecordRevision {
  id: string;
  type: string;
  schema: number;
  rev: number;
  /**
   * Names this very frame (its box's nonce, see boxId). A revision number alone can come back: a
   * save after a damaged, cut-off tail reuses the number of the lost frame. Read without parsing.
   */
  sealId: string;
  savedAt: string;
  data: unknown;
}

export interface DamageReport {
  segment: string;
  offset: number;
  length: number;
  /** Present when the frame's name survived: which record and revision is unreadable. */
  record?: { id: string; type: string; rev: number };
  /**
   * unauthentic: fails AES-GCM; unreadable-bytes: not even a frame; chain-broken: the frame before
   * this one is missing or was changed; truncated: the log ends before the last recorded head;
   * head-invalid: head.json was altered.
   */
  reason: 'unauthentic' | 'unreadable-bytes' | 'chain-broken' | 'truncated' | 'head-invalid';
}

export interface VerifyReport {
  ok: boolean;
  records: number;
  revisions: number;
  damaged: DamageReport[];
  /**
   * Frames cut off at the end of a segment: what a crash mid-save leaves (never acknowledged). The
   * log alone cannot tell this from deliberate truncation; see docs/vault-format.md.
   */
  tornWrites: number;
}

interface Location {
  segment: number;
  frame: Frame;
}

const SEGMENT_LIMIT = 64 * 1024 * 1024;
/** How long after the last write head.json is brought up to date. */
const HEAD_DELAY_MS = 1_000;

function recordAad(vaultId: string, meta: FrameMeta): Buffer {
  return Buffer.from(`habeas/record-v1\0${vaultId}\0${meta.id}\0${meta.type}\0${meta.schema}\0${meta.rev}\0${meta.prev}`, 'utf8');
}

const MISSING = 'No vault was found in this folder. Check the path, or create a new vault.';

async function readHeader(dir: string): Promise<{ body: HeaderBody; mac: string }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(vaultPaths(dir).header);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new HabeasError('VAULT_MISSING', MISSING);
    throw error;
  }
  return parseHeader(bytes);
}

/** What can be said about a vault before it is unlocked. */
export async function inspectVault(dir: string): Promise<{ exists: false } | { exists: true; expectedUnlockMs: number }> {
  try {
    const { body } = await readHeader(dir);
    return { exists: true, expectedUnlockMs: body.expectedUnlockMs };
  } catch (error) {
    if (error instanceof HabeasError && error.code === 'VAULT_MISSING') return { exists: false };
    if (error instanceof HabeasError && error.code === 'HEADER_DAMAGED') return { exists: true, expectedUnlockMs: 0 };
    throw error;
  }
}

const NO_PASSPHRASE = 'Choose a passphrase; an empty one cannot protect the vault.';
const WRONG_PASSPHRASE = 'That passphrase does not open this vault. Check the keyboard layout and Caps Lock, or use the recovery key.';

export async function createVault(dir: string, passphrase: string, options: VaultOptions = {}): Promise<{ vault: Vault; recoveryKey: string }> {
  if (passphrase.length === 0) throw new HabeasError('INVALID_INPUT', NO_PASSPHRASE);
  const profile = options.kdfProfile ?? 'standard';
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const entries = await fs.readdir(dir);
  if (entries.includes('header.json')) throw new HabeasError('VAULT_EXISTS', 'This folder already holds a vault. Open it, or choose an empty folder.');
  // A lone head.json is what a creation interrupted before its header leaves: start over.
  if (entries.some((name) => name !== 'head.json')) throw new HabeasError('VAULT_EXISTS', 'Choose an empty folder for a new vault; this one already contains files.');
  const { params, expectedMs } = await calibrate(profile, newSalt());
  const masterKey = randomBytes(32);
  const recovery = generateRecoveryKey();
  const secret = normalisePassphrase(passphrase);
  const kek = await deriveKey(secret, params);
  const recoverySalt = randomBytes(16);
  const recoveryKek = recoveryWrappingKey(recovery, recoverySalt);
  try {
    const vaultId = randomUUID();
    const body: HeaderBody = {
      format: HEADER_FORMAT,
      version: HEADER_VERSION,
      vaultId,
      createdAt: new Date().toISOString(),
      kdfProfile: profile,
      kdf: params,
      expectedUnlockMs: expectedMs,
      anchored: true,
      passphraseSlot: { box: wrapMasterKey(vaultId, passphraseBinding(params), kek, masterKey) },
      recoverySlot: { salt: recoverySalt.toString('base64'), box: wrapMasterKey(vaultId, recoveryBinding(recoverySalt.toString('base64')), recoveryKek, masterKey) },
    };
    // The empty head first: a header that promises a head is never on disk without one.
    const headKey = deriveSubkey(masterKey, vaultId, 'head-mac-v1');
    await writeHead(vaultPaths(dir).head, headKey, 0, CHAIN_GENESIS);
    wipe(headKey);
    await createFileDurably(vaultPaths(dir).header, serialiseHeader(body, masterKey));
    await fsyncDirectory(path.dirname(path.resolve(dir)));
    const recoveryKey = formatRecoveryKey(recovery);
    const vault = await Vault.load(dir, body, masterKey, options, false);
    return { vault, recoveryKey };
  } finally {
    wipe(secret, kek, recovery, recoveryKek, masterKey);
  }
}

export async function openVault(dir: string, passphrase: string, options: OpenOptions = {}): Promise<Vault> {
  const { body, mac } = await readHeader(dir);
  assertKdfAllowed(body.kdf, options.kdfProfile ?? 'standard');
  // No vault has an empty passphrase (and Argon2 in hash-wasm refuses one).
  if (passphrase.length === 0) throw new HabeasError('WRONG_PASSPHRASE', WRONG_PASSPHRASE);
  const lock = options.readOnly ? null : await acquireWriterLock(vaultPaths(dir).lock, options.program ?? 'Habeas');
  const secret = normalisePassphrase(passphrase);
  let kek: Buffer | null = null;
  let masterKey: Buffer | null = null;
  try {
    const kdfStarted = performance.now();
    kek = await deriveKey(secret, body.kdf);
    const kdfMs = performance.now() - kdfStarted;
    masterKey = unwrapMasterKey(body, 'passphrase', kek);
    if (!masterKey) throw new HabeasError('WRONG_PASSPHRASE', WRONG_PASSPHRASE);
    assertHeaderMac(body, mac, masterKey);
    const loadStarted = performance.now();
    const vault = await Vault.load(dir, body, masterKey, options, options.readOnly ?? false, lock);
    vault.openStats = { kdfMs, loadMs: performance.now() - loadStarted };
    return vault;
  } catch (error) {
    await lock?.release();
    throw error;
  } finally {
    wipe(secret, kek, masterKey);
  }
}

/** Unlock with the printed recovery key and set a new passphrase in the same step. */
export async function openVaultWithRecoveryKey(dir: string, recoveryKeyText: string, newPassphrase: string, options: VaultOptions = {}): Promise<Vault> {
  const { body, mac } = await readHeader(dir);
  assertKdfAllowed(body.kdf, options.kdfProfile ?? 'standard');
  const recovery = parseRecoveryKey(recoveryKeyText);
  if (newPassphrase.length === 0) throw new HabeasError('INVALID_INPUT', NO_PASSPHRASE);
  const recoveryKek = recoveryWrappingKey(recovery, Buffer.from(body.recoverySlot.salt, 'base64'));
  const lock = await acquireWriterLock(vaultPaths(dir).lock, options.program ?? 'Habeas');
  let masterKey: Buffer | null = null;
  try {
    masterKey = unwrapMasterKey(body, 'recovery', recoveryKek);
    if (!masterKey) throw new HabeasError('WRONG_RECOVERY_KEY', 'That recovery key does not open this vault. Check each group against the printed sheet.');
    assertHeaderMac(body, mac, masterKey);
    const updated = await rewrapPassphrase(dir, body, masterKey, newPassphrase);
    return await Vault.load(dir, updated, masterKey, options, false, lock);
  } catch (error) {
    await lock.release();
    throw error;
  } finally {
    wipe(recovery, recoveryKek, masterKey);
  }
}

/** A new salt and passphrase slot; the records are not touched. */
async function rewrapPassphrase(dir: string, body: HeaderBody, masterKey: Buffer, passphrase: string): Promise<HeaderBody> {
  if (passphrase.length === 0) throw new HabeasError('INVALID_INPUT', NO_PASSPHRASE);
  const kdf = { ...body.kdf, salt: newSalt() };
  const secret = normalisePassphrase(passphrase);
  const kek = await deriveKey(secret, kdf);
  try {
    const next: HeaderBody = { ...body, kdf, passphraseSlot: { box: wrapMasterKey(body.vaultId, passphraseBinding(kdf), kek, masterKey) } };
    await replaceFileDurably(vaultPaths(dir).header, serialiseHeader(next, masterKey));
    return next;
  } finally {
    wipe(secret, kek);
  }
}

export class Vault {
  private masterKey: Buffer | null;
  private recordKey: Buffer | null;
  private cacheKey: Buffer | null;
  private blobKey: Buffer | null;
  private readonly index = new Map<string, Location[]>();
  private readonly latestCache = new Map<string, RecordRevision>();
  /** Decrypted newest revisions not parsed yet (see decryptLazily); zeroed at close. */
  private readonly unparsed = new Set<Buffer>();
  private readonly openDamage: DamageReport[] = [];
  private appendHandle: fs.FileHandle | null = null;
  private appendSegment = 0;
  private appendSize = 0;
  private queue: Promise<unknown> = Promise.resolve();
  /** How long the last open spent deriving the key and reading the log (for the benchmark). */
  openStats: { kdfMs: number; loadMs: number } | null = null;
  private headKey: Buffer | null;
  /** Hash of the newest frame and the number of frames: what the next frame and head.json chain to. */
  private chainTip = CHAIN_GENESIS;
  private frameCount = 0;
  private headDirty = false;
  private headFrozen = false;
  private headTimer: NodeJS.Timeout | null = null;

  private constructor(
    readonly dir: string,
    private header: HeaderBody,
    masterKey: Buffer,
    readonly readOnly: boolean,
    private readonly lock: WriterLock | null,
  ) {
    this.masterKey = Buffer.from(masterKey);
    this.recordKey = deriveSubkey(this.masterKey, header.vaultId, 'records-v1');
    this.headKey = deriveSubkey(this.masterKey, header.vaultId, 'head-mac-v1');
    this.cacheKey = deriveSubkey(this.masterKey, header.vaultId, 'caches-v1');
    this.blobKey = deriveSubkey(this.masterKey, header.vaultId, 'blobs-v1');
  }

  static async load(dir: string, header: HeaderBody, masterKey: Buffer, options: VaultOptions, readOnly: boolean, lock?: WriterLock | null): Promise<Vault> {
    const vault = new Vault(dir, header, masterKey, readOnly, lock ?? (readOnly ? null : await acquireWriterLock(vaultPaths(dir).lock, options.program ?? 'Habeas')));
    if (!readOnly) await Promise.all([removeStaleTempFiles(dir), removeStaleCacheTemps(dir), removeStaleBlobTemps(vaultPaths(dir).blobs)]);
    await vault.loadSegments();
    return vault;
  }

  get id(): string {
    return this.header.vaultId;
  }

  /**
   * A short name for this vault printed in the footer of dossiers ("9C1E-77A0"), so a reader can
   * tell which vault produced a document. It is derived from the master key, not from the vault
   * id in the (unencrypted) header: someone holding a seized laptop but not the passphrase cannot
   * link a published dossier to it.
   */
  fingerprint(): string {
    this.key(); // refuses when locked
    const key = deriveSubkey(this.masterKey!, this.header.vaultId, 'fingerprint-v1');
    const hex = key.subarray(0, 4).toString('hex').toUpperCase();
    wipe(key);
    return `${hex.slice(0, 4)}-${hex.slice(4)}`;
  }

  /**
   * A short reference for a record printed in documents instead of its id ("Case 7F3A9-1C2B4"):
   * record ids are in the clear in the log's frames, so printing one would let whoever holds the
   * laptop match a published dossier to the vault without the passphrase. Keyed (HMAC under a
   * subkey of the master key), stable, 40 bits.
   */
  reference(recordId: string): string {
    this.key(); // refuses when locked
    const key = deriveSubkey(this.masterKey!, this.header.vaultId, 'reference-v1');
    const hex = createHmac('sha256', key).update(recordId, 'utf8').digest('hex').slice(0, 10).toUpperCase();
    wipe(key);
    return `${hex.slice(0, 5)}-${hex.slice(5)}`;
  }

  /** Problems found while opening: revisions that could not be authenticated. */
  get damage(): readonly DamageReport[] {
    return this.openDamage;
  }

  private key(): Buffer {
    if (!this.recordKey) throw new HabeasError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
    return this.recordKey;
  }

  private async segmentFiles(): Promise<Array<{ index: number; file: string }>> {
    const dir = vaultPaths(this.dir).records;
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names
      .map((name) => ({ index: segmentIndexOf(name), file: path.join(dir, name) }))
      .filter((s): s is { index: number; file: string } => s.index !== null)
      .sort((a, b) => a.index - b.index);
  }

  private async loadSegments(): Promise<void> {
    const walk = await walkLog(await this.segmentFiles());
    for (const { segment, frame } of walk.frames) {
      const list = this.index.get(frame.meta.id) ?? [];
      list.push({ segment, frame });
      this.index.set(frame.meta.id, list);
    }
    this.openDamage.push(...logDamage(walk, (f) => this.isAuthentic(f)), ...(await this.headDamage(walk)));
    this.chainTip = walk.tip;
    this.frameCount = walk.frames.length;
    this.appendSegment = walk.lastSegment;
    this.appendSize = walk.lastSegmentSize;
    // Never append after a torn or damaged tail: a cut-off frame header there could claim the bytes
    // appended after it as its own box. Start a fresh segment so those bytes stay isolated.
    if (walk.badTail || this.appendSize >= SEGMENT_LIMIT) this.appendSegment += 1;
    if (this.appendSegment === 0) this.appendSegment = 1;
    if (walk.badTail) this.appendSize = 0;
    for (const [id, locations] of this.index) {
      locations.sort((a, b) => a.frame.meta.rev - b.frame.meta.rev);
      for (let i = locations.length - 1; i >= 0; i--) {
        const revision = this.decryptLazily(locations[i]!);
        if (revision) {
          this.latestCache.set(id, revision);
          break;
        }
        this.openDamage.push(unauthentic(locations[i]!));
      }
    }
  }

  private async headDamage(walk: LogWalk): Promise<DamageReport[]> {
    const check = await checkHead(vaultPaths(this.dir).head, this.headKeyOrThrow(), walk, this.header.anchored === true);
    if (check.ok) return [];
    if (check.reason === 'truncated') {
      // Damage already reported (unreadable bytes shift positions; a flipped byte changes the hash
      // of the frame at the head) explains the mismatch: do not report it twice.
      const atHead = walk.frames[check.frames - 1];
      const explained = walk.issues.some(({ issue }) => issue.kind === 'damaged') || (atHead !== undefined && !this.isAuthentic(atHead.frame));
      if (explained) return [];
    }
    // Keep head.json as it is, so the evidence survives later writes until the vault is restored.
    this.headFrozen = true;
    return [{ segment: segmentFileName(walk.lastSegment), offset: walk.lastSegmentSize, length: 0, reason: check.reason }];
  }

  /**
   * Where exhibit blob `name` lives and the key material that opens it (exhibits/blob-io.ts).
   * Names are random hex, made by the exhibit store; anything else is refused, so no name from
   * outside ever becomes a path. The key is this vault's blob key: zeroed when the vault closes.
   */
  blobAddress(name: string): BlobAddress {
    if (!/^[0-9a-f]{32}$/.test(name)) throw new HabeasError('INVALID_INPUT', 'Not an exhibit file name.');
    const key = this.blobKey;
    if (!key) throw new HabeasError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
    return { dir: vaultPaths(this.dir).blobs, name, vaultId: this.header.vaultId, vaultBlobKey: key };
  }

  /** A derived cache (see caches.ts): its value, or null when there is none usable. */
  async readCache(name: CacheName): Promise<unknown> {
    const key = this.cacheKey;
    if (!key) throw new HabeasError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
    return readCache(this.dir, this.header.vaultId, key, name);
  }

  /**
   * Replaces a derived cache, queued behind writes in flight so close() waits for it. A read-only
   * vault keeps its caches as they are (another process may be writing the vault).
   */
  writeCache(name: CacheName, value: unknown): Promise<void> {
    if (this.readOnly) return Promise.resolve();
    const written = this.queue.then(() => {
      const key = this.cacheKey;
      if (!key) return; // closed meanwhile: the cache is rebuilt next time
      return writeCache(this.dir, this.header.vaultId, key, name, value);
    });
    this.queue = written.catch(() => undefined);
    return written;
  }

  private headKeyOrThrow(): Buffer {
    if (!this.headKey) throw new HabeasError('VAULT_LOCKED', 'The vault is locked. Unlock it to continue.');
    return this.headKey;
  }

  /** Records the log's end in head.json soon after writes (batched), never delaying a save. */
  private scheduleHeadWrite(): void {
    this.headDirty = true;
    if (this.headTimer) return;
    this.headTimer = setTimeout(() => {
      this.headTimer = null;
      this.queue = this.queue.then(() => this.flushHead()).catch(() => undefined);
    }, HEAD_DELAY_MS);
    this.headTimer.unref();
  }

  private async flushHead(): Promise<void> {
    if (!this.headDirty || !this.headKey || this.readOnly || this.headFrozen) return;
    this.headDirty = false;
    await writeHead(vaultPaths(this.dir).head, this.headKey, this.frameCount, this.chainTip);
  }

  private isAuthentic(frame: Frame): boolean {
    const plaintext = open(this.key(), frame.box, recordAad(this.header.vaultId, frame.meta));
    plaintext?.fill(0);
    return plaintext !== null;
  }

  /**
   * Like decrypt(), for the newest revisions read at open: authenticated now, JSON parsed on first
   * use. Parsing 10,000 large cases costs seconds, and the first list page needs only a hundred.
   * The plaintext is zeroed once parsed, or at close if it never was.
   */
  private decryptLazily(location: Location): RecordRevision | null {
    const { meta, box } = location.frame;
    const plaintext = open(this.key(), box, recordAad(this.header.vaultId, meta));
    if (!plaintext) return null;
    const unparsed = this.unparsed;
    unparsed.add(plaintext);
    let payload: { savedAt: string; data: unknown } | null = null;
    const load = () => {
      if (payload) return payload;
      try {
        payload = JSON.parse(plaintext.toString('utf8')) as { savedAt: string; data: unknown };
        return payload;
      } finally {
        plaintext.fill(0);
        unparsed.delete(plaintext);
      }
    };
    return {
      id: meta.id,
      type: meta.type,
      schema: meta.schema,
      rev: meta.rev,
      sealId: boxId(box),
      get savedAt() {
        return load().savedAt;
      },
      get data() {
        return load().data;
      },
    };
  }

  private decrypt(location: Location): RecordRevision | null {
    const { meta, box } = location.frame;
    const plaintext = open(this.key(), box, recordAad(this.header.vaultId, meta));
    if (!plaintext) return null;
    try {
      const payload = JSON.parse(plaintext.toString('utf8')) as { savedAt: string; data: unknown };
      return { id: meta.id, type: meta.type, schema: meta.schema, rev: meta.rev, sealId: boxId(box), savedAt: payload.savedAt, data: payload.data };
    } finally {
      plaintext.fill(0);
    }
  }

  /** The newest intact revision of every record of a type. */
  latest(type: string): RecordRevision[] {
    this.key();
    return [...this.latestCache.values()].filter((r) => r.type === type);
  }

  get(id: string): RecordRevision | undefined {
    this.key();
    return this.latestCache.get(id);
  }

  /**
   * The revision an edit of this record must be based on: its newest intact revision (0 if none).
   * A damaged newer revision is skipped, so the record stays editable from what the user sees.
   */
  currentRevision(id: string): number {
    this.key();
    return this.latestCache.get(id)?.rev ?? 0;
  }

  /** True when the log holds revisions of this record, even if none of them is intact. */
  hasRevisions(id: string): boolean {
    this.key();
    return this.index.has(id);
  }

  /** Highest revision number ever written for a record, intact or not; new revisions go above it. */
  private highestRevision(id: string): number {
    return this.index.get(id)?.at(-1)?.frame.meta.rev ?? 0;
  }

  /** Every intact revision, oldest first. */
  history(id: string): RecordRevision[] {
    this.key();
    return (this.index.get(id) ?? []).map((l) => this.decrypt(l)).filter((r): r is RecordRevision => r !== null);
  }

  /**
   * Appends a new revision and resolves only once it is on disk. `expectedRevision` is the
   * revision the caller edited (0 for a new record); anything else is a conflict.
   */
  put(type: string, id: string, schema: number, data: unknown, expectedRevision: number): Promise<RecordRevision> {
    const run = this.queue.then(() => this.append(type, id, schema, data, expectedRevision));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Appends many revisions with a single flush: all of them are durable when it resolves
   * (imports, generators). Revisions of the same record in one batch are not allowed.
   */
  putMany(entries: ReadonlyArray<{ type: string; id: string; schema: number; data: unknown; expectedRevision: number }>): Promise<RecordRevision[]> {
    const run = this.queue.then(() => this.appendAll(entries));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async append(type: string, id: string, schema: number, data: unknown, expectedRevision: number): Promise<RecordRevision> {
    const [revision] = await this.appendAll([{ type, id, schema, data, expectedRevision }]);
    return revision!;
  }

  private async appendAll(entries: ReadonlyArray<{ type: string; id: string; schema: number; data: unknown; expectedRevision: number }>): Promise<RecordRevision[]> {
    const key = this.key();
    if (this.readOnly) throw new HabeasError('VAULT_IN_USE', 'This vault was opened read-only.');
    const seen = new Set<string>();
    let tip = this.chainTip;
    const prepared = entries.map(({ type, id, schema, data, expectedRevision }) => {
      if (seen.has(id)) throw new HabeasError('CONFLICT', 'The same record appears twice in one batch.');
      seen.add(id);
      const current = this.currentRevision(id);
      if (current !== expectedRevision) {
        throw new HabeasError('CONFLICT', 'This record was changed since you opened it. Reload it and apply your edit again.');
      }
      const existingType = this.index.get(id)?.[0]?.frame.meta.type;
      if (existingType && existingType !== type) throw new HabeasError('CONFLICT', 'A record with this id already exists with another type.');
      const meta: FrameMeta = { id, type, schema, rev: this.highestRevision(id) + 1, prev: tip };
      const savedAt = new Date().toISOString();
      const plaintext = Buffer.from(JSON.stringify({ savedAt, data }), 'utf8');
      const box = seal(key, plaintext, recordAad(this.header.vaultId, meta));
      const bytes = encodeFrame(meta, box);
      plaintext.fill(0);
      tip = frameHash(bytes);
      return { revision: { id, type, schema, rev: meta.rev, sealId: boxId(box), savedAt, data } satisfies RecordRevision, bytes };
    });
    const batch = Buffer.concat(prepared.map((p) => p.bytes));
    const handle = await this.appendTarget(batch.length);
    const start = this.appendSize;
    try {
      await writeFully(handle, batch);
      await handle.datasync();
    } catch (error) {
      // Nothing of this batch is acknowledged: cut the segment back to its last whole frame, then
      // seal it and continue in a new one (the cut may itself fail on a broken disk).
      await handle.truncate(start).catch(() => undefined);
      await this.sealSegment();
      if (isOutOfSpace(error)) {
        throw new HabeasError('INTERNAL', 'The disk is full, so this change was not saved. Free some space on the disk and save again.');
      }
      throw error;
    }
    this.appendSize += batch.length;
    this.chainTip = tip;
    this.frameCount += prepared.length;
    this.scheduleHeadWrite();
    // Re-reading our own bytes gives the frames exactly as a later scan of the segment will see them.
    const written = scanSegment(batch).frames;
    if (written.length !== prepared.length) throw new Error('frame encoding is inconsistent with frame scanning');
    written.forEach((frame, i) => {
      const { revision } = prepared[i]!;
      const list = this.index.get(revision.id) ?? [];
      list.push({ segment: this.appendSegment, frame: { ...frame, offset: start + frame.offset } });
      this.index.set(revision.id, list);
      this.latestCache.set(revision.id, revision);
    });
    return prepared.map((p) => p.revision);
  }

  private async appendTarget(bytes: number): Promise<fs.FileHandle> {
    if (this.appendHandle && this.appendSize + bytes > SEGMENT_LIMIT && this.appendSize > 0) await this.sealSegment();
    if (!this.appendHandle) {
      const dir = vaultPaths(this.dir).records;
      await fs.mkdir(dir, { recursive: true, mode: 0o700 });
      const file = path.join(dir, segmentFileName(this.appendSegment));
      const existed = await fs.stat(file).then(() => true, () => false);
      this.appendHandle = await fs.open(file, 'a', 0o600);
      if (!existed) {
        await this.appendHandle.sync();
        await fsyncDirectory(dir);
        await fsyncDirectory(this.dir);
        this.appendSize = 0;
      }
    }
    return this.appendHandle;
  }

  private async sealSegment(): Promise<void> {
    await this.appendHandle?.close().catch(() => undefined);
    this.appendHandle = null;
    this.appendSegment += 1;
    this.appendSize = 0;
  }

  /**
   * Re-reads every segment from disk and authenticates every revision of every record, follows
   * the audit chain through all of them, and checks the log still reaches the recorded head.
   */
  async verify(): Promise<VerifyReport> {
    return (await this.inspectLog(null)).report;
  }

  /**
   * The audit log: every revision event in log order with its hash and the previous event's hash,
   * damaged ones included, and each problem `verify` finds placed on the event it concerns. Who
   * saved a revision is not known to the vault (it is inside the sealed data, never in the
   * plaintext meta): `actorOf` reads it from each revision's decrypted data.
   */
  async audit(options: AuditOptions = {}): Promise<AuditReport> {
    const contents = new Map<WalkedFrame, SealedContents>();
    const { walk, report } = await this.inspectLog((walked, plaintext) => {
      contents.set(walked, sealedContents(walked, plaintext, options));
    });
    return auditTrail(walk, report, (walked) => contents.get(walked) ?? null);
  }

  /** `audit().events`: every revision event in log order. */
  async auditEvents(options: AuditOptions = {}): Promise<AuditEvent[]> {
    return (await this.audit(options)).events;
  }

  /** One pass over the log for verify and audit; `onIntact` sees each authentic frame's plaintext before it is wiped. */
  private async inspectLog(onIntact: ((walked: WalkedFrame, plaintext: Buffer) => void) | null): Promise<{ walk: LogWalk; report: VerifyReport }> {
    const key = this.key();
    const walk = await walkLog(await this.segmentFiles());
    const damaged: DamageReport[] = [...logDamage(walk, (f) => this.isAuthentic(f)), ...(await this.headDamage(walk))];
    const ids = new Set<string>();
    let revisions = 0;
    for (const walked of walk.frames) {
      const { segment, frame } = walked;
      const plaintext = open(key, frame.box, recordAad(this.header.vaultId, frame.meta));
      if (plaintext) {
        try {
          onIntact?.(walked, plaintext);
        } finally {
          plaintext.fill(0);
        }
        revisions += 1;
        ids.add(frame.meta.id);
      } else {
        damaged.push(unauthentic({ segment, frame }));
      }
    }
    const tornWrites = walk.issues.filter(({ issue }) => issue.kind === 'torn').length;
    return { walk, report: { ok: damaged.length === 0, records: ids.size, revisions, damaged, tornWrites } };
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    this.key();
    // Replacing the header is a write: only the holder of the writer lock may do it.
    if (this.readOnly) throw new HabeasError('VAULT_IN_USE', 'This vault was opened read-only.');
    if (current.length === 0) throw new HabeasError('WRONG_PASSPHRASE', 'The current passphrase is not correct; the passphrase was not changed.');
    if (next.length === 0) throw new HabeasError('INVALID_INPUT', NO_PASSPHRASE);
    const { body, mac } = await readHeader(this.dir);
    const secret = normalisePassphrase(current);
    const kek = await deriveKey(secret, body.kdf);
    const masterKey = unwrapMasterKey(body, 'passphrase', kek);
    wipe(secret, kek);
    try {
      if (!masterKey) throw new HabeasError('WRONG_PASSPHRASE', 'The current passphrase is not correct; the passphrase was not changed.');
      assertHeaderMac(body, mac, masterKey);
      this.header = await rewrapPassphrase(this.dir, body, masterKey, next);
    } finally {
      wipe(masterKey);
    }
  }

  /** Zero the keys, forget decrypted records, close files and release the writer lock. */
  async close(): Promise<void> {
    if (this.headTimer) clearTimeout(this.headTimer);
    this.headTimer = null;
    // Anchor the log's end before the keys go (queued behind any write in flight).
    const headWritten = (this.queue = this.queue.then(() => this.flushHead()).catch(() => undefined));
    await headWritten;
    wipe(this.masterKey, this.recordKey, this.headKey, this.cacheKey, this.blobKey);
    for (const plaintext of this.unparsed) plaintext.fill(0);
    this.unparsed.clear();
    this.masterKey = null;
    this.recordKey = null;
    this.headKey = null;
    this.cacheKey = null;
    this.blobKey = null;
    this.latestCache.clear();
    this.index.clear();
    await this.queue.catch(() => undefined);
    // A write already past its key check when close() began finishes (it may have been acknowledged),
    // and then records its plaintext here: forget it again.
    this.latestCache.clear();
    this.index.clear();
    await this.appendHandle?.close().catch(() => undefined);
    this.appendHandle = null;
    await this.lock?.release();
  }
}

/** Blobs being written when a process was killed (only the writer-lock holder writes blobs). */
async function removeStaleBlobTemps(blobsDir: string): Promise<void> {
  const names = await fs.readdir(blobsDir).catch(() => [] as string[]);
  for (const name of names) if (/^\.[0-9a-f]{32}\.[0-9a-f]+\.tmp$/.test(name)) await fs.rm(path.join(blobsDir, name), { force: true });
}

/**
 * A process killed while replacing header.json or head.json leaves its temp file behind. Only the
 * writer-lock holder replaces those files, so once we hold the lock, any such temp file is stale;
 * lock temp files are another process's business unless they are old.
 */
async function removeStaleTempFiles(dir: string): Promise<void> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const file = path.join(dir, name);
    if (/^\.(header|head)\.json\.[0-9a-f]+\.tmp$/.test(name)) await fs.rm(file, { force: true });
    else if (/^vault\.lock(\.takeover)?\.[0-9a-f]+\.tmp$/.test(name)) {
      const stat = await fs.stat(file).catch(() => null);
      if (stat && Date.now() - stat.mtimeMs > 60_000) await fs.rm(file, { force: true });
    }
  }
}

/**
 * Damage the walk itself found: unreadable stretches and breaks in the chain. A break right after
 * damage that is already reported (unreadable bytes, or a predecessor that fails authentication)
 * is its consequence and not listed again; a break between two intact frames means frames were
 * removed or inserted, and is reported on the frame after the gap.
 */
function logDamage(walk: LogWalk, isAuthentic: (frame: Frame) => boolean): DamageReport[] {
  const unexplained = walk.chainBreaks.filter((b) => {
    // An unauthentic frame is reported as such; its `prev` is as untrustworthy as the rest of it.
    if (b.afterDamage || !isAuthentic(b.frame)) return false;
    const before = walk.frames[b.position - 2];
    return !before || isAuthentic(before.frame);
  });
  return [
    ...walk.issues.filter(({ issue }) => issue.kind === 'damaged').map(({ segment, issue }) => unreadable(segment, issue)),
    ...unexplained.map(({ segment, frame }): DamageReport => ({
      segment: segmentFileName(segment),
      offset: frame.offset,
      length: frame.length,
      record: { id: frame.meta.id, type: frame.meta.type, rev: frame.meta.rev },
      reason: 'chain-broken',
    })),
  ];
}

/** The save time and actor sealed in an authentic frame; the rest of its data is not kept. */
function sealedContents(walked: WalkedFrame, plaintext: Buffer, options: AuditOptions): SealedContents {
  const payload = JSON.parse(plaintext.toString('utf8')) as { savedAt?: unknown; data?: unknown };
  const { id, type, schema, rev } = walked.frame.meta;
  const actor = options.actorOf?.(payload.data, { id, type, schema, rev });
  return {
    ...(typeof payload.savedAt === 'string' ? { savedAt: payload.savedAt } : {}),
    ...(typeof actor === 'string' && actor !== '' ? { actor } : {}),
  };
}

function unreadable(segment: number, issue: ScanIssue): DamageReport {
  return { segment: segmentFileName(segment), offset: issue.offset, length: issue.length, reason: 'unreadable-bytes' };
}

function unauthentic(location: Location): DamageReport {
  const { meta, offset, length } = location.frame;
  return { segment: segmentFileName(location.segment), offset, length, record: { id: meta.id, type: meta.type, rev: meta.rev }, reason: 'unauthentic' };
}
