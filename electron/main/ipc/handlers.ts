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
      list: async ({ offset, limit }) => session.listCases(offset, limit),
      texts: async ({ offset, limit }) => session.caseTexts(offset, limit),
      get: async ({ id }) => session.getCase(id),
      create: (draft) => session.createCase(draft),
      save: ({ baseRevision, file }) => session.saveCase(file, baseRevision),
      history: async ({ id }) => session.caseHistory(id),
    },
    listViews: {
      list: async () => session.listViews(),
      save: ({ name, state }) => session.saveListView(name, state),
      delete: ({ id }) => session.deleteListView(id),
    },
    settings: {
      setAutoLockMinutes: ({ minutes }) => session.setAutoLockMinutes(minutes),
      setProfileName: ({ name }) => session.setProfileName(name),
    },
  };
}
