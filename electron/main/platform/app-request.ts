import { readFile } from 'node:fs/promises';
import { SECURITY_HEADERS } from '../security/csp';
import { contentTypeFor, resolveAppPath, resolveContainedFile } from './app-path';

function emptyResponse(status: number): Response {
  return new Response(null, { status, headers: SECURITY_HEADERS });
}

/**
 * Serves files from `rootDir` (the built renderer) for `app://habeas/…`: GET and HEAD only, every
 * path checked by resolveAppPath and then by real-path containment, every response with the CSP
 * and the other security headers. A plain function of a Request, so it is tested in Node.
 */
export function createAppRequestHandler(rootDir: string, log: (message: string) => void = () => {}) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return emptyResponse(405);
    const resolved = resolveAppPath(request.url);
    if (!resolved.ok) {
      log(`app protocol: refused a request (${resolved.reason})`);
      return emptyResponse(resolved.status);
    }
    const file = await resolveContainedFile(rootDir, resolved.segments);
    if (!file) return emptyResponse(404);
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file));
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) } });
  };
}
