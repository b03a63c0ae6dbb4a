import type { Session } from 'electron';
import { isAppUrl, parseUrl } from './app-url';

/**
 * The renderer's session. No `persist:` prefix, so Chromium keeps IndexedDB (Dexie's decrypted
 * working set), localStorage and caches in memory only: nothing readable reaches the profile on
 * disk (design invariant 1).
 */
export const RENDERER_PARTITION = 'habeas-session';

export interface SessionPolicyOptions {
  /** Unpackaged builds only: let the DevTools frontend load its own `devtools://` resources. */
  allowDevTools: boolean;
  log: (message: string) => void;
}

/**
 * Requests that may leave the renderer. Everything else is cancelled before Chromium starts it
 * (design invariant 2). `data:` and `blob:` are in-memory URLs with no network behind them; Vite
 * inlines small assets as `data:` and the CSP already limits where they may be used.
 */
export function isAllowedRequest(url: string, options: Pick<SessionPolicyOptions, 'allowDevTools'>): boolean {
  if (isAppUrl(url)) return true;
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  return options.allowDevTools && parsed.protocol === 'devtools:';
}

const applied = new WeakSet<Session>();

/**
 * Electron checklist items 1 and 5 plus the spellchecker and download leaks (security.md §2.1,
 * §5.6), applied to every session the app creates. Idempotent: listeners are added once.
 */
export function applySessionPolicy(ses: Session, options: SessionPolicyOptions): void {
  if (applied.has(ses)) return;
  applied.add(ses);
  ses.setPermissionRequestHandler((_contents, permission, callback) => {
    options.log(`security: denied permission request "${permission}"`);
    callback(false);
  });
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // Without preventDefault Electron would pick the first device on its own.
  ses.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback(null);
  });
  ses.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  ses.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  // A download would write renderer-chosen bytes to disk outside the vault.
  ses.on('will-download', (event) => {
    event.preventDefault();
    options.log('security: blocked download');
  });
  // Hunspell dictionaries come from a Google CDN by default, and "Add to dictionary" writes words
  // (client names) to a plaintext file in the profile.
  ses.setSpellCheckerEnabled(false);
  ses.setSpellCheckerDictionaryDownloadURL('https://invalid.invalid/');
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, options);
    if (!allowed) options.log(`security: cancelled ${parseUrl(details.url)?.protocol ?? 'malformed'} request`);
    callback({ cancel: !allowed });
  });
}
