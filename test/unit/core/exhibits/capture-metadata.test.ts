import fsSync, { promises as fs } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanCapture } from '../../../../electron/main/core/exhibits/capture-fields';
import { camera, exifDate } from '../../../../electron/main/core/exhibits/capture-exif';
import { captureMetadata, PDF_METADATA_MAX_BYTES, type CaptureSource } from '../../../../electron/main/core/exhibits/capture-metadata';
import { pdfCapture, pdfDate } from '../../../../electron/main/core/exhibits/capture-pdf';
import { CaptureMetadata } from '../../../../shared/exhibits';
import { exifJpeg, infoPdf, MALFORMED_JPEG, MALFORMED_PDF, pdfUtf16 } from './capture-fixtures';

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
const source = (mediaType: string, bytes: Buffer, size = bytes.length): CaptureSource => ({ mediaType, size, head: bytes.subarray(0, 128 * 1024), contents: () => once(bytes) });

/** Runs the extraction and returns what it found and every error it swallowed. */
async function capture(from: CaptureSource): Promise<{ found: CaptureMetadata | undefined; errors: unknown[] }> {
  const errors: unknown[] = [];
  const found = await captureMetadata(from, (error) => errors.push(error));
  return { found, errors };
}

const TITLE = 'İttiham aktı — Əliyev İ. (ş/i №12)';
const PDF = infoPdf(`<< /Title ${pdfUtf16(TITLE)} /Author (Leyla Y\\374nus) /Producer (ScanSnap Manager \\(iX1600\\)) /CreationDate (D:20240131104512+04'00') >>`);

afterEach(() => vi.restoreAllMocks());

describe('capture metadata', () => {
  it('reads the date and camera from a photo’s EXIF', async () => {
    const jpeg = exifJpeg({ make: 'Canon', model: 'Canon EOS 5D Mark IV', dateTimeOriginal: '2023:05:14 10:22:31', offsetTimeOriginal: '+04:00', createDate: '2023:05:14 10:22:40' });
    expect(await capture(source('image/jpeg', jpeg))).toEqual({ found: { capturedAt: '2023-05-14T10:22:31+04:00', camera: 'Canon EOS 5D Mark IV' }, errors: [] });
    // No DateTimeOriginal: the digitised date, without a zone when none is given.
    const phone = exifJpeg({ make: 'samsung', model: 'SM-A546B', createDate: '2024:02:29 23:59:59' });
    expect((await capture(source('image/jpeg', phone))).found).toEqual({ capturedAt: '2024-02-29T23:59:59', camera: 'samsung SM-A546B' });
    // EXIF further into the 128 KiB head, after other data in the file.
    const late = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xf0]), Buffer.alloc(0xfff0 - 2, 0x20), exifJpeg({ make: 'NIKON CORPORATION', model: 'NIKON D850' }).subarray(2)]);
    expect((await capture(source('image/jpeg', late))).found).toEqual({ camera: 'NIKON CORPORATION NIKON D850' });
  });

  it('reads title, author, producer and creation date from a PDF’s Info dictionary, non-Latin text included', async () => {
    expect(await capture(source('application/pdf', PDF))).toEqual({
      found: { title: TITLE, author: 'Leyla Yünus', producer: 'ScanSnap Manager (iX1600)', createdAt: '2024-01-31T10:45:12+04:00' },
      errors: [],
    });
  });

  it('finds nothing in a file without metadata, and does not read a PDF over 64 MiB at all', async () => {
    expect(await capture(source('image/jpeg', exifJpeg({})))).toEqual({ found: undefined, errors: [] });
    expect(await capture(source('application/pdf', infoPdf('<< >>')))).toEqual({ found: undefined, errors: [] });
    expect(await capture(source('text/plain', Buffer.from('Exif\0\0MM')))).toEqual({ found: undefined, errors: [] });
    const huge: CaptureSource = { mediaType: 'application/pdf', size: PDF_METADATA_MAX_BYTES + 1, head: PDF, contents: () => { throw new Error('read a PDF over 64 MiB'); } };
    expect(await capture(huge)).toEqual({ found: undefined, errors: [] });
    // At the limit it is still read (here the record says 64 MiB; the bytes say less, which is an error).
    expect((await capture({ ...huge, size: PDF_METADATA_MAX_BYTES, contents: () => once(PDF) })).errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/shorter than its record/) })]);
  });

  it('swallows every failure of a malformed file, reporting it to onError', async () => {
    const jpeg = await capture(source('image/jpeg', MALFORMED_JPEG));
    expect(jpeg.found).toBeUndefined();
    expect(jpeg.errors.length).toBeGreaterThan(0);
    const pdf = await capture(source('application/pdf', MALFORMED_PDF));
    expect(pdf.found).toBeUndefined();
    expect(pdf.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/^pdf\.js could not read the PDF: .*Invalid PDF/i) })]);
    // Without onError, nothing is thrown either.
    await expect(captureMetadata(source('application/pdf', MALFORMED_PDF))).resolves.toBeUndefined();
    await expect(captureMetadata({ ...source('application/pdf', PDF), contents: () => { throw new Error('disk gone'); } })).resolves.toBeUndefined();
  });

  it('parses PDFs in a worker that is stopped when it takes too long, so main never waits on a hostile file', async () => {
    const data = new Uint8Array(PDF);
    await expect(pdfCapture(data, 1)).rejects.toThrow(/took over 1 ms; stopped/);
    expect(data.byteLength).toBe(0); // the bytes were moved to the worker, not copied
    await expect(pdfCapture(new Uint8Array(PDF))).resolves.toMatchObject({ title: TITLE });
  });

  it('reads no file and opens no connection while extracting', async () => {
    await capture(source('application/pdf', PDF)); // pdf.js and its worker are loaded now (reading their own module files)
    const calls: string[] = [];
    const spy = <T extends object>(target: T, names: Array<keyof T & string>, label: string) => {
      for (const name of names) vi.spyOn(target, name as never).mockImplementation((() => { calls.push(`${label}.${name}`); throw new Error(`${label}.${name} called`); }) as never);
    };
    spy(fs, ['readFile', 'open', 'readdir', 'stat'], 'fs.promises');
    spy(fsSync, ['readFileSync', 'openSync', 'readFile', 'open', 'createReadStream', 'existsSync', 'statSync'], 'fs');
    spy(globalThis, ['fetch'], 'globalThis');
    const jpeg = exifJpeg({ make: 'Canon', model: 'EOS R5', dateTimeOriginal: '2023:05:14 10:22:31' });
    expect((await capture(source('application/pdf', PDF))).found?.title).toBe(TITLE);
    expect((await capture(source('image/jpeg', jpeg))).found?.camera).toBe('Canon EOS R5');
    expect(calls).toEqual([]);
  });
});

describe('capture values', () => {
  it('strips control characters, trims, drops empty and non-text values, and clips to the schema’s limits without splitting a character', () => {
    expect(cleanCapture({ title: ' Hökm\u0000\u001b[31m\nqərarı\u007f ', author: '\t\n ', producer: 42, camera: ['x'], createdAt: null })).toEqual({ title: 'Hökm [31m qərarı' });
    expect(cleanCapture({})).toBeUndefined();
    const long = cleanCapture({ title: 'ə'.repeat(5000), camera: `${'x'.repeat(199)}😀tail`, capturedAt: '2'.repeat(500) })!;
    expect(long.title).toHaveLength(1000);
    expect(long.camera).toBe('x'.repeat(199)); // the emoji would straddle the limit: left out whole
    expect(long.capturedAt).toHaveLength(100);
    expect(CaptureMetadata.safeParse(long).success).toBe(true);
    for (const [field, schema] of Object.entries(CaptureMetadata.shape)) {
      const clipped = cleanCapture({ [field]: 'y'.repeat(10_000) })!;
      expect(clipped[field as keyof CaptureMetadata]).toHaveLength(schema.unwrap().maxLength!);
    }
  });

  it('turns EXIF and PDF dates into ISO-like text, and leaves what it cannot read as written', () => {
    expect(exifDate('2023:05:14 10:22:31', '+04:00')).toBe('2023-05-14T10:22:31+04:00');
    expect(exifDate('2023:05:14 10:22:31', 'garbage')).toBe('2023-05-14T10:22:31');
    expect(exifDate('0000:00:00 00:00:00', undefined)).toBeUndefined();
    expect(exifDate('    :  :     :  :  ', undefined)).toBeUndefined();
    expect(exifDate('May 14 2023', undefined)).toBe('May 14 2023');
    expect(exifDate(20230514, undefined)).toBeUndefined();
    expect(pdfDate("D:20240131104512+04'00'")).toBe('2024-01-31T10:45:12+04:00');
    expect(pdfDate("D:20240131104512-05'30")).toBe('2024-01-31T10:45:12-05:30');
    expect(pdfDate('D:20240131104512Z')).toBe('2024-01-31T10:45:12Z');
    expect(pdfDate('D:20240131')).toBe('2024-01-31');
    expect(pdfDate('D:2024')).toBe('2024-01-01');
    expect(pdfDate('D:202401311045')).toBe('2024-01-31T10:45:00');
    expect(pdfDate('20240131104512')).toBe('2024-01-31T10:45:12');
    expect(pdfDate('D:20241399000000')).toBe('D:20241399000000');
    expect(pdfDate('31.01.2024')).toBe('31.01.2024');
    expect(camera('Canon', 'Canon EOS R5')).toBe('Canon EOS R5');
    expect(camera('Apple', 'iPhone 14')).toBe('Apple iPhone 14');
    expect(camera('', 'iPhone 14')).toBe('iPhone 14');
    expect(camera('Apple', undefined)).toBe('Apple');
    expect(camera(undefined, undefined)).toBeUndefined();
  });
});
