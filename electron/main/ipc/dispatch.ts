import { listChannels, type Handlers } from '../../../shared/ipc/contract';
import { HabeasError, type IpcResult } from '../../../shared/ipc/errors';

type AnyHandler = (input: unknown) => Promise<unknown>;


const MAX_ISSUES_SHOWN = 10;
const MAX_MESSAGE_CHARS = 2000;
export interface Dispatcher {
  channels: readonly string[];
  /** Parse the untrusted input, run the handler, and turn any failure into a safe envelope. */
  dispatch(channel: string, raw: unknown): Promise<IpcResult<unknown>>;
}

/**
 * Transport-independent half of IPC: used by ipcMain registration in the app and by the
 * exposeBinding shim in the Chromium e2e, so both run exactly the same checks and handlers.
 */
export function createDispatcher(handlers: Handlers, log: (message: string, detail?: unknown) => void = () => {}): Dispatcher {
  const table = new Map<string, { parse: (raw: unknown) => ReturnType<ReturnType<typeof listChannels>[number]['input']['safeParse']>; run: AnyHandler }>();
  for (const spec of listChannels()) {
    const impl = (handlers as unknown as Record<string, Record<string, AnyHandler | undefined>>)[spec.namespace]?.[spec.method];
    if (!impl) throw new Error(`No handler for ${spec.channel}`);
    table.set(spec.channel, { parse: (raw) => spec.input.safeParse(raw), run: impl });
  }
  return {
    channels: [...table.keys()],
    async dispatch(channel, raw) {
      const entry = table.get(channel);
      if (!entry) return { ok: false, code: 'INVALID_INPUT', message: 'Unknown request.' };
      const parsed = entry.parse(raw);
      if (!parsed.success) {
        // A few problems are enough to act on; a whole document's worth would bury them.
        const issues = parsed.error.issues;
        const shown = issues.slice(0, MAX_ISSUES_SHOWN).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
        const more = issues.length > MAX_ISSUES_SHOWN ? [`…and ${issues.length - MAX_ISSUES_SHOWN} more`] : [];
        const message = [...shown, ...more].join('; ').slice(0, MAX_MESSAGE_CHARS);
        return { ok: false, code: 'INVALID_INPUT', message };
      }
      try {
        return { ok: true, value: await entry.run(parsed.data) };
      } catch (error) {
        if (error instanceof HabeasError) return { ok: false, code: error.code, message: error.message };
        // Unexpected errors may carry paths or stack traces: log them here, send a generic message.
        log(`ipc: ${channel} failed`, error);
        return { ok: false, code: 'INTERNAL', message: 'Something went wrong inside Habeas. Your saved data is unaffected; try again.' };
      }
    },
  };
}
