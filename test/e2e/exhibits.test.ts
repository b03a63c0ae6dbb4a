/**
 * The evidence locker end to end (issue #4): the built renderer in Debian Chromium over the REAL
 * main-process handlers and a REAL vault (harness/README.md). A PDF is attached with the file
 * dialog and a JPEG by drag and drop, both carrying canary text in their bytes and names; both are
 * previewed (pdf.js into a canvas, the JPEG from an object URL); the PDF is linked to a hearing,
 * checked, exported and opened "with another program". After the vault locks, every directory the
 * run wrote (vault, Chromium profile, $HOME, both temp dirs) is scanned for the canaries.
 *
 * Screenshots: test-artifacts/e2e/exhibits/NN-name.png; axe-core runs on each.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFullCase } from '../fixtures/cases/full-case';
import { minimalPdf, multiPagePdf, withJpegComment } from '../fixtures/exhibits/minimal-pdf';
import { startHabeasE2e, type HabeasE2e } from './harness/app';
import { describeFindings } from './harness/axe';
import { describeHits, type Needle } from './harness/canary-scan';
import { scanRunDirs } from './harness/run-scan';
import { seedVault } from './harness/seed-vault';
import { ScreenRecorder, SCREENSHOT_DIR } from './harness/screens';
import { gone, hasText, shown } from './harness/ui';
import { lockThroughUi, unlockThroughUi } from './harness/vault-flow';
import { step } from './harness/step';

const PASSPHRASE = 'saffron ledger Qəbələ tundra violins';
const PDF_CANARY = 'CANARY-PDF-7Q4ZK2-indictment';
const PDF_TITLE_CANARY = 'CANARY-TITLE-İttiham-aktı-93XW';
const JPEG_CANARY = 'CANARY-JPEG-5RT8MB-injury-photo';
const PDF_NAME = 'İttiham aktı CANARY-NAME-PDF-31.pdf';
const JPEG_NAME = 'xəsarət CANARY-NAME-JPG-47.jpg';
const RECEIVED_FROM = 'CANARY-FROM-Aytən-xanım';

let h: HabeasE2e;
let page: Page;
let screens: ScreenRecorder;
let pdf: Buffer;
let jpeg: Buffer;
let sources = '';
const full = loadFullCase();
const hearing = full.proceedings.flatMap((p) => p.hearings)[0]!;

const needles = (): Needle[] => [
  { label: 'PDF text canary', text: PDF_CANARY },
  { label: 'PDF title canary', text: PDF_TITLE_CANARY },
  { label: 'JPEG comment canary', text: JPEG_CANARY },
  { label: 'PDF file name', text: 'CANARY-NAME-PDF-31' },
  { label: 'JPEG file name', text: 'CANARY-NAME-JPG-47' },
  { label: 'received from', text: RECEIVED_FROM },
  { label: 'passphrase', text: PASSPHRASE },
];


/** A real JPEG, drawn and encoded by Chromium in a blank page (no app, no network), with a canary comment. */
async function makeJpeg(): Promise<Uint8Array> {
  const scratch = await h.context.newPage();
  try {
    const bytes = await scratch.evaluate(async () => {
      const canvas = new OffscreenCanvas(480, 320);
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#d9c7b0';
      g.fillRect(0, 0, 480, 320);
      g.fillStyle = '#7a1f1f';
      g.beginPath();
      g.ellipse(240, 160, 120, 60, 0.3, 0, Math.PI * 2);
      g.fill();
      g.fillStyle = '#000';
      g.font = '20px sans-serif';
      g.fillText('Test photo (synthetic)', 20, 300);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
      return [...new Uint8Array(await blob.arrayBuffer())];
    });
    return Uint8Array.from(bytes);
  } finally {
    await scratch.close();
  }
}

/** Full-page screenshot and axe, scrolled to the top first (the sticky header would be drawn mid-page). */
async function capture(name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screens.capture(name);
}

function exhibitsNamed(fragment: string) {
  return h.main.session.exhibits().list(caseId()).filter((e) => e.originalName.includes(fragment));
}

function caseId(): string {
  return full.id;
}

beforeAll(async () => {
  h = await startHabeasE2e();
  page = h.page;
  await page.setViewportSize({ width: 1360, height: 900 });
  screens = await ScreenRecorder.create(page, path.join(SCREENSHOT_DIR, 'exhibits'));
  await seedVault(h.dirs.vault, PASSPHRASE, [full]);
  // The user's own files live outside every directory the scan covers: they are plaintext by nature.
  sources = path.join(h.dirs.root, 'users-files');
  await mkdir(path.join(sources, 'exports'), { recursive: true });
  pdf = minimalPdf(['Indictment (synthetic test document)', PDF_CANARY, 'Article 234.4.3'], { title: PDF_TITLE_CANARY, author: 'Test prosecutor' });
  const photo = await makeJpeg();
  jpeg = withJpegComment(photo, JPEG_CANARY);
  await writeFile(path.join(sources, 'redacted.jpg'), withJpegComment(photo, 'faces blurred'));
  await writeFile(path.join(sources, PDF_NAME), pdf);
  // 12 pages, about 4.8 MB: pdf.js gets the first MiB and must ask main for the rest by range.
  await writeFile(path.join(sources, 'long scan.pdf'), multiPagePdf(Array.from({ length: 12 }, (_, i) => [`Page ${i + 1} of the long scan`]), {}, 400_000));
  await page.reload({ waitUntil: 'load' });
});

afterAll(async () => {
  await h?.dispose();
});

describe('evidence locker in Chromium', () => {
  it('attaches a PDF and a JPEG, previews both, links the PDF to a hearing, and leaves no plaintext on disk', async () => {
    await step('unlock and open the case', async () => {
      await shown(page.getByRole('heading', { name: 'Unlock the vault' }));
      await unlockThroughUi(page, PASSPHRASE);
      await shown(page.getByTestId('case-row').first(), 30_000);
      await page.getByTestId('case-row').first().click();
      await shown(page.getByTestId('case-editor'), 30_000);
      await page.getByTestId('case-editor').getByRole('navigation').getByRole('button', { name: /^Exhibits/ }).click();
      await shown(page.getByTestId('exhibits-section'));
      await hasText(page.getByTestId('exhibits-section'), 'No files are attached to this case yet.');
      await capture('empty');
    });

    await step('attach the PDF through the file dialog, with its receipt', async () => {
      await page.getByTestId('attach-input').setInputFiles(path.join(sources, PDF_NAME));
      await page.getByLabel('Received from').fill(RECEIVED_FROM);
      await page.getByLabel('How (in person, courier, messenger…)').fill('In person, at the Baku Grave Crimes Court');
      await capture('pdf-chosen');
      await page.getByRole('button', { name: /^Attach/ }).click();
      await shown(page.locator('[data-testid="upload"][data-state="done"]'), 30_000);
      const [exhibit] = exhibitsNamed('CANARY-NAME-PDF-31');
      expect(exhibit).toBeDefined();
      expect(exhibit).toMatchObject({ originalName: PDF_NAME, mediaType: 'application/pdf', size: pdf.length, sha256: createHash('sha256').update(pdf).digest('hex') });
      expect(exhibit!.custody[0]).toMatchObject({ action: 'received', counterpart: RECEIVED_FROM });
    });

    await step('preview the PDF: pdf.js draws the page into a canvas', async () => {
      await shown(page.getByTestId('pdf-preview'), 30_000);
      await expect.poll(() => page.getByTestId('pdf-preview').getAttribute('data-rendering'), { timeout: 30_000 }).toBe('false');
      expect(await page.getByTestId('pdf-preview').getAttribute('data-pages')).toBe('1');
      const inked = await page.locator('canvas.pdf-preview__page').evaluate((canvas: HTMLCanvasElement) => {
        const g = canvas.getContext('2d')!;
        const { data } = g.getImageData(0, 0, canvas.width, Math.floor(canvas.height / 4));
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark += 1;
        return dark;
      });
      expect(inked, 'dark pixels of text on the rendered page').toBeGreaterThan(200);
      await hasText(page.getByTestId('exhibits-table'), 'application/pdf');
      await capture('pdf-preview');
    });

    await step('link the PDF to a hearing', async () => {
      const detail = page.getByTestId('exhibit-detail');
      await detail.getByLabel('Link to').selectOption(`hearing:${hearing.id}`);
      await detail.getByRole('button', { name: 'Link', exact: true }).click();
      await shown(detail.locator('[data-testid="exhibit-link"][data-kind="hearing"]'));
      expect(exhibitsNamed('CANARY-NAME-PDF-31')[0]!.links).toEqual([{ kind: 'hearing', id: hearing.id }]);
      await capture('pdf-linked');
    });

    await step('check the PDF: every chunk and the SHA-256; the state shows in the list', async () => {
      await page.getByTestId('exhibit-detail').getByRole('button', { name: 'Check now' }).click();
      await shown(page.getByTestId('exhibit-detail').locator('[data-testid="verification"][data-state="intact"]'));
      await shown(page.getByTestId('exhibits-table').locator('[data-testid="verification"][data-state="intact"]'));
    });

    await step('export the PDF: the file and its .sha256, and a custody entry', async () => {
      const target = path.join(sources, 'exports', 'indictment.pdf');
      h.main.desktop.nextSavePath = target;
      await page.getByTestId('exhibit-detail').getByRole('button', { name: 'Export…' }).click();
      await hasText(page.getByTestId('exhibit-notice'), 'Saved as “indictment.pdf”');
      expect(await readFile(target)).toEqual(pdf);
      expect(await readFile(`${target}.sha256`, 'utf8')).toBe(`${createHash('sha256').update(pdf).digest('hex')}  indictment.pdf\n`);
      // The dialog was offered a safe name made from the original, never a path.
      expect(h.main.desktop.suggested.at(-1)).toBe(PDF_NAME);
      await shown(page.getByTestId('custody-log').locator('[data-action="exported"]'));
    });

    await step('open with another program only after the warning; the copy is private and temporary', async () => {
      await page.getByTestId('exhibit-detail').getByRole('button', { name: 'Open with another program…' }).click();
      await shown(page.getByTestId('open-warning'));
      await capture('open-warning');
      await page.getByRole('button', { name: 'Open anyway' }).click();
      await expect.poll(() => h.main.desktop.opened.length, { timeout: 15_000 }).toBe(1);
      const copy = h.main.desktop.opened[0]!;
      expect(copy.startsWith(h.dirs.nodeTmp)).toBe(true);
      expect(await readFile(copy)).toEqual(pdf);
      // The scan sees that copy (so it would see any other plaintext there): the only hits while it exists.
      const during = await scanRunDirs(h.dirs, needles(), ['passphrase']);
      const hitFiles = [...new Set(during.hits.map((hit) => hit.file))];
      expect(hitFiles).toEqual([copy]);
      expect(during.hits.map((hit) => hit.needle)).toContain('PDF text canary');
    });

    await step('a long PDF streams to the viewer by range: its last page renders', async () => {
      await page.getByTestId('attach-input').setInputFiles(path.join(sources, 'long scan.pdf'));
      await page.getByRole('button', { name: /^Attach/ }).click();
      await expect.poll(() => exhibitsNamed('long scan').length, { timeout: 30_000 }).toBe(1);
      const viewer = page.getByTestId('pdf-preview');
      await expect.poll(() => viewer.getAttribute('data-pages'), { timeout: 30_000 }).toBe('12');
      const readsBefore = h.shim.calls.filter((c) => c.channel === 'exhibits:read').length;
      for (let p = 1; p < 12; p++) {
        await viewer.getByRole('button', { name: 'Next page' }).click();
        await expect.poll(() => viewer.getAttribute('data-rendering'), { timeout: 15_000 }).toBe('false');
      }
      await hasText(viewer, 'Page 12 of 12');
      expect(h.shim.calls.filter((c) => c.channel === 'exhibits:read').length, 'range reads for later pages').toBeGreaterThan(readsBefore);
      // The plain-script decoders pdf.js uses for JBIG2/CCITT scans load under the app's CSP.
      // (A string: vitest would rewrite an import() inside a function passed to evaluate.)
      const decoder = await page.evaluate("import(new URL('pdfjs/jbig2_nowasm_fallback.js', document.baseURI).href).then((m) => typeof m.default)");
      expect(decoder).toBe('function');
    });

    await step('attach the JPEG by drag and drop', async () => {
      const transfer = await page.evaluateHandle(
        ({ bytes, name }) => {
          const data = new DataTransfer();
          data.items.add(new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' }));
          return data;
        },
        { bytes: [...jpeg], name: JPEG_NAME },
      );
      await page.getByTestId('attach-panel').dispatchEvent('dragover', { dataTransfer: transfer });
      await page.getByTestId('attach-panel').dispatchEvent('drop', { dataTransfer: transfer });
      await hasText(page.getByTestId('attach-panel'), 'xəsarət');
      await page.getByRole('button', { name: /^Attach/ }).click();
      await shown(page.locator('[data-testid="upload"][data-state="done"]'), 30_000);
      const [exhibit] = exhibitsNamed('CANARY-NAME-JPG-47');
      expect(exhibit).toMatchObject({ mediaType: 'image/jpeg', size: jpeg.length, sha256: createHash('sha256').update(jpeg).digest('hex') });
    });

    await step('preview the JPEG from memory', async () => {
      const image = page.getByTestId('exhibit-preview').locator('img');
      await shown(image, 30_000);
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)), { timeout: 15_000 }).toBe(480);
      expect(await image.getAttribute('src')).toMatch(/^blob:/);
      await capture('jpeg-preview');
    });

    await step('a working copy is a new exhibit linked to its original, which stays as received', async () => {
      const detail = page.getByTestId('exhibit-detail');
      await detail.getByRole('button', { name: 'Add a working copy…' }).click();
      await detail.getByLabel(/What kind of copy/).fill('faces blurred for publication');
      await page.getByTestId('working-copy-input').setInputFiles(path.join(sources, 'redacted.jpg'));
      await detail.getByRole('button', { name: 'Add working copy' }).click();
      await expect.poll(() => exhibitsNamed('redacted.jpg').length, { timeout: 15_000 }).toBe(1);
      const [original] = exhibitsNamed('CANARY-NAME-JPG-47');
      expect(exhibitsNamed('redacted.jpg')[0]).toMatchObject({ derivedFrom: original!.id, derivation: 'faces blurred for publication', mediaType: 'image/jpeg' });
      expect(original!.sha256).toBe(createHash('sha256').update(jpeg).digest('hex'));
      await expect.poll(() => page.getByTestId('exhibit-row').count()).toBe(4);
    });

    await step('hostile names are stored as data and shown as text, never used as paths', async () => {
      const hostile = `../../x-hostile\u0007\u202Eevil${'n'.repeat(480)}.txt`;
      const transfer = await page.evaluateHandle((name) => {
        const data = new DataTransfer();
        data.items.add(new File(['a statement'], name, { type: 'text/plain' }));
        return data;
      }, hostile);
      const nameInPage = await transfer.evaluate((data: DataTransfer) => data.files[0]!.name);
      await page.getByTestId('attach-panel').dispatchEvent('drop', { dataTransfer: transfer });
      await page.getByRole('button', { name: /^Attach/ }).click();
      await expect.poll(() => exhibitsNamed('x-hostile').length, { timeout: 15_000 }).toBe(1);
      expect(exhibitsNamed('x-hostile')[0]!.originalName).toBe(nameInPage);
      expect(nameInPage.length).toBeGreaterThan(490);
      // Blobs are named by random hex only; nothing appeared next to the vault or the run's root.
      expect((await readdir(path.join(h.dirs.vault, 'blobs'))).every((n) => /^[0-9a-f]{32}$/.test(n))).toBe(true);
      expect((await readdir(h.dirs.root)).filter((n) => n.includes('hostile'))).toEqual([]);
      expect((await readdir(path.dirname(h.dirs.root))).filter((n) => n.includes('x-hostile'))).toEqual([]);
      const row = page.getByTestId('exhibit-row').filter({ hasText: 'x-hostile' });
      expect(await row.getByRole('button').textContent()).toContain('\uFFFD');
      await capture('list');
    });

    await step('lock: the private copy is deleted with the keys', async () => {
      const copy = h.main.desktop.opened[0]!;
      await lockThroughUi(h, 0);
      expect(existsSync(copy)).toBe(false);
      expect(existsSync(path.dirname(copy))).toBe(false);
      await gone(page.getByTestId('exhibits-section'));
    });
  });

  it('canary scan: no file content, name or receipt text in any file the run wrote', async () => {
    await h.closeBrowser();
    const scan = await scanRunDirs(h.dirs, needles(), ['passphrase']);
    console.log(`exhibits canary scan under ${h.dirs.root}:\n${scan.summary}`);
    const byLabel = Object.fromEntries(scan.reports.map((r) => [r.label, r.report]));
    expect(byLabel['vault']!.files, 'the vault has files (log, blobs)').toBeGreaterThan(2);
    const hits = scan.hits.map((hit) => ({ ...hit, file: path.relative(h.dirs.root, hit.file) }));
    expect(hits, `plaintext found on disk:\n${describeHits(hits)}`).toEqual([]);
  });

  it('every screen passes axe-core (no serious or critical violations)', () => {
    expect(screens.files.length).toBeGreaterThan(5);
    expect(screens.blocking, describeFindings(screens.blocking)).toEqual([]);
  });

  it('no page errors, CSP violations or handler crashes', () => {
    expect(h.diagnostics.pageErrors).toEqual([]);
    expect(h.diagnostics.consoleErrors.filter((m) => /Content Security Policy|Trusted Type/i.test(m))).toEqual([]);
    expect(h.main.log).toEqual([]);
  });
});
