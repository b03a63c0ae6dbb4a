import { z } from 'zod';

/**
 * An exhibit: one file of evidence (a scanned indictment, a photo of injuries, an audio statement)
 * attached to a case. Its bytes are encrypted in the vault's blob store; this record (encrypted in
 * the log like a case) says what the file is and what happened to it since it was received.
 *
 * The original file is immutable: an exhibit's `blob`, `size` and `sha256` never change after it is
 * received. A redacted image or a translation is another exhibit, `derivedFrom` its original.
 */
export const EXHIBIT_SCHEMA_VERSION = 1;

/** What happened to the file, in order: the chain of custody. */
export const CUSTODY_ACTIONS = ['received', 'copied', 'handed_over', 'exported', 'verified', 'removed', 'purged'] as const;
export const CustodyAction = z.enum(CUSTODY_ACTIONS);
export type CustodyAction = z.infer<typeof CustodyAction>;

const text = (max: number) => z.string().max(max);

export const CustodyEvent = z.strictObject({
  action: CustodyAction,
  at: z.iso.datetime(),
  /** The profile name of whoever recorded it. */
  actor: text(200),
  /** From whom (received), to whom (handed over), or where to (exported: the path), as given. */
  counterpart: text(4096).optional(),
  /** How: in person, by courier, secure messenger, copied from a court file… */
  method: text(1000).optional(),
  note: text(5000).optional(),
  /** For "verified": whether every chunk and the SHA-256 matched. */
  outcome: z.enum(['intact', 'damaged']).optional(),
});
export type CustodyEvent = z.infer<typeof CustodyEvent>;

/** What the file says about itself, where it says it (photos: EXIF; PDFs: the info dictionary). */
export const CaptureMetadata = z.strictObject({
  capturedAt: text(100).optional(),
  camera: text(200).optional(),
  title: text(1000).optional(),
  author: text(1000).optional(),
  producer: text(1000).optional(),
  createdAt: text(100).optional(),
});
export type CaptureMetadata = z.infer<typeof CaptureMetadata>;

export const EXHIBIT_LINK_KINDS = ['charge', 'hearing', 'incident', 'source', 'intervention', 'assessment_criterion'] as const;
export const ExhibitLink = z.strictObject({ kind: z.enum(EXHIBIT_LINK_KINDS), id: z.uuid() });
export type ExhibitLink = z.infer<typeof ExhibitLink>;

export const Exhibit = z.strictObject({
  schemaVersion: z.literal(EXHIBIT_SCHEMA_VERSION),
  id: z.uuid(),
  caseId: z.uuid(),
  /** The blob's file name in the vault: random, never derived from the original name. */
  blob: z.string().regex(/^[0-9a-f]{32}$/),
  /**
   * The file's name as it arrived: data only, never used as a path. It may hold anything a file
   * system or a browser allows ("../../x", control characters, 500 characters).
   */
  originalName: z.string().max(4096),
  /** Recognised from the content (magic bytes), never from the name. */
  mediaType: z.string().max(200),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  receivedAt: z.iso.datetime(),
  capture: CaptureMetadata.optional(),
  derivedFrom: z.uuid().optional(),
  /** What the derived copy is (a redaction, an excerpt, a translation). */
  derivation: text(1000).optional(),
  links: z.array(ExhibitLink),
  custody: z.array(CustodyEvent).min(1),
  /** Removed from the case (still in history); the blob is kept until purged. */
  removedAt: z.iso.datetime().optional(),
  /** The blob was deleted for good (explicitly, after removal); the record's history remains. */
  purgedAt: z.iso.datetime().optional(),
});
export type Exhibit = z.infer<typeof Exhibit>;
