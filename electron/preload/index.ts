/**
 * Builds `window.habeas` from the IPC contract and nothing else. Sandboxed, so it is bundled into
 * one CommonJS file with zod inside (electron.vite.config.ts). The renderer gets named, frozen
 * functions: never `ipcRenderer`, never an IPC event object, never a way to pick a channel.
 */
// First import: configures zod before the contract below builds its schemas.
import './zod-jitless';
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventContract, listChannels, type EventName, type EventPayload, type HabeasApi } from '../../shared/ipc/contract';

type Invoke = (input?: unknown) => Promise<unknown>;

function buildInvokers(): Record<string, Readonly<Record<string, Invoke>>> {
  const namespaces: Record<string, Record<string, Invoke>> = {};
  for (const { namespace, method, channel } of listChannels()) {
    const methods = (namespaces[namespace] ??= {});
    // Only the first argument crosses; the contract takes one object (or nothing) per call.
    methods[method] = (input?: unknown) => ipcRenderer.invoke(channel, input);
  }
  return Object.fromEntries(Object.entries(namespaces).map(([name, methods]) => [name, Object.freeze(methods)]));
}

function isEventName(event: unknown): event is EventName {
  return typeof event === 'string' && Object.hasOwn(eventContract, event);
}

/** Subscribes to a main → renderer event; returns the unsubscribe function. */
function on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  if (!isEventName(event)) throw new Error('Unknown event');
  if (typeof listener !== 'function') throw new Error('The listener must be a function');
  const schema = eventContract[event];
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => {
    const parsed = schema.safeParse(payload);
    if (parsed.success) listener(parsed.data as EventPayload<E>);
  };
  ipcRenderer.on(event, wrapped);
  return () => {
    ipcRenderer.removeListener(event, wrapped);
  };
}

// The one cast: HabeasApi is derived from the same contract the invokers were built from.
const api = Object.freeze({ ...buildInvokers(), on }) as unknown as HabeasApi;

contextBridge.exposeInMainWorld('habeas', api);
