/**
 * Dossiers and list reports as the window asks for them, through VaultSession: one generation at a
 * time, PDFs held in memory under a token (the last few only), saved through the (fake) save
 * dialog with a durable write that leaves nothing behind when it fails, and lock stopping a PDF
 * in flight and forgetting every PDF. Most tests put stand-in generators in place (so "slow" and
 * "fails" are in the test's hands); the first runs the real ones end to end.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Desktop, SaveDialogOptions } from '../../../../electron/main/core/session/desktop';
import { KEEP_AT_MOST, type ReportGenerators } from '../../../../electron/main/core/session/report-desk';
import { savePdf } from '../../../../electron/main/core/reports/save-pdf';
import { VaultSession } from '../../../../electron/main/core/session/vault-session';
import type { GeneratedPdf, ReportContext } from '../../../../electron/main/core/reports/generate';
import { HabeasError } from '../../../../shared/ipc/errors';
import type { ReportProgress } from '../../../../shared/reports/requests';
import { pdfText } from '../../../helpers/pdf-inspect';
import { useTempDirs } from '../../../helpers/temp-dirs';

const tempDir = useTempDirs('habeas-report-desk-');
const PASS = 'correct horse battery staple';
const sessions: VaultSession[] = [];
const MISSING_CASE = '00000000-0000-4000-8000-000000000000';

afterEach(async () => {
  for (const s of sessions.splice(0)) await s.lock('user');
  vi.restoreAllMocks();
});

/** A generator that waits until the test lets it finish (or its signal stops it, as the worker does). */
class Gate {
  readonly started: Promise<ReportContext>;
  private begin!: (ctx: ReportContext) => void;
  private finish!: () => void;
  private readonly released = new Promise<void>((resolve) => (this.finish = resolve));
  constructor() {
    this.started = new Promise((resolve) => (this.begin = resolve));
  }
  release(): void {
    this.finish();
  }
  async run(ctx: ReportContext, pdf: GeneratedPdf): Promise<GeneratedPdf> {
    this.begin(ctx);
    await new Promise<void>((resolve, reject) => {
      const stop = () => reject(new HabeasError('CANCELLED', 'Stopped before the PDF was finished.'));
      if (ctx.signal?.aborted) return stop();
      ctx.signal?.addEventListener('abort', stop, { once: true });
      void this.released.then(resolve);
    });
    return pdf;
  }
}

const fakePdf = (text: string, fileName = 'dossier-public-test.pdf'): GeneratedPdf => ({ bytes: new Uint8Array(Buffer.from(`%PDF-1.7\n${text}\n%%EOF\n`)), pages: 2, cases: 1, fileName });

async function setup(options: { savePath?: (root: string) => string | null; generators?: ReportGenerators } = {}) {
  const root = await tempDir();
  const dialogs: Array<{ suggested: string; options: SaveDialogOptions | undefined }> = [];
  const desktop: Desktop = {
    chooseSavePath: async (suggested, dialogOptions) => {
      dialogs.push({ suggested, options: dialogOptions });
      return options.savePath ? options.savePath(root) : null;
    },
    openPath: async () => '',
    tempRoot: () => root,
  };
  const progress: ReportProgress[] = [];
  const session = new VaultSession({ dir: path.join(root, 'vault'), kdfProfile: 'test', desktop, onReportProgress: (p) => progress.push(p), ...(options.generators ? { reportGenerators: options.generators } : {}) });
  sessions.push(session);
  await session.create(PASS);
  const record = await session.createCase({ nameLatin: 'Tofiq Yaqublu', nameNative: 'Тофиг Ягублу', status: 'detained' });
  return { root, session, caseId: record.id, dialogs, progress };
}

/** Stand-in generators that answer at once with a recognisable PDF. */
const instant = (): ReportGenerators & { calls: string[] } => {
  const calls: string[] = [];
  let n = 0;
  return {
    calls,
    dossier: async (_source, caseId, options) => {
      calls.push(`dossier:${caseId}:${options.audience}`);
      return fakePdf(`dossier ${++n}`);
    },
    list: async (_source, options) => {
      calls.push(`list:${options.audience}`);
      return { ...fakePdf(`list ${++n}`, 'list-public-test.pdf'), cases: options.filters?.caseIds?.length ?? 0 };
    },
  };
};

describe('ReportDesk (through VaultSession)', () => {
  it('makes a real dossier and list report, holds them for saving, and saves the exact bytes', async () => {
    const { root, session, caseId, dialogs, progress } = await setup({ savePath: (r) => path.join(r, 'for the court.pdf') });
    const dossier = await session.reports().dossier(caseId, { audience: 'un', lang: 'az', fixedDate: '2026-01-31T12:00:00Z' });
    expect(dossier).toMatchObject({ pages: expect.any(Number), cases: 1, fileName: expect.stringMatching(/^dossier-un-.*\.pdf$/) });
    expect(Buffer.from(dossier.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    // An exact-size array of its own (IPC sends a view's whole buffer).
    expect(dossier.bytes.byteOffset).toBe(0);
    expect(dossier.bytes.buffer.byteLength).toBe(dossier.bytes.byteLength);
    expect(pdfText(dossier.bytes)).toContain('Tofiq Yaqublu');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p.done <= p.total)).toBe(true);

    const saved = await session.reports().save(dossier.token);
    expect(saved).toEqual({ saved: true, fileName: 'for the court.pdf' });
    expect(dialogs).toEqual([{ suggested: dossier.fileName, options: { replace: true, filter: { name: 'PDF', extensions: ['pdf'] } } }]);
    expect(new Uint8Array(await fs.readFile(path.join(root, 'for the court.pdf')))).toEqual(dossier.bytes);
    expect((await fs.readdir(root)).filter((n) => n.includes('habeas-partial'))).toEqual([]);

    const list = await session.reports().listReport({ audience: 'court', filters: { caseIds: [caseId] } });
    expect(list).toMatchObject({ cases: 1, fileName: expect.stringMatching(/^list-court-.*\.pdf$/) });
    expect(pdfText(list.bytes)).toContain('Tofiq Yaqublu');
  });

  it('is refused while the vault is locked, and after a lock', async () => {
    const root = await tempDir();
    const session = new VaultSession({ dir: path.join(root, 'vault'), kdfProfile: 'test', reportGenerators: instant() });
    sessions.push(session);
    expect(() => session.reports()).toThrowError(expect.objectContaining({ code: 'VAULT_LOCKED' }));
    await session.create(PASS);
    const desk = session.reports();
    await session.lock('user');
    expect(() => session.reports()).toThrowError(expect.objectContaining({ code: 'VAULT_LOCKED' }));
    // A desk handed out before the lock refuses too.
    await expect(desk.dossier(MISSING_CASE, { audience: 'public' })).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
  });

  it('an unknown case is NOT_FOUND and nothing is held', async () => {
    const { session } = await setup();
    await expect(session.reports().dossier(MISSING_CASE, { audience: 'public' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(session.reports().listReport({ audience: 'public', filters: { caseIds: [MISSING_CASE] } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('one PDF at a time: a second request is CONFLICT; Cancel stops the first with CANCELLED and nothing is kept', async () => {
    const gate = new Gate();
    const generators: ReportGenerators = { dossier: (_s, _c, _o, ctx) => gate.run(ctx, fakePdf('slow')), list: async () => fakePdf('list') };
    const { session, caseId } = await setup({ generators });
    const first = session.reports().dossier(caseId, { audience: 'internal' });
    const ctx = await gate.started;
    await expect(session.reports().dossier(caseId, { audience: 'public' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Another PDF is being made') });
    await expect(session.reports().listReport({ audience: 'public' })).rejects.toMatchObject({ code: 'CONFLICT' });
    session.reports().cancel();
    expect(ctx.signal?.aborted).toBe(true);
    await expect(first).rejects.toMatchObject({ code: 'CANCELLED', message: expect.stringContaining('nothing was kept') });
    // Free again; nothing to cancel is fine.
    session.reports().cancel();
    await expect(session.reports().listReport({ audience: 'public' })).resolves.toMatchObject({ pages: 2 });
  });

  it('a generation that finishes after Cancel is not kept either', async () => {
    let finish!: () => void;
    const generators: ReportGenerators = { dossier: () => new Promise((resolve) => (finish = () => resolve(fakePdf('late')))), list: async () => fakePdf('list') };
    const { session, caseId } = await setup({ generators, savePath: (r) => path.join(r, 'x.pdf') });
    const pending = session.reports().dossier(caseId, { audience: 'public' });
    await vi.waitFor(() => expect(finish).toBeTypeOf('function'));
    session.reports().cancel();
    finish();
    await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('lock during a generation: the call fails with CANCELLED, the generator was stopped, nothing is kept', async () => {
    const gate = new Gate();
    const generators: ReportGenerators = { dossier: (_s, _c, _o, ctx) => gate.run(ctx, fakePdf('slow')), list: async () => fakePdf('list') };
    const { session, caseId } = await setup({ generators });
    const held = await session.reports().listReport({ audience: 'public' });
    const pending = session.reports().dossier(caseId, { audience: 'internal' });
    const ctx = await gate.started;
    const locked = session.lock('idle');
    await expect(pending).rejects.toMatchObject({ code: 'CANCELLED', message: expect.stringContaining('vault was locked') });
    await locked;
    expect(ctx.signal?.aborted).toBe(true);
    await session.unlock(PASS);
    // The PDF made before the lock is gone with it.
    await expect(session.reports().save(held.token)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lock is not held up by a generator that ignores its signal for long (bounded wait), and still forgets', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      let started = false;
      const generators: ReportGenerators = { dossier: () => ((started = true), new Promise<GeneratedPdf>(() => {})), list: async () => fakePdf('list') };
      const { session, caseId } = await setup({ generators });
      const pending = session.reports().dossier(caseId, { audience: 'public' });
      pending.catch(() => undefined);
      expect(started).toBe(true);
      const locked = session.lock('user');
      await vi.advanceTimersByTimeAsync(5_001);
      await locked;
      expect(session.isUnlocked).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('progress reaches the window at most every 100 ms, and at once when the stage changes or ends', async () => {
    const generators: ReportGenerators = {
      dossier: async () => fakePdf('d'),
      list: async (_s, _o, ctx) => {
        for (let done = 0; done <= 1000; done += 10) ctx.onProgress?.({ stage: 'reading', done, total: 1000 });
        for (let done = 0; done <= 5; done++) ctx.onProgress?.({ stage: 'layout', done, total: 5 });
        return fakePdf('l');
      },
    };
    const { session, progress } = await setup({ generators });
    await session.reports().listReport({ audience: 'public' });
    expect(progress).toEqual([
      { stage: 'reading', done: 0, total: 1000 },
      { stage: 'reading', done: 1000, total: 1000 },
      { stage: 'layout', done: 0, total: 5 },
      { stage: 'layout', done: 5, total: 5 },
    ]);
  });

  it(`keeps only the last ${KEEP_AT_MOST} PDFs; discard forgets one; unknown tokens are NOT_FOUND to save and ignored by discard`, async () => {
    const { session, caseId } = await setup({ generators: instant(), savePath: (r) => path.join(r, 'kept.pdf') });
    const made = [];
    for (let i = 0; i <= KEEP_AT_MOST; i++) made.push(await session.reports().dossier(caseId, { audience: 'public' }));
    await expect(session.reports().save(made[0]!.token)).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('Generate it again') });
    session.reports().discard(made[KEEP_AT_MOST]!.token);
    await expect(session.reports().save(made[KEEP_AT_MOST]!.token)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    session.reports().discard(MISSING_CASE);
    expect(await session.reports().save(made[1]!.token)).toEqual({ saved: true, fileName: 'kept.pdf' });
    // The window's copy is its own: forgetting the PDF in main does not touch it.
    session.reports().discard(made[1]!.token);
    expect(Buffer.from(made[1]!.bytes).toString('latin1')).toContain('dossier 2');
  });

  it('save cancelled in the dialog: nothing written, the PDF is still held', async () => {
    const { root, session, caseId, dialogs } = await setup({ generators: instant(), savePath: () => null });
    const pdf = await session.reports().dossier(caseId, { audience: 'public' });
    expect(await session.reports().save(pdf.token)).toEqual({ saved: false });
    expect(dialogs).toHaveLength(1);
    expect((await fs.readdir(root)).sort()).toEqual(['vault']);
    expect(await session.reports().save(pdf.token)).toEqual({ saved: false });
  });

  it('replaces a file the user chose to replace in the dialog', async () => {
    const { root, session, caseId } = await setup({ generators: instant(), savePath: (r) => path.join(r, 'report.pdf') });
    await fs.writeFile(path.join(root, 'report.pdf'), 'an older version');
    const pdf = await session.reports().dossier(caseId, { audience: 'public' });
    await session.reports().save(pdf.token);
    expect(new Uint8Array(await fs.readFile(path.join(root, 'report.pdf')))).toEqual(pdf.bytes);
  });

  it('a failed write leaves nothing behind and names only the file', async () => {
    const { root, session, caseId } = await setup({ generators: instant(), savePath: (r) => path.join(r, 'no-such-folder', 'lost.pdf') });
    const pdf = await session.reports().dossier(caseId, { audience: 'public' });
    const failure = await session.reports().save(pdf.token).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'NOT_FOUND', message: '“lost.pdf” was not saved: that folder does not exist. Choose another folder.' });
    expect((failure as Error).message).not.toContain(root);
    expect((await fs.readdir(root)).sort()).toEqual(['vault']);
  });

  it('a disk that fills up mid-write: the partial file is removed, the old file is untouched', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'report.pdf');
    await fs.writeFile(target, 'the version the user had');
    const real = fs.open;
    vi.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
      const handle = await real(...args);
      if (String(args[0]).endsWith('.habeas-partial')) {
        let writes = 0;
        vi.spyOn(handle, 'write').mockImplementation((async () => {
          if (writes++ === 0) return { bytesWritten: 3, buffer: Buffer.alloc(0) };
          throw Object.assign(new Error(`ENOSPC: no space left on device, write '${target}.habeas-partial'`), { code: 'ENOSPC' });
        }) as never);
      }
      return handle;
    });
    const failure = await savePdf(target, new Uint8Array(100_000).fill(7), { replace: true }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('“report.pdf” was not saved: the disk is full.') });
    expect((failure as Error).message).not.toContain(dir);
    expect(await fs.readdir(dir)).toEqual(['report.pdf']);
    expect(await fs.readFile(target, 'utf8')).toBe('the version the user had');
  });

  it('a partial file from an interrupted save is not overwritten', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'report.pdf.habeas-partial'), 'half');
    await expect(savePdf(path.join(dir, 'report.pdf'), new Uint8Array([1, 2, 3]), { replace: true })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('“report.pdf.habeas-partial” is in that folder') });
    expect(existsSync(path.join(dir, 'report.pdf'))).toBe(false);
    expect(await fs.readFile(path.join(dir, 'report.pdf.habeas-partial'), 'utf8')).toBe('half');
  });

  it('a lock while the save dialog is open: nothing is written afterwards', async () => {
    let answer!: (target: string | null) => void;
    const root = await tempDir();
    const desktop: Desktop = { chooseSavePath: () => new Promise((resolve) => (answer = resolve)), openPath: async () => '', tempRoot: () => root };
    const session = new VaultSession({ dir: path.join(root, 'vault'), kdfProfile: 'test', desktop, reportGenerators: instant() });
    sessions.push(session);
    await session.create(PASS);
    const { id } = await session.createCase({ nameLatin: 'Anar Məmmədli', status: 'detained' });
    const pdf = await session.reports().dossier(id, { audience: 'public' });
    const saving = session.reports().save(pdf.token);
    await vi.waitFor(() => expect(answer).toBeTypeOf('function'));
    await session.lock('idle');
    answer(path.join(root, 'late.pdf'));
    await expect(saving).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    expect(existsSync(path.join(root, 'late.pdf'))).toBe(false);
  });

  it('without a desktop (the command line) saving is refused with a way out', async () => {
    const root = await tempDir();
    const session = new VaultSession({ dir: path.join(root, 'vault'), kdfProfile: 'test', reportGenerators: instant() });
    sessions.push(session);
    await session.create(PASS);
    const { id } = await session.createCase({ nameLatin: 'Anar Məmmədli', status: 'detained' });
    const pdf = await session.reports().dossier(id, { audience: 'public' });
    await expect(session.reports().save(pdf.token)).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('--out') });
  });
});
