import { readFile } from 'node:fs/promises';
import type { BrowserContext, Route } from 'playwright-core';
import { contentTypeFor, resolveAppPath, resolveContainedFile } from '../../../electron/main/platform/app-path';
import { APP_ORIGIN as REAL_APP_ORIGIN } from '../../../electron/main/security/app-url';
import { SECURITY_HEADERS } from '../../../electron/main/security/csp';

/**
 * The app's origin in the test. The app serves the renderer from app://habeas, but in plain
 * Chromium a custom scheme has an opaque origin (no IndexedDB, no module scripts), so the test uses
 * an https origin on `.invalid`, a TLD that can never resolve (RFC 2606): if interception ever
 * failed, the request would die instead of reaching a host. URLs are mapped 1:1 onto app://habeas
 * so the app's own path and sender checks run on them.
 */
export const APP_ORIGIN = 'https://habeas.invalid';
export const APP_URL = `${APP_ORIGIN}/index.html`;

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
}

export interface NetworkLog {
  /** Every request the context issued (context.on('request')), in order. */
  requests: RecordedRequest[];
  /** Requests the route handler refused because they were not for the app's origin. */
  blocked: string[];
  /** App-origin requests that were refused (bad path, missing file, wrong method), with status. */
  refused: string[];
  /** WebSockets opened by any page. */
  websockets: string[];
}

export function isTestAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.origin === APP_ORIGIN && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/**
 * `https://habeas.invalid/p?q#h` → `app://habeas/p?q#h`; anything else is returned unchanged, so
 * the app's checks refuse it exactly as they would refuse a foreign URL.
 */
export function toRealAppUrl(url: string): string {
  if (!isTestAppUrl(url)) return url;
  const parsed = new URL(url);
  return `${REAL_APP_ORIGIN}${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** Schemes with no network behind them (the app's webRequest filter allows data: and blob:). */
function isLocalScheme(url: string): boolean {
  return /^(data|blob|about):/i.test(url);
}

/** Requests that went anywhere but the app's origin; the e2e expects none. */
export function foreignRequests(log: NetworkLog): string[] {
  const seen = [...log.requests.map((r) => r.url), ...log.blocked, ...log.websockets];
  return [...new Set(seen.filter((url) => !isTestAppUrl(url) && !isLocalScheme(url)))];
}

/**
 * Plays the app's protocol handler and webRequest filter: serves `rendererDir` at APP_ORIGIN from
 * inside the browser's request pipeline (no server, no socket), with the app's path containment
 * (resolveAppPath + resolveContainedFile), content types and security headers (CSP included), and
 * aborts every other request. One handler for all URLs, so there is no route-order subtlety.
 */
export async function serveAppOrigin(context: BrowserContext, rendererDir: string): Promise<NetworkLog> {
  const log: NetworkLog = { requests: [], blocked: [], refused: [], websockets: [] };
  context.on('request', (request) => {
    log.requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType() });
  });
  context.on('page', (page) => {
    page.on('websocket', (ws) => log.websockets.push(ws.url()));
  });
  await context.route('**/*', async (route: Route) => {
    const request = route.request();
    const url = request.url();
    if (!isTestAppUrl(url)) {
      log.blocked.push(url);
      await route.abort('blockedbyclient');
      return;
    }
    const refuse = async (status: number) => {
      log.refused.push(`${status} ${request.method()} ${url}`);
      await route.fulfill({ status, headers: { ...SECURITY_HEADERS }, body: '' });
    };
    if (request.method() !== 'GET' && request.method() !== 'HEAD') return refuse(405);
    const resolved = resolveAppPath(toRealAppUrl(url));
    if (!resolved.ok) return refuse(resolved.status);
    const file = await resolveContainedFile(rendererDir, resolved.segments);
    if (!file) return refuse(404);
    await route.fulfill({
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) },
      body: request.method() === 'HEAD' ? '' : await readFile(file),
    });
  });
  return log;
}
