import type { CaptureMetadata } from '../../../../shared/exhibits';
import { cleanCapture, type RawCapture } from './capture-fields';
import { exifCapture } from './capture-exif';
import { pdfCapture } from './capture-pdf';

/** Types whose EXIF exifr reads; EXIF sits near the start of these (see HEAD_BYTES). */
const EXIF_TYPES = new Set(['image/jpeg', 'image/tiff', 'image/heic', 'image/png', 'image/webp']);

/**
 * PDFs up to this size are read back whole into memory for their Info dictionary, which is usually
 * at the end of the file (a PDF's trailer comes last). Larger ones get no PDF metadata: holding a
 * scanned 500-page file in memory to read a title is not worth it.
 */
export const PDF_METADATA_MAX_BYTES = 64 * 1024 * 1024;

export interface CaptureSource {
  readonly mediaType: string;
  readonly size: number;
  /** The first bytes of the file (up to 128 KiB). */
  readonly head: Uint8Array;
  /** The whole file, when an extractor needs it (only PDFs up to PDF_METADATA_MAX_BYTES). */
  readonly contents: () => AsyncIterable<Uint8Array>;
}

/**
 * What the file says about itself, where it says it: EXIF date and camera of photos, the Info
 * dictionary of PDFs; undefined when nothing is found. Best-effort: a file is evidence whether or
 * not its metadata can be read, so every failure (a malformed file, a parser's bug) ends here,
 * passed to `onError` (for tests and logs) and never thrown.
 */
export async function captureMetadata(source: CaptureSource, onError: (error: unknown) => void = () => {}): Promise<CaptureMetadata | undefined> {
  try {
    let raw: RawCapture = {};
    if (EXIF_TYPES.has(source.mediaType)) raw = await exifCapture(source.head, onError);
    else if (source.mediaType === 'application/pdf' && source.size <= PDF_METADATA_MAX_BYTES) raw = await pdfCapture(await gather(source.contents(), source.size));
    return cleanCapture(raw);
  } catch (error) {
    onError(error);
    return undefined;
  }
}

/** The pieces in one buffer of the known size (a Uint8Array, not a Buffer: pdf.js refuses Buffers). */
async function gather(pieces: AsyncIterable<Uint8Array>, size: number): Promise<Uint8Array> {
  const whole = new Uint8Array(size);
  let at = 0;
  for await (const piece of pieces) {
    if (piece.length > size - at) throw new Error('The file is longer than its record says.');
    whole.set(piece, at);
    at += piece.length;
  }
  if (at !== size) throw new Error('The file is shorter than its record says.');
  return whole;
}
