/**
 * Worth settling (issue 8): interrupted loads never end the app or open
 * Electron's error dialog; the Windows AppUserModelID is the installer's.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_USER_MODEL_ID, useInstallerAppId } from '../../../electron/main/app-id';
import { keepRunningOnRejections, loadPage } from '../../../electron/main/keep-running';
import { createElectron, loadError } from '../../support/electron';
import { identityWin, windowWorld } from './support/windows';

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('interrupted loads (worth settling)', () => {
  it('a load interrupted by another is normal; any other failure is logged, none is unhandled', async () => {
    const page = new (createElectron().WebContentsView)().webContents;
    const logged: string[] = [];
    loadPage(() => page.loadURL('https://x.com/a').then(() => undefined), 'first', (l) => logged.push(l));
    loadPage(() => page.loadURL('https://x.com/b'), 'second', (l) => logged.push(l));
    page.failLoad(-105, 'ERR_NAME_NOT_RESOLVED');
    loadPage(() => {
      throw new TypeError('Object has been destroyed');
    }, 'third', (l) => logged.push(l));
    await flush();
    expect(logged).toEqual([expect.stringContaining('third could not start'), expect.stringContaining('second failed: ERR_NAME_NOT_RESOLVED (-105)')]);
  });

  it('logs a failed load without the secrets of its address (a sign-in link\u2019s code)', async () => {
    const page = new (createElectron().WebContentsView)().webContents;
    const logged: string[] = [];
    const url = 'https://app.example/callback?code=SECRET&state=abc';
    loadPage(() => page.loadURL(url), url, (l) => logged.push(l));
    page.failLoad(-201, 'ERR_CERT_DATE_INVALID');
    await flush();
    expect(logged).toEqual([expect.stringContaining('https://app.example/callback?code=…&state=…')]);
    expect(logged.join()).not.toContain('SECRET');
  });

  it('switching sites while one still loads rejects nothing unhandled', async () => {
    const w = windowWorld();
    w.windows.openIdentity(w.personal.id);
    const site = identityWin(w, w.personal.id).siteViews()[0]!.webContents;
    site.pageNavigates('https://mastodon.social/explore'); // the first load is interrupted
    w.windows.navigate(w.personal.id, 'home'); // and that one too
    await flush();
    expect(site.loads.map((l) => l.url)).toEqual(['https://mastodon.social/home', 'https://mastodon.social/explore', 'https://mastodon.social/home']);
  });

  it('a rejection nobody handled is logged, never thrown (an aborted load quietly)', () => {
    const proc = new EventEmitter();
    const logged: string[] = [];
    keepRunningOnRejections(proc, (l) => logged.push(l));
    proc.emit('unhandledRejection', loadError(-3, 'ERR_ABORTED', 'https://x.com/'));
    proc.emit('unhandledRejection', new Error('store closed'));
    expect(logged).toEqual([expect.stringContaining('unhandled rejection: Error: store closed')]);
    expect(proc.listenerCount('unhandledRejection')).toBe(1);
  });
});

describe('Windows AppUserModelID (worth settling)', () => {
  it('is the appId electron-builder writes into the installer shortcuts', () => {
    const yml = readFileSync(join(__dirname, '../../../electron-builder.yml'), 'utf8');
    // NSIS stamps appInfo.id on its shortcuts: the top-level appId unless win: overrides it.
    expect(/^appId:\s*(\S+)\s*$/m.exec(yml)?.[1]).toBe(APP_USER_MODEL_ID);
    expect(yml).not.toMatch(/^\s+appId:/m);
    const app = { id: '', setAppUserModelId: (id: string) => void (app.id = id) };
    useInstallerAppId(app, 'linux');
    expect(app.id).toBe('');
    useInstallerAppId(app, 'win32');
    expect(app.id).toBe('app.hatstand.desktop');
  });
});
