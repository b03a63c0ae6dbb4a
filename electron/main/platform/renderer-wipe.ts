import type { BrowserWindow, Session } from 'electron';

const STEP_TIMEOUT_MS = 5_000;
const CRASH_WINDOW_MS = 60_000;
const MAX_CRASH_RELOADS = 3;

function withTimeout(promise: Promise<void>, what: string, log: (message: string) => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      log(`lock: ${what} timed out`);
      resolve();
    }, STEP_TIMEOUT_MS);
  });
  return Promise.race([promise.catch(() => log(`lock: ${what} failed`)), timeout]).finally(() => clearTimeout(timer));
}

/**
 * Destroys a window without giving its page a say (no beforeunload) and waits until it is gone,
 * so its renderer process — whose heap holds decrypted case text — exits with it.
 */
export function destroyWindow(window: BrowserWindow, log: (message: string) => void): Promise<void> {
  if (window.isDestroyed()) return Promise.resolve();
  const closed = new Promise<void>((resolve) => window.once('closed', () => resolve()));
  window.destroy();
  return withTimeout(closed, 'closing the old window', log);
}

/** Empties the in-memory partition: IndexedDB (Dexie's working set), localStorage, caches. */
export async function clearRendererSession(ses: Session, log: (message: string) => void): Promise<void> {
  await withTimeout(ses.clearStorageData(), 'clearing renderer storage', log);
  await withTimeout(ses.clearCache(), 'clearing renderer cache', log);
}

/** Reloads a renderer that died on its own, at most 3 times a minute (then the window stays blank). */
export function reloadCrashedRenderer(window: BrowserWindow, log: (message: string) => void): void {
  const contents = window.webContents;
  let recent: number[] = [];
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || contents.isDestroyed()) return;
    const now = Date.now();
    recent = recent.filter((t) => now - t < CRASH_WINDOW_MS);
    if (recent.length >= MAX_CRASH_RELOADS) {
      log(`renderer gone (${details.reason}) again; not reloading`);
      return;
    }
    recent.push(now);
    log(`renderer gone (${details.reason}); reloading`);
    contents.reload();
  });
}
