/**
 * What must never be in a dossier or list report, checked from outside like a reader would:
 * canaries planted in every confidential field and every source of several cases (and in exhibit
 * names and custody records) must not reach public, court or UN documents — not in pdftotext's
 * text, not in the metadata, not in any inflated stream. And the documents are reproducible and
 * carry nothing about the machine: same data + fixed date → same bytes; no user, host or path.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jsPDF } from 'jspdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../../shared/case-model';
import type { Exhibit } from '../../../../shared/exhibits';
import { generateCases } from '../../../../electron/main/core/demo/generate';
import { generateDossier, generateListReport, type ReportContext } from '../../../../electron/main/core/reports/generate';
import { sourceFontsDir } from '../../../../electron/main/core/reports/pdf/fonts';
import type { ReportSource } from '../../../../electron/main/core/reports/report-source';
import { plantCanaries } from '../../../fixtures/reports/canaries';
import { inspectPdf, pdfInfo, whereInPdf } from '../../../helpers/pdf-inspect';

const FIXED = '2026-11-27T10:00:00.000Z';
// Every other case has its Treatment section marked confidential (its exhibits must go with it).
const planted = generateCases({ count: 12, seed: 2014, fill: 'full' }).map((file, i) =>
  plantCanaries(i % 2 === 0 ? { ...file, sensitivity: { ...file.sensitivity, incidents: 'confidential' } } : file, `CNRY${String(i).padStart(2, '0')}X`),
);
const cases: CaseFile[] = planted.map((p) => p.file);
const exhibitCanaries: string[] = [];

function exhibitFor(file: CaseFile, n: number): Exhibit[] {
  const name = `CNRYEXNAME${n}Z.pdf`;
  const from = `CNRYEXFROM${n}Z`;
  const note = `CNRYEXNOTE${n}Z`;
  exhibitCanaries.push(from, note);
  // Linked to a source (its name is the source's, confidential), and to an incident in a section
  // marked confidential (the exhibit itself is withheld): both names are canaries.
  const source = file.sources[0];
  const incident = file.incidents[0];
  const linked: Exhibit[] = [];
  if (source) {
    exhibitCanaries.push(`CNRYEXSRC${n}Z`);
    linked.push({ ...plain(file, n + 100, `CNRYEXSRC${n}Z.jpg`), links: [{ kind: 'source', id: source.id }] });
  }
  if (incident && file.sensitivity?.incidents === 'confidential') {
    exhibitCanaries.push(`CNRYEXINC${n}Z`);
    linked.push({ ...plain(file, n + 200, `CNRYEXINC${n}Z.jpg`), links: [{ kind: 'incident', id: incident.id }] });
  }
  return [{ ...plain(file, n, name), custody: [{ action: 'received', at: '2025-01-01T10:00:00.000Z', actor: 'CNRYACTOR', counterpart: from, method: 'in person', note }] }, ...linked];
}

/** A v4-shaped uuid that, unlike a counter, cannot match digits printed elsewhere by chance. */
function fakeUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function plain(file: CaseFile, n: number, name: string): Exhibit {
  return {
    schemaVersion: 1,
    id: fakeUuid(`exhibit ${n}`),
    caseId: file.id,
    blob: 'ab'.repeat(16),
    originalName: name,
    mediaType: 'application/pdf',
    size: 1234 + n,
    sha256: createHash('sha256').update(`content ${n}`).digest('hex'),
    receivedAt: `2025-0${(n % 9) + 1}-01T10:00:00.000Z`,
    links: [],
    custody: [{ action: 'received', at: '2025-01-01T10:00:00.000Z', actor: 'CNRYACTOR' }],
  };
}
const exhibits = new Map(cases.map((c, i) => [c.id, exhibitFor(c, i)]));

const source: ReportSource = {
  fingerprint: () => 'TEST-0001',
  // As Vault.reference: keyed, never the id.
  caseReference: (id) => createHash('sha256').update(`key:${id}`).digest('hex').slice(0, 10).toUpperCase(),
  caseFile: (id) => cases.find((c) => c.id === id)!,
  caseIds: () => cases.map((c) => c.id),
  exhibitsOf: (id) => exhibits.get(id) ?? [],
};

let tmp: string;
let previousTmp: string | undefined;
let ctx: ReportContext;
beforeAll(() => {
  // Generation must write nothing anywhere: give it (and its worker threads) an empty temp folder to watch.
  tmp = mkdtempSync(path.join(os.tmpdir(), 'habeas-report-tmp-'));
  previousTmp = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
  ctx = { fontsDir: sourceFontsDir() };
});
afterAll(() => {
  if (previousTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previousTmp;
  rmSync(tmp, { recursive: true, force: true });
});

describe('canaries never reach public, court or UN documents', () => {
  it('the scanner finds a canary in a compressed stream (control)', () => {
    const doc = new jsPDF({ compress: true });
    doc.text('before CNRYCONTROLX after', 10, 10);
    const pdf = inspectPdf(new Uint8Array(doc.output('arraybuffer')));
    expect(whereInPdf(pdf, 'CNRYCONTROLX')).toEqual(expect.arrayContaining(['text', 'streams']));
    expect(whereInPdf(pdf, 'CNRYCONTROLX')).not.toContain('file'); // compressed: only the inflated stream shows it
  });

  it('internal dossiers do contain them (so the check below can fail)', async () => {
    const { bytes } = await generateDossier(source, cases[0]!.id, { audience: 'internal', fixedDate: FIXED }, ctx);
    const pdf = inspectPdf(bytes);
    const shown = planted[0]!.canaries.filter((c) => whereInPdf(pdf, c).includes('text'));
    // Every canary in a field the dossier prints; some fields (e.g. a note's body) may not be printed at all.
    expect(shown.length).toBeGreaterThan(planted[0]!.canaries.length / 2);
    expect(whereInPdf(pdf, 'CNRYEXFROM0Z')).toContain('text');
    // The exhibits linked to a source and to an incident of the confidential Treatment section are listed.
    expect(exhibitCanaries).toEqual(expect.arrayContaining(['CNRYEXSRC0Z', 'CNRYEXINC0Z']));
    expect(whereInPdf(pdf, 'CNRYEXSRC0Z')).toContain('text');
    expect(whereInPdf(pdf, 'CNRYEXINC0Z')).toContain('text');
  });

  for (const audience of ['public', 'court', 'un'] as const) {
    it(`${audience}: no canary in any dossier or in the list report`, async () => {
      const all = [...planted.flatMap((p) => p.canaries), ...exhibitCanaries, 'CNRYACTOR'];
      const documents = [
        ...(await Promise.all(cases.slice(0, 4).map((c) => generateDossier(source, c.id, { audience, fixedDate: FIXED }, ctx)))),
        await generateListReport(source, { audience, fixedDate: FIXED }, ctx),
      ];
      // Record ids are readable in the vault's files: none may be printed, nor their first 8 characters.
      const ids = [...cases.map((c) => c.id), ...[...exhibits.values()].flat().map((e) => e.id)].flatMap((id) => [id, id.slice(0, 8)]);
      for (const [i, doc] of documents.entries()) {
        const pdf = inspectPdf(doc.bytes);
        expect(pdf.text.length, 'the document has text').toBeGreaterThan(500);
        for (const canary of all) expect(whereInPdf(pdf, canary), `${canary} in ${audience} document ${i}`).toEqual([]);
        for (const id of ids) expect(whereInPdf(pdf, id), `record id ${id} in ${audience} document ${i}`).toEqual([]);
      }
    });
  }
});

describe('reproducible, and nothing about the machine', () => {
  it('same data and fixed date give the same bytes (worker or not); another date does not', async () => {
    const id = cases[1]!.id;
    const a = await generateDossier(source, id, { audience: 'court', fixedDate: FIXED }, ctx);
    const b = await generateDossier(source, id, { audience: 'court', fixedDate: FIXED }, ctx);
    const c = await generateDossier(source, id, { audience: 'court', fixedDate: FIXED }, { ...ctx, inThread: true });
    expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes))).toBe(0);
    expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(c.bytes))).toBe(0);
    const later = await generateDossier(source, id, { audience: 'court', fixedDate: '2026-11-28T10:00:00Z' }, ctx);
    expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(later.bytes))).not.toBe(0);
    const r1 = await generateListReport(source, { audience: 'public', fixedDate: FIXED }, ctx);
    const r2 = await generateListReport(source, { audience: 'public', fixedDate: FIXED }, ctx);
    expect(Buffer.compare(Buffer.from(r1.bytes), Buffer.from(r2.bytes))).toBe(0);
  });

  it('stores the fixed date in UTC, and no author, user, host or path', async () => {
    const { bytes } = await generateDossier(source, cases[2]!.id, { audience: 'internal', fixedDate: FIXED }, ctx);
    const info = pdfInfo(bytes);
    expect(info.Author ?? '').toBe('');
    expect(info.Creator).toBe('Habeas');
    expect(Buffer.from(bytes).toString('latin1')).toContain("/CreationDate (D:20261127100000+00'00')");
    const pdf = inspectPdf(bytes);
    const machine = [os.userInfo().username, os.hostname(), os.homedir(), process.cwd(), os.tmpdir(), sourceFontsDir()].filter((s) => s.length >= 3);
    for (const needle of machine) expect(whereInPdf(pdf, needle), needle).toEqual([]);
  });

  it('writes no file while generating', async () => {
    await generateDossier(source, cases[3]!.id, { audience: 'internal' }, ctx);
    await generateListReport(source, { audience: 'internal' }, ctx);
    // From the TypeScript sources the worker runs through tsx, which caches compiled *source code*
    // in the temp folder (tsx-<uid>); the built app has no such cache. Anything else is a leak.
    expect(readdirSync(tmp).filter((name) => !/^tsx-\d+$/.test(name))).toEqual([]);
  });

  it('refuses bad options with the field named, before reading anything', async () => {
    await expect(generateDossier(source, cases[0]!.id, { audience: 'press' as never }, ctx)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('audience') });
    await expect(generateDossier(source, cases[0]!.id, { audience: 'public', sections: [] }, ctx)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('section') });
    await expect(generateDossier(source, cases[0]!.id, { audience: 'public', fixedDate: 'yesterday' }, ctx)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('stops when aborted, with CANCELLED', async () => {
    const controller = new AbortController();
    const running = generateListReport(source, { audience: 'internal' }, { ...ctx, signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
