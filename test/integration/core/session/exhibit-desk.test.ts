/**
 * The evidence locker as the window uses it, through VaultSession: files arriving in pieces, reads
 * for the viewer, exports through the (fake) save dialog, private copies for other programs, and
 * what lock does to unfinished uploads and to those copies.
 */
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Desktop } from '../../../../electron/main/core/session/desktop';
import { VaultSession } from '../../../../electron/main/core/session/vault-session';
import type { ExhibitProgress } from '../../../../shared/exhibits';
import { EXHIBIT_PIECE_BYTES } from '../../../../shared/exhibits/requests';
import { HabeasError } from '../../../../shared/ipc/errors';
import { useTempDirs } from '../../../helpers/temp-dirs';

const tempDir = useTempDirs('habeas-exhibit-desk-');
const PASS = 'correct horse battery staple';
const sessions: VaultSession[] = [];

afterEach(async () => {
  for (const s of sessions.splice(0)) await s.lock('user');
});

async function setup(options: { savePath?: string | null | ((root: string) => string); openProblem?: string } = {}) {
  const root = await tempDir();
  const temp = path.join(root, 'tmp');
  await fs.mkdir(temp);
  const opened: string[] = [];
  const progress: ExhibitProgress[] = [];
  const desktop: Desktop = {
    chooseSavePath: async () => (typeof options.savePath === 'function' ? options.savePath(root) : (options.savePath ?? null)),
    openPath: async (p) => {
      opened.push(p);
      return options.openProblem ?? '';
    },
    tempRoot: () => temp,
  };
  const session = new VaultSession({ dir: path.join(root, 'vault'), kdfProfile: 'test', desktop, onExhibitProgress: (p) => progress.push(p) });
  sessions.push(session);
  await session.create(PASS);
  const record = await session.createCase({ nameLatin: 'Tofiq Yaqublu', status: 'detained' });
  return { root, temp, session, desk: session.exhibits(), caseId: record.id, opened, progress };
}

/** Sends `bytes` in pieces of `pieceSize`, as the renderer does. */
async function upload(desk: ReturnType<VaultSession['exhibits']>, caseId: string, bytes: Buffer, pieceSize: number, name = 'statement.txt') {
  const { uploadId } = await desk.beginAttach({ caseId, originalName: name, size: bytes.length, receivedFrom: 'his wife', method: 'in person' });
  for (let at = 0; at < bytes.length; at += pieceSize) await desk.attachPiece(uploadId, bytes.subarray(at, at + pieceSize));
  return desk.finishAttach(uploadId);
}

const blobFiles = async (root: string) => fs.readdir(path.join(root, 'vault', 'blobs')).catch(() => [] as string[]);

describe('ExhibitDesk (through VaultSession)', () => {
  it('receives a file in pieces and reads back any range of it', async () => {
    const { desk, caseId } = await setup();
    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7) % 256));
    const exhibit = await upload(desk, caseId, bytes, 70_001);
    expect(exhibit).toMatchObject({ size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), originalName: 'statement.txt' });
    expect(exhibit.custody[0]).toMatchObject({ action: 'received', counterpart: 'his wife', method: 'in person', actor: 'Unnamed profile' });
    expect(Buffer.from(await desk.read(exhibit.id, 65_530, 20))).toEqual(bytes.subarray(65_530, 65_550));
    expect(Buffer.from(await desk.read(exhibit.id, 299_990, 100))).toEqual(bytes.subarray(299_990));
    expect(desk.list(caseId).map((e) => e.id)).toEqual([exhibit.id]);
  });

  it('an empty file needs no piece at all', async () => {
    const { desk, caseId } = await setup();
    const exhibit = await upload(desk, caseId, Buffer.alloc(0), 10);
    expect(exhibit.size).toBe(0);
  });

  it('refuses a receipt or a case that is wrong before any byte is sent', async () => {
    const { desk, caseId, root } = await setup();
    await expect(desk.beginAttach({ caseId: '00000000-0000-4000-8000-000000000000', originalName: 'x', size: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(desk.beginAttach({ caseId, originalName: 'x', size: 1, derivedFrom: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await blobFiles(root)).toEqual([]);
  });

  it('more bytes than announced: refused, nothing kept, the upload is closed', async () => {
    const { desk, caseId, root } = await setup();
    const { uploadId } = await desk.beginAttach({ caseId, originalName: 'x.bin', size: 10 });
    await desk.attachPiece(uploadId, Buffer.alloc(8));
    const failure = await desk.attachPiece(uploadId, Buffer.alloc(8)).then(() => desk.finishAttach(uploadId)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HabeasError);
    expect((failure as HabeasError).code).toBe('INVALID_INPUT');
    // The writer's own reason, not a bare "the upload ended".
    expect((failure as HabeasError).message).toMatch(/more than its announced size of 10 bytes/);
    await expect(desk.attachPiece(uploadId, Buffer.alloc(1))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await blobFiles(root)).filter((n) => !n.startsWith('.'))).toEqual([]);
    expect(await blobFiles(root)).toEqual([]);
    expect(desk.list(caseId)).toEqual([]);
  });

  it('fewer bytes than announced: refused at finish, nothing kept', async () => {
    const { desk, caseId, root } = await setup();
    const { uploadId } = await desk.beginAttach({ caseId, originalName: 'x.bin', size: 10 });
    await desk.attachPiece(uploadId, Buffer.alloc(4));
    await expect(desk.finishAttach(uploadId)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await blobFiles(root)).toEqual([]);
  });

  it('cancel and lock drop unfinished uploads with their temporary files', async () => {
    const { desk, caseId, root, session } = await setup();
    const first = await desk.beginAttach({ caseId, originalName: 'a.bin', size: 1_000_000 });
    await desk.attachPiece(first.uploadId, Buffer.alloc(500_000, 1));
    await desk.cancelAttach(first.uploadId);
    expect(await blobFiles(root)).toEqual([]);
    const second = await desk.beginAttach({ caseId, originalName: 'b.bin', size: 1_000_000 });
    await desk.attachPiece(second.uploadId, Buffer.alloc(500_000, 1));
    await session.lock('user');
    expect(await blobFiles(root)).toEqual([]);
    expect(() => session.exhibits()).toThrow(/locked/);
  });

  it('exports through the save dialog; a cancelled dialog writes nothing', async () => {
    const { root, desk, caseId, progress } = await setup({ savePath: null });
    const exhibit = await upload(desk, caseId, Buffer.from('the verdict'), 1024, '../../etc/verdict.txt');
    expect(await desk.export(exhibit.id, undefined)).toEqual({ saved: false });
    expect(desk.list(caseId)[0]!.custody.map((c) => c.action)).toEqual(['received']);

    const { desk: desk2, caseId: case2 } = await setup({ savePath: path.join(root, 'out.txt') });
    const second = await upload(desk2, case2, Buffer.from('the verdict'), 1024);
    const result = await desk2.export(second.id, 'for the appeal');
    expect(result).toMatchObject({ saved: true, fileName: 'out.txt' });
    expect(await fs.readFile(path.join(root, 'out.txt'), 'utf8')).toBe('the verdict');
    expect(desk2.list(case2)[0]!.custody.at(-1)).toMatchObject({ action: 'exported', note: 'for the appeal' });
    expect(progress.length).toBe(0); // the first setup's listener saw nothing; the second has its own
  });

  it('opens a private copy for another program and deletes it at lock', async () => {
    const { desk, caseId, opened, session, temp } = await setup();
    const exhibit = await upload(desk, caseId, Buffer.from('%PDF-1.4 pretend'), 1024, 'a/b/../Ittiham\u0007akti.pdf');
    await desk.openExternally(exhibit.id);
    expect(opened).toHaveLength(1);
    const copy = opened[0]!;
    expect(path.dirname(path.dirname(copy))).toBe(temp);
    expect(path.basename(copy)).toBe('Ittiham_akti.pdf');
    expect(await fs.readFile(copy, 'utf8')).toBe('%PDF-1.4 pretend');
    expect(await fs.readdir(path.dirname(copy))).toEqual(['Ittiham_akti.pdf']); // no .sha256 beside a private copy
    expect((await fs.stat(path.dirname(copy))).mode & 0o777).toBe(0o700);
    expect(desk.list(caseId)[0]!.custody.at(-1)).toMatchObject({ action: 'exported', note: expect.stringMatching(/another program/) });
    await session.lock('user');
    expect(existsSync(copy)).toBe(false);
    expect(await fs.readdir(temp)).toEqual([]);
  });

  it('says so when no program opens the file', async () => {
    const { desk, caseId } = await setup({ openProblem: 'No application is associated with the specified file' });
    const exhibit = await upload(desk, caseId, Buffer.from('x'), 1024, 'a.xyz');
    await expect(desk.openExternally(exhibit.id)).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringMatching(/No program/) });
  });

  it('sweeps private copies a crashed run left behind at the next unlock', async () => {
    const { temp, session } = await setup();
    await session.lock('user');
    const stale = path.join(temp, 'habeas-open-abc123');
    await fs.mkdir(stale);
    await fs.writeFile(path.join(stale, 'left.pdf'), 'plaintext');
    await session.unlock(PASS);
    await expect.poll(() => existsSync(stale)).toBe(false);
  });

  it('verify and export record what they did and report progress from 0 to the whole size', async () => {
    const { root, desk, caseId, progress } = await setup();
    const exhibit = await upload(desk, caseId, Buffer.alloc(100_000, 3), 65_536);
    const checked = await desk.verify(exhibit.id);
    expect(checked.custody.at(-1)).toMatchObject({ action: 'verified', outcome: 'intact' });
    const ofVerify = progress.filter((p) => p.operation === 'verify');
    expect(ofVerify[0]).toEqual({ id: exhibit.id, operation: 'verify', done: 0, total: 100_000 });
    expect(ofVerify.at(-1)).toEqual({ id: exhibit.id, operation: 'verify', done: 100_000, total: 100_000 });
    expect(ofVerify.map((p) => p.done)).toEqual([...ofVerify.map((p) => p.done)].sort((a, b) => a - b));
    const { desk: other, caseId: otherCase, progress: otherProgress } = await setup({ savePath: path.join(root, 'big.bin') });
    const big = await upload(other, otherCase, Buffer.alloc(3_000_000, 9), EXHIBIT_PIECE_BYTES);
    await other.export(big.id, undefined);
    expect(otherProgress.filter((p) => p.operation === 'export').map((p) => p.done).at(-1)).toBe(3_000_000);
  });

  it('reads come back in arrays of exactly their length (no view into a shared pool goes over IPC)', async () => {
    const { desk, caseId } = await setup();
    const exhibit = await upload(desk, caseId, Buffer.from('a short statement'), 1024);
    const bytes = await desk.read(exhibit.id, 2, 5);
    expect(Buffer.from(bytes).toString()).toBe('short');
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(5);
  });

  it('refuses a fifth upload while four are open, and sends pieces one at a time or drops the upload', async () => {
    const { desk, caseId, root } = await setup();
    const open = [];
    for (let i = 0; i < 4; i++) open.push(await desk.beginAttach({ caseId, originalName: `f${i}.bin`, size: 100 }));
    await expect(desk.beginAttach({ caseId, originalName: 'f5.bin', size: 100 })).rejects.toMatchObject({ code: 'CONFLICT' });
    await desk.cancelAttach(open[0]!.uploadId);
    const fifth = await desk.beginAttach({ caseId, originalName: 'f5.bin', size: 100 });
    // Two pieces at once: the protocol is one at a time, so the upload is dropped with its temp file.
    const results = await Promise.allSettled([desk.attachPiece(fifth.uploadId, Buffer.alloc(10)), desk.attachPiece(fifth.uploadId, Buffer.alloc(10)), desk.attachPiece(fifth.uploadId, Buffer.alloc(10))]);
    expect(results.some((r) => r.status === 'rejected')).toBe(true);
    await expect(desk.finishAttach(fifth.uploadId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    for (const { uploadId } of open.slice(1)) await desk.cancelAttach(uploadId);
    await expect.poll(() => blobFiles(root)).toEqual([]);
  });

  it('opens a copy under an extension from the recognised type, never the sender\'s; other types are not opened', async () => {
    const { desk, caseId, opened } = await setup();
    const jpeg = await upload(desk, caseId, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100)]), 1024, 'holiday.jpg.exe');
    await desk.openExternally(jpeg.id);
    expect(path.basename(opened[0]!)).toBe('holiday.jpg.jpg');
    const binary = await upload(desk, caseId, Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]), 1024, 'setup.exe');
    await expect(desk.openExternally(binary.id)).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringMatching(/could run as programs/) });
    expect(opened).toHaveLength(1);
  });

  it('lock goes through even when a private copy cannot be deleted yet; the next unlock deletes it', async () => {
    const { desk, caseId, opened, session, temp, root } = await setup();
    const exhibit = await upload(desk, caseId, Buffer.from('%PDF-1.4 held open by a viewer'), 1024, 'verdict.pdf');
    await desk.openExternally(exhibit.id);
    const realRm = fs.rm.bind(fs);
    const rm = vi.spyOn(fs, 'rm').mockImplementation(async (target, options) => {
      if (String(target).startsWith(temp)) throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
      return realRm(target, options);
    });
    try {
      await session.lock('idle');
      expect(existsSync(opened[0]!)).toBe(true); // the viewer still holds it
    } finally {
      rm.mockRestore();
    }
    expect((await session.status()).state).toBe('locked');
    expect(existsSync(path.join(root, 'vault', 'vault.lock'))).toBe(false); // the writer lock was released
    await session.unlock(PASS);
    await expect.poll(() => existsSync(path.dirname(opened[0]!))).toBe(false);
  });

  it('lock stops an export in flight: no plaintext is left and nothing is recorded', async () => {
    const { root, session, desk, caseId } = await setup({ savePath: (dir) => path.join(dir, 'exported.bin') });
    const target = path.join(root, 'exported.bin');
    const big = await upload(desk, caseId, Buffer.alloc(40 * 1024 * 1024, 5), EXHIBIT_PIECE_BYTES, 'recording.wav');
    const exporting = desk.export(big.id, undefined).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await session.lock('user');
    const outcome = await exporting;
    expect(outcome).toMatchObject({ code: 'VAULT_LOCKED' });
    expect(existsSync(target)).toBe(false);
    expect(existsSync(`${target}.habeas-partial`)).toBe(false);
    await expect(desk.read(big.id, 0, 10)).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
  });

  it('drops an upload nobody continues for five minutes (a crashed window), with its temporary file', async () => {
    const { desk, caseId, root } = await setup();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { uploadId } = await desk.beginAttach({ caseId, originalName: 'left.bin', size: 1000 });
      await desk.attachPiece(uploadId, Buffer.alloc(400, 1));
      vi.advanceTimersByTime(4 * 60 * 1000); // a piece now and then keeps it open
      await desk.attachPiece(uploadId, Buffer.alloc(400, 1));
      vi.advanceTimersByTime(4 * 60 * 1000);
      expect((await blobFiles(root)).length).toBe(1); // its temporary file, still being written
      vi.advanceTimersByTime(60 * 1000 + 1);
      await expect(desk.attachPiece(uploadId, Buffer.alloc(200, 1))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      vi.useRealTimers();
    }
    await expect.poll(() => blobFiles(root)).toEqual([]);
  });
});
