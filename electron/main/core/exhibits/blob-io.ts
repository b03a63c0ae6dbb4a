/**
 * Exhibit blobs as the rest of the app uses them: written from a file or from pieces pushed to it,
 * read whole (streamed) or by range, verified. The on-disk format is in blob-format.ts.
 */
export type { BlobAddress } from './blob-address';
export { readBlob, verifyBlob } from './blob-read';
export { readBlobRange } from './blob-range';
export { writeBlob, writeBlobFrom, type WrittenBlob } from './blob-write';
export { HEAD_BYTES, MAX_RANGE_BYTES } from './io-sizes';
