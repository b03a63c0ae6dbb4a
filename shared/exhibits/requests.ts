import { z } from 'zod';
import { CustodyEvent, Exhibit, ExhibitLink } from './exhibit';

/**
 * What the renderer may ask of the evidence locker (see `exhibits` in shared/ipc/contract.ts).
 * The renderer never names a path on disk: files come in as bytes it read from a file the user
 * picked or dropped, and go out through a save dialog that main shows.
 */

/** Bytes per upload piece and per read: large enough to keep IPC overhead small, small enough to keep memory flat. */
export const EXHIBIT_PIECE_BYTES = 4 * 1024 * 1024;
export const EXHIBIT_READ_MAX_BYTES = 16 * 1024 * 1024;

const ExhibitId = z.uuid();
const optionalText = (max: number) => z.string().trim().max(max).optional();

/** Raw bytes (Electron's IPC carries them as they are); `custom` keeps the plain Uint8Array type. */
const AnyBytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'Expected bytes');
const Bytes = (max: number) => AnyBytes.refine((bytes) => bytes.byteLength <= max, `At most ${max} bytes per call`);

export const BeginAttach = z.strictObject({
  caseId: z.uuid(),
  /** The name the file had on the user's computer: data only, never a path in the vault. */
  originalName: Exhibit.shape.originalName,
  size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  receivedFrom: optionalText(4096),
  method: optionalText(1000),
  note: optionalText(5000),
  derivedFrom: ExhibitId.optional(),
  derivation: optionalText(1000),
});
export type BeginAttach = z.infer<typeof BeginAttach>;

export const UploadId = z.strictObject({ uploadId: z.uuid() });
export const AttachPiece = z.strictObject({ uploadId: z.uuid(), bytes: Bytes(EXHIBIT_PIECE_BYTES) });

export const ReadRange = z.strictObject({
  id: ExhibitId,
  offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  length: z.number().int().min(1).max(EXHIBIT_READ_MAX_BYTES),
});

export const LinkRequest = z.strictObject({ id: ExhibitId, link: ExhibitLink });

/** Custody events a person records by hand; the others are recorded by what the app does. */
export const MANUAL_CUSTODY_ACTIONS = ['copied', 'handed_over'] as const;
export const RecordCustody = z.strictObject({
  id: ExhibitId,
  action: z.enum(MANUAL_CUSTODY_ACTIONS),
  counterpart: CustodyEvent.shape.counterpart,
  method: CustodyEvent.shape.method,
  note: CustodyEvent.shape.note,
});

export const ExportResult = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(false) }),
  /** `fileName` only: the chosen folder stays on the user's side of the dialog. */
  z.object({ saved: z.literal(true), exhibit: Exhibit, fileName: z.string() }),
]);
export type ExportResult = z.infer<typeof ExportResult>;

/** Progress of work in main that takes a while (exporting, verifying, opening a large exhibit). */
export const ExhibitProgress = z.object({
  id: ExhibitId,
  operation: z.enum(['export', 'verify', 'open']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type ExhibitProgress = z.infer<typeof ExhibitProgress>;

export const exhibitsContract = {
  /** The exhibits of a case, oldest first, removed ones included (marked `removedAt`). */
  list: { input: z.strictObject({ caseId: z.uuid() }), output: z.array(Exhibit) },
  /**
   * Starts receiving a file: checks the case and the receipt before any byte is sent, then waits
   * for `attachPiece` calls in order and `finishAttach`. An upload nobody continues is dropped.
   */
  beginAttach: { input: BeginAttach, output: z.object({ uploadId: z.uuid() }) },
  attachPiece: { input: AttachPiece, output: z.void() },
  /** Seals the last chunk and records the exhibit; answered once it is durable. */
  finishAttach: { input: UploadId, output: Exhibit },
  cancelAttach: { input: UploadId, output: z.void() },
  /** Decrypted bytes for the in-app viewer, authenticated chunk by chunk; never written to disk. */
  read: { input: ReadRange, output: AnyBytes },
  link: { input: LinkRequest, output: Exhibit },
  unlink: { input: LinkRequest, output: Exhibit },
  /** Checks every chunk and the SHA-256, and records the outcome in the custody log. */
  verify: { input: z.strictObject({ id: ExhibitId }), output: Exhibit },
  recordCustody: { input: RecordCustody, output: Exhibit },
  /** Asks where to save (main's dialog), writes the file and its .sha256, records the export. */
  export: { input: z.strictObject({ id: ExhibitId, note: optionalText(5000) }), output: ExportResult },
  /**
   * Writes a private temporary copy and opens it with the system's program for its type. The
   * renderer asks only after the user confirmed a warning; the copy is deleted at lock and quit.
   */
  openExternally: { input: z.strictObject({ id: ExhibitId }), output: Exhibit },
  remove: { input: z.strictObject({ id: ExhibitId, reason: optionalText(5000) }), output: Exhibit },
  /** Deletes the encrypted file of a removed exhibit for good; the record and its history remain. */
  purge: { input: z.strictObject({ id: ExhibitId, reason: z.string().trim().min(1, 'Say why the file is purged').max(5000) }), output: Exhibit },
} as const;
