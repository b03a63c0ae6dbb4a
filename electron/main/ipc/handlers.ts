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
    exhibits: {
      list: async ({ caseId }) => session.exhibits().list(caseId),
      beginAttach: (request) => session.exhibits().beginAttach(request),
      attachPiece: ({ uploadId, bytes }) => session.exhibits().attachPiece(uploadId, bytes),
      finishAttach: ({ uploadId }) => session.exhibits().finishAttach(uploadId),
      cancelAttach: ({ uploadId }) => session.exhibits().cancelAttach(uploadId),
      read: ({ id, offset, length }) => session.exhibits().read(id, offset, length),
      link: ({ id, link }) => session.exhibits().link(id, link),
      unlink: ({ id, link }) => session.exhibits().unlink(id, link),
      verify: ({ id }) => session.exhibits().verify(id),
      recordCustody: ({ id, ...event }) => session.exhibits().recordCustody(id, event),
      export: ({ id, note }) => session.exhibits().export(id, note),
      openExternally: ({ id }) => session.exhibits().openExternally(id),
      remove: ({ id, reason }) => session.exhibits().remove(id, reason),
      purge: ({ id, reason }) => session.exhibits().purge(id, reason),
    },
    reports: {
      dossier: ({ caseId, options }) => session.reports().dossier(caseId, options),
      listReport: ({ options }) => session.reports().listReport(options),
      save: ({ token }) => session.reports().save(token),
      discard: async ({ token }) => session.reports().discard(token),
      cancel: async () => session.reports().cancel(),
      prepare: async () => session.reports().prepare(),
    },
    settings: {
      setAutoLockMinutes: ({ minutes }) => session.setAutoLockMinutes(minutes),
      setProfileName: ({ name }) => session.setProfileName(name),
    },
  };
}
