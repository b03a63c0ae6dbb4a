/**
 * Path containment of the app:// protocol: an adversarial table against the pure resolver, then
 * the real handler over a real directory with a secret next to it and symlinks pointing out.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, MAX_APP_PATH_LENGTH, resolveAppPath } from '../../../electron/main/platform/app-path';
import { createAppRequestHandler } from '../../../electron/main/platform/app-request';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/csp';

const O = 'app://habeas';

/** Raw request paths as an attacker would type them; each must be refused. */
const TRAVERSALS: Array<[string, string]> = [
  ['dot-dot', `${O}/../secret.txt`],
  ['dot-dot deep', `${O}/assets/../../secret.txt`],
  ['encoded dot-dot', `${O}/%2e%2e/secret.txt`],
  ['upper-case encoded dot-dot', `${O}/%2E%2E/secret.txt`],
  ['half-encoded dot-dot', `${O}/.%2e/secret.txt`],
  ['encoded slash', `${O}/..%2fsecret.txt`],
  ['encoded dot-dot-slash', `${O}/%2e%2e%2fsecret.txt`],
  ['encoded slash inside a name', `${O}/assets%2f..%2f..%2fsecret.txt`],
  ['double-encoded dot-dot', `${O}/%252e%252e/secret.txt`],
  ['backslash', `${O}/..\\secret.txt`],
  ['encoded backslash', `${O}/..%5csecret.txt`],
  ['encoded backslash traversal', `${O}/%5c..%5c..%5csecret.txt`],
  ['absolute path', `${O}//etc/passwd`],
  ['encoded absolute path', `${O}/%2fetc%2fpasswd`],
  ['windows drive', `${O}/C:/Windows/win.ini`],
  ['encoded windows drive', `${O}/C%3a%5cWindows%5cwin.ini`],
  ['UNC path', `${O}/%5c%5cserver%5cshare`],
  ['NTFS stream', `${O}/index.html::$DATA`],
  ['null byte', `${O}/index.html%00.png`],
  ['null byte before traversal', `${O}/%00/../secret.txt`],
  ['control character', `${O}/index%0a.html`],
  ['DEL character', `${O}/index%7f.html`],
  ['malformed escape', `${O}/%E0%A4%A`],
  ['lone surrogate escape', `${O}/%ED%A0%80`],
  ['very long path', `${O}/${'a/'.repeat(MAX_APP_PATH_LENGTH)}index.html`],
  ['very long name', `${O}/${'a'.repeat(MAX_APP_PATH_LENGTH + 1)}`],
  ['dot segment', `${O}/./index.html/.`],
  ['hidden file', `${O}/.env`],
  ['hidden directory', `${O}/.git/config`],
  ['trailing dot', `${O}/index.html.`],
  ['trailing space', `${O}/index.html%20`],
  ['Windows device', `${O}/CON`],
  ['Windows device with extension', `${O}/assets/nul.js`],
  ['empty segment', `${O}/assets//index.js`],
  ['another host', 'app://evil/index.html'],
  ['credentials', 'app://x@habeas/index.html'],
  ['a port', 'app://habeas:1/index.html'],
  ['another scheme', 'file:///index.html'],
  ['not a URL', 'index.html'],
];

describe('resolveAppPath', () => {
  it.each(TRAVERSALS)('refuses %s', (_name, url) => {
    const result = resolveAppPath(url);
    // The WHATWG parser resolves some of these (`/../x` → `/x`, `%2e%2e` → `..`) before we see
    // them; what it lets through must be plain names that stay under the root (the real-directory
    // tests below prove nothing outside is ever served).
    if (result.ok) {
      for (const segment of result.segments) {
        expect(segment).not.toMatch(/^\.|[\\/:\0]/);
        expect(segment.length).toBeGreaterThan(0);
      }
      expect(result.segments.join('/')).not.toMatch(/passwd|win\.ini|Windows/);
    } else {
      expect([400, 404]).toContain(result.status);
    }
  });

  it.each([
    [`${O}/`, ['index.html']],
    [`${O}/index.html`, ['index.html']],
    [`${O}/index.html?x=1#/cases/1`, ['index.html']],
    [`${O}/assets/index-B4x9.js`, ['assets', 'index-B4x9.js']],
    [`${O}/assets/`, ['assets', 'index.html']],
    [`${O}/fonts/Noto%20Sans.woff2`, ['fonts', 'Noto Sans.woff2']],
    [`${O}/i18n/az/%C9%99.json`, ['i18n', 'az', 'ə.json']],
  ])('maps %s', (url, segments) => {
    expect(resolveAppPath(url)).toEqual({ ok: true, segments });
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.mjs', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['locales/en.json', 'application/json; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['icon.PNG', 'image/png'],
    ['font.woff2', 'font/woff2'],
    ['mod.wasm', 'application/wasm'],
    ['unknown.bin', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('createAppRequestHandler over a real directory', () => {
  let base: string;
  let root: string;
  let handler: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'habeas-protocol-'));
    root = join(base, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Habeas</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log("habeas")');
    await writeFile(join(base, 'secret.txt'), 'CANARY-outside-root');
    await mkdir(join(base, 'renderer-evil'));
    await writeFile(join(base, 'renderer-evil', 'x.js'), 'CANARY-sibling');
    // Links planted inside the root that point out of it.
    await symlink(join(base, 'secret.txt'), join(root, 'leak.txt'));
    await symlink(base, join(root, 'up'));
    await symlink(join(root, 'index.html'), join(root, 'inside-link.html'));
    handler = createAppRequestHandler(root);
  });

  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

  it('serves index.html with the CSP and the right type', async () => {
    const response = await get(`${O}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Habeas</title>');
  });

  it('serves assets with their MIME type', async () => {
    const response = await get(`${O}/assets/app.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(`${O}/index.html`, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get(`${O}/index.html`, 'POST')).status).toBe(405);
    expect((await get(`${O}/index.html`, 'PUT')).status).toBe(405);
  });

  it.each([...TRAVERSALS.map(([, url]) => url), `${O}/leak.txt`, `${O}/up/secret.txt`, `${O}/up/renderer-evil/x.js`, `${O}/../renderer-evil/x.js`, `${O}/missing.js`, `${O}/assets`])(
    'never serves anything outside the root for %s',
    async (url) => {
      let response: Response;
      try {
        response = await get(url);
      } catch {
        return; // Request() itself refused the URL: nothing reached the handler.
      }
      const body = await response.text();
      expect(body).not.toContain('CANARY');
      expect(response.status).not.toBe(200);
      // Refusals carry the security headers too.
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    },
  );

  it('follows a symlink that stays inside the root', async () => {
    const response = await get(`${O}/inside-link.html`);
    expect(response.status).toBe(200);
  });
});
