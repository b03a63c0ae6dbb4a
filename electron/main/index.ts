/**
 * Composition root: lifecycle, security policy, the vault session, IPC, the window. Wiring only;
 * every decision lives in a small module next to this file and is tested without Electron.
 */
import { join } from 'node:path';
import { app, Menu, powerMonitor, session, type BrowserWindow, type Rectangle, type WebContents } from 'electron';
import { VaultSession, type LockReason } from './core/session/vault-session';
import { createDispatcher } from './ipc/dispatch';
import { sendEvent } from './ipc/events';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register';
import { handleAppProtocol, registerAppSchemePrivileges } from './platform/app-protocol';
import { electronDesktop } from './platform/desktop';
import { PrivateCopies } from './core/session/private-copies';
import { startAutoLock } from './platform/auto-lock';
import { createLog } from './platform/log';
import { crashDumpsDir, removeDir, userDataOverride, vaultDirFor } from './platform/paths';
import { clearRendererSession, destroyWindow, reloadCrashedRenderer } from './platform/renderer-wipe';
import { CHROMIUM_SWITCHES } from './security/chromium-switches';
import { denyNavigation } from './security/navigation';
import { applySessionPolicy, RENDERER_PARTITION } from './security/session-policy';
import { createTrustedSenders } from './security/trusted-senders';
import { applicationMenu } from './windows/app-menu';
import { createMainWindow, loadRenderer } from './windows/main-window';

const devBuild = !app.isPackaged;
const log = createLog(devBuild);
const pathInputs = { isPackaged: app.isPackaged, env: process.env };
const policy = { allowDevTools: devBuild, log };

let mainWindow: BrowserWindow | null = null;
let vaultSession: VaultSession | null = null;
let stopAutoLock: (() => void) | null = null;
let trustWindow: (contents: WebContents) => void = () => {};
let rendererRestart: Promise<void> = Promise.resolve();
let quitting = false;

/** Everything that must happen before `ready`. Returns false if another instance owns the app. */
function prepare(): boolean {
  const userDataDir = userDataOverride(pathInputs);
  if (userDataDir) app.setPath('userData', userDataDir);
  if (!app.requestSingleInstanceLock()) return false;

  // No crashReporter.start() anywhere, so no upload; dumps, if Chromium writes any, stay in a
  // directory inside the profile that is emptied at every start and quit.
  const dumps = crashDumpsDir(app.getPath('userData'));
  removeDir(dumps);
  app.setPath('crashDumps', dumps);

  app.enableSandbox();
  for (const [name, value] of CHROMIUM_SWITCHES) app.commandLine.appendSwitch(name, value);
  registerAppSchemePrivileges();

  app.on('session-created', (created) => applySessionPolicy(created, policy));
  app.on('web-contents-created', (_event, contents) => denyNavigation(contents, log));
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    quitting = true;
    stopAutoLock?.();
    // Zero the keys and release the vault's writer lock before the process goes.
    if (vaultSession?.isUnlocked) {
      event.preventDefault();
      void vaultSession.lock('user').finally(() => app.quit());
    }
  });
  app.on('will-quit', () => removeDir(dumps));
  return true;
}

function openMainWindow(bounds?: Rectangle): BrowserWindow {
  const window = createMainWindow({ preloadPath: join(__dirname, '../preload/index.js'), devTools: devBuild, bounds });
  mainWindow = window;
  trustWindow(window.webContents);
  reloadCrashedRenderer(window, log);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  return window;
}

function showRenderer(window: BrowserWindow, lockedReason?: LockReason): void {
  loadRenderer(window, lockedReason).catch((error: unknown) => log('could not load the renderer', error));
}

/**
 * After a lock, take every decrypted byte away from the UI: a new window (new webContents, new
 * renderer process) replaces the old one, whose process dies with it, and the in-memory
 * partition is emptied before the new page loads and finds the vault locked. The new window is
 * created first so the app never has zero windows (which would quit it).
 */
async function restartRenderer(reason: LockReason): Promise<void> {
  const old = mainWindow;
  if (!old || old.isDestroyed()) return;
  const maximized = old.isMaximized();
  const next = openMainWindow(old.getBounds());
  await destroyWindow(old, log);
  await clearRendererSession(next.webContents.session, log);
  if (maximized) next.maximize();
  showRenderer(next, reason);
}

/** Called by the vault session after every lock (user, idle or system). */
function onVaultLocked(reason: LockReason): void {
  if (quitting || !mainWindow) return;
  sendEvent(mainWindow.webContents, 'vault:locked', { reason });
  // Next macrotask, so the reply to a `vault:lock` call is on its way before the window goes;
  // chained, so two locks in a row never interleave two restarts.
  rendererRestart = rendererRestart.then(
    () => new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => restartRenderer(reason)),
  ).catch((error: unknown) => log('lock: restarting the renderer failed', error));
}

async function start(): Promise<void> {
  await app.whenReady();
  applySessionPolicy(session.defaultSession, policy);
  // The first use of the partition decides its options: no HTTP cache, even in memory.
  const rendererSession = session.fromPartition(RENDERER_PARTITION, { cache: false });
  applySessionPolicy(rendererSession, policy);
  handleAppProtocol(rendererSession, join(__dirname, '../renderer'), log);
  Menu.setApplicationMenu(applicationMenu(process.platform, devBuild));

  const vault = new VaultSession({
    dir: vaultDirFor(app.getPath('userData'), pathInputs),
    onLocked: onVaultLocked,
    desktop: electronDesktop(() => mainWindow),
    onExhibitProgress: (progress) => sendEvent(mainWindow?.webContents, 'exhibits:progress', progress),
    fontsDir: app.isPackaged ? join(process.resourcesPath, 'fonts') : join(app.getAppPath(), 'build', 'fonts'),
    onReportProgress: (progress) => sendEvent(mainWindow?.webContents, 'reports:progress', progress),
    log,
  });
  // Private copies left by a crash are deleted at start, not only at the next unlock.
  void new PrivateCopies(() => app.getPath('temp'), log).sweepStale();
  vaultSession = vault;
  const senders = createTrustedSenders();
  trustWindow = senders.trust;
  registerIpc(createDispatcher(createHandlers(vault), log), senders.isTrusted, log);
  stopAutoLock = startAutoLock({ powerMonitor, session: vault, log });
  showRenderer(openMainWindow());
}

if (prepare()) {
  start().catch((error: unknown) => {
    log('startup failed', error);
    app.exit(1);
  });
} else {
  app.quit();
}
