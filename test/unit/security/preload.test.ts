/**
 * The preload with a fake `electron`: window.habeas is exactly the contract (one function per
 * channel plus on()), frozen, forwards one argument to the matching channel, and hands listeners
 * the payload only — never ipcRenderer, never the IPC event.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { listChannels } from '../../../shared/ipc/contract';

type Listener = (...args: unknown[]) => void;

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'reply' })),
  listeners: new Map<string, Listener[]>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => fake.exposed.set(key, value) },
  ipcRenderer: {
    invoke: fake.invoke,
    on: (channel: string, listener: Listener) => fake.listeners.set(channel, [...(fake.listeners.get(channel) ?? []), listener]),
    removeListener: (channel: string, listener: Listener) =>
      fake.listeners.set(channel, (fake.listeners.get(channel) ?? []).filter((l) => l !== listener)),
  },
}));

type Api = Record<string, unknown> & { on: (event: string, listener: Listener) => () => void };
let api: Api;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  api = fake.exposed.get('habeas') as Api;
});

describe('window.habeas', () => {
  it('is the only thing exposed, and holds exactly the contract namespaces plus on()', () => {
    expect([...fake.exposed.keys()]).toEqual(['habeas']);
    const namespaces = [...new Set(listChannels().map((c) => c.namespace))];
    expect(Object.keys(api).sort()).toEqual([...namespaces, 'on'].sort());
    for (const { namespace, method } of listChannels()) {
      expect(typeof (api[namespace] as Record<string, unknown>)[method]).toBe('function');
    }
    for (const namespace of namespaces) {
      expect(Object.keys(api[namespace] as object).sort()).toEqual(
        listChannels()
          .filter((c) => c.namespace === namespace)
          .map((c) => c.method)
          .sort(),
      );
    }
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(api)).toBe(true);
    for (const value of Object.values(api)) if (typeof value === 'object') expect(Object.isFrozen(value)).toBe(true);
  });

  it('never exposes ipcRenderer or a generic invoke', () => {
    const text = JSON.stringify(Object.keys(api)) + JSON.stringify(Object.values(api).map((v) => (typeof v === 'object' ? Object.keys(v as object) : v)));
    expect(text).not.toMatch(/ipcRenderer|invoke|send|channel/);
  });

  it.each(listChannels().map((c) => [c.channel, c.namespace, c.method]))('%s forwards one argument to its own channel', async (channel, namespace, method) => {
    fake.invoke.mockClear();
    const fn = (api[namespace] as Record<string, (...args: unknown[]) => Promise<unknown>>)[method]!;
    await expect(fn({ a: 1 }, 'extra', 'args')).resolves.toEqual({ ok: true, value: 'reply' });
    expect(fake.invoke).toHaveBeenCalledWith(channel, { a: 1 });
  });
});

describe('on()', () => {
  it('passes the payload only, drops payloads that break the contract, and unsubscribes', () => {
    const received: unknown[][] = [];
    const off = api.on('vault:locked', (...args) => received.push(args));
    const [registered] = fake.listeners.get('vault:locked') ?? [];
    expect(registered).toBeDefined();
    registered!({ sender: 'the IPC event must not leak' }, { reason: 'idle' });
    registered!({ sender: 'x' }, { reason: 'not a reason' });
    registered!({ sender: 'x' }, undefined);
    expect(received).toEqual([[{ reason: 'idle' }]]);
    off();
    expect(fake.listeners.get('vault:locked')).toEqual([]);
  });

  it('refuses events outside the contract and non-function listeners', () => {
    expect(() => api.on('vault:unlocked', () => {})).toThrow();
    expect(() => api.on('__proto__', () => {})).toThrow();
    expect(() => api.on('toString', () => {})).toThrow();
    expect(() => api.on('vault:locked', 'alert(1)' as unknown as Listener)).toThrow();
    expect(fake.listeners.has('vault:unlocked')).toBe(false);
  });
});
