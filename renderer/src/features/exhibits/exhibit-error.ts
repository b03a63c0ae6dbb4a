import type { TFunction } from 'i18next';
import { errorMessage } from '../../i18n/errors';
import { ApiError } from '../../lib/api';

/**
 * The message for a failed exhibit action. Main's own message is shown for the codes where it says
 * what exactly went wrong (which chunk is damaged, that the file exists, that the case is gone);
 * the shared translated sentence otherwise.
 */
export function exhibitError(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && ['NOT_FOUND', 'CONFLICT', 'INVALID_INPUT', 'RECORD_DAMAGED', 'UNSUPPORTED_FORMAT'].includes(error.code)) return error.message;
  return errorMessage(t, error);
}
