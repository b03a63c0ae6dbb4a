import type { WebContents } from 'electron';
import { isAppUrl } from './app-url';

/** Navigations (link clicks, `location = …`, redirects) may only stay on our own origin. */
export function isAllowedNavigation(url: unknown): boolean {
  return isAppUrl(url);
}

type Log = (message: string) => void;

/**
 * Electron checklist items 11–14 for one webContents: no navigation away from `app://`, no new
 * windows, no `<webview>`. Applied to every webContents the app ever creates (see index.ts,
 * `web-contents-created`), so a future window cannot forget it.
 */
export function denyNavigation(contents: WebContents, log: Log): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) {
      event.preventDefault();
      log('security: blocked navigation');
    }
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) {
      event.preventDefault();
      log('security: blocked frame navigation');
    }
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) {
      event.preventDefault();
      log('security: blocked redirect');
    }
  });
  contents.setWindowOpenHandler(() => {
    log('security: blocked window.open');
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('security: blocked <webview>');
  });
}
