import type { Exhibit } from '../../../../shared/exhibits';
import { EXHIBIT_PIECE_BYTES, EXHIBIT_READ_MAX_BYTES } from '../../../../shared/exhibits/requests';
import { api, call } from '../../lib/api';

/** How the file came into the lawyer's hands: the first custody event. */
export interface Receipt {
  receivedFrom: string;
  method: string;
  note: string;
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/**
 * Sends a picked or dropped file to main in 4 MiB pieces, one at a time, so neither process ever
 * holds the whole file: main encrypts each piece as it arrives. `onProgress` gets the bytes sent.
 * An abort (or any failure) cancels the upload in main, which removes its partial blob.
 */
/** A working copy (a redaction, an excerpt, a translation) of an exhibit already in the case. */
export interface Derivation {
  from: string;
  derivation: string;
}

export async function uploadExhibit(caseId: string, file: File, receipt: Receipt, onProgress: (sent: number) => void, signal?: AbortSignal, derived?: Derivation): Promise<Exhibit> {
  const { uploadId } = await call(() =>
    api.exhibits.beginAttach({
      caseId,
      originalName: file.name,
      size: file.size,
      receivedFrom: optional(receipt.receivedFrom),
      method: optional(receipt.method),
      note: optional(receipt.note),
      derivedFrom: derived?.from,
      derivation: derived ? optional(derived.derivation) : undefined,
    }),
  );
  try {
    for (let offset = 0; offset < file.size; offset += EXHIBIT_PIECE_BYTES) {
      signal?.throwIfAborted();
      const bytes = new Uint8Array(await file.slice(offset, offset + EXHIBIT_PIECE_BYTES).arrayBuffer());
      await call(() => api.exhibits.attachPiece({ uploadId, bytes }));
      onProgress(Math.min(file.size, offset + bytes.length));
    }
    signal?.throwIfAborted();
    return await call(() => api.exhibits.finishAttach({ uploadId }));
  } catch (error) {
    await api.exhibits.cancelAttach({ uploadId }).catch(() => undefined);
    throw error;
  }
}

/**
 * The whole decrypted file, in memory only (for images, audio, video): read in pieces so progress
 * can be shown, then joined into one Blob for an object URL. Never written anywhere.
 */
export async function readExhibit(exhibit: Pick<Exhibit, 'id' | 'size' | 'mediaType'>, onProgress: (read: number) => void, signal?: AbortSignal): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let offset = 0; offset < exhibit.size; offset += EXHIBIT_PIECE_BYTES) {
    signal?.throwIfAborted();
    const length = Math.min(EXHIBIT_PIECE_BYTES, exhibit.size - offset);
    const piece = await readRange(exhibit.id, offset, length);
    parts.push(piece);
    onProgress(offset + piece.length);
  }
  signal?.throwIfAborted();
  return new Blob(parts, { type: exhibit.mediaType });
}

/** Decrypted bytes [offset, offset + length) of an exhibit, as a fresh array the caller owns. */
export async function readRange(id: string, offset: number, length: number): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await call(() => api.exhibits.read({ id, offset, length }));
  return new Uint8Array(bytes);
}

/**
 * Bytes [begin, end) in reads of at most what one call to main may return, joined (pdf.js merges
 * neighbouring range requests without a limit).
 */
export async function readSlices(id: string, begin: number, end: number): Promise<Uint8Array> {
  const out = new Uint8Array(end - begin);
  for (let at = begin; at < end; at += EXHIBIT_READ_MAX_BYTES) {
    out.set(await readRange(id, at, Math.min(EXHIBIT_READ_MAX_BYTES, end - at)), at - begin);
  }
  return out;
}
