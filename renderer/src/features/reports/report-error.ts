import type { TFunction } from 'i18next';
import { errorMessage } from '../../i18n/errors';
import { ApiError } from '../../lib/api';

/**
 * The message for a failed report call. Main's own message is shown where it says exactly what
 * went wrong (the case is gone, another PDF is being made, the disk is full, the file name that
 * could not be written); the shared translated sentence otherwise.
 */
export function reportError(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && ['NOT_FOUND', 'CONFLICT', 'INVALID_INPUT', 'RECORD_DAMAGED', 'UNSUPPORTED_FORMAT', 'CANCELLED'].includes(error.code)) return error.message;
  return errorMessage(t, error);
}
