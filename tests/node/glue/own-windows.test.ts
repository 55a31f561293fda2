/**
 * Issue 12 on the glue's window classes: every window of ours loads its view
 * from app://hatstand (never file://), the IPC sender check answers those pages
 * and nothing else, and each window is the kind the contract's allow-lists
 * name, a sign-in popup included.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import { registerIpc } from '../../../electron/main/ipc/register-ipc';
import { createRouter, type Handlers } from '../../../electron/main/services/api/router';
import { serveAppScheme } from '../../../electron/main/security/app-protocol';
import { FakeIpcMain, type FakeBrowserWindow, type FakeWebContents } from '../../support/electron';
import { closeWindow, identityWin, laterTasks, windowWorld } from './support/windows';

/** A router whose handlers only record which channel they answered. */
function recordingRouter() {
  const reached: Channel[] = [];
  const handlers = Object.fromEntries(CHANNELS.map((c) => [c, () => void reached.push(c)])) as unknown as Handlers;
  return { reached, router: createRouter(handlers, () => {}) };
}

function ownWindows() {
  const w = windowWorld();
  w.windows.openLauncher();
  w.windows.openLog();
  w.windows.openIdentity(w.professional.id);
  const win = identityWin(w, w.professional.id);
  const x = w.professional.sites.find((s) => s.label === 'X')!;
  w.windows.showSite(w.professional.id, x.id);
  const site = win.siteViews().find((v) => v.getVisible())!.webContents;
  site.finishLoad('Home / X');
  const popup = site.windowOpen('about:blank', { features: 'width=483,height=600' });
  const popupWin = w.e.world.windows().find((candidate) => candidate.siteViews().some((v) => v.webContents === popup.guest))!;
  // Our pages load (getURL() is the committed URL; a page calls IPC only once its document committed).
  for (const win of w.e.world.windows()) if (win.webContents.isLoading()) win.webContents.finishLoad();
  const chromeOf = (view: string): FakeBrowserWindow =>
    w.e.world.windows().find((candidate) => new URL(candidate.webContents.getURL()).searchParams.get('view') === view)!;
  return { w, site, identity: win, popup: popupWin, launcher: chromeOf('launcher'), log: chromeOf('log') };
}

describe('our windows on app://hatstand (issue 12 with the glue window classes)', () => {
  it('loads every window of ours from app://hatstand/index.html with its view, through loadURL', () => {
    const { w, identity, popup, launcher, log } = ownWindows();
    const first = (win: FakeBrowserWindow) => win.webContents.loads[0]!;
    expect(first(launcher)).toEqual({ url: 'app://hatstand/index.html?view=launcher', by: 'app' });
    expect(first(log)).toEqual({ url: 'app://hatstand/index.html?view=log', by: 'app' });
    expect(first(identity)).toEqual({ url: `app://hatstand/index.html?view=identity&identityId=${w.professional.id}`, by: 'app' });
    expect(first(popup)).toEqual({ url: `app://hatstand/index.html?view=popup&identityId=${w.professional.id}`, by: 'app' });
    for (const win of w.e.world.windows()) expect(win.webContents.loads.some((l) => l.url.startsWith('file:')), win.getTitle()).toBe(false);
  });

  it('serves those pages from the default session, where our windows live, and never to a site partition', async () => {
    const { w, identity, site } = ownWindows();
    const root = mkdtempSync(join(tmpdir(), 'hatstand-renderer-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Hatstand</title>');
    serveAppScheme(w.e.protocol, root);
    expect(identity.webContents.session).toBe(w.e.session.defaultSession);
    const page = await identity.webContents.session.protocol.request(identity.webContents.getURL());
    expect(await page.text()).toContain('<title>Hatstand</title>');
    await expect(site.session.protocol.request(identity.webContents.getURL())).rejects.toThrow(/ERR_UNKNOWN_URL_SCHEME/);
  });

  it('answers each window as its kind, and refuses the site views and the popup\u2019s page', async () => {
    const { w, site, identity, popup, launcher, log } = ownWindows();
    const ipcMain = new FakeIpcMain();
    const { reached, router } = recordingRouter();
    registerIpc(ipcMain, router, w.windows);
    const pro = w.professional.id;
    const call = (from: FakeWebContents, channel: Channel, payload: unknown) => ipcMain.invoke(channel, { sender: from }, payload);

    expect(await call(launcher.webContents, 'identities:list', {})).toMatchObject({ ok: true });
    expect(await call(log.webContents, 'activity:getRetention', {})).toMatchObject({ ok: true });
    expect(await call(identity.webContents, 'chrome:setNoticeBand', { identityId: pro, height: 48 })).toMatchObject({ ok: true });
    expect(await call(popup.webContents, 'chrome:context', { identityId: pro })).toMatchObject({ ok: true });
    expect(reached).toEqual(['identities:list', 'activity:getRetention', 'chrome:setNoticeBand', 'chrome:context']);

    // Least privilege: the notice band is the identity window's alone, and a popup answers for no post.
    expect(await call(popup.webContents, 'chrome:setNoticeBand', { identityId: pro, height: 48 })).toMatchObject({ ok: false, error: { code: 'ipc/not-allowed' } });
    expect(await call(launcher.webContents, 'chrome:setNoticeBand', { identityId: pro, height: 48 })).toMatchObject({ ok: false, error: { code: 'ipc/not-allowed' } });
    expect(await call(popup.webContents, 'guard:decide', { identityId: pro, requestId: '1', decision: 'post' })).toMatchObject({ ok: false, error: { code: 'ipc/not-allowed' } });
    expect(await call(identity.webContents, 'identities:list', {})).toMatchObject({ ok: false, error: { code: 'ipc/not-allowed' } });
    // A site view, or the popup's sign-in page, is no window of ours, whatever it claims.
    for (const page of [site, popup.siteViews()[0]!.webContents]) {
      expect(await call(page, 'chrome:context', { identityId: pro })).toMatchObject({ ok: false, error: { code: 'ipc/foreign-sender' } });
    }
    expect(reached).toHaveLength(4);
  });

  it('opens the launcher (or the log) again while the one before is closing: a new one, which stays', async () => {
    const w = windowWorld();
    w.windows.openLauncher();
    const old = w.e.world.windows()[0]!;
    old.close();
    w.windows.openLauncher(); // (the tray's Identities, a second launch, as the launcher closes)
    await laterTasks();
    expect(old.isDestroyed()).toBe(true);
    const launchers = w.e.world.windows().filter((win) => win.webContents.loads.at(-1)?.url.includes('view=launcher'));
    expect(launchers).toHaveLength(1);
    // Its own books too: opening it again focuses this one instead of stacking another.
    w.windows.openLauncher();
    expect(w.e.world.windows().filter((win) => win.webContents.loads.at(-1)?.url.includes('view=launcher'))).toHaveLength(1);
  });

  it('forgets a window\u2019s kind when it closes', async () => {
    const { w, popup } = ownWindows();
    const ipcMain = new FakeIpcMain();
    registerIpc(ipcMain, recordingRouter().router, w.windows);
    const contents = popup.webContents;
    const id = contents.id;
    await closeWindow(popup);
    expect(w.windows.contextOf(id)).toBeUndefined();
    expect(await ipcMain.invoke('chrome:context', { sender: { id }, frameUrl: `app://hatstand/index.html?view=popup&identityId=${w.professional.id}` }, { identityId: w.professional.id })).toMatchObject({
      ok: false,
      error: { code: 'ipc/foreign-sender' },
    });
  });
});
