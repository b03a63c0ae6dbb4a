/**
 * How much the blob readers and writers move at a time. Reading ahead one block while the current
 * one is hashed and encrypted keeps the disk and the CPU busy at once; small system calls spent
 * most of their time waiting on each other, so chunks are read and written 4 at a time (4 MiB with
 * the default 1 MiB chunks; 64 KiB × 4 for blobs written with the first version's chunk size).
 */
export const BLOCK_CHUNKS = 4;

/** A file being attached is read in blocks of this size (4 chunks of the default size). */
export const FILE_BLOCK_BYTES = 4 * 1024 * 1024;

/**
 * How much of the start of a file is kept while it is written: the media type is recognised from
 * the first 4 KiB, and EXIF (date, camera) sits in the first 64 KiB of a JPEG (its APP1 segment
 * cannot be longer), so 128 KiB covers it with room for the segments before it.
 */
export const HEAD_BYTES = 128 * 1024;

/** The most one ranged read may return: enough for a viewer to page through a file, and bounded memory. */
export const MAX_RANGE_BYTES = 16 * 1024 * 1024;
