import type { TFunction } from 'i18next';
import { ApiError } from '../lib/api';

/**
 * The text to show for a failed call: a translated sentence for every error code, with main's own
 * (English, user-readable) message as the detail where it carries specifics the user needs.
 */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    return t(`errors.${error.code}`, { detail: error.message });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return t('errors.INTERNAL', { detail });
}
