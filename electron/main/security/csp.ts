/**
 * Content-Security-Policy sent as a response header on every `app://` document. A header (not
 * only a `<meta>`) because `frame-ancestors` and report-free enforcement before the first byte of
 * HTML only work that way. No `unsafe-inline`, no `unsafe-eval`, no `wasm-unsafe-eval`: the
 * renderer runs no WebAssembly (Argon2 runs in main), and nothing may be fetched from anywhere
 * but our own origin. Trusted Types make any `innerHTML`-style sink throw.
 *
 * Exported so the Chromium e2e can serve the built renderer under exactly this policy.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  // Audio and video exhibits play from object URLs over bytes decrypted into memory (never a file).
  ['media-src', 'blob:'],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
  ['require-trusted-types-for', "'script'"],
  ['trusted-types', "'none'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** Headers sent with every response from the app protocol, documents and assets alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), bluetooth=(), payment=()',
};
