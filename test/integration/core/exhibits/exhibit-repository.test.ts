import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseRepository } from '../../../../electron/main/core/cases/case-repository';
import { EXHIBIT_TYPE, ExhibitRepository } from '../../../../electron/main/core/exhibits/exhibit-repository';
import { EXHIBIT_SCHEMA_VERSION } from '../../../../shared/exhibits';
import { createVault, openVault } from '../../../../electron/main/core/vault/vault';
import { newCaseFile } from '../../../../shared/case-model';
import { loadFullCase } from '../../../fixtures/cases/full-case';
import { failNthFileHandleCall } from '../../../helpers/failing-file-handle';
import { useTempDirs } from '../../../helpers/temp-dirs';
import { exhibitVault } from './exhibit-vault';
import { codeOf, PASSPHRASE, TEST_PROFILE } from '../../../helpers/vault-files';

const tempDir = useTempDirs('habeas-exhibits-');
const CANARY = 'CANARY-EXHIBIT-7Q2';
const PDF = Buffer.from(`%PDF-1.4\n1 0 obj << /Title (${CANARY} indictment) >> endobj\n%%EOF\n`, 'latin1');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(`JFIF ${CANARY} photo of injuries `.repeat(3000), 'latin1')]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const setUp = async () => exhibitVault(await tempDir());

describe('exhibits', () => {
  it('receives files by content type, with size, SHA-256 and the first custody event; no plaintext on disk', async () => {
    const { root, dir, vault, caseId, exhibits, file } = await setUp();
    // The name says .jpg, the content is a PDF: the content decides.
    const pdf = await exhibits.attach(caseId, await file('scan.jpg', PDF), { receivedFrom: 'Defence counsel, in person', method: 'USB stick', note: 'Copy of the indictment' }, 'Leyla');
    const jpeg = await exhibits.attach(caseId, await file('IMG_0001.JPG', JPEG), {}, 'Leyla');
    expect(pdf).toMatchObject({ caseId, originalName: 'scan.jpg', mediaType: 'application/pdf', size: PDF.length, sha256: sha(PDF) });
    expect(pdf.custody).toEqual([{ action: 'received', at: pdf.receivedAt, actor: 'Leyla', counterpart: 'Defence counsel, in person', method: 'USB stick', note: 'Copy of the indictment' }]);
    expect(jpeg).toMatchObject({ mediaType: 'image/jpeg', size: JPEG.length });
    expect(exhibits.list(caseId).map((e) => e.id)).toEqual([pdf.id, jpeg.id]);
    await vault.close();

    // Only random hex names in blobs/, and no byte of either file or its name anywhere in the vault.
    expect((await fs.readdir(path.join(dir, 'blobs'))).every((n) => /^[0-9a-f]{32}$/.test(n))).toBe(true);
    for (const f of await allFiles(dir)) {
      const bytes = await fs.readFile(f);
      for (const needle of [CANARY, 'IMG_0001', 'Defence counsel', 'indictment']) expect(bytes.includes(Buffer.from(needle)), `${needle} in ${path.relative(root, f)}`).toBe(false);
    }
    const reopened = await openVault(dir, PASSPHRASE, TEST_PROFILE);
    expect(new ExhibitRepository(reopened, () => true).get(pdf.id)).toEqual(pdf);
    await reopened.close();
  });

  it('stores hostile file names as data and never uses them as paths', async () => {
    const { root, dir, vault, caseId, exhibits, file } = await setUp();
    const source = await file('plain.pdf', PDF);
    const hostile = ['../../x', '/etc/passwd', 'C:\\Windows\\system32\\evil.pdf', 'bell\u0007and\u0000nul\nnewline.pdf', `${'ə'.repeat(497)}.pdf`, '..', ''];
    for (const originalName of hostile) {
      const exhibit = await exhibits.attach(caseId, source, { originalName }, 'Leyla');
      expect(exhibit.originalName).toBe(originalName);
      expect(exhibits.get(exhibit.id).originalName).toBe(originalName);
    }
    expect(await allFiles(root)).toEqual(expect.not.arrayContaining([expect.stringMatching(/(^|\/)x$|passwd|evil|newline/)]));
    expect((await fs.readdir(path.join(dir, 'blobs'))).length).toBe(hostile.length);
    await expect(fs.stat(path.join(root, '..', 'x'))).rejects.toMatchObject({ code: 'ENOENT' });
    await vault.close();
  });

  it('exports the original with a .sha256 beside it, and records the export in the custody log', async () => {
    const { root, vault, caseId, exhibits, file } = await setUp();
    const jpeg = await exhibits.attach(caseId, await file('photo.jpg', JPEG), {}, 'Leyla');
    const target = path.join(root, 'out', 'photo for the court.jpg');
    await fs.mkdir(path.dirname(target));
    const { exhibit, sidecar } = await exhibits.export(jpeg.id, target, 'Leyla', 'For the appeal hearing');
    expect((await fs.readFile(target)).equals(JPEG)).toBe(true);
    expect(await fs.readFile(sidecar!, 'utf8')).toBe(`${sha(JPEG)}  photo for the court.jpg\n`);
    expect(exhibit.custody.map((c) => c.action)).toEqual(['received', 'exported']);
    expect(exhibit.custody[1]).toMatchObject({ actor: 'Leyla', counterpart: target, note: 'For the appeal hearing' });
    // Never over an existing file; nothing half-written is left.
    expect(await codeOf(exhibits.export(jpeg.id, target, 'Leyla'))).toBe('CONFLICT');
    expect((await fs.readdir(path.dirname(target))).sort()).toEqual(['photo for the court.jpg', 'photo for the court.jpg.sha256']);
    await vault.close();
  });

  it('verification names a damaged exhibit, and a damaged exhibit is never exported', async () => {
    const { root, dir, vault, caseId, exhibits, file } = await setUp();
    const pdf = await exhibits.attach(caseId, await file('a.pdf', PDF), {}, 'Leyla');
    const jpeg = await exhibits.attach(caseId, await file('b.jpg', JPEG), {}, 'Leyla');
    expect((await exhibits.check()).map((c) => c.ok)).toEqual([true, true]);
    const blobFile = path.join(dir, 'blobs', jpeg.blob);
    const bytes = await fs.readFile(blobFile);
    bytes[200]! ^= 0x01;
    await fs.writeFile(blobFile, bytes);
    const checks = await exhibits.check();
    expect(checks.find((c) => c.exhibit.id === pdf.id)).toMatchObject({ ok: true });
    expect(checks.find((c) => c.exhibit.id === jpeg.id)).toMatchObject({ ok: false, message: /Chunk 1 of \d+ .* not authentic/ });
    const target = path.join(root, 'b.jpg');
    expect(await codeOf(exhibits.export(jpeg.id, target, 'Leyla'))).toBe('RECORD_DAMAGED');
    expect(await fs.readdir(root)).not.toContain('b.jpg');
    expect((await fs.readdir(root)).filter((n) => n.endsWith('.tmp') || n.endsWith('.habeas-partial'))).toEqual([]);
    await vault.close();
  });

  it('exports nothing when the file decrypts but its SHA-256 is not the recorded one, or when the disk fails', async () => {
    const { root, vault, caseId, exhibits, file } = await setUp();
    const jpeg = await exhibits.attach(caseId, await file('b.jpg', JPEG), {}, 'Leyla');
    // A record whose hash differs from the file's (as if the record or the blob had been swapped).
    await vault.put(EXHIBIT_TYPE, jpeg.id, EXHIBIT_SCHEMA_VERSION, { ...jpeg, sha256: 'f'.repeat(64) }, vault.currentRevision(jpeg.id));
    const out = path.join(root, 'out');
    await fs.mkdir(out);
    await expect(exhibits.export(jpeg.id, path.join(out, 'b.jpg'), 'Leyla')).rejects.toMatchObject({ code: 'RECORD_DAMAGED', message: /SHA-256 differs/ });
    expect(await fs.readdir(out)).toEqual([]);
    expect(exhibits.get(jpeg.id).custody.map((c) => c.action)).toEqual(['received']);

    const photo = await exhibits.attach(caseId, await file('c.jpg', JPEG), {}, 'Leyla');
    const failing = await failNthFileHandleCall('writev', 1);
    try {
      await expect(exhibits.export(photo.id, path.join(out, 'c.jpg'), 'Leyla')).rejects.toMatchObject({ code: 'EIO' });
    } finally {
      failing.restore();
    }
    expect(await fs.readdir(out)).toEqual([]);
    expect(exhibits.get(photo.id).custody.map((c) => c.action)).toEqual(['received']);
    await vault.close();
  });

  it('refuses a missing case, a missing file and a folder, with messages that say what to do', async () => {
    const { root, vault, caseId, exhibits, file } = await setUp();
    expect(await codeOf(exhibits.attach('00000000-0000-4000-8000-00000000dead', await file('a.pdf', PDF), {}, 'Leyla'))).toBe('NOT_FOUND');
    await expect(exhibits.attach(caseId, path.join(root, 'nope.pdf'), {}, 'Leyla')).rejects.toThrow(/not found\. Check the path/);
    await expect(exhibits.attach(caseId, root, {}, 'Leyla')).rejects.toThrow(/folder, not a file/);
    expect(exhibits.list(caseId)).toEqual([]);
    await vault.close();
  });
});

async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await allFiles(p)));
    else out.push(p);
  }
  return out;
}

describe('exhibit lifecycle', () => {
  it('a working copy is its own exhibit, linked to its original, which stays unchanged', async () => {
    const { vault, caseId, exhibits, file } = await setUp();
    const original = await exhibits.attach(caseId, await file('face.jpg', JPEG), {}, 'Leyla');
    const redacted = Buffer.concat([JPEG.subarray(0, 100), Buffer.alloc(1000, 0)]);
    const copy = await exhibits.attach(caseId, await file('face-blurred.jpg', redacted), { derivedFrom: original.id, derivation: 'faces blurred for publication' }, 'Leyla');
    expect(copy).toMatchObject({ derivedFrom: original.id, derivation: 'faces blurred for publication', sha256: sha(redacted) });
    expect(exhibits.get(original.id)).toEqual(original);
    expect(await codeOf(exhibits.attach(caseId, await file('x.jpg', JPEG), { derivedFrom: '00000000-0000-4000-8000-00000000dead' }, 'Leyla'))).toBe('NOT_FOUND');
    await vault.close();
  });

  it('verification is recorded per exhibit; removal keeps it in history; purge deletes the file, audited', async () => {
    const { dir, vault, caseId, exhibits, file } = await setUp();
    const pdf = await exhibits.attach(caseId, await file('a.pdf', PDF), {}, 'Leyla');
    const { exhibit: verified, check } = await exhibits.verifyAndRecord(pdf.id, 'Leyla');
    expect(check.ok).toBe(true);
    expect(verified.custody.at(-1)).toMatchObject({ action: 'verified', outcome: 'intact', actor: 'Leyla' });

    expect(await codeOf(exhibits.purge(pdf.id, 'Leyla', 'duplicate'))).toBe('CONFLICT');
    const removed = await exhibits.remove(pdf.id, 'Leyla', 'attached to the wrong case');
    expect(removed.removedAt).toBeDefined();
    expect(exhibits.list(caseId)).toEqual([removed]); // still listed, marked removed
    const blobFile = path.join(dir, 'blobs', pdf.blob);
    await expect(fs.stat(blobFile)).resolves.toBeDefined();
    const purged = await exhibits.purge(pdf.id, 'Leyla', 'duplicate of exhibit 3');
    expect(purged.custody.map((c) => c.action)).toEqual(['received', 'verified', 'removed', 'purged']);
    await expect(fs.stat(blobFile)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await exhibits.check()).toEqual([]); // a purged exhibit has no file to check
    // Every step is a revision in the audit chain.
    expect(vault.history(pdf.id).map((r) => r.rev)).toEqual([1, 2, 3, 4]);
    await vault.close();
  });
});

describe('exhibit links', () => {
  it('links an exhibit to a hearing, charge, incident, source, intervention or criterion of its own case only', async () => {
    const root = await tempDir();
    const { vault } = await createVault(path.join(root, 'vault'), PASSPHRASE, TEST_PROFILE);
    const cases = new CaseRepository(vault);
    const full = await cases.insert(loadFullCase(), 'Leyla');
    const other = await cases.insert(newCaseFile({ nameLatin: 'Anar Məmmədli', status: 'convicted' }), 'Leyla');
    const exhibits = new ExhibitRepository(vault, (id) => cases.exists(id), (id) => cases.get(id).file);
    await fs.writeFile(path.join(root, 'verdict.pdf'), PDF);
    const pdf = await exhibits.attach(full.id, path.join(root, 'verdict.pdf'), {}, 'Leyla');
    const file = full.file;
    const targets = [
      { kind: 'hearing' as const, id: file.proceedings[0]!.hearings[0]!.id },
      { kind: 'charge' as const, id: file.proceedings[1]!.charges[0]!.id },
      { kind: 'incident' as const, id: file.incidents[0]!.id },
      { kind: 'source' as const, id: file.sources[0]!.id },
      { kind: 'intervention' as const, id: file.interventions[0]!.id },
      { kind: 'assessment_criterion' as const, id: file.assessments[0]!.paceCriteria[0]!.id },
    ];
    let linked = pdf;
    for (const target of targets) linked = await exhibits.link(pdf.id, target);
    expect(linked.links).toEqual(targets);
    expect((await exhibits.link(pdf.id, targets[0]!)).links).toHaveLength(6); // linking twice changes nothing
    // Not to another case's hearing, nor to something that does not exist.
    const foreign = await exhibits.attach(other.id, path.join(root, 'verdict.pdf'), {}, 'Leyla');
    expect(await codeOf(exhibits.link(foreign.id, targets[0]!))).toBe('NOT_FOUND');
    expect(await codeOf(exhibits.link(pdf.id, { kind: 'hearing', id: '00000000-0000-4000-8000-00000000dead' }))).toBe('NOT_FOUND');
    expect((await exhibits.unlink(pdf.id, targets[0]!)).links).toEqual(targets.slice(1));
    await vault.close();
  });
});

describe('exhibit safeguards', () => {
  it('checks what was typed before reading the file, and never exports over anything, symlinks included', async () => {
    const { root, dir, vault, caseId, exhibits, file } = await setUp();
    expect(await codeOf(exhibits.attach(caseId, await file('a.pdf', PDF), { note: 'x'.repeat(5001) }, 'Leyla'))).toBe('INVALID_INPUT');
    expect(await fs.readdir(path.join(dir, 'blobs')).catch(() => [])).toEqual([]);

    const pdf = await exhibits.attach(caseId, await file('b.pdf', PDF), {}, 'Leyla');
    const link = path.join(root, 'link.pdf');
    await fs.symlink(path.join(root, 'elsewhere.pdf'), link); // dangling
    expect(await codeOf(exhibits.export(pdf.id, link, 'Leyla'))).toBe('CONFLICT');
    await expect(fs.stat(path.join(root, 'elsewhere.pdf'))).rejects.toMatchObject({ code: 'ENOENT' });
    // A path too long to record in the custody log: refused before any plaintext is written.
    const deep = path.join(root, `${'d'.repeat(200)}/`.repeat(21), 'out.pdf');
    expect(await codeOf(exhibits.export(pdf.id, deep, 'Leyla'))).toBe('INVALID_INPUT');
    // An interrupted earlier export is named, not overwritten.
    const target = path.join(root, 'out.pdf');
    await fs.writeFile(`${target}.habeas-partial`, 'half');
    await expect(exhibits.export(pdf.id, target, 'Leyla')).rejects.toThrow(/earlier export was interrupted/);
    await vault.close();
  });

  it('a purged exhibit says so instead of reporting a missing file', async () => {
    const { root, vault, caseId, exhibits, file } = await setUp();
    const pdf = await exhibits.attach(caseId, await file('a.pdf', PDF), {}, 'Leyla');
    await exhibits.remove(pdf.id, 'Leyla');
    await exhibits.purge(pdf.id, 'Leyla', 'duplicate');
    await expect(exhibits.export(pdf.id, path.join(root, 'x.pdf'), 'Leyla')).rejects.toThrow(/was purged on \d{4}-\d{2}-\d{2} by Leyla/);
    await expect(exhibits.verifyAndRecord(pdf.id, 'Leyla')).rejects.toThrow(/was purged/);
    await vault.close();
  });
});

describe('unreferenced blobs', () => {
  it('are reported (a crash between writing a blob and recording it), never deleted', async () => {
    const { dir, vault, caseId, exhibits, file } = await setUp();
    const pdf = await exhibits.attach(caseId, await file('a.pdf', PDF), {}, 'Leyla');
    expect(await exhibits.unreferencedBlobs()).toEqual([]);
    const stray = 'ab'.repeat(16);
    await fs.copyFile(path.join(dir, 'blobs', pdf.blob), path.join(dir, 'blobs', stray));
    expect(await exhibits.unreferencedBlobs()).toEqual([stray]);
    expect((await exhibits.check()).map((c) => c.ok)).toEqual([true]);
    await expect(fs.stat(path.join(dir, 'blobs', stray))).resolves.toBeDefined();
    await vault.close();
  });
});
