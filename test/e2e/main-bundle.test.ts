/**
 * The built main process (out/main/index.js, exactly what electron-builder packs) booted in Node
 * against a fake `electron` module. No Electron binary can run here, so this is the closest the
 * suite gets to the composition root: it proves the CommonJS bundle loads, wires the security
 * policy before `ready`, serves out/renderer over app:// with containment, registers every IPC
 * channel behind the sender check, derives keys through the bundled Argon2 worker, and on every
 * lock (user, idle, system) replaces the window and empties the renderer's partition.
 *
 * Runs in the e2e project because it needs `npm run build` output.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listChannels } from '../../shared/ipc/contract';

const ROOT = resolve(__dirname, '../..');
const BUNDLE = join(ROOT, 'out', 'main', 'index.js');
const PASSPHRASE = 'bundle smoke passphrase Şəki';

type Listener = (...args: unknown[]) => unknown;

class Emitter {
  private readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.removeListener(event, wrapped);
      return listener(...args);
    };
    return this.on(event, wrapped);
  }
  removeListener(event: string, listener: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(...args);
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** Just enough of Electron for the composition root, recording what it is asked to do. */
function createFakeElectron(base: string) {
  const paths = new Map<string, string>();
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((r) => (resolveReady = r));
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    // Unpackaged, main finds the PDF fonts under <app path>/build/fonts: the checkout.
    getAppPath: () => ROOT,
    getPath: (name: string) => paths.get(name) ?? join(base, `default-${name}`),
    setPath: vi.fn((name: string, value: string) => paths.set(name, value)),
    requestSingleInstanceLock: vi.fn(() => true),
    enableSandbox: vi.fn(),
    commandLine: { appendSwitch: vi.fn() },
    whenReady: () => ready,
    quit: vi.fn(),
    exit: vi.fn(),
  });

  function fakeSession(name: string) {
    return Object.assign(new Emitter(), {
      name,
      protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
      protocol: {
        handle: vi.fn(function (this: void, scheme: string, handler: (request: Request) => Promise<Response>) {
          sessions.get(name)!.protocolHandlers.set(scheme, handler);
        }),
      },
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      setSpellCheckerEnabled: vi.fn(),
      setSpellCheckerDictionaryDownloadURL: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
      clearStorageData: vi.fn(async () => undefined),
      clearCache: vi.fn(async () => undefined),
    });
  }
  type FakeSession = ReturnType<typeof fakeSession>;
  const sessions = new Map<string, FakeSession>();
  const sessionFor = (name: string, options?: unknown) => {
    if (!sessions.has(name)) {
      const created = fakeSession(name);
      sessions.set(name, created);
      partitionOptions.set(name, options);
      app.emit('session-created', created);
    }
    return sessions.get(name)!;
  };
  const partitionOptions = new Map<string, unknown>();

  let nextId = 1;
  const windows: FakeWindow[] = [];
  const fakeContents = (window: { destroyed: boolean }, partition: string) => {
    const contents = Object.assign(new Emitter(), {
      id: nextId++,
      mainFrame: { url: '' },
      session: sessionFor(partition),
      sent: [] as Array<[string, unknown]>,
      send: (channel: string, payload: unknown) => contents.sent.push([channel, payload]),
      isDestroyed: () => window.destroyed,
      setWindowOpenHandler: vi.fn(),
      reload: vi.fn(),
    });
    return contents;
  };
  class FakeWindow extends Emitter {
    readonly options: Record<string, unknown>;
    readonly webContents: ReturnType<typeof fakeContents>;
    destroyed = false;
    loadedUrl: string | null = null;
    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      this.webContents = fakeContents(this, (options.webPreferences as { partition: string }).partition);
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    setContentProtection = vi.fn();
    loadURL = vi.fn(async (url: string) => {
      this.loadedUrl = url;
      this.webContents.mainFrame.url = url;
    });
    isDestroyed = () => this.destroyed;
    destroy = () => {
      this.destroyed = true;
      this.webContents.emit('destroyed');
      this.emit('closed');
    };
    getBounds = () => ({ x: 1, y: 2, width: 1000, height: 700 });
    isMaximized = () => false;
    maximize = vi.fn();
    isMinimized = () => false;
    restore = vi.fn();
    focus = vi.fn();
    show = vi.fn();
  }

  const ipcHandlers = new Map<string, Listener>();
  const electron = {
    app,
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    session: {
      get defaultSession() {
        return sessionFor('');
      },
      fromPartition: vi.fn(sessionFor),
    },
    BrowserWindow: FakeWindow,
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
    powerMonitor: Object.assign(new Emitter(), { idleSeconds: 0, getSystemIdleTime: () => electron.powerMonitor.idleSeconds }),
    ipcMain: {
      handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener),
      removeHandler: (channel: string) => ipcHandlers.delete(channel),
    },
  };
  return { electron, resolveReady, windows, sessions, partitionOptions, ipcHandlers, paths };
}

const bundleBuilt = existsSync(BUNDLE);
if (!bundleBuilt) console.log('skipped: out/main/index.js is missing; run `npm run build` first');

describe.skipIf(!bundleBuilt)('the built main process against a fake electron', () => {
  let base: string;
  let fake: ReturnType<typeof createFakeElectron>;
  const errors: string[] = [];
  const savedEnv = { ...process.env };

  const current = () => fake.windows.at(-1)!;
  const trustedEvent = () => ({ sender: current().webContents, senderFrame: current().webContents.mainFrame });
  async function call(channel: string, payload?: unknown, event: unknown = trustedEvent()) {
    const handler = fake.ipcHandlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return (await handler(event, payload)) as { ok: boolean; value?: unknown; code?: string };
  }
  async function windowCount(n: number, url = 'app://habeas/index.html') {
    await vi.waitFor(() => {
      expect(fake.windows).toHaveLength(n);
      expect(current().loadedUrl).toBe(url);
    }, { timeout: 10_000 });
  }

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'habeas-bundle-'));
    process.env.HABEAS_USER_DATA_DIR = join(base, 'profile');
    process.env.HABEAS_VAULT_DIR = join(base, 'vault');
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
    });
    fake = createFakeElectron(base);
    const require = createRequire(__filename);
    const electronPath = require.resolve('electron', { paths: [ROOT] });
    // Served from the module cache, so the real package (which would try to download) never runs.
    require.cache[electronPath] = { id: electronPath, filename: electronPath, loaded: true, exports: fake.electron } as NodeJS.Module;
    require(BUNDLE);
  });

  afterAll(async () => {
    process.env = savedEnv;
    vi.restoreAllMocks();
    await rm(base, { recursive: true, force: true });
  });

  it('has a preload a sandbox can load: one CommonJS file that requires only electron', () => {
    const preload = readFileSync(join(ROOT, 'out', 'preload', 'index.js'), 'utf8');
    expect([...new Set(preload.match(/require\(["'][^"']+["']\)/g))]).toEqual(['require("electron")']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('applies the policy before ready', () => {
    const { app, protocol } = fake.electron;
    expect(app.setPath).toHaveBeenCalledWith('userData', join(base, 'profile'));
    expect(app.setPath).toHaveBeenCalledWith('crashDumps', join(base, 'profile', 'crash-dumps'));
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.commandLine.appendSwitch).toHaveBeenCalledWith('host-resolver-rules', 'MAP * ~NOTFOUND');
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, bypassCSP: false }) }),
    ]);
    expect(app.count('web-contents-created')).toBe(1);
    expect(app.count('session-created')).toBe(1);
    expect(fake.windows).toHaveLength(0);
  });

  it('on ready: locks down both sessions, serves app://, opens one window', async () => {
    fake.resolveReady();
    await windowCount(1);
    expect(fake.partitionOptions.get('habeas-session')).toEqual({ cache: false });
    for (const ses of fake.sessions.values()) {
      expect(ses.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
      expect(ses.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
      expect(ses.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    }
    const prefs = current().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ partition: 'habeas-session', sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(prefs.preload).toBe(join(ROOT, 'out', 'preload', 'index.js'));
    expect(existsSync(prefs.preload as string)).toBe(true);
    expect(current().webContents.setWindowOpenHandler).toHaveBeenCalled();

    const serve = fake.sessions.get('habeas-session')!.protocolHandlers.get('app')!;
    const index = await serve(new Request('app://habeas/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await index.text()).toContain('<div id="root">');
    for (const outside of ['app://habeas/../main/index.js', 'app://habeas/%2e%2e/preload/index.js', 'app://habeas/..%2fmain%2findex.js']) {
      expect((await serve(new Request(outside))).status, outside).not.toBe(200);
    }
  });

  it('registers every contract channel behind the sender check', async () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(listChannels().map((c) => c.channel).sort());
    const foreign = { sender: { id: 999, mainFrame: { url: 'app://habeas/index.html' } }, senderFrame: { url: 'app://habeas/index.html' } };
    expect(await call('vault:status', undefined, foreign)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const subframe = { sender: current().webContents, senderFrame: { url: 'app://habeas/index.html' } };
    expect(await call('vault:status', undefined, subframe)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('vault:status')).toMatchObject({ ok: true, value: { state: 'missing', autoLockMinutes: 5 } });
  });

  it('creates a vault with the standard KDF through the bundled Argon2 worker', async () => {
    const created = await call('vault:create', { passphrase: PASSPHRASE });
    expect(created).toMatchObject({ ok: true, value: { recoveryKey: expect.any(String) } });
    const added = await call('cases:create', { nameLatin: 'Intiqam Əliyev', nameNative: 'Интигам Алиев', status: 'detained' });
    expect(added).toMatchObject({ ok: true, value: { revision: 1, savedBy: 'Unnamed profile', file: { schemaVersion: 2, status: 'detained' } } });
    const record = added.value as { id: string; revision: number; file: { id: string; person: { names: Array<{ full: string }> } } };
    expect(record.file.id).toBe(record.id);
    expect(record.file.person.names.map((n) => n.full)).toEqual(['Intiqam Əliyev', 'Интигам Алиев']);
    expect(await call('cases:get', { id: record.id })).toEqual({ ok: true, value: record });
    expect(await call('cases:list', { offset: 0, limit: 10 })).toMatchObject({ ok: true, value: { total: 1, items: [{ id: record.id, name: 'Intiqam Əliyev' }] } });
    // The whole document goes back as the editor saves it; a stale base revision is refused.
    expect(await call('settings:setProfileName', { name: 'Leyla' })).toEqual({ ok: true, value: undefined });
    expect(await call('cases:save', { baseRevision: 1, file: { ...record.file, status: 'released' } })).toMatchObject({ ok: true, value: { revision: 2, savedBy: 'Leyla', file: { status: 'released' } } });
    expect(await call('cases:save', { baseRevision: 1, file: record.file })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await call('cases:save', { baseRevision: 2, file: { ...record.file, bogus: true } })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await call('cases:history', { id: record.id })).toMatchObject({ ok: true, value: [{ revision: 1 }, { revision: 2 }] });
    // A dossier through the bundled report worker (out/main/report-worker.js, plain Node, no tsx).
    const dossier = (await call('reports:dossier', { caseId: record.id, options: { audience: 'internal', fixedDate: '2026-11-27T12:00:00Z' } })) as { ok: boolean; value: { bytes: Uint8Array; pages: number } };
    expect(dossier).toMatchObject({ ok: true, value: { pages: expect.any(Number) } });
    expect(Buffer.from(dossier.value.bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(existsSync(join(base, 'vault'))).toBe(true);
  }, 120_000);

  it('on a user lock: tells the old window, replaces it, and empties the partition', async () => {
    const old = current();
    const partition = fake.sessions.get('habeas-session')!;
    expect(await call('vault:lock')).toEqual({ ok: true, value: undefined });
    // Besides the dossier's progress events (made above), the window was told of the lock, once.
    expect(old.webContents.sent.filter(([channel]) => channel !== 'reports:progress')).toEqual([['vault:locked', { reason: 'user' }]]);
    expect(old.webContents.sent.some(([channel]) => channel === 'reports:progress')).toBe(true);
    await windowCount(2, 'app://habeas/index.html?locked=user');
    expect(old.destroyed).toBe(true);
    expect(current().options).toMatchObject({ x: 1, y: 2, width: 1000, height: 700 });
    expect(partition.clearStorageData).toHaveBeenCalledTimes(1);
    expect(partition.clearCache).toHaveBeenCalledTimes(1);
    // The new window is trusted, the old one no longer is.
    expect(await call('vault:status')).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(await call('vault:status', undefined, { sender: old.webContents, senderFrame: old.webContents.mainFrame })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('locks on suspend (reason "system") and replaces the window again', async () => {
    expect(await call('vault:unlock', { passphrase: PASSPHRASE })).toEqual({ ok: true, value: undefined });
    const old = current();
    fake.electron.powerMonitor.emit('suspend');
    await windowCount(3, 'app://habeas/index.html?locked=system');
    expect(old.webContents.sent).toEqual([['vault:locked', { reason: 'system' }]]);
    expect(await call('vault:status')).toMatchObject({ ok: true, value: { state: 'locked' } });
  }, 120_000);

  it('locks before quitting', async () => {
    expect(await call('vault:unlock', { passphrase: PASSPHRASE })).toEqual({ ok: true, value: undefined });
    const preventDefault = vi.fn();
    fake.electron.app.emit('before-quit', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.electron.app.quit).toHaveBeenCalled());
    expect(await call('vault:status')).toMatchObject({ ok: true, value: { state: 'locked' } });
    // While quitting, a lock does not reopen windows.
    expect(fake.windows).toHaveLength(3);
    fake.electron.app.emit('will-quit');
    expect(existsSync(join(base, 'profile', 'crash-dumps'))).toBe(false);
  }, 120_000);

  it('logged nothing but the refusals this test provoked', () => {
    const expected = /^\[habeas\] (ipc: refused vault:status from an untrusted sender|app protocol: refused a request|auto-lock: locking \(system\))/;
    expect(errors.filter((line) => !expected.test(line))).toEqual([]);
    expect(errors.filter((line) => line.includes('ipc: refused'))).toHaveLength(3);
  });
});
