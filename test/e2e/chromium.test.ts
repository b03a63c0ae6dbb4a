/**
 * End to end in Debian Chromium (design.md "Testing without an Electron binary", issue #2 item 7):
 * the built renderer, served at a stand-in app origin with the app's CSP and path checks, talks
 * through a `window.habeas` shim (exposeBinding + init script) to the REAL main-process handler
 * table over a REAL vault with the standard KDF. A forensic canary scan covers every directory the
 * run wrote (the vault, Chromium's profile, its $HOME and $TMPDIR, the test process's $TMPDIR)
 * twice: while the vault is unlocked and the browser runs, and after the browser has closed.
 * Design notes and limits: test/e2e/harness/README.md.
 *
 * Screenshots of every screen go to test-artifacts/e2e/NN-name.png; axe-core checks each screen.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests } from './harness/app-origin';
import { describeFindings } from './harness/axe';
import { describeHits, type Needle } from './harness/canary-scan';
import { scanRunDirs, type RunScan } from './harness/run-scan';
import { indexedDbRowCounts, totalRows } from './harness/indexeddb';
import { cspWeaknesses } from './harness/renderer-files';
import { ScreenRecorder } from './harness/screens';
import { countIs, gone, hasText, shown, textIs } from './harness/ui';
import { startHabeasE2e, type HabeasE2e } from './harness/app';
import { step } from './harness/step';

const PASSPHRASE = 'quartz lantern Şəki meridian bellows';
const WRONG_PASSPHRASE = 'quartz lantern Şəki meridian bellow';
const NAME_LATIN = 'Intiqam Əliyev';
const NAME_NATIVE = 'Интигам Алиев';
const CANARY = 'CANARY-5e1f-Δ';
const EDITED_LATIN = `${NAME_LATIN} ${CANARY}`;
const SECOND_PASSPHRASE = 'harbour violet Gəncə anvil thirteen';
const THIRD_PASSPHRASE = 'minaret copper Лянкяран pebble ninety';

let h: HabeasE2e;
let screens: ScreenRecorder;
let page: Page;
let recoveryKey = '';
let flowFinished = false;
let midRun: RunScan | null = null;

const SECRET_LABELS = ['passphrase', 'wrong passphrase', 'second passphrase', 'third passphrase', 'recovery key', 'recovery key (no dashes)'];
/** Everything that must never be on disk in plaintext. */
function needles(): Needle[] {
  const list: Needle[] = [
    { label: 'Latin name', text: NAME_LATIN },
    { label: 'native name', text: NAME_NATIVE },
    { label: 'Intiqam', text: 'Intiqam' },
    { label: 'Əliyev', text: 'Əliyev' },
    { label: 'Интигам', text: 'Интигам' },
    { label: 'Алиев', text: 'Алиев' },
    { label: 'canary', text: CANARY },
    { label: 'passphrase', text: PASSPHRASE },
    { label: 'wrong passphrase', text: WRONG_PASSPHRASE },
    { label: 'second passphrase', text: SECOND_PASSPHRASE },
    { label: 'third passphrase', text: THIRD_PASSPHRASE },
  ];
  if (recoveryKey) list.push({ label: 'recovery key', text: recoveryKey }, { label: 'recovery key (no dashes)', text: recoveryKey.replace(/-/g, '') });
  return list;
}
const started = Date.now();


/** Waits for main to have locked `count` times in all, then for the wipe and reload that follow. */
async function waitForLockHandled(count: number): Promise<void> {
  await expect.poll(() => h.shim.locks.length, { timeout: 15_000, message: 'vault locks seen by main' }).toBe(count);
  await h.shim.settled();
  await shown(page.getByRole('heading', { name: 'Unlock the vault' }));
}

async function rowsInRenderer(): Promise<number> {
  return totalRows(await indexedDbRowCounts(page));
}

beforeAll(async () => {
  h = await startHabeasE2e();
  page = h.page;
  screens = await ScreenRecorder.create(page);
});

afterAll(async () => {
  await h?.dispose();
  console.log(`e2e: total ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

describe('Habeas in Chromium', () => {
  it('create vault → add case → lock → wrong passphrase → unlock → add case → reload → both kept → lock', async () => {
    await step('create-vault screen', async () => {
      await shown(page.getByRole('heading', { name: 'Create your vault' }));
      await screens.capture('create-vault');
    });

    await step('choose a passphrase', async () => {
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByLabel('Repeat passphrase', { exact: true }).fill(PASSPHRASE);
      await shown(page.getByText(/Strength: (Strong|Very strong)/));
      await screens.capture('create-vault-filled');
    });

    await step('create the vault (real Argon2id calibration)', async () => {
      const gate = h.shim.hold('vault:create');
      await page.getByRole('button', { name: 'Create vault' }).click();
      await gate.reached;
      await shown(page.getByRole('progressbar'));
      await screens.capture('creating-vault');
      gate.release();
    });

    await step('recovery key shown once', async () => {
      const key = page.getByTestId('recovery-key');
      await shown(key, 30_000);
      recoveryKey = (await key.getAttribute('data-recovery-key')) ?? '';
      const groups = await page.getByTestId('recovery-key-group').allTextContents();
      expect(groups.length).toBeGreaterThanOrEqual(4);
      expect(groups.join('-')).toBe(recoveryKey);
      await screens.capture('recovery-key');
    });

    await step('confirm the requested recovery-key groups', async () => {
      await page.getByRole('button', { name: 'I have written it down' }).click();
      await shown(page.getByRole('heading', { name: 'Confirm your recovery key' }));
      const groups = recoveryKey.split('-');
      const inputs = page.getByTestId('recovery-confirm-input');
      await countIs(inputs, 2);
      const asked: number[] = [];
      for (const input of await inputs.all()) asked.push(Number(await input.getAttribute('data-group')));
      await shown(page.getByText(`type group ${asked[0]} and group ${asked[1]}`));
      await screens.capture('recovery-confirm');
      // A wrong group is refused with a visible message first.
      await page.getByLabel(`Group ${asked[0]}`, { exact: true }).fill(groups[asked[0]! - 1] === 'AAAA' ? 'BBBB' : 'AAAA');
      await page.getByLabel(`Group ${asked[1]}`, { exact: true }).fill(groups[asked[1]! - 1]!);
      await page.getByRole('button', { name: 'Confirm and open the vault' }).click();
      await shown(page.getByText(`Group ${asked[0]} does not match`));
      await screens.capture('recovery-confirm-mismatch');
      await page.getByLabel(`Group ${asked[0]}`, { exact: true }).fill(groups[asked[0]! - 1]!.toLowerCase());
      await page.getByRole('button', { name: 'Confirm and open the vault' }).click();
    });

    await step('empty case list', async () => {
      await shown(page.getByRole('heading', { name: 'Cases' }));
      await shown(page.getByTestId('cases-empty'));
      await screens.capture('cases-empty');
    });

    await step('add a case with the New case dialog', async () => {
      await page.getByRole('button', { name: 'New case' }).click();
      const dialog = page.getByRole('dialog', { name: 'New case' });
      await shown(dialog);
      await screens.capture('case-new');
      await dialog.getByLabel('Name in Latin script').fill(NAME_LATIN);
      await dialog.getByLabel('Name in native script').fill(NAME_NATIVE);
      await dialog.getByLabel('Status').selectOption('detained');
      await screens.capture('case-new-filled');
      await dialog.getByRole('button', { name: 'Create case' }).click();
      // The new case opens (the editor); the header's Cases button goes back to the list.
      await gone(dialog);
      await gone(page.getByTestId('cases-view'));
      await screens.capture('case-opened');
      await page.getByTestId('nav-cases').click();
      const row = page.getByRole('row', { name: new RegExp(NAME_LATIN) });
      await shown(row);
      await hasText(row, NAME_NATIVE);
      await hasText(row, 'Detained');
      await textIs(page.getByTestId('case-count'), 'Cases: 1');
      await screens.capture('cases-one');
    });

    await step('lock with the Lock button', async () => {
      await page.getByRole('button', { name: 'Lock' }).click();
      await waitForLockHandled(1);
      expect(h.shim.locks).toEqual(['user']);
      expect(await rowsInRenderer(), 'decrypted rows left in the renderer after lock').toBe(0);
      await gone(page.getByText(NAME_LATIN));
      await screens.capture('unlock');
    });

    await step('wrong passphrase is refused with a visible message', async () => {
      await page.getByLabel('Passphrase', { exact: true }).fill(WRONG_PASSPHRASE);
      const gate = h.shim.hold('vault:unlock');
      await page.getByRole('button', { name: 'Unlock', exact: true }).click();
      await gate.reached;
      await shown(page.getByRole('progressbar'));
      await screens.capture('unlocking');
      gate.release();
      await hasText(page.getByRole('alert'), 'That passphrase is not correct');
      expect(h.shim.calls.at(-1)).toMatchObject({ channel: 'vault:unlock', ok: false, code: 'WRONG_PASSPHRASE' });
      await screens.capture('unlock-wrong-passphrase');
    });

    await step('unlock; the case is still there', async () => {
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock', exact: true }).click();
      const row = page.getByRole('row', { name: new RegExp(NAME_LATIN) });
      await shown(row, 30_000);
      await hasText(row, NAME_NATIVE);
      await hasText(row, 'Detained');
      await screens.capture('cases-after-unlock');
    });

    await step('add a second case: convicted, canary in the Latin name', async () => {
      // (Editing a case is the case editor's e2e, test/e2e/case-editor.test.ts.)
      await page.keyboard.press('Control+N');
      const dialog = page.getByRole('dialog', { name: 'New case' });
      await shown(dialog);
      await dialog.getByLabel('Name in Latin script').fill(EDITED_LATIN);
      await dialog.getByLabel('Name in native script').fill(NAME_NATIVE);
      await dialog.getByLabel('Status').selectOption('convicted');
      await dialog.getByLabel('Name in Latin script').press('Enter');
      await gone(dialog);
      await gone(page.getByTestId('cases-view'));
      await page.getByTestId('nav-cases').click();
      const row = page.getByRole('row', { name: new RegExp(CANARY) });
      await shown(row);
      await hasText(row, 'Convicted');
      await textIs(page.getByTestId('case-count'), 'Cases: 2');
      await screens.capture('cases-two');
    });

    await step('reload keeps both (vault stays unlocked in main; Dexie refilled from cases.list)', async () => {
      await page.reload({ waitUntil: 'load' });
      const row = page.getByRole('row', { name: new RegExp(CANARY) });
      await shown(row, 30_000);
      await hasText(row, 'Convicted');
      await hasText(row, NAME_NATIVE);
      await textIs(page.getByTestId('case-count'), 'Cases: 2');
      // The durable copy in main agrees with the screen.
      const stored = h.main.session.listCases(0, 10);
      expect(stored.total).toBe(2);
      expect(stored.items.map((c) => ({ name: c.name, otherNames: c.otherNames, status: c.status, revision: c.revision }))).toEqual([
        { name: NAME_LATIN, otherNames: [NAME_NATIVE], status: 'detained', revision: 1 },
        { name: EDITED_LATIN, otherNames: [NAME_NATIVE], status: 'convicted', revision: 1 },
      ]);
      await screens.capture('cases-after-reload');
    });

    await step('change the passphrase in Settings', async () => {
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      await page.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByLabel('New passphrase', { exact: true }).fill(SECOND_PASSPHRASE);
      await page.getByLabel('Repeat new passphrase', { exact: true }).fill(SECOND_PASSPHRASE);
      await page.getByRole('button', { name: 'Change passphrase' }).click();
      await shown(page.getByText('Passphrase changed. Use the new passphrase from now on.'));
      expect(h.shim.calls.at(-1)).toMatchObject({ channel: 'vault:changePassphrase', ok: true });
      await screens.capture('settings-passphrase-changed');
      await page.getByRole('button', { name: 'Cases', exact: true }).click();
    });

    await step('lock; the old passphrase no longer opens the vault', async () => {
      await page.getByTestId('lock-button').click();
      await waitForLockHandled(2);
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock', exact: true }).click();
      await hasText(page.getByRole('alert'), 'That passphrase is not correct');
    });

    await step('unlock with the recovery key and set a new passphrase', async () => {
      await page.getByRole('button', { name: 'Use recovery key' }).click();
      await page.getByLabel('Recovery key', { exact: true }).fill(recoveryKey.toLowerCase());
      await page.getByLabel('New passphrase', { exact: true }).fill(THIRD_PASSPHRASE);
      await page.getByLabel('Repeat new passphrase', { exact: true }).fill(THIRD_PASSPHRASE);
      await screens.capture('recovery-unlock');
      await page.getByRole('button', { name: 'Unlock and set new passphrase' }).click();
      const row = page.getByRole('row', { name: new RegExp(CANARY) });
      await shown(row, 30_000);
      expect(h.shim.calls.some((c) => c.channel === 'vault:unlockWithRecoveryKey' && c.ok)).toBe(true);
      await screens.capture('cases-after-recovery');
    });

    await step('scan the disk while the vault is unlocked and the browser runs', async () => {
      // Catches files that exist only while the app runs (temp files, journals) and are gone by the end.
      midRun = await scanRunDirs(h.dirs, needles(), SECRET_LABELS);
    });

    await step('lock with the keyboard shortcut', async () => {
      await page.keyboard.press('Control+L');
      await waitForLockHandled(3);
      expect(h.shim.locks).toEqual(['user', 'user', 'user']);
      expect(await rowsInRenderer(), 'decrypted rows left in the renderer after lock').toBe(0);
      await screens.capture('locked-at-end');
    });

    await step('the shim refuses what ipcMain would refuse', async () => {
      // Malformed input from the real window: parsed and refused by the shared dispatcher.
      const malformed = await page.evaluate(() => (window as unknown as { habeas: { vault: { unlock(i: unknown): Promise<unknown> } } }).habeas.vault.unlock({ passphrase: 42 }));
      expect(malformed).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
      // Another page (about:blank) gets no window.habeas, and the raw binding answers FORBIDDEN.
      const stray = await h.context.newPage();
      try {
        await stray.goto('about:blank');
        const result = await stray.evaluate(async () => ({
          api: typeof (window as unknown as { habeas?: unknown }).habeas,
          // The raw binding answers with JSON text (see harness/habeas-shim.ts).
          call: JSON.parse(await (window as unknown as { __habeasInvoke: (c: string, i?: unknown) => Promise<string> }).__habeasInvoke('cases:list')) as unknown,
        }));
        expect(result).toEqual({ api: 'undefined', call: expect.objectContaining({ ok: false, code: 'FORBIDDEN' }) });
      } finally {
        await stray.close();
      }
      expect(h.shim.forbidden).toEqual([{ channel: 'cases:list', frameUrl: 'about:blank' }]);
      expect(h.main.session.isUnlocked).toBe(false);
    });
    flowFinished = true;
  });

  it('every screen passes axe-core (no serious or critical violations)', () => {
    expect(screens.files.length, 'screenshots taken').toBeGreaterThan(0);
    const minor = screens.findings.filter((f) => !screens.blocking.includes(f));
    if (minor.length) console.log(`axe (minor/moderate, not failing):\n${describeFindings(minor)}`);
    expect(screens.blocking, describeFindings(screens.blocking)).toEqual([]);
  });

  it('no request left the app origin; no page errors, CSP violations or handler crashes', async () => {
    await h.closeBrowser();
    const { network, diagnostics } = h;
    console.log(`e2e: ${network.requests.length} requests, all to the app origin: ${[...new Set(network.requests.map((r) => new URL(r.url).pathname))].join(' ')}`);
    const slow = h.shim.calls.filter((c) => c.ms >= 100).map((c) => `${c.channel}${c.ok ? '' : ` (${c.code})`} ${c.ms} ms`);
    console.log(`e2e: ${h.shim.calls.length} IPC calls through the shim; slow ones: ${slow.join(', ')}`);
    expect(foreignRequests(network), 'requests outside the app origin').toEqual([]);
    expect(network.blocked).toEqual([]);
    expect(network.websockets).toEqual([]);
    expect(network.refused.filter((r) => !r.endsWith('/favicon.ico')), 'app-origin requests refused').toEqual([]);
    expect(diagnostics.pageErrors).toEqual([]);
    // Blocked loads, eval or Trusted Types sinks fail the run; other console errors are printed.
    const violations = diagnostics.consoleErrors.filter((m) => /violates the following Content Security Policy|Refused to|requires 'Trusted|TrustedHTML|TrustedScript/i.test(m));
    const otherConsole = [...new Set(diagnostics.consoleErrors.filter((m) => !violations.includes(m)))];
    if (otherConsole.length) console.log(`e2e: console errors (not failing):\n  ${otherConsole.join('\n  ')}`);
    const hint = violations.some((m) => m.includes('TrustedScript'))
      ? " (a 'TrustedScript' block at startup is zod probing `new Function`; the renderer must call z.config({ jitless: true }) before any schema runs)"
      : '';
    expect(violations, `CSP violations${hint}`).toEqual([]);
    expect(h.main.log, 'unexpected errors inside handlers').toEqual([]);
    if (h.csp.meta) expect(cspWeaknesses(h.csp.meta), 'the <meta> CSP in index.html').toEqual([]);
    expect(cspWeaknesses(h.csp.header)).toEqual([]);
  });

  it('canary scan: no case name, canary, passphrase or recovery key in any file the run wrote', async () => {
    await h.closeBrowser(); // idempotent; the profile must be complete (Chromium writes on exit)
    if (!flowFinished) console.log('canary scan: the flow did not finish; scanning what it wrote anyway');
    const final = await scanRunDirs(h.dirs, needles(), SECRET_LABELS);
    console.log(`canary scan after close, under ${h.dirs.root} (${needles().length} needles × UTF-8/UTF-16LE/UTF-16BE × case/NFC/NFD forms):\n${final.summary}`);
    if (midRun) console.log(`canary scan while unlocked (browser running):\n${midRun.summary}`);
    const byLabel = Object.fromEntries(final.reports.map((r) => [r.label, r.report]));
    expect(byLabel['vault']!.files, 'the vault has files').toBeGreaterThan(1);
    expect(byLabel['chromium profile (user-data-dir)']!.files, 'the profile has files').toBeGreaterThan(10);
    const hits = [...(midRun?.hits ?? []), ...final.hits].map((hit) => ({ ...hit, file: path.relative(h.dirs.root, hit.file) }));
    expect(hits, `plaintext found on disk:\n${describeHits(hits)}`).toEqual([]);
  });
});
