import type { ErrorCode } from '../../shared/ipc/errors';

/** Documented in docs/cli.md; scripts depend on these numbers, so never renumber. */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  wrongPassphrase: 3,
  damaged: 4,
  inUse: 5,
  notFound: 6,
  exists: 7,
} as const;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'WRONG_PASSPHRASE':
    case 'WRONG_RECOVERY_KEY':
      return EXIT.wrongPassphrase;
    case 'HEADER_DAMAGED':
    case 'RECORD_DAMAGED':
    case 'KDF_BELOW_FLOOR':
    case 'UNSUPPORTED_FORMAT':
      return EXIT.damaged;
    case 'VAULT_IN_USE':
      return EXIT.inUse;
    case 'VAULT_MISSING':
    case 'NOT_FOUND':
      return EXIT.notFound;
    case 'VAULT_EXISTS':
      return EXIT.exists;
    case 'INVALID_INPUT':
      return EXIT.usage;
    default:
      return EXIT.failure;
  }
}
