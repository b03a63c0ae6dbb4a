import type { BrowserContext, Page } from 'playwright-core';
import { eventContract, listChannels, type EventName } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/errors';
import type { LockReason } from '../../../electron/main/core/session/vault-session';
import { APP_ORIGIN } from './app-origin';
import type { MainProcess } from './main-process';
import { FORBIDDEN_RESULT, isTrustedCaller } from './sender-check';

/** Name of the binding the page calls; stands in for ipcRenderer.invoke. */
export const INVOKE_BINDING = '__habeasInvoke';
/** Non-writable function the init script leaves for main → renderer events (ipcRenderer.on). */
export const EMIT_PROPERTY = '__habeasEmit';

/** What Playwright passes a binding about its caller (the counterpart of IpcMainInvokeEvent). */
type BindingSource = Parameters<Parameters<BrowserContext['exposeBinding']>[1]>[0];

export interface ShimConfig {
  appOrigin: string;
  invokeBinding: string;
  emitProperty: string;
  methods: Array<[namespace: string, method: string]>;
  events: string[];
}

/** One call through the shim, for diagnostics. Inputs are never recorded (they hold passphrases). */
export interface ShimCall {
  channel: string;
  ok: boolean;
  code?: string;
  ms: number;
}

/**
 * The preload's job, done by an init script: build a frozen `window.habeas` with one function per
 * contract channel (each sends exactly one argument) and `on(event, listener)`. Runs before any app
 * script, in the main frame of app-origin documents only (the preload does not run in sub-frames).
 * Serialised into the page, so it must not refer to anything outside its own body.
 */
export function installHabeasApi(config: ShimConfig): void {
  if (window.top !== window.self || location.origin !== config.appOrigin) return;
  type Invoke = (channel: string, input: unknown) => Promise<unknown>;
  type Listener = (payload: unknown) => void;
  const scope = window as unknown as Record<string, unknown>;
  const captured = scope[config.invokeBinding] as Invoke | undefined;
  // The binding's reply arrives through a DevTools evaluation, and Chromium relaxes the page's CSP
  // (eval) for microtasks run inside one. Settle on a fresh task instead, as an IPC reply would, so
  // the app's code after `await habeas…` runs under its real CSP.
  const onFreshTask = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 0));
  // Replies come as JSON text (see HabeasShim.install): one string crosses DevTools much faster than
  // a large object, and the values are the same (the contract carries JSON-compatible data only).
  // Bytes (exhibit uploads and reads) cross as {$bytes: base64}: Electron's IPC carries a
  // Uint8Array as it is, this JSON transport cannot.
  const toBase64 = (bytes: Uint8Array) => {
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  };
  const encodeInput = (input: unknown): unknown => {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
    return Object.fromEntries(Object.entries(input).map(([key, value]) => [key, value instanceof Uint8Array ? { $bytes: toBase64(value) } : value]));
  };
  const reviveBytes = (_key: string, value: unknown) => {
    if (value !== null && typeof value === 'object' && typeof (value as { $bytes?: unknown }).$bytes === 'string') {
      return Uint8Array.from(atob((value as { $bytes: string }).$bytes), (c) => c.charCodeAt(0));
    }
    return value;
  };
  const invoke: Invoke = (channel, input) =>
    (captured ?? (scope[config.invokeBinding] as Invoke))(channel, encodeInput(input)).then(
      (reply) => onFreshTask(typeof reply === 'string' ? (JSON.parse(reply, reviveBytes) as unknown) : reply),
      (error: unknown) => onFreshTask(null).then(() => Promise.reject(error)),
    );
  const listeners = new Map<string, Set<Listener>>();
  const api: Record<string, unknown> = {};
  for (const [namespace, method] of config.methods) {
    const target = (api[namespace] ??= {}) as Record<string, unknown>;
    const channel = `${namespace}:${method}`;
    target[method] = (...args: unknown[]) => invoke(channel, args[0]);
  }
  for (const namespace of Object.keys(api)) Object.freeze(api[namespace]);
  api.on = (event: string, listener: Listener) => {
    if (!config.events.includes(event)) throw new TypeError(`Unknown Habeas event: ${String(event)}`);
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  };
  Object.defineProperty(window, 'habeas', { value: Object.freeze(api), enumerable: true, configurable: false, writable: false });
  Object.defineProperty(window, config.emitProperty, {
    enumerable: false,
    configurable: false,
    writable: false,
    // Called through page.evaluate; listeners run on a fresh task for the same CSP reason as above.
    value: (event: string, payload: unknown) => {
      setTimeout(() => {
        for (const listener of [...(listeners.get(event) ?? [])]) {
          try {
            listener(payload);
          } catch (error) {
            console.error(error);
          }
        }
      }, 0);
    },
  });
}

/** `{$bytes: base64}` fields of an input (see installHabeasApi) back to bytes, as ipcMain would see them. */
function decodeBytes(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  return Object.fromEntries(
    Object.entries(input).map(([key, value]) => {
      const encoded = value !== null && typeof value === 'object' ? (value as { $bytes?: unknown }).$bytes : undefined;
      return [key, typeof encoded === 'string' ? new Uint8Array(Buffer.from(encoded, 'base64')) : value];
    }),
  );
}

/**
 * A reply as JSON text, bytes anywhere in it (exhibits:read's value, a report's `bytes`) as
 * {$bytes: base64}, the form the page revives. The replacer looks at the original value: a Buffer's
 * own toJSON would already have turned it into {type, data}.
 */
function replyAsJson(result: IpcResult<unknown>): string {
  return JSON.stringify(result, function (this: Record<string, unknown>, key: string, value: unknown) {
    const original = this[key];
    return original instanceof Uint8Array ? { $bytes: Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString('base64') } : value;
  });
}

export function shimConfig(): ShimConfig {
  return {
    appOrigin: APP_ORIGIN,
    invokeBinding: INVOKE_BINDING,
    emitProperty: EMIT_PROPERTY,
    methods: listChannels().map((c) => [c.namespace, c.method]),
    events: Object.keys(eventContract),
  };
}

/**
 * Node side of the shim: the binding that plays ipcMain (sender check → real dispatcher), and the
 * lock behaviour of the app's main process (send 'vault:locked', then reload the renderer so no case
 * data stays in its memory).
 */
export class HabeasShim {
  readonly calls: ShimCall[] = [];
  readonly forbidden: Array<{ channel: string; frameUrl: string }> = [];
  readonly locks: LockReason[] = [];
  private appPage: Page | null = null;
  private lockWork: Promise<void> = Promise.resolve();
  private lockErrors: unknown[] = [];
  private readonly gates = new Map<string, { arrived: () => void; released: Promise<void> }>();

  constructor(private readonly main: MainProcess) {
    main.onExhibitProgress((progress) => {
      this.emit('exhibits:progress', progress).catch(() => {});
    });
    main.onReportProgress((progress) => {
      this.emit('reports:progress', progress).catch(() => {});
    });
    main.onLocked((reason) => {
      this.locks.push(reason);
      this.lockWork = this.lockWork
        .then(() => this.afterLock(reason))
        .catch((error: unknown) => {
          this.lockErrors.push(error);
        });
    });
  }

  async install(context: BrowserContext): Promise<void> {
    // The reply travels as JSON text: Playwright serialises a returned object node by node, which
    // makes the 10,000-case list (100 MB of summaries) take seconds per page; a string is one value.
    // Electron's IPC (structured clone) has no such cost, so this keeps the harness from dominating
    // the UI bench.
    await context.exposeBinding(INVOKE_BINDING, async (source: BindingSource, channel: unknown, input: unknown) => replyAsJson(await this.handle(source, channel, decodeBytes(input))));
    await context.addInitScript(installHabeasApi, shimConfig());
  }

  /** The window whose main frame may call in (the app's BrowserWindow). */
  attach(page: Page): void {
    this.appPage = page;
  }

  /** Waits until every lock's event and reload have finished. */
  async settled(): Promise<void> {
    let current: Promise<void>;
    do {
      current = this.lockWork;
      await current;
    } while (current !== this.lockWork);
    if (this.lockErrors.length) throw new Error(`handling a vault lock failed: ${this.lockErrors.map(String).join('; ')}`);
  }

  /**
   * Holds the next call on `channel` before it reaches the handlers, so the test can photograph
   * the UI while that call is in flight (the KDF progress screens) without racing the KDF.
   * `reached` settles when the call arrives; `release()` lets it through.
   */
  hold(channel: string): { reached: Promise<void>; release: () => void } {
    let arrived!: () => void;
    let release!: () => void;
    const reached = new Promise<void>((resolve) => (arrived = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.gates.set(channel, { arrived, released });
    return { reached, release };
  }

  async emit<E extends EventName>(event: E, payload: unknown): Promise<void> {
    const page = this.appPage;
    if (!page || page.isClosed()) return;
    const checked = eventContract[event].parse(payload);
    await page.evaluate(([prop, name, data]) => {
      const emit = (window as unknown as Record<string, unknown>)[prop];
      if (typeof emit === 'function') emit(name, data);
    }, [EMIT_PROPERTY, event, checked] as const);
  }

  private async handle(source: BindingSource, channel: unknown, input: unknown): Promise<IpcResult<unknown>> {
    const frameUrl = source.frame?.url() ?? '';
    const trusted = isTrustedCaller({ page: source.page, frame: source.frame, mainFrame: source.page?.mainFrame(), frameUrl }, this.appPage);
    const name = typeof channel === 'string' ? channel : String(channel);
    if (!trusted || typeof channel !== 'string') {
      this.forbidden.push({ channel: name, frameUrl });
      return { ...FORBIDDEN_RESULT };
    }
    const gate = this.gates.get(channel);
    if (gate) {
      this.gates.delete(channel);
      gate.arrived();
      await gate.released;
    }
    const started = performance.now();
    const result = await this.main.dispatcher.dispatch(channel, input);
    this.calls.push({ channel, ok: result.ok, ...(result.ok ? {} : { code: result.code }), ms: Math.round(performance.now() - started) });
    return result;
  }

  /**
   * The app's onVaultLocked + wipeRenderer (electron/main/index.ts, platform/renderer-wipe.ts):
   * send 'vault:locked'; on the next macrotask take the document down (the app kills the renderer
   * process; Playwright cannot keep using a crashed page, so the page goes to about:blank, which
   * unloads the app and closes its IndexedDB connections), clear the partition's storage
   * (IndexedDB, localStorage, caches), and load the app again, where it finds the vault locked.
   */
  private async afterLock(reason: LockReason): Promise<void> {
    const page = this.appPage;
    if (!page || page.isClosed()) return;
    const url = page.url();
    // The page may already be navigating away; the wipe below is what matters.
    await this.emit('vault:locked', { reason }).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    await page.goto('about:blank');
    const cdp = await page.context().newCDPSession(page);
    try {
      await cdp.send('Storage.clearDataForOrigin', { origin: APP_ORIGIN, storageTypes: 'all' });
    } finally {
      await cdp.detach().catch(() => {});
    }
    await page.goto(url, { waitUntil: 'load' });
  }
}
