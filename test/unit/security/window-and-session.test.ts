/**
 * The Electron glue with a fake `electron`: the window's webPreferences (every key explicit), the
 * session policy (permissions, devices, downloads, spellchecker, request filter), the navigation
 * guards, and the CSP string.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ windows: [] as Array<{ options: Record<string, unknown>; instance: Record<string, unknown> }> }));

vi.mock('electron', () => ({
  BrowserWindow: vi.fn(function (this: Record<string, unknown>, options: Record<string, unknown>) {
    this.setContentProtection = vi.fn();
    this.once = vi.fn();
    this.loadURL = vi.fn(async () => undefined);
    fake.windows.push({ options, instance: this });
  }),
}));

import { createMainWindow, loadRenderer } from '../../../electron/main/windows/main-window';
import { applySessionPolicy, RENDERER_PARTITION } from '../../../electron/main/security/session-policy';
import { denyNavigation } from '../../../electron/main/security/navigation';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp';
import { APP_ENTRY_URL } from '../../../electron/main/security/app-url';
import type { Session, WebContents } from 'electron';
import { HARDENED_WEB_PREFERENCES } from '../../helpers/hardened-web-preferences';

type Handler = (...args: unknown[]) => unknown;

/** An EventEmitter-shaped fake that records listeners by event name. */
function recorder() {
  const listeners = new Map<string, Handler[]>();
  const on = vi.fn((event: string, listener: Handler) => {
    listeners.set(event, [...(listeners.get(event) ?? []), listener]);
  });
  const emit = (event: string, ...args: unknown[]) => (listeners.get(event) ?? []).map((l) => l(...args));
  return { on, emit, listeners };
}

describe('createMainWindow', () => {
  beforeEach(() => {
    fake.windows.length = 0;
  });

  it('sets every security-relevant webPreference explicitly', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.js', devTools: false });
    const prefs = fake.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      partition: 'habeas-session',
      ...HARDENED_WEB_PREFERENCES,
      enableBlinkFeatures: '',
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      disableDialogs: true,
      devTools: false,
    });
    expect(RENDERER_PARTITION.startsWith('persist:')).toBe(false);
    expect(fake.windows[0]?.instance.setContentProtection).toHaveBeenCalledWith(true);
  });

  it('opens where the window it replaces was', () => {
    createMainWindow({ preloadPath: '/p.js', devTools: false });
    createMainWindow({ preloadPath: '/p.js', devTools: false, bounds: { x: 10, y: 20, width: 900, height: 700 } });
    expect(fake.windows[0]?.options).toMatchObject({ width: 1200, height: 820 });
    expect(fake.windows[0]?.options).not.toHaveProperty('x');
    expect(fake.windows[1]?.options).toMatchObject({ x: 10, y: 20, width: 900, height: 700 });
  });

  it('enables DevTools only when asked (unpackaged builds)', () => {
    createMainWindow({ preloadPath: '/p.js', devTools: true });
    expect((fake.windows[0]?.options.webPreferences as Record<string, unknown>).devTools).toBe(true);
  });

  it('loads the renderer from app://, never file://', async () => {
    const window = createMainWindow({ preloadPath: '/p.js', devTools: false });
    await loadRenderer(window);
    expect(fake.windows[0]?.instance.loadURL).toHaveBeenCalledWith(APP_ENTRY_URL);
    await loadRenderer(window, 'idle');
    expect(fake.windows[0]?.instance.loadURL).toHaveBeenLastCalledWith(`${APP_ENTRY_URL}?locked=idle`);
  });
});

describe('applySessionPolicy', () => {
  function fakeSession() {
    const events = recorder();
    let requestFilter: Handler = () => undefined;
    const ses = {
      on: events.on,
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      setSpellCheckerEnabled: vi.fn(),
      setSpellCheckerDictionaryDownloadURL: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn((listener: Handler) => (requestFilter = listener)) },
    };
    return { ses, events, filter: (url: string) => new Promise((resolve) => requestFilter({ url }, resolve)) };
  }

  it('denies every permission request and check', () => {
    const { ses } = fakeSession();
    applySessionPolicy(ses as unknown as Session, { allowDevTools: false, log: () => {} });
    const request = ses.setPermissionRequestHandler.mock.calls[0]?.[0] as Handler;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'fullscreen']) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = ses.setPermissionCheckHandler.mock.calls[0]?.[0] as Handler;
    expect(check({}, 'clipboard-read', APP_ENTRY_URL, {})).toBe(false);
    const device = ses.setDevicePermissionHandler.mock.calls[0]?.[0] as Handler;
    expect(device({ deviceType: 'usb' })).toBe(false);
  });

  it('refuses device pickers and downloads, and turns the spellchecker off', () => {
    const { ses, events } = fakeSession();
    applySessionPolicy(ses as unknown as Session, { allowDevTools: false, log: () => {} });
    for (const [event, args] of [
      ['select-hid-device', [{}]],
      ['select-usb-device', [{}]],
      ['select-serial-port', [[], {}]],
    ] as const) {
      const preventDefault = vi.fn();
      const callback = vi.fn();
      events.emit(event, { preventDefault }, ...args, callback);
      expect(preventDefault).toHaveBeenCalled();
      expect(callback).toHaveBeenCalledTimes(1);
      expect(callback.mock.calls[0]?.[0] ?? '').toBeFalsy();
    }
    const preventDownload = vi.fn();
    events.emit('will-download', { preventDefault: preventDownload }, {}, {});
    expect(preventDownload).toHaveBeenCalled();
    expect(ses.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('cancels every request that is not for our origin', async () => {
    const { ses, filter } = fakeSession();
    applySessionPolicy(ses as unknown as Session, { allowDevTools: false, log: () => {} });
    expect(await filter(APP_ENTRY_URL)).toEqual({ cancel: false });
    expect(await filter('https://example.org/')).toEqual({ cancel: true });
    expect(await filter('file:///etc/passwd')).toEqual({ cancel: true });
  });

  it('adds its listeners only once per session', () => {
    const { ses } = fakeSession();
    applySessionPolicy(ses as unknown as Session, { allowDevTools: false, log: () => {} });
    applySessionPolicy(ses as unknown as Session, { allowDevTools: false, log: () => {} });
    expect(ses.on).toHaveBeenCalledTimes(4);
    expect(ses.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
  });
});

describe('denyNavigation', () => {
  function fakeContents() {
    const events = recorder();
    let openHandler: Handler = () => undefined;
    const contents = { on: events.on, setWindowOpenHandler: vi.fn((h: Handler) => (openHandler = h)) };
    denyNavigation(contents as unknown as WebContents, () => {});
    return { events, open: () => openHandler({ url: 'https://example.org/' }) };
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: blocks other origins, allows our own', (event) => {
    const { events } = fakeContents();
    const away = vi.fn();
    events.emit(event, { url: 'https://example.org/', preventDefault: away });
    expect(away).toHaveBeenCalled();
    const file = vi.fn();
    events.emit(event, { url: 'file:///etc/passwd', preventDefault: file });
    expect(file).toHaveBeenCalled();
    const home = vi.fn();
    events.emit(event, { url: APP_ENTRY_URL, preventDefault: home });
    expect(home).not.toHaveBeenCalled();
  });

  it('denies window.open and <webview>', () => {
    const { events, open } = fakeContents();
    expect(open()).toEqual({ action: 'deny' });
    const preventDefault = vi.fn();
    events.emit('will-attach-webview', { preventDefault }, {}, {});
    expect(preventDefault).toHaveBeenCalled();
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows no inline script, no eval, no WebAssembly and nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("require-trusted-types-for 'script'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|https?:|\*/);
  });
});
