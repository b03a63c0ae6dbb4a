import type { Handlers } from '../../../shared/ipc/contract';
import type { VaultSession } from '../core/session/vault-session';

/** Thin adapters from the contract to the session; all logic lives in core/. */
export function createHandlers(session: VaultSession): Handlers {
  return {
    vault: {
      status: () => session.status(),
      create: ({ passphrase }) => session.create(passphrase),
      unlock: ({ passphrase }) => session.unlock(passphrase),
      unlockWithRecoveryKey: ({ recoveryKey, newPassphrase }) => session.unlockWithRecoveryKey(recoveryKey, newPassphrase),
      changePassphrase: ({ current, next }) => session.changePassphrase(current, next),
      lock: () => session.lock('user'),
    },
    cases: {
      list: async () => session.listCases(),
      get: async ({ id }) => session.getCase(id),
      create: (draft) => session.createCase(draft),
      update: ({ id, baseRevision, draft }) => session.updateCase(id, baseRevision, draft),
    },
    settings: {
      setAutoLockMinutes: ({ minutes }) => session.setAutoLockMinutes(minutes),
    },
  };
}
