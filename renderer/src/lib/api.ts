/**
 * The renderer's one door to the main process. Nothing else in renderer/ may touch
 * `window.habeas` (eslint enforces it); components import `api` and `call` from here.
 */
import type { EventName, EventPayload, HabeasApi } from '../../../shared/ipc/contract';
import { ERROR_CODES, type ErrorCode, type IpcResult } from '../../../shared/ipc/errors';

declare global {
  interface Window {
    /** Installed by the preload (contextBridge) in the app, by a shim in e2e and component tests. */
    habeas?: HabeasApi;
  }
}

/** A failed call to main, carrying the contract's error code and main's user-readable message. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const BRIDGE_MISSING = 'Habeas must be opened from the Habeas app; the connection to the vault is missing.';

function bridge(): HabeasApi {
  const habeas = window.habeas;
  if (!habeas) throw new ApiError('INTERNAL', BRIDGE_MISSING);
  return habeas;
}

/** True when the page runs inside the app (the preload installed the bridge). */
export function hasBridge(): boolean {
  return window.habeas !== undefined;
}

/**
 * The typed API. Each namespace is looked up when it is used, so tests (and a reloaded preload)
 * can install `window.habeas` after this module has been loaded.
 */
export const api: HabeasApi = {
  get vault() {
    return bridge().vault;
  },
  get cases() {
    return bridge().cases;
  },
  get listViews() {
    return bridge().listViews;
  },
  get exhibits() {
    return bridge().exhibits;
  },
  get reports() {
    return bridge().reports;
  },
  get settings() {
    return bridge().settings;
  },
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    return bridge().on(event, listener);
  },
};

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

/** Returns the value of a successful result, throws `ApiError` for a failed one. */
export function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiError(isErrorCode(result.code) ? result.code : 'INTERNAL', result.message);
}

/**
 * Awaits a call to main and unwraps it. A broken transport (a rejected promise, which the contract
 * never produces on purpose) also becomes an `ApiError`, so callers handle exactly one error type.
 *
 * @example const cases = await call(() => api.cases.list());
 */
export async function call<T>(invoke: () => Promise<IpcResult<T>>): Promise<T> {
  let result: IpcResult<T>;
  try {
    result = await invoke();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('INTERNAL', 'The app could not reach the vault. Restart Habeas and try again.');
  }
  return unwrap(result);
}
