import { createDispatcher, type Dispatcher } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { VaultSession, type LockReason } from '../../../electron/main/core/session/vault-session';

/**
 * The real main-process side: the same VaultSession, handler table and dispatcher the app registers
 * on ipcMain, over a real vault directory with the real (standard) KDF profile. Only the transport
 * differs (exposeBinding instead of ipcMain).
 */
export interface MainProcess {
  session: VaultSession;
  dispatcher: Dispatcher;
  /** What the dispatcher logged (unexpected errors); the e2e expects this to stay empty. */
  log: Array<{ message: string; detail: string }>;
  /** Called with the reason each time the session locks. */
  onLocked(listener: (reason: LockReason) => void): void;
}

export function startMainProcess(vaultDir: string): MainProcess {
  const listeners: Array<(reason: LockReason) => void> = [];
  const log: MainProcess['log'] = [];
  // No kdfProfile: this is the app's path, Argon2id calibrated to ~1 s with the 128 MiB floor.
  const session = new VaultSession({
    dir: vaultDir,
    program: 'the Habeas e2e test',
    onLocked: (reason) => {
      for (const listener of listeners) listener(reason);
    },
  });
  const dispatcher = createDispatcher(createHandlers(session), (message, detail) => {
    log.push({ message, detail: detail instanceof Error ? `${detail.name}: ${detail.message}` : String(detail) });
  });
  return { session, dispatcher, log, onLocked: (listener) => listeners.push(listener) };
}
