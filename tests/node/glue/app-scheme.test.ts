import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  appPageUrl,
  createAppProtocolHandler,
  isOwnPage,
  serveAppScheme,
} from '../../../electron/main/security/app-protocol';
import { CHROME_CSP, CHROME_CSP_HEADER } from '../../../electron/main/security/content-security-policy';
import { decideChromeNavigation } from '../../../electron/main/security/navigation-policy';
import { createElectron } from '../../support/electron';

function bundle(): string {
  const root = mkdtempSync(join(tmpdir(), 'hatstand-renderer-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="./assets/index.js"></script>');
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log("chrome")');
  writeFileSync(join(root, 'assets', 'index.css'), 'body{}');
  writeFileSync(join(root, '..', `secret-${root.split('-').pop()}.txt`), 'not for pages');
  return root;
}

describe('our pages come from app://hatstand (checklist item 18)', () => {
  it('registers a standard, secure scheme that does not bypass the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('allowServiceWorkers');
    const electron = createElectron();
    electron.protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
    electron.app.becomeReady();
    expect(() => electron.protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])).toThrow(/before app is ready/);
  });

  it('serves the bundle with the CSP as a header, on the default session only', async () => {
    const root = bundle();
    const electron = createElectron();
    serveAppScheme(electron.protocol, root);
    const page = await electron.session.defaultSession.protocol.request(appPageUrl({ view: 'launcher' }));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CHROME_CSP_HEADER);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('./assets/index.js');
    const script = await electron.session.defaultSession.protocol.request('app://hatstand/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    // A site in an identity partition cannot reach our pages at all.
    const site = electron.session.fromPartition('persist:identity-3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b');
    await expect(site.protocol.request(APP_ENTRY)).rejects.toThrow(/ERR_UNKNOWN_URL_SCHEME/);
  });

  it('is reached at the address Chromium makes of a standard scheme\'s URL (host lower-cased, backslashes and dots resolved)', async () => {
    const electron = createElectron();
    electron.protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
    serveAppScheme(electron.protocol, bundle());
    const protocol = electron.session.defaultSession.protocol;
    expect((await protocol.request('app://HATSTAND/index.html')).status).toBe(200);
    const script = await protocol.request('app://hatstand/assets\\..\\assets\\index.js');
    expect([script.status, script.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect((await protocol.request('app://hatstand/%2e%2e/%2e%2e/index.html')).status).toBe(200); // (a climb above the root stays at the root)
  });

  it.each([
    ['a path that climbs out of the bundle', 'app://hatstand/../secret.txt'],
    ['an encoded climb', 'app://hatstand/%2e%2e/%2e%2e/etc/passwd'],
    ['an encoded slash', 'app://hatstand/assets%2f..%2f..%2fsecret.txt'],
    ['a backslash', 'app://hatstand/assets\\..\\..\\secret.txt'],
    ['a NUL byte', 'app://hatstand/index.html%00.js'],
    ['another host', 'app://evil/index.html'],
    ['a folder', 'app://hatstand/assets/'],
    ['a missing file', 'app://hatstand/nope.js'],
  ])('refuses %s without serving a file', async (_what, url) => {
    const root = bundle();
    const handler = createAppProtocolHandler(root);
    const response = await handler(new Request(url));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain('not for pages');
  });

  it('answers only GET and HEAD', async () => {
    const handler = createAppProtocolHandler(bundle());
    expect((await handler(new Request(APP_ENTRY, { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handler(new Request(APP_ENTRY, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('keeps the page\u2019s meta CSP and the header the same policy', () => {
    const html = readFileSync(resolve(__dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CHROME_CSP);
    expect(CHROME_CSP_HEADER.startsWith(`${CHROME_CSP};`)).toBe(true);
    expect(CHROME_CSP_HEADER).toContain("frame-ancestors 'none'");
  });

  it('recognises our own page on the parsed URL, whatever the query', () => {
    expect(isOwnPage(appPageUrl({ view: 'identity', identityId: 'x' }))).toBe(true);
    for (const url of ['app://hatstand.evil/index.html', 'app://hatstand/index.html.x', 'file:///index.html', 'app://hatstand:1/index.html', 'https://hatstand/index.html']) {
      expect(isOwnPage(url), url).toBe(false);
    }
    expect(decideChromeNavigation(appPageUrl({ view: 'log' }), APP_ENTRY)).toBe('allow');
    expect(decideChromeNavigation('file:///etc/passwd', APP_ENTRY)).toBe('deny');
    expect(APP_SCHEME).toBe('app');
  });
});
