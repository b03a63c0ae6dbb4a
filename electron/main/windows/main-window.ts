import { BrowserWindow, type Rectangle } from 'electron';
import type { LockReason } from '../core/session/vault-session';
import { APP_ENTRY_URL } from '../security/app-url';
import { RENDERER_PARTITION } from '../security/session-policy';

export interface MainWindowOptions {
  /** Absolute path of the bundled preload (out/preload/index.js). */
  preloadPath: string;
  /** DevTools only in unpackaged builds: they can read every decrypted value in the renderer. */
  devTools: boolean;
  /** Where the window it replaces was (after a lock); default size otherwise. */
  bounds?: Rectangle;
}

/**
 * The one application window. Every webPreferences key is written out, even where it matches
 * Electron's default, so a reviewer (and Electronegativity, whose defaults table stops at
 * Electron 10) sees the whole policy in one place. The object stays inline in the constructor
 * call because Electronegativity cannot follow it through a variable or a function.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...(options.bounds ? { ...options.bounds } : { width: 1200, height: 820 }),
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Habeas',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      // In-memory session (no "persist:" prefix): Dexie's decrypted working set never hits disk.
      partition: RENDERER_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      // Middle-click would open links in new windows; denied anyway, and one less event to reason about.
      disableBlinkFeatures: 'Auxclick',
      // Hunspell downloads dictionaries from a Google CDN and stores added words in plaintext.
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // The UI never uses alert/confirm/prompt; a page that tries gets nothing.
      disableDialogs: true,
      devTools: options.devTools,
      javascript: true,
      images: true,
      webgl: false,
      plugins: false,
      enableWebSQL: false,
      autoplayPolicy: 'document-user-activation-required',
      backgroundThrottling: true,
      enablePreferredSizeMode: false,
    },
  });
  // Keep case files out of screenshots and screen sharing (Windows and macOS; no-op on Linux).
  window.setContentProtection(true);
  window.once('ready-to-show', () => window.show());
  return window;
}

/**
 * Loads the renderer from our own protocol; never `file://` and never a dev server. After a lock
 * the fresh window is told why (`?locked=idle`), since the old window that received the
 * `vault:locked` event is gone.
 */
export function loadRenderer(window: BrowserWindow, lockedReason?: LockReason): Promise<void> {
  return window.loadURL(lockedReason ? `${APP_ENTRY_URL}?locked=${lockedReason}` : APP_ENTRY_URL);
}
