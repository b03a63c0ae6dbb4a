/**
 * Error codes that cross the process boundary. Messages that accompany them are written for the
 * user and never carry paths or stack traces.
 */
export const ERROR_CODES = [
  'FORBIDDEN',
  'INVALID_INPUT',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'HEADER_DAMAGED',
  'RECORD_DAMAGED',
  'KDF_BELOW_FLOOR',
  'VAULT_LOCKED',
  'VAULT_MISSING',
  'VAULT_EXISTS',
  'VAULT_IN_USE',
  'NOT_FOUND',
  'UNSUPPORTED_FORMAT',
  'CONFLICT',
  /** Long work (a report) stopped by the user, or by lock, before it finished. */
  'CANCELLED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure the user can act on. Thrown by core; turned into `{ ok:false, code, message }` at the boundary. */
export class HabeasError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HabeasError';
  }
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; message: string };
