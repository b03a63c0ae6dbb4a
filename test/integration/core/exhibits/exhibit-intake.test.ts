import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ExhibitRepository } from '../../../../electron/main/core/exhibits/exhibit-repository';
import { DEFAULT_CHUNK_BYTES } from '../../../../electron/main/core/exhibits/blob-format';
import { openVault } from '../../../../electron/main/core/vault/vault';
import { HabeasError } from '../../../../shared/ipc/errors';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { exhibitVault } from './exhibit-vault';
import { codeOf, PASSPHRASE, TEST_PROFILE } from '../../../helpers/vault-files';
import { exifJpeg, infoPdf, MALFORMED_JPEG, MALFORMED_PDF, pdfUtf16 } from '../../../unit/core/exhibits/capture-fixtures';

const tempDir = useTempDirs('habeas-intake-');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

const setUp = async () => exhibitVault(await tempDir());

/** An upload as the window sends it: pieces of at most `pieceBytes`, counting how many were asked for. */
function upload(data: Buffer, pieceBytes: number) {
  const pulled = { pieces: 0 };
  async function* pieces(): AsyncGenerator<Uint8Array> {
    for (let at = 0; at < data.length; at += pieceBytes) {
      pulled.pieces++;
      yield new Uint8Array(data.subarray(at, at + pieceBytes));
    }
  }
  return { pieces: pieces(), pulled };
}

describe('attachStream (a dropped file uploaded in pieces)', () => {
  it('records the same exhibit as attaching the file from disk, and exports the same bytes', async () => {
    const { root, vault, caseId, exhibits, file } = await setUp();
    const data = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(3 * 1024 * 1024 + 12_345)]);
    const { pieces, pulled } = upload(data, 1024 * 1024 + 17); // pieces that cross chunks unevenly
    const streamed = await exhibits.attachStream(caseId, { originalName: 'Ittiham akti.pdf', size: data.length, pieces }, { receivedFrom: 'Defence counsel', method: 'Dropped on the window' }, 'Leyla');
    const fromDisk = await exhibits.attach(caseId, await file('Ittiham akti.pdf', data), { receivedFrom: 'Defence counsel', method: 'Dropped on the window' }, 'Leyla');
    expect(pulled.pieces).toBe(4);
    const comparable = ({ id: _id, blob: _blob, receivedAt: _at, custody, ...rest }: typeof streamed) => ({ ...rest, custody: custody.map(({ at: _a, ...c }) => c) });
    expect(comparable(streamed)).toEqual(comparable(fromDisk));
    expect(streamed).toMatchObject({ originalName: 'Ittiham akti.pdf', mediaType: 'application/pdf', size: data.length, sha256: sha(data) });
    expect(streamed.custody).toEqual([{ action: 'received', at: streamed.receivedAt, actor: 'Leyla', counterpart: 'Defence counsel', method: 'Dropped on the window' }]);
    const target = path.join(root, 'out.pdf');
    await exhibits.export(streamed.id, target, 'Leyla');
    expect((await fs.readFile(target)).equals(data)).toBe(true);
    expect((await exhibits.check()).every((c) => c.ok)).toBe(true);
    // A receipt's name takes precedence over the upload's, as for attach().
    const renamed = await exhibits.attachStream(caseId, { originalName: 'IMG.pdf', size: 3, pieces: upload(Buffer.from('abc'), 2).pieces }, { originalName: 'Photo of the protocol' }, 'Leyla');
    expect(renamed.originalName).toBe('Photo of the protocol');
    // An empty file is a file too.
    expect(await exhibits.attachStream(caseId, { originalName: 'empty.txt', size: 0, pieces: upload(Buffer.alloc(0), 1).pieces }, {}, 'Leyla')).toMatchObject({ size: 0, sha256: sha(Buffer.alloc(0)), mediaType: 'application/octet-stream' });
    await vault.close();
  });

  it('checks the case, the receipt and the size before asking for a single piece', async () => {
    const { vault, caseId, exhibits, blobs } = await setUp();
    const data = randomBytes(10_000);
    const refusals: Array<[string, Parameters<ExhibitRepository['attachStream']>]> = [];
    const attempt = (label: string, caseFor: string, size: number, receipt: Parameters<ExhibitRepository['attachStream']>[2]) => {
      const { pieces, pulled } = upload(data, 4096);
      refusals.push([label, [caseFor, { originalName: 'a.bin', size, pieces }, receipt, 'Leyla']]);
      return pulled;
    };
    const counters = [
      attempt('no such case', '00000000-0000-4000-8000-00000000dead', data.length, {}),
      attempt('note too long', caseId, data.length, { note: 'x'.repeat(5001) }),
      attempt('no such original', caseId, data.length, { derivedFrom: '00000000-0000-4000-8000-00000000dead' }),
      attempt('negative size', caseId, -1, {}),
      attempt('fractional size', caseId, 1.5, {}),
    ];
    const codes = [];
    for (const [, args] of refusals) codes.push(await codeOf(exhibits.attachStream(...args)));
    expect(codes).toEqual(['NOT_FOUND', 'INVALID_INPUT', 'NOT_FOUND', 'INVALID_INPUT', 'INVALID_INPUT']);
    expect(counters.map((c) => c.pieces)).toEqual([0, 0, 0, 0, 0]);
    expect(await blobs()).toEqual([]);
    expect(exhibits.list(caseId)).toEqual([]);
    await vault.close();
  });

  it('keeps nothing when the pieces do not add up to the announced size, or the upload is cancelled', async () => {
    const { vault, caseId, exhibits, blobs } = await setUp();
    const data = randomBytes(200_000);
    await expect(exhibits.attachStream(caseId, { originalName: 'a.bin', size: data.length + 1, pieces: upload(data, 65_536).pieces }, {}, 'Leyla')).rejects.toThrow(/fewer than its announced size/);
    await expect(exhibits.attachStream(caseId, { originalName: 'a.bin', size: data.length - 1, pieces: upload(data, 65_536).pieces }, {}, 'Leyla')).rejects.toThrow(/more than its announced size/);
    async function* cancelled(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array(100_000);
      throw new Error('The upload was cancelled.');
    }
    await expect(exhibits.attachStream(caseId, { originalName: 'a.bin', size: data.length, pieces: cancelled() }, {}, 'Leyla')).rejects.toThrow('The upload was cancelled.');
    expect(await blobs()).toEqual([]);
    expect(exhibits.list(caseId)).toEqual([]);
    await vault.close();
  });

  it('removes the blob again when the record cannot be written, whichever way the file came', async () => {
    const { vault, caseId, exhibits, file, blobs } = await setUp();
    const put = vi.spyOn(vault, 'put').mockRejectedValue(new HabeasError('INTERNAL', 'The log could not be written.'));
    const data = exifJpeg({ make: 'Canon', model: 'EOS R5' });
    await expect(exhibits.attachStream(caseId, { originalName: 'a.jpg', size: data.length, pieces: upload(data, 10).pieces }, {}, 'Leyla')).rejects.toThrow('The log could not be written.');
    await expect(exhibits.attach(caseId, await file('a.jpg', data), {}, 'Leyla')).rejects.toThrow('The log could not be written.');
    expect(put).toHaveBeenCalledTimes(2);
    expect(await blobs()).toEqual([]);
    put.mockRestore();
    await vault.close();
  });
});

describe('readRange (the in-app viewer)', () => {
  it('returns any part of the original, nothing past its end, and refuses more than 16 MiB at once', async () => {
    const { vault, caseId, exhibits, file } = await setUp();
    const data = randomBytes(1_000_000);
    const exhibit = await exhibits.attach(caseId, await file('recording.bin', data), {}, 'Leyla');
    for (const [offset, length] of [[0, 1], [0, data.length], [65_535, 2], [65_536, 65_536], [999_990, 100], [123_456, 654_321]] as const) {
      expect((await exhibits.readRange(exhibit.id, offset, length)).equals(data.subarray(offset, offset + length)), `${offset}+${length}`).toBe(true);
    }
    expect((await exhibits.readRange(exhibit.id, data.length, 10)).length).toBe(0);
    await expect(exhibits.readRange(exhibit.id, 0, 16 * 1024 * 1024 + 1)).rejects.toThrow(RangeError);
    expect(await codeOf(exhibits.readRange('00000000-0000-4000-8000-00000000dead', 0, 1))).toBe('NOT_FOUND');
    await vault.close();
  });

  it('says a damaged exhibit is damaged and to run verify; a purged one that it was purged', async () => {
    const { dir, vault, caseId, exhibits, file } = await setUp();
    const chunk = DEFAULT_CHUNK_BYTES;
    const data = randomBytes(4 * chunk + 1000);
    const exhibit = await exhibits.attach(caseId, await file('a.bin', data), {}, 'Leyla');
    const blobFile = path.join(dir, 'blobs', exhibit.blob);
    const bytes = await fs.readFile(blobFile);
    bytes[64 + 3 * (chunk + 16) + 100]! ^= 0x01; // in the fourth chunk
    await fs.writeFile(blobFile, bytes);
    expect((await exhibits.readRange(exhibit.id, 0, 3 * chunk)).equals(data.subarray(0, 3 * chunk))).toBe(true);
    const damaged = await exhibits.readRange(exhibit.id, 3 * chunk, 10).catch((error: unknown) => error);
    expect(damaged).toBeInstanceOf(HabeasError);
    expect(damaged).toMatchObject({ code: 'RECORD_DAMAGED', message: /^Chunk 4 of \d+ .* not authentic.* Run “habeas verify”\.$/ });
    await exhibits.remove(exhibit.id, 'Leyla');
    await exhibits.purge(exhibit.id, 'Leyla', 'duplicate');
    await expect(exhibits.readRange(exhibit.id, 0, 10)).rejects.toThrow(/was purged on \d{4}-\d{2}-\d{2} by Leyla/);
    await vault.close();
  });
});

describe('capture metadata on the exhibit record', () => {
  const TITLE = 'İttiham aktı';
  const PDF = infoPdf(`<< /Title ${pdfUtf16(TITLE)} /Author (Leyla Y\\374nus) /Producer (Canon iR-ADV C5535) /CreationDate (D:20240131104512+04'00') >>`);
  const JPEG = exifJpeg({ make: 'Apple', model: 'iPhone 14', dateTimeOriginal: '2023:05:14 10:22:31', offsetTimeOriginal: '+04:00' }, randomBytes(200_000));

  it('records the EXIF date and camera of a photo and the Info of a PDF, from a path or from pieces, and keeps them', async () => {
    const { dir, vault, caseId, exhibits, file } = await setUp();
    const photo = await exhibits.attach(caseId, await file('IMG_0001.JPG', JPEG), {}, 'Leyla');
    const streamedPhoto = await exhibits.attachStream(caseId, { originalName: 'IMG_0001.JPG', size: JPEG.length, pieces: upload(JPEG, 777).pieces }, {}, 'Leyla');
    const pdf = await exhibits.attach(caseId, await file('indictment.pdf', PDF), {}, 'Leyla');
    const streamedPdf = await exhibits.attachStream(caseId, { originalName: 'indictment.pdf', size: PDF.length, pieces: upload(PDF, 100).pieces }, {}, 'Leyla');
    for (const e of [photo, streamedPhoto]) expect(e).toMatchObject({ mediaType: 'image/jpeg', capture: { capturedAt: '2023-05-14T10:22:31+04:00', camera: 'Apple iPhone 14' } });
    for (const e of [pdf, streamedPdf]) expect(e).toMatchObject({ mediaType: 'application/pdf', capture: { title: TITLE, author: 'Leyla Yünus', producer: 'Canon iR-ADV C5535', createdAt: '2024-01-31T10:45:12+04:00' } });
    await vault.close();
    const reopened = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    expect(new ExhibitRepository(reopened, () => true).get(pdf.id).capture).toEqual(pdf.capture);
    await reopened.close();
  });

  it('attaches malformed photos and PDFs all the same, without capture metadata', async () => {
    const { vault, caseId, exhibits, file } = await setUp();
    const jpeg = await exhibits.attach(caseId, await file('broken.jpg', MALFORMED_JPEG), {}, 'Leyla');
    const pdf = await exhibits.attachStream(caseId, { originalName: 'broken.pdf', size: MALFORMED_PDF.length, pieces: upload(MALFORMED_PDF, 1000).pieces }, {}, 'Leyla');
    const plain = await exhibits.attach(caseId, await file('notes.txt', Buffer.from('Hearing postponed to 12 March.\n')), {}, 'Leyla');
    for (const [e, type, data] of [[jpeg, 'image/jpeg', MALFORMED_JPEG], [pdf, 'application/pdf', MALFORMED_PDF], [plain, 'text/plain', null]] as const) {
      expect(e.mediaType).toBe(type);
      expect(e).not.toHaveProperty('capture');
      if (data) expect(e.sha256).toBe(sha(data));
    }
    expect((await exhibits.check()).map((c) => c.ok)).toEqual([true, true, true]);
    await vault.close();
  });
});
