import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_SWITCHES } from '../../../electron/main/security/chromium-switches';

export const CHROMIUM_PATH = process.env.HABEAS_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Flags from feasibility §2 (headless, no setuid sandbox, no GPU, background services off), then
 * the app's own switches (electron/main/security/chromium-switches.ts: every host name resolves to
 * "not found", no pings, no shader disk cache), so the test browser is fenced like the app's.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-breakpad',
  ...CHROMIUM_SWITCHES.map(([name, value]) => (value === undefined ? `--${name}` : `--${name}=${value}`)),
].filter((arg, i, all) => all.indexOf(arg) === i);

export interface ChromiumDirs {
  /** user-data-dir; survives browser.close() so the canary scan can read it. */
  profile: string;
  /** $HOME (and XDG dirs) of the browser process. */
  home: string;
  /** $TMPDIR of the browser process. */
  tmp: string;
}

export interface LaunchedChromium {
  browser: Browser;
  /** The app's context: in-memory, like the app window's non-persistent partition. */
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Why launchPersistentContext + browser.newContext(): Playwright's plain `chromium.launch()` puts
 * the profile in a temp dir it deletes on close, so a scan after close would see nothing (and
 * deletion does not erase the bytes from a seized disk). Launching with our own user-data-dir keeps
 * the profile for the scan, and the app runs in a second, incognito context whose storage
 * (IndexedDB for Dexie, caches) lives in memory only — exactly the app's layout: Electron's default
 * session is on disk in userData, the window uses a non-persistent partition. The persistent
 * default context stays on about:blank.
 */
export async function launchChromium(dirs: ChromiumDirs, options: { locale?: string } = {}): Promise<LaunchedChromium> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The e2e test drives Debian's Chromium at ${CHROMIUM_PATH}, which is not installed. Install it with \`sudo apt-get install -y --no-install-recommends chromium\` (.ci/run does this), or point HABEAS_CHROMIUM at a Chromium binary.`,
    );
  }
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  Object.assign(env, {
    HOME: dirs.home,
    XDG_CONFIG_HOME: path.join(dirs.home, '.config'),
    XDG_CACHE_HOME: path.join(dirs.home, '.cache'),
    XDG_DATA_HOME: path.join(dirs.home, '.local', 'share'),
    TMPDIR: dirs.tmp,
    TMP: dirs.tmp,
    TEMP: dirs.tmp,
  });
  const persistent = await chromium.launchPersistentContext(dirs.profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    env,
    offline: true,
    acceptDownloads: false,
    serviceWorkers: 'block',
  });
  const browser = persistent.browser();
  if (!browser) {
    await persistent.close();
    throw new Error('playwright-core did not expose the Browser of a persistent context; cannot open an in-memory context');
  }
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 800 },
    acceptDownloads: false,
    serviceWorkers: 'block',
    // bypassCSP stays false: the app's policy applies to everything the test does in the page.
  });
  let closed = false;
  return {
    browser,
    context,
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => {});
      await persistent.close();
    },
  };
}
