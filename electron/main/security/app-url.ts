/**
 * The app's own origin. The renderer is served from `app://habeas/…` by our protocol handler and
 * nothing else is ever loaded, so "is this our page?" is one strict comparison of parsed URLs —
 * never a substring or prefix test (`app://habeas.evil/`, `app://habeas@evil/` must not pass).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'habeas';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Longest URL we are willing to parse; real app URLs are well under 200 characters. */
const MAX_URL_LENGTH = 2048;

/** Parses `url` if it is a string of sane length; `null` for anything else. */
export function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for `app://habeas/<path>` with no credentials and no port. */
export function isAppUrl(url: unknown): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}
