/**
 * Issue 8, items 4 and 14, and OAuth popup sizes: what happens to an identity
 * window's pages when it closes or its identity goes, and where its site views
 * sit after the OS lays the window out.
 */
import { describe, expect, it, vi } from 'vitest';
import { CHROME, siteViewBounds } from '../../../shared/domain/chrome-layout';
import { partitionFor } from '../../../electron/main/session/partition';
import { nextTask } from '../../support/electron';
import { closeWindow, identityWin, laterTasks, professionalOnX, windowWorld } from './support/windows';

describe('pages of a closed identity window (item 4)', () => {
  it('closing the window closes every page it showed: no audio, sockets or timers keep running', async () => {
    const w = windowWorld();
    w.windows.openIdentity(w.personal.id);
    for (const site of w.personal.sites) w.windows.showSite(w.personal.id, site.id);
    const session = w.e.session.fromPartition(partitionFor(w.personal.id));
    expect(w.e.world.livePagesOf(session)).toHaveLength(3);
    await closeWindow(identityWin(w, w.personal.id));
    expect(w.e.world.livePagesOf(session)).toEqual([]);
  });

  it('reopening an identity shows one live copy of each site, not two', async () => {
    const w = windowWorld();
    w.windows.openIdentity(w.personal.id);
    await closeWindow(identityWin(w, w.personal.id));
    w.windows.openIdentity(w.personal.id);
    const session = w.e.session.fromPartition(partitionFor(w.personal.id));
    expect(w.e.world.livePagesOf(session).map((p) => p.loads.at(-1)!.url)).toEqual([w.personal.sites[0]!.homeUrl]);
  });

  it('removing an identity closes its pages (window and popups) before its storage and cache are cleared', async () => {
    const w = windowWorld();
    w.windows.openIdentity(w.personal.id);
    const site = identityWin(w, w.personal.id).siteViews()[0]!.webContents;
    const popup = site.windowOpen('https://accounts.google.com/o/oauth2/v2/auth?client_id=1', { features: 'width=480,height=640' });
    expect(popup.outcome).toBe('app-window');
    const session = w.e.session.fromPartition(partitionFor(w.personal.id));
    await session.cookies.set({ url: 'https://mastodon.social/', name: 'sid', value: 'kept', expirationDate: 4_000_000_000 });
    await session.cookies.flushStore();
    await w.windows.identityRemoved(w.personal.id);
    expect(session.clears).toEqual([
      { what: 'storage', livePages: [] },
      { what: 'cache', livePages: [] },
      { what: 'all', livePages: [] },
    ]);
    // What a restart would find of it on disk: nothing (the store writes every 30 s unless flushed).
    expect(session.cookies.onDisk()).toEqual([]);
    expect(popup.closed()).toBe(true);
  });

  it('an identity whose storage and cache were cleared is removed even when clearData fails for a data type: its cookies still reach disk cleared', async () => {
    const w = windowWorld();
    w.windows.openIdentity(w.personal.id);
    const session = w.e.session.fromPartition(partitionFor(w.personal.id));
    await session.cookies.set({ url: 'https://mastodon.social/', name: 'sid', value: 'kept', expirationDate: 4_000_000_000 });
    await session.cookies.flushStore();
    session.clearDataFails = ['trustTokens'];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await expect(w.windows.identityRemoved(w.personal.id)).resolves.toBeUndefined();
      expect(session.cookies.onDisk()).toEqual([]);
      expect(errors.mock.calls.map((c) => c.join(' ')).join('\n')).toContain('trustTokens');
    } finally {
      errors.mockRestore();
    }
  });

  it('a closed OAuth popup reports closed to the page that opened it', async () => {
    const w = windowWorld();
    w.windows.openIdentity(w.personal.id);
    const opener = identityWin(w, w.personal.id).siteViews()[0]!.webContents;
    const popup = opener.windowOpen('https://accounts.google.com/o/oauth2/v2/auth?client_id=1', { features: 'width=480,height=640' });
    const popupWin = w.e.world.windows().find((win) => win.siteViews().some((v) => v.webContents === popup.guest))!;
    expect(popupWin).toBeDefined();
    await closeWindow(popupWin);
    expect(popup.closed()).toBe(true);
  });

  it('a popup the site closes (window.close) takes its window with it', async () => {
    const w = windowWorld();
    w.windows.openIdentity(w.personal.id);
    const opener = identityWin(w, w.personal.id).siteViews()[0]!.webContents;
    const popup = opener.windowOpen('https://accounts.google.com/o/oauth2/v2/auth?client_id=1');
    const before = w.e.world.windows().length;
    popup.guest!.close();
    await nextTask(); // (the page is destroyed, and its window asked to close)
    await nextTask(); // (the window closes)
    expect(w.e.world.windows()).toHaveLength(before - 1);
    // Its view no longer has a page (Electron clears it), and nothing of ours trips on that: the popup is forgotten,
    // so a change of the identity's network reaches only live pages.
    expect(w.e.world.uncaughtErrors).toEqual([]);
    expect(() => w.windows.networkChanged(w.personal.id, 'UA/2')).not.toThrow();
    expect(opener.getUserAgent()).toBe('UA/2');
  });

  it('a site page that closes itself leaves its identity window usable, and closable', async () => {
    const w = windowWorld();
    w.windows.openIdentity(w.personal.id);
    const win = identityWin(w, w.personal.id);
    const home = w.personal.sites[0]!;
    win.siteViews()[0]!.webContents.close(); // (window.close() in a page with one history entry)
    await nextTask(); // (destroyed)
    await nextTask(); // (opened again, after Electron's 'destroyed')
    // The site shown opens afresh at its home, in a new view; the empty one is gone.
    expect(win.siteViews()).toHaveLength(1);
    const again = win.siteViews()[0]!.webContents;
    expect(again.loads.at(-1)!.url).toBe(home.homeUrl);
    // Closing itself again at once: left closed (no loop), until the person chooses the site.
    again.close();
    await nextTask();
    await nextTask();
    expect(win.siteViews()).toHaveLength(0);
    // The band is told no page is shown (no address, no history), and Reload opens the site again.
    expect(win.webContents.sent.at(-1)).toMatchObject({ channel: 'chrome:siteState', args: [{ siteId: home.id, url: '', canGoBack: false, loading: false }] });
    w.windows.navigate(w.personal.id, 'reload');
    expect(win.siteViews()).toHaveLength(1);
    expect(win.siteViews()[0]!.webContents.loads.at(-1)!.url).toBe(home.homeUrl);
    expect(() => w.windows.networkChanged(w.personal.id, 'UA/2')).not.toThrow();
    win.blur();
    win.focus();
    await closeWindow(win);
    expect(w.e.world.uncaughtErrors).toEqual([]);
    expect(w.windows.windowOf(w.personal.id)).toBeUndefined();
    w.windows.openIdentity(w.personal.id);
    expect(identityWin(w, w.personal.id) === win).toBe(false);
  });
});

/** Personal's window once its close has passed its site pages: its own page is closing, and it ends a task later. */
async function personalClosing() {
  const w = windowWorld();
  w.windows.openIdentity(w.personal.id);
  const old = identityWin(w, w.personal.id);
  old.close();
  await nextTask(); // (its site page has gone: its own page closes now)
  expect(old.isDestroyed()).toBe(false);
  return { w, old };
}

describe('a window that is closing: close() returned, its \u2018closed\u2019 comes in a later task', () => {
  it('a link routed to its identity then opens in a new window of that identity, not in the one about to vanish', async () => {
    const { w, old } = await personalClosing();
    const link = `${new URL(w.personal.sites[0]!.homeUrl).origin}/@ada`;
    w.windows.openAs(w.personal.id, link); // (a link in Professional's window that belongs to Personal)
    const now = identityWin(w, w.personal.id);
    expect(now === old).toBe(false);
    expect(now.siteViews().map((v) => v.webContents.loads.at(-1)!.url)).toContain(link);
    await laterTasks();
    expect(old.isDestroyed()).toBe(true);
    // The old window's 'closed' leaves the new one in the books, and the person sees the link.
    expect(identityWin(w, w.personal.id)).toBe(now);
    expect(now.isDestroyed()).toBe(false);
    expect(now.isVisible() || now.siteViews().length > 0).toBe(true);
    expect(w.e.world.uncaughtErrors).toEqual([]);
  });

  it('removing its identity then still closes its pages before the storage is cleared', async () => {
    const w = windowWorld();
    w.windows.openIdentity(w.personal.id);
    for (const site of w.personal.sites) w.windows.showSite(w.personal.id, site.id);
    identityWin(w, w.personal.id).close();
    const session = w.e.session.fromPartition(partitionFor(w.personal.id));
    await w.windows.identityRemoved(w.personal.id);
    expect(session.clears).toEqual([
      { what: 'storage', livePages: [] },
      { what: 'cache', livePages: [] },
      { what: 'all', livePages: [] },
    ]);
  });

  it('opening the identity again (launcher, tray, hatstand --identity) gives it a window that stays', async () => {
    const { w, old } = await personalClosing();
    w.windows.openIdentity(w.personal.id);
    await laterTasks();
    const now = identityWin(w, w.personal.id);
    expect(now === old).toBe(false); // (a destroyed window cannot be printed: its properties throw)
    expect(now.isDestroyed()).toBe(false);
    expect(w.events.filter((e) => e.identityId === w.personal.id && e.kind.startsWith('window.')).map((e) => e.kind)).toEqual(['window.opened', 'window.opened', 'window.closed']);
    // Closing the new one is bookkept as its own close.
    await closeWindow(now);
    expect(w.windows.windowOf(w.personal.id)).toBeUndefined();
  });
});

describe('popup size (worth settling)', () => {
  it('gives a sign-in popup the page size it asked for, inside the identity frame', () => {
    const w = windowWorld();
    w.windows.openIdentity(w.personal.id);
    const opener = identityWin(w, w.personal.id).siteViews()[0]!.webContents;
    const popup = opener.windowOpen('https://accounts.google.com/o/oauth2/v2/auth?client_id=1', { features: 'width=480,height=640' });
    const popupWin = w.e.world.windows().find((win) => win.siteViews().some((v) => v.webContents === popup.guest))!;
    const view = popupWin.siteViews()[0]!;
    expect(view.getBounds()).toEqual({ x: CHROME.frame, y: CHROME.titleBand, width: 480, height: 640 });
    expect(popupWin.getContentSize()).toEqual([480 + 2 * CHROME.frame, 640 + CHROME.titleBand + CHROME.statusBar]);
  });
});

describe('layout (item 14)', () => {
  it('follows the content view when the OS lays the window out without a resize event (snap, tiling, display scale)', () => {
    const w = windowWorld();
    w.windows.openIdentity(w.professional.id);
    const win = identityWin(w, w.professional.id);
    win.layoutContent(1600, 1000);
    expect(win.siteViews()[0]!.getBounds()).toEqual(siteViewBounds({ width: 1600, height: 1000 }, { panelOpen: false }));
  });
});

describe('the chrome notice band (issue 8 item 3)', () => {
  it('moves the site view below the notices, so a click on a notice reaches the chrome and not the site', () => {
    const w = windowWorld();
    w.windows.openIdentity(w.professional.id);
    const win = identityWin(w, w.professional.id);
    win.layoutContent(1200, 800);
    // A notice drawn 20 px under the title band, in the site's column.
    const noticeAt = { x: CHROME.frame + CHROME.sidebar + 40, y: CHROME.titleBand + 20 };
    expect(win.webContentsAt(noticeAt.x, noticeAt.y)).toBe(win.siteViews()[0]!.webContents);
    w.windows.setNoticeBand(w.professional.id, 96);
    expect(win.siteViews()[0]!.getBounds()).toEqual(siteViewBounds({ width: 1200, height: 800 }, { noticeBand: 96 }));
    expect(win.webContentsAt(noticeAt.x, noticeAt.y)).toBe(win.webContents);
    // Dismissed notices give the room back.
    w.windows.setNoticeBand(w.professional.id, 0);
    expect(win.webContentsAt(noticeAt.x, noticeAt.y)).toBe(win.siteViews()[0]!.webContents);
  });
});

describe('loading a page again (a network change, a reload past a failure)', () => {
  it('loads the address main asked for while it has not committed, not the page before it', async () => {
    const { w, page } = professionalOnX();
    w.windows.openAs(w.professional.id, 'https://x.com/ada/status/1');
    expect(page.loads.at(-1)!.url).toBe('https://x.com/ada/status/1');
    expect(page.getURL()).toBe('https://x.com/home'); // (still the page shown: Electron's getURL() is the committed one)
    w.windows.networkChanged(w.professional.id, 'UA/2');
    await nextTask();
    expect(page.loads.at(-1)!.url).toBe('https://x.com/ada/status/1');
    // Once it has committed, the page shown is what loads again (the person may have moved on from it).
    page.finishLoad('Ada');
    page.pageNavigates('https://x.com/ada/status/2');
    page.finishLoad('Ada 2');
    w.windows.networkChanged(w.professional.id, 'UA/3');
    await nextTask();
    expect(page.loads.at(-1)!.url).toBe('https://x.com/ada/status/2');
  });

  it('an ad\'s fenced frame that commits or fails meanwhile is not the page\'s load: what main asked for still loads again', async () => {
    // (Electron tells them as a main frame's, did-navigate and did-fail-load: electron_api_web_contents.cc,
    // DidFinishNavigation, IsInMainFrame.)
    const { w, page } = professionalOnX();
    w.windows.openAs(w.professional.id, 'https://x.com/ada/status/1');
    page.fencedFrameNavigates('https://ads.example.net/creative/1');
    page.fencedFrameNavigates('https://ads.example.net/creative/2', { fail: { errorCode: -105, errorDescription: 'ERR_NAME_NOT_RESOLVED' } });
    w.windows.networkChanged(w.professional.id, 'UA/2');
    await nextTask();
    expect(page.loads.at(-1)!.url).toBe('https://x.com/ada/status/1');
  });
});
