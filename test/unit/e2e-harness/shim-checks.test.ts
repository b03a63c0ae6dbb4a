import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, foreignRequests, isTestAppUrl, toRealAppUrl, type NetworkLog } from '../../e2e/harness/app-origin';
import { cspFromHtml, cspWeaknesses } from '../../e2e/harness/renderer-files';
import { isTrustedCaller } from '../../e2e/harness/sender-check';

// The e2e's stand-ins for ipcMain's sender check and the app:// origin; if these were lax, the
// e2e would pass calls the app refuses.
describe('shim sender check (the app’s isTrustedSender behind exposeBinding)', () => {
  const appPage = { name: 'app page' };
  const otherPage = { name: 'other page' };
  const mainFrame = { name: 'main frame' };
  const subFrame = { name: 'sub frame' };
  const call = (over: Partial<Parameters<typeof isTrustedCaller>[0]>) =>
    isTrustedCaller({ page: appPage, frame: mainFrame, mainFrame, frameUrl: `${APP_ORIGIN}/index.html`, ...over }, appPage);

  it('trusts the app page’s main frame on the app origin', () => {
    expect(call({})).toBe(true);
    expect(call({ frameUrl: `${APP_ORIGIN}/index.html?x=1#/cases` })).toBe(true);
  });

  it.each([
    ['a sub-frame of the app page', { frame: subFrame }],
    ['another page', { page: otherPage }],
    ['no page', { page: null }],
    ['no frame (navigated away)', { frame: null }],
    ['about:blank', { frameUrl: 'about:blank' }],
    ['a data: document', { frameUrl: 'data:text/html,hi' }],
    ['a foreign origin', { frameUrl: 'https://evil.example/index.html' }],
    ['a look-alike host', { frameUrl: 'https://habeas.invalid.evil.example/' }],
    ['credentials in the URL', { frameUrl: 'https://user@habeas.invalid/index.html' }],
    ['another port', { frameUrl: 'https://habeas.invalid:8443/index.html' }],
    ['http instead of https', { frameUrl: 'http://habeas.invalid/index.html' }],
    ['a real app:// URL (never what the test page shows)', { frameUrl: 'app://habeas/index.html' }],
    ['garbage', { frameUrl: 'not a url' }],
  ])('refuses %s', (_what, over) => {
    expect(call(over)).toBe(false);
  });

  it('refuses everything before a page is attached', () => {
    expect(isTrustedCaller({ page: appPage, frame: mainFrame, mainFrame, frameUrl: `${APP_ORIGIN}/` }, null)).toBe(false);
  });
});

describe('test origin ↔ app://habeas mapping', () => {
  it('maps only exact app-origin URLs', () => {
    expect(toRealAppUrl(`${APP_ORIGIN}/assets/a.js?v=1#x`)).toBe('app://habeas/assets/a.js?v=1#x');
    expect(toRealAppUrl('https://habeas.invalid.evil.example/a.js')).toBe('https://habeas.invalid.evil.example/a.js');
    expect(toRealAppUrl('https://u:p@habeas.invalid/a.js')).toBe('https://u:p@habeas.invalid/a.js');
    expect(isTestAppUrl('https://habeas.invalid:444/')).toBe(false);
  });

  it('counts every non-local request outside the app origin as foreign', () => {
    const log: NetworkLog = {
      requests: [
        { url: `${APP_ORIGIN}/index.html`, method: 'GET', resourceType: 'document' },
        { url: 'data:image/png;base64,AAAA', method: 'GET', resourceType: 'image' },
        { url: 'https://fonts.example/x.woff2', method: 'GET', resourceType: 'font' },
      ],
      blocked: ['https://fonts.example/x.woff2', 'http://127.0.0.1:9/'],
      refused: [],
      websockets: ['wss://evil.example/'],
    };
    expect(foreignRequests(log)).toEqual(['https://fonts.example/x.woff2', 'http://127.0.0.1:9/', 'wss://evil.example/']);
  });
});

describe('CSP helpers', () => {
  it('reads the policy from a meta tag in any attribute order and with entities', () => {
    expect(cspFromHtml(`<meta charset="utf-8"><meta content="default-src 'none'; script-src &#39;self&#39;" http-equiv="Content-Security-Policy">`)).toBe(
      "default-src 'none'; script-src 'self'",
    );
    expect(cspFromHtml('<meta name="viewport" content="width=device-width">')).toBeNull();
  });

  it('flags policies weaker than the app’s', () => {
    expect(cspWeaknesses("default-src 'none'; script-src 'self'")).toEqual([]);
    expect(cspWeaknesses("default-src 'self'; script-src 'self' 'unsafe-eval'")).toEqual(["script-src allows 'unsafe-eval'"]);
    expect(cspWeaknesses("default-src *")).toEqual(['script-src allows *', 'default-src allows remote origins']);
    expect(cspWeaknesses("script-src 'self' 'unsafe-inline'")).toEqual(["script-src allows 'unsafe-inline'", 'no default-src']);
  });
});
