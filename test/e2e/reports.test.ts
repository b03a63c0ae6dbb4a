/**
 * PDF dossiers and list reports end to end (issue #5): the built renderer in Debian Chromium over
 * the REAL main-process handlers, a REAL vault and the real PDF worker (harness/README.md). The
 * fully filled case carries canary strings in confidential fields (its team and a source's
 * contact); a public dossier of it is generated, previewed with pdf.js, saved through the (fake)
 * save dialog, and read back with pdftotext: the person's public name is there, no canary is. A
 * list report is made from the case list as filtered by status. After the vault locks, every
 * directory the run wrote (vault, Chromium profile, $HOME, both temp dirs) is scanned for the
 * canaries; the PDFs the user saved live outside them.
 *
 * Screenshots: test-artifacts/e2e/reports/NN-name.png; axe-core runs on each.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCaseFile } from '../../shared/case-model/new-case';
import type { CaseFile } from '../../shared/case-model';
import { DOSSIER_SECTIONS } from '../../shared/reports/options';
import type { ReportProgress } from '../../shared/reports/requests';
import { loadFullCase } from '../fixtures/cases/full-case';
import { startHabeasE2e, type HabeasE2e } from './harness/app';
import { describeFindings } from './harness/axe';
import { describeHits, type Needle } from './harness/canary-scan';
import { scanRunDirs } from './harness/run-scan';
import { seedVault } from './harness/seed-vault';
import { ScreenRecorder, SCREENSHOT_DIR } from './harness/screens';
import { step } from './harness/step';
import { gone, hasText, shown, textIs } from './harness/ui';
import { lockThroughUi, unlockThroughUi } from './harness/vault-flow';

const PASSPHRASE = 'saffron ledger Qəbələ tundra violins';
const TEAM_CANARY = 'CANARY-TEAM-Q7K2-Gəncə';
const CONTACT_CANARY = 'CANARY-CONTACT-9XW4-Signal';
const PUBLIC_NAME = 'İlkin Şükür oğlu Ömərov';
const LIST_TITLE = 'Released political prisoners — test list';

let h: HabeasE2e;
let page: Page;
let screens: ScreenRecorder;
let saved = '';
const progress: ReportProgress[] = [];

/** The fully filled case with canaries in two confidential fields: the team on it, a source's contact. */
function caseWithCanaries(): CaseFile {
  const full = loadFullCase();
  expect(full.sensitivity?.assignedTo).toBe('confidential');
  const [source, ...sources] = full.sources;
  return { ...full, assignedTo: [...(full.assignedTo ?? []), TEAM_CANARY], sources: [{ ...source!, contact: `${source!.contact ?? ''} ${CONTACT_CANARY}` }, ...sources] };
}

const full = caseWithCanaries();
/** Names left at their default level (restricted): the list report below is for a court, which may see them. */
const others = [
  { nameLatin: 'Rəşad Əliyev', status: 'released' as const },
  { nameLatin: 'Tofiq Yaqublu', status: 'detained' as const },
  { nameLatin: 'Anar Məmmədli', status: 'detained' as const },
  { nameLatin: 'Bəxtiyar Hacıyev', status: 'convicted' as const },
].map((draft) => newCaseFile(draft));

const needles = (): Needle[] => [
  { label: 'team canary', text: TEAM_CANARY },
  { label: 'contact canary', text: CONTACT_CANARY },
  { label: 'passphrase', text: PASSPHRASE },
];

/** pdftotext of a saved PDF (poppler), the way a reader would copy its text; line breaks as spaces (titles and cells wrap). */
function textOf(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** The window as the user sees it with a modal dialog open (axe still checks the whole document). */
async function capture(name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screens.capture(name, { fullPage: false });
}

/** Waits for pdf.js to draw the current page, then counts dark (text) pixels in its upper half. */
async function renderedInk(preview: Locator): Promise<number> {
  await expect.poll(() => preview.getAttribute('data-rendering'), { timeout: 30_000 }).toBe('false');
  return preview.locator('canvas.pdf-preview__page').evaluate((canvas: HTMLCanvasElement) => {
    const g = canvas.getContext('2d')!;
    const { data } = g.getImageData(0, 0, canvas.width, Math.floor(canvas.height / 2));
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark += 1;
    return dark;
  });
}

beforeAll(async () => {
  h = await startHabeasE2e();
  page = h.page;
  await page.setViewportSize({ width: 1360, height: 900 });
  screens = await ScreenRecorder.create(page, path.join(SCREENSHOT_DIR, 'reports'));
  await seedVault(h.dirs.vault, PASSPHRASE, [full, ...others]);
  h.main.onReportProgress((p) => progress.push(p));
  // The user's own folder, outside every directory the scan covers: a saved PDF is plaintext by nature.
  saved = path.join(h.dirs.root, 'users-files');
  await mkdir(saved, { recursive: true });
  await page.reload({ waitUntil: 'load' });
});

afterAll(async () => {
  await h?.dispose();
});

describe('dossiers and list reports in Chromium', () => {
  it('a public dossier of a case with confidential data: preview, save, and only what the public may see', async () => {
    const dialog = page.getByTestId('dossier-dialog');

    await step('unlock and open the case', async () => {
      await shown(page.getByRole('heading', { name: 'Unlock the vault' }));
      await unlockThroughUi(page, PASSPHRASE);
      await shown(page.getByTestId('case-row').first(), 30_000);
      await page.getByTestId('case-row').filter({ hasText: PUBLIC_NAME }).click();
      await shown(page.getByTestId('case-editor'), 30_000);
    });

    await step('open the dossier dialog: public, every section, labels in the UI language', async () => {
      await page.getByTestId('dossier-open').click();
      await shown(dialog);
      expect(await dialog.getByRole('radio', { name: /^Public \(advocacy\)/ }).isChecked()).toBe(true);
      expect(await dialog.getByRole('radio', { name: /^Public \(advocacy\)/ }).evaluate((el) => el === document.activeElement)).toBe(true);
      const sections = dialog.locator('input[data-section]');
      expect(await sections.count()).toBe(DOSSIER_SECTIONS.length);
      for (const box of await sections.all()) expect(await box.isChecked()).toBe(true);
      expect(await dialog.getByLabel('Language of the labels').inputValue()).toBe('en');
      await capture('dossier-dialog');
    });

    await step('the internal working file is flagged as confidential', async () => {
      await dialog.getByRole('radio', { name: /^Internal \(working file\)/ }).check();
      await hasText(dialog.getByTestId('internal-warning'), 'Contains confidential fields');
      await capture('dossier-internal-warning');
      await dialog.getByRole('radio', { name: /^Public \(advocacy\)/ }).check();
      await gone(dialog.getByTestId('internal-warning'));
    });

    await step('generate: progress while main works, with Cancel', async () => {
      // Held before main sees it, so the progress screen is photographed without racing the worker.
      const gate = h.shim.hold('reports:dossier');
      await dialog.getByRole('button', { name: 'Generate PDF' }).click();
      await gate.reached;
      await shown(dialog.getByTestId('report-progress'));
      await shown(dialog.getByRole('progressbar', { name: 'Progress of the PDF' }));
      expect(await dialog.getByRole('button', { name: 'Cancel' }).evaluate((el) => el === document.activeElement)).toBe(true);
      await capture('dossier-progress');
      gate.release();
    });

    await step('preview: pdf.js draws the pages from the bytes in memory', async () => {
      const preview = dialog.getByTestId('report-preview');
      await shown(preview, 60_000);
      expect(await renderedInk(preview), 'dark pixels of text on the cover').toBeGreaterThan(200);
      const pages = Number(await preview.getAttribute('data-pages'));
      expect(pages).toBeGreaterThan(1);
      await hasText(dialog.getByTestId('report-result'), `The PDF is ready. Pages: ${pages}. Audience: Public (advocacy).`);
      expect(await dialog.getByRole('button', { name: 'Save PDF…' }).evaluate((el) => el === document.activeElement)).toBe(true);
      // Main's worker reported its layout progress on the way.
      expect(progress.some((p) => p.stage === 'layout')).toBe(true);
      await capture('dossier-preview');
      for (let n = 2; n <= 3; n++) {
        await preview.getByRole('button', { name: 'Next page' }).click();
        await hasText(preview, `Page ${n} of ${pages}`);
        expect(await renderedInk(preview), `ink on page ${n}`).toBeGreaterThan(200);
      }
      await capture('dossier-preview-page-3');
    });

    await step('save through main’s dialog: the file has the public name and no canary', async () => {
      const target = path.join(saved, 'dossier for the press.pdf');
      h.main.desktop.nextSavePath = target;
      await dialog.getByRole('button', { name: 'Save PDF…' }).click();
      await hasText(dialog.getByTestId('report-saved'), 'Saved as “dossier for the press.pdf”');
      expect(h.main.desktop.suggested.at(-1)).toMatch(/^dossier-public-[0-9A-F]{5}-[0-9A-F]{5}-\d{4}-\d\d-\d\d\.pdf$/);
      expect(h.main.desktop.dialogOptions.at(-1)).toEqual({ replace: true, filter: { name: 'PDF', extensions: ['pdf'] } });
      const bytes = await readFile(target);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = textOf(target);
      expect(text).toContain(PUBLIC_NAME);
      for (const canary of [TEAM_CANARY, CONTACT_CANARY, 'CANARY']) expect(text).not.toContain(canary);
      expect(bytes.includes(Buffer.from('CANARY'))).toBe(false);
      await capture('dossier-saved');
    });

    await step('Escape closes the dialog; focus goes back to “Dossier…”', async () => {
      await page.keyboard.press('Escape');
      await gone(dialog);
      expect(await page.getByTestId('dossier-open').evaluate((el) => el === document.activeElement)).toBe(true);
    });
  });

  it('a list report of the case list as filtered: exactly those cases', async () => {
    const dialog = page.getByTestId('list-report-dialog');

    await step('filter the case list by status', async () => {
      await page.getByTestId('case-editor-close').click();
      await shown(page.getByTestId('cases-view'));
      await page.getByRole('button', { name: 'Filters', exact: true }).click();
      await page.getByRole('region', { name: 'Filters' }).getByLabel('Status', { exact: true }).selectOption('released');
      await textIs(page.getByTestId('case-count'), '2 of 5 cases');
    });

    await step('the dialog says how many cases it will include', async () => {
      await page.getByTestId('list-report').click();
      await shown(dialog);
      await textIs(dialog.getByTestId('report-case-count'), 'Cases in the report: 2 (the case list as searched and filtered now).');
      await dialog.getByRole('radio', { name: /^Court/ }).check();
      // The list was filtered on everything in the cases: for a court, the choice itself must be confirmed.
      expect(await dialog.getByRole('button', { name: 'Generate PDF' }).isDisabled()).toBe(true);
      await dialog.getByRole('checkbox', { name: /choice of cases reveals nothing/ }).check();
      expect(await dialog.getByRole('button', { name: 'Generate PDF' }).isDisabled()).toBe(false);
      await dialog.getByLabel('Title (optional)').fill(LIST_TITLE);
      await capture('list-dialog');
    });

    await step('generate, preview and save', async () => {
      await dialog.getByRole('button', { name: 'Generate PDF' }).click();
      const preview = dialog.getByTestId('report-preview');
      await shown(preview, 60_000);
      expect(await renderedInk(preview)).toBeGreaterThan(200);
      await hasText(dialog.getByTestId('report-result'), 'Cases: 2. Audience: Court.');
      await capture('list-preview');
      // Cover, contents and method note come first; the numbered list follows.
      const pages = Number(await preview.getAttribute('data-pages'));
      expect(pages).toBeGreaterThanOrEqual(4);
      for (let n = 2; n <= 4; n++) {
        await preview.getByRole('button', { name: 'Next page' }).click();
        await hasText(preview, `Page ${n} of ${pages}`);
        expect(await renderedInk(preview), `ink on page ${n}`).toBeGreaterThan(200);
      }
      await capture('list-preview-page-4');
      const target = path.join(saved, 'list.pdf');
      h.main.desktop.nextSavePath = target;
      await dialog.getByRole('button', { name: 'Save PDF…' }).click();
      await hasText(dialog.getByTestId('report-saved'), 'Saved as “list.pdf”');
      const text = textOf(target);
      expect(text).toContain(LIST_TITLE);
      expect(text).toContain('Rəşad Əliyev');
      expect(text).toContain(PUBLIC_NAME);
      for (const excluded of ['Tofiq Yaqublu', 'Anar Məmmədli', 'Bəxtiyar Hacıyev']) expect(text).not.toContain(excluded);
      for (const canary of [TEAM_CANARY, CONTACT_CANARY, 'CANARY']) expect(text).not.toContain(canary);
    });

    await step('close and lock: main forgets every PDF', async () => {
      await dialog.getByRole('button', { name: 'Close' }).click();
      await gone(dialog);
      expect(await page.getByTestId('list-report').evaluate((el) => el === document.activeElement)).toBe(true);
      await lockThroughUi(h, 0);
      expect(() => h.main.session.reports()).toThrowError(expect.objectContaining({ code: 'VAULT_LOCKED' }));
    });
  });

  it('canary scan: no confidential text in any file the run wrote (the PDFs the user saved aside)', async () => {
    await h.closeBrowser();
    const scan = await scanRunDirs(h.dirs, needles(), ['passphrase']);
    console.log(`reports canary scan under ${h.dirs.root}:\n${scan.summary}`);
    const byLabel = Object.fromEntries(scan.reports.map((r) => [r.label, r.report]));
    expect(byLabel['vault']!.files, 'the vault has files').toBeGreaterThan(1);
    const hits = scan.hits.map((hit) => ({ ...hit, file: path.relative(h.dirs.root, hit.file) }));
    expect(hits, `plaintext found on disk:\n${describeHits(hits)}`).toEqual([]);
  });

  it('every screen passes axe-core (no serious or critical violations)', () => {
    expect(screens.files.length).toBeGreaterThanOrEqual(6);
    expect(screens.blocking, describeFindings(screens.blocking)).toEqual([]);
  });

  it('no page errors, CSP violations or handler crashes', () => {
    expect(h.diagnostics.pageErrors).toEqual([]);
    expect(h.diagnostics.consoleErrors.filter((m) => /Content Security Policy|Trusted Type/i.test(m))).toEqual([]);
    expect(h.main.log).toEqual([]);
  });
});
