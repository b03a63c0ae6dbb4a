/**
 * Tiny files that carry capture metadata, built byte by byte so the tests say exactly what is in
 * them: a JPEG whose APP1 "Exif" segment holds a big-endian TIFF with IFD0 (Make, Model) pointing to
 * an Exif IFD (DateTimeOriginal, OffsetTimeOriginal, CreateDate), and a one-page PDF whose trailer
 * names an Info dictionary, with a correct cross-reference table.
 */
import { pdfFromObjects, pdfUtf16 } from '../../../fixtures/exhibits/pdf-file';

type Entry = { tag: number; type: 2 | 4; value: Buffer };

const ascii = (text: string) => Buffer.from(`${text}\0`, 'latin1');
const u16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

/** An IFD at `start` (offset in the TIFF): its entries, no next IFD, then values longer than 4 bytes. */
function ifd(entries: readonly Entry[], start: number): Buffer {
  const dir = Buffer.alloc(2 + entries.length * 12 + 4);
  dir.writeUInt16BE(entries.length, 0);
  const data: Buffer[] = [];
  let dataAt = start + dir.length;
  entries.forEach(({ tag, type, value }, i) => {
    const at = 2 + i * 12;
    dir.writeUInt16BE(tag, at);
    dir.writeUInt16BE(type, at + 2);
    dir.writeUInt32BE(type === 2 ? value.length : 1, at + 4);
    if (value.length <= 4) value.copy(dir, at + 8);
    else {
      dir.writeUInt32BE(dataAt, at + 8);
      data.push(value);
      dataAt += value.length;
    }
  });
  return Buffer.concat([dir, ...data]);
}

export interface ExifFields {
  make?: string;
  model?: string;
  dateTimeOriginal?: string;
  offsetTimeOriginal?: string;
  createDate?: string;
}

export function exifJpeg(fields: ExifFields, trailing: Buffer = Buffer.alloc(0)): Buffer {
  const exifEntries: Entry[] = [];
  if (fields.dateTimeOriginal !== undefined) exifEntries.push({ tag: 0x9003, type: 2, value: ascii(fields.dateTimeOriginal) });
  if (fields.createDate !== undefined) exifEntries.push({ tag: 0x9004, type: 2, value: ascii(fields.createDate) });
  if (fields.offsetTimeOriginal !== undefined) exifEntries.push({ tag: 0x9011, type: 2, value: ascii(fields.offsetTimeOriginal) });
  const ifd0Entries: Entry[] = [];
  if (fields.make !== undefined) ifd0Entries.push({ tag: 0x010f, type: 2, value: ascii(fields.make) });
  if (fields.model !== undefined) ifd0Entries.push({ tag: 0x0110, type: 2, value: ascii(fields.model) });
  const pointer: Entry = { tag: 0x8769, type: 4, value: u32(0) };
  const ifd0Size = ifd([...ifd0Entries, pointer], 8).length;
  const exifAt = 8 + ifd0Size;
  const ifd0 = ifd([...ifd0Entries, { ...pointer, value: u32(exifAt) }], 8);
  const tiff = Buffer.concat([Buffer.from('MM\0\x2a', 'latin1'), u32(8), ifd0, ifd(exifEntries, exifAt)]);
  const app1 = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1]), u16(app1.length + 2), app1, trailing, Buffer.from([0xff, 0xd9])]);
}

export { pdfUtf16 };

/** A one-page PDF whose trailer points at `info` (a dictionary, e.g. "<< /Title (x) >>"). */
export function infoPdf(info: string): Buffer {
  return pdfFromObjects(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>', info], { root: 1, info: 4 });
}

/** Starts like a JPEG with an EXIF segment, but the TIFF inside points outside itself. */
export const MALFORMED_JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x20]), Buffer.from('Exif\0\0MM\0\x2a\xff\xff\xff\xff garbage', 'latin1'), Buffer.alloc(2000, 0x5a)]);

/** Starts like a PDF, then nothing a PDF reader can make sense of. */
export const MALFORMED_PDF = Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj << /Title (never seen) /Info 9 0 R', 'latin1'), Buffer.alloc(3000, 0xa5)]);
