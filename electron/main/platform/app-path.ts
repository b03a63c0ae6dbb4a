import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME, parseUrl } from '../security/app-url';

/** Longest path we serve; the renderer's real asset paths are under 100 characters. */
export const MAX_APP_PATH_LENGTH = 512;

export type AppPathResult =
  | { ok: true; segments: string[] }
  | { ok: false; status: 400 | 404; reason: string };

// Device names Windows resolves anywhere in a path (reading `CON` would block on the console).
const WINDOWS_RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

function reject(status: 400 | 404, reason: string): AppPathResult {
  return { ok: false, status, reason };
}

/**
 * Maps an `app://habeas/…` URL to path segments under the renderer directory, or refuses it.
 * Pure: no file system access, so the adversarial tables in test/unit/security run it directly.
 * Checks happen after percent-decoding, so `%2e%2e`, `%2f` and `%5c` cannot smuggle a `..`, a
 * separator or a backslash past them; each segment must be a plain file or directory name.
 */
export function resolveAppPath(url: string): AppPathResult {
  const parsed = parseUrl(url);
  if (!parsed || parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return reject(404, 'not an app URL');
  if (parsed.username || parsed.password || parsed.port) return reject(400, 'unexpected URL parts');
  const rawPath = parsed.pathname;
  if (rawPath.length > MAX_APP_PATH_LENGTH) return reject(400, 'path too long');
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return reject(400, 'malformed percent-encoding');
  }
  if (!decoded.startsWith('/')) return reject(400, 'relative path');
  if (CONTROL_CHARS.test(decoded)) return reject(400, 'control character');
  if (decoded.includes('\\')) return reject(400, 'backslash');
  if (decoded.includes(':')) return reject(400, 'colon');
  // No built asset name contains '%': one after decoding means double encoding.
  if (decoded.includes('%')) return reject(400, 'double encoding');
  const path = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const segments = path.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') return reject(400, 'empty or dot segment');
    if (segment.startsWith('.')) return reject(404, 'hidden file');
    if (segment.endsWith('.') || segment.endsWith(' ')) return reject(400, 'trailing dot or space');
    if (WINDOWS_RESERVED.test(segment)) return reject(400, 'reserved device name');
  }
  return { ok: true, segments };
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/**
 * Resolves segments to a regular file inside `root`, following symlinks and checking the real
 * path again, so a link planted in the renderer directory cannot serve a file from elsewhere.
 * Returns null when there is no such file.
 */
export async function resolveContainedFile(root: string, segments: readonly string[]): Promise<string | null> {
  const candidate = resolve(root, ...segments);
  if (!isInside(resolve(root), candidate)) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!isInside(realRoot, realFile)) return null;
    return (await stat(realFile)).isFile() ? realFile : null;
  } catch {
    return null;
  }
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** MIME type by extension; unknown types are served as opaque bytes (and `nosniff` stops guessing). */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
