import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl } from '../../../electron/main/security/app-url';
import { isAllowedNavigation } from '../../../electron/main/security/navigation';
import { isAllowedRequest } from '../../../electron/main/security/session-policy';

describe('isAppUrl', () => {
  it.each([
    APP_ENTRY_URL,
    `${APP_ORIGIN}/`,
    `${APP_ORIGIN}/assets/index-3f2a.js`,
    `${APP_ORIGIN}/index.html?lang=az#/cases`,
  ])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a suffix host', 'app://habeas.evil.example/index.html'],
    ['a prefix host', 'app://evilhabeas/index.html'],
    ['credentials', 'app://habeas@evil.example/'],
    ['credentials naming us', 'app://user:pass@habeas/'],
    ['a port', 'app://habeas:8080/index.html'],
    ['an upper-case host (Chromium would have lowered it)', 'app://HABEAS/index.html'],
    ['https', 'https://habeas/index.html'],
    ['https with our origin as path', 'https://evil.example/app://habeas/'],
    ['http', 'http://localhost:5173/'],
    ['file', 'file:///index.html'],
    ['file with our name', 'file:///app://habeas/index.html'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['blob of our origin', 'blob:app://habeas/0b1f'],
    ['about:blank', 'about:blank'],
    ['chrome-error', 'chrome-error://chromewebdata/'],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
    ['an opaque app URL', 'app:habeas/index.html'],
    ['a scheme-relative string', '//habeas/index.html'],
    ['a relative path', '/index.html'],
    ['leading whitespace trick', ' app://evil/'],
    ['the empty string', ''],
    ['a very long URL', `${APP_ORIGIN}/${'a'.repeat(5000)}`],
  ])('rejects %s', (_name, url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it.each([[undefined], [null], [42], [{ href: APP_ENTRY_URL }], [new URL(APP_ENTRY_URL)], [[APP_ENTRY_URL]]])(
    'rejects the non-string %j',
    (value) => {
      expect(isAppUrl(value)).toBe(false);
    },
  );
});

describe('isAllowedNavigation', () => {
  it('allows only our own origin', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation('https://example.org/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('app://habeas.evil/')).toBe(false);
  });
});

describe('isAllowedRequest', () => {
  const release = { allowDevTools: false };
  const dev = { allowDevTools: true };

  it.each([APP_ENTRY_URL, `${APP_ORIGIN}/assets/app.css`, 'data:image/png;base64,iVBORw0KGgo=', 'blob:app://habeas/7c0e'])(
    'lets %s through',
    (url) => {
      expect(isAllowedRequest(url, release)).toBe(true);
    },
  );

  it.each([
    'https://fonts.googleapis.com/css2?family=Noto+Sans',
    'http://127.0.0.1:9229/json',
    'ws://localhost:5173/',
    'wss://example.org/',
    'ftp://example.org/',
    'file:///etc/passwd',
    'chrome-extension://abc/index.js',
    'app://evil/index.html',
    'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
    'not a url',
  ])('cancels %s', (url) => {
    expect(isAllowedRequest(url, release)).toBe(false);
    expect(isAllowedRequest(url, dev)).toBe(false);
  });

  it('lets DevTools load its frontend only in unpackaged builds', () => {
    const url = 'devtools://devtools/bundled/inspector.html';
    expect(isAllowedRequest(url, release)).toBe(false);
    expect(isAllowedRequest(url, dev)).toBe(true);
  });
});
