import type { BrowserContext, Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp';
import { APP_URL, serveAppOrigin, type NetworkLog } from './app-origin';
import { launchChromium, type LaunchedChromium } from './chromium';
import { HabeasShim, installHabeasApi } from './habeas-shim';
import { startMainProcess, type MainProcess } from './main-process';
import { BUILT_RENDERER_DIR, assertRendererBuilt, cspFromHtml, readIndexHtml } from './renderer-files';
import { createRunDirs, redirectProcessTmpdir, removeRunDirs, type RunDirs } from './temp-dirs';

export interface PageDiagnostics {
  pageErrors: string[];
  consoleErrors: string[];
}

export interface HabeasE2e {
  dirs: RunDirs;
  main: MainProcess;
  shim: HabeasShim;
  chromium: LaunchedChromium;
  context: BrowserContext;
  page: Page;
  network: NetworkLog;
  /** The policy the app sends as a header (served here too), and the built index.html's <meta> one, if any. */
  csp: { header: string; meta: string | null };
  diagnostics: PageDiagnostics;
  /** Waits for pending lock handling, then closes the browser (its profile stays on disk). */
  closeBrowser(): Promise<void>;
  /** Closes everything and deletes the run's directories (unless HABEAS_E2E_KEEP=1). */
  dispose(): Promise<void>;
}

/**
 * Boots the e2e world: fresh dirs, the real main-process handlers over a real vault, Debian
 * Chromium with an in-memory context, the renderer served at the app origin, window.habeas shimmed.
 * The renderer is `out/renderer` unless HABEAS_E2E_RENDERER_DIR points at another build (debugging).
 */
export async function startHabeasE2e(rendererDir = process.env.HABEAS_E2E_RENDERER_DIR ?? BUILT_RENDERER_DIR): Promise<HabeasE2e> {
  assertRendererBuilt(rendererDir);
  const csp = { header: CONTENT_SECURITY_POLICY, meta: cspFromHtml(await readIndexHtml(rendererDir)) };
  const dirs = await createRunDirs();
  const restoreTmpdir = redirectProcessTmpdir(dirs.nodeTmp);
  let chromium: LaunchedChromium | null = null;
  const dispose = async () => {
    await chromium?.close().catch(() => {});
    restoreTmpdir();
    if (process.env.HABEAS_E2E_KEEP === '1') console.log(`HABEAS_E2E_KEEP=1: kept ${dirs.root}`);
    else await removeRunDirs(dirs);
  };
  try {
    const main = startMainProcess(dirs.vault, dirs.nodeTmp);
    chromium = await launchChromium({ profile: dirs.profile, home: dirs.home, tmp: dirs.browserTmp });
    const { context } = chromium;
    const network = await serveAppOrigin(context, rendererDir);
    // Under tsx (the bench), esbuild keeps function names by wrapping them in a module-local
    // `__name(fn, "name")`; functions serialised into the page (init scripts, evaluate) then refer
    // to a helper the page lacks. Give the page a no-op one, before any such script runs.
    if (installHabeasApi.toString().includes('__name(')) await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((fn) => fn);' });
    const shim = new HabeasShim(main);
    await shim.install(context);
    const page = await context.newPage();
    shim.attach(page);
    const diagnostics: PageDiagnostics = { pageErrors: [], consoleErrors: [] };
    page.on('pageerror', (error) => diagnostics.pageErrors.push(`${error.name}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') diagnostics.consoleErrors.push(message.text());
    });
    await page.goto(APP_URL, { waitUntil: 'load' });
    const launched = chromium;
    return {
      dirs,
      main,
      shim,
      chromium: launched,
      context,
      page,
      network,
      csp,
      diagnostics,
      async closeBrowser() {
        await shim.settled();
        await launched.close();
      },
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}
