/**
 * Issue 8, item 7 (the menu half): Reload, Back, Forward and zoom act on the
 * active site view, wherever the keyboard focus is; DevTools only in development.
 * Electron's default menu (modelled in the shared doubles) would act on our
 * chrome whenever it has focus: see tests/node/electron-doubles.
 */
import { describe, expect, it } from 'vitest';
import { installAppMenu } from '../../../electron/main/app-menu';
import { closeWindow, identityWin, laterTasks, windowWorld } from './support/windows';

function withMenu(options: { development?: boolean; platform?: NodeJS.Platform } = {}) {
  const w = windowWorld(options);
  installAppMenu(w.e.Menu, {
    platform: w.e.world.platform,
    development: options.development ?? false,
    siteCommand: (windowId, command) => w.windows.siteCommand(windowId, command),
    leaveSiteFullscreen: (windowId) => w.windows.leaveSiteFullscreen(windowId),
    openLauncher: () => w.windows.openLauncher(),
    openLog: () => w.windows.openLog(),
  });
  w.windows.openIdentity(w.professional.id);
  const win = identityWin(w, w.professional.id);
  const chrome = win.webContents;
  chrome.finishLoad();
  const site = win.siteViews()[0]!.webContents;
  site.finishLoad('Feed');
  return { w, win, chrome, site };
}

describe('the application menu (item 7)', () => {
  it('Reload reloads the active site, not our chrome, even when the chrome has focus (the sheet, the sidebar)', () => {
    const { w, win, chrome, site } = withMenu();
    win.clickAt(20, 200); // the sidebar: our chrome has focus
    expect(chrome.isFocused()).toBe(true);
    expect(w.e.pressAccelerator('CmdOrCtrl+R')).toBe(true);
    expect(chrome.loads).toHaveLength(1);
    expect(site.loads).toHaveLength(2);
    expect(site.loads[1]!.url).toBe(site.loads[0]!.url);
  });

  it('Back and Forward move the site view history', () => {
    const { w, win, site } = withMenu();
    site.pageNavigates('https://www.linkedin.com/in/ada/');
    site.finishLoad('Ada');
    win.clickAt(400, 300);
    w.e.pressAccelerator('Alt+Left');
    site.finishLoad('Feed');
    expect(site.getURL()).toBe('https://www.linkedin.com/feed/');
    w.e.pressAccelerator('Alt+Right');
    site.finishLoad('Ada');
    expect(site.getURL()).toBe('https://www.linkedin.com/in/ada/');
  });

  it('zooms the site view, never the chrome', () => {
    const { w, win, chrome, site } = withMenu();
    win.clickAt(20, 200);
    w.e.pressAccelerator('CmdOrCtrl+Plus');
    w.e.pressAccelerator('CmdOrCtrl+Plus');
    expect(site.getZoomLevel()).toBe(1);
    expect(chrome.getZoomLevel()).toBe(0);
    w.e.pressAccelerator('CmdOrCtrl+0');
    expect(site.getZoomLevel()).toBe(0);
  });

  it('zooms in with Ctrl/Cmd and the "=" key too, which is "Plus" without Shift on most keyboards', () => {
    const { w, win, site } = withMenu();
    win.clickAt(20, 200);
    expect(w.e.pressAccelerator('CmdOrCtrl+=')).toBe(true);
    expect(site.getZoomLevel()).toBe(0.5);
    // (One Zoom In is shown in the menu.)
    expect(visibleZoomIns(w)).toBe(1);
  });

  it('zooms the site page with Ctrl+mouse wheel, in the menu’s steps and within its limits; never the chrome', () => {
    const { w, chrome, site } = withMenu();
    // (Electron only tells the page 'zoom-changed'; the zoom is ours to make.)
    site.ctrlWheel('in');
    site.ctrlWheel('in');
    expect(site.getZoomLevel()).toBe(1);
    site.ctrlWheel('out');
    expect(site.getZoomLevel()).toBe(0.5);
    chrome.ctrlWheel('in');
    expect(chrome.getZoomLevel()).toBe(0);
    for (let i = 0; i < 40; i++) site.ctrlWheel('in');
    const most = site.getZoomLevel();
    w.windows.siteCommand(identityWin(w, w.professional.id).id, 'zoom-in');
    expect(site.getZoomLevel()).toBe(most);
    for (let i = 0; i < 80; i++) site.ctrlWheel('out');
    const least = site.getZoomLevel();
    w.windows.siteCommand(identityWin(w, w.professional.id).id, 'zoom-out');
    expect(site.getZoomLevel()).toBe(least);
    expect([least, most]).toEqual([-8, 9]);
  });

  it('zooms a page by its host, as Chromium keeps it: the link page of a zoomed site starts there and steps from there', () => {
    const { w, win, site } = withMenu();
    site.ctrlWheel('in');
    // (A Ctrl-click on a link of the site: shown in this window, in a page of its own.)
    site.openFromLink('https://www.linkedin.com/in/ada/', { disposition: 'background-tab' });
    const link = win.siteViews().find((v) => v.getVisible())!.webContents;
    expect(link).not.toBe(site);
    link.finishLoad('Ada');
    expect(link.getZoomLevel()).toBe(0.5);
    win.clickAt(20, 200);
    w.e.pressAccelerator('CmdOrCtrl+Plus');
    expect(link.getZoomLevel()).toBe(1);
    expect(site.getZoomLevel()).toBe(1);
  });

  it('finds in the site page: Find opens the chrome’s bar, searches go to the page, its results to the chrome', async () => {
    const { w, win, chrome, site } = withMenu();
    site.pageText = 'Quarterly results: the quarter went well, next quarter too.';
    chrome.rendererOn('chrome:openFind', () => {});
    chrome.rendererOn('chrome:found', () => {});
    win.clickAt(20, 200);
    site.focus(); // (the person was in the page)
    expect(w.e.pressAccelerator('CmdOrCtrl+F')).toBe(true);
    expect(chrome.delivered('chrome:openFind')).toEqual([[{ identityId: w.professional.id }]]);
    expect(w.e.world.focusedWebContents()).toBe(chrome); // (the bar has the keys)
    w.windows.find(w.professional.id, 'quarter', 'new');
    await Promise.resolve();
    w.windows.find(w.professional.id, 'quarter', 'next');
    await Promise.resolve();
    // Only each search's final update is told.
    expect(chrome.delivered('chrome:found')).toEqual([
      [{ identityId: w.professional.id, matches: 3, active: 1 }],
      [{ identityId: w.professional.id, matches: 3, active: 2 }],
    ]);
    w.windows.stopFind(w.professional.id, true);
    expect(site.findStopped).toBe('keepSelection');
    expect(w.e.world.focusedWebContents()).toBe(site);
  });

  it('ends a search whose field was emptied without taking the keys from the bar, and gives them back on close', async () => {
    const { w, win, chrome, site } = withMenu();
    site.pageText = 'quarter';
    win.clickAt(20, 200);
    w.e.pressAccelerator('CmdOrCtrl+F');
    w.windows.find(w.professional.id, 'quarter', 'new');
    await Promise.resolve();
    w.windows.stopFind(w.professional.id, false);
    expect(site.findStopped).toBe('clearSelection');
    expect(w.e.world.focusedWebContents()).toBe(chrome);
    // Closed without a search: the keys go back to the page all the same.
    w.windows.stopFind(w.professional.id, true);
    expect(w.e.world.focusedWebContents()).toBe(site);
  });

  it('moves a search to the site shown: the last page’s matches are cleared and the new page’s search starts anew', async () => {
    const { w, win, chrome, site } = withMenu();
    site.pageText = 'quarter one, quarter two';
    chrome.rendererOn('chrome:found', () => {});
    w.windows.find(w.professional.id, 'quarter', 'new');
    await Promise.resolve();
    const x = w.professional.sites.find((s) => s.label === 'X')!;
    w.windows.showSite(w.professional.id, x.id);
    const other = win.siteViews().find((v) => v.getVisible())!.webContents;
    other.pageText = 'one quarter here, a quarter there, and a third quarter';
    // Choosing another site clears the first page's matches and the bar's count.
    expect(site.findStopped).toBe('clearSelection');
    expect(chrome.delivered('chrome:found').at(-1)).toEqual([{ identityId: w.professional.id, matches: 0, active: 0 }]);
    w.windows.find(w.professional.id, 'quarter', 'next'); // (Enter in the bar, which still shows the text searched)
    await Promise.resolve();
    expect(chrome.delivered('chrome:found').at(-1)).toEqual([{ identityId: w.professional.id, matches: 3, active: 1 }]);
  });

  it('follows a searched page to another page: the bar’s count is the new page’s, Enter goes on there, closing unmarks it', async () => {
    const { w, chrome, site } = withMenu();
    site.pageText = 'quarter one, quarter two, quarter three';
    chrome.rendererOn('chrome:found', () => {});
    w.windows.find(w.professional.id, 'quarter', 'new');
    await Promise.resolve();
    w.windows.find(w.professional.id, 'quarter', 'next');
    await Promise.resolve();
    expect(chrome.delivered('chrome:found').at(-1)).toEqual([{ identityId: w.professional.id, matches: 3, active: 2 }]);
    // A link in the page, with the bar open: Chromium keeps the search going in the new page and tells its count.
    site.pageNavigates('https://www.linkedin.com/in/ada/');
    site.pageText = 'a quarter and a quarter';
    site.finishLoad('Ada');
    expect(chrome.delivered('chrome:found').at(-1)).toEqual([{ identityId: w.professional.id, matches: 0, active: 0 }]);
    await Promise.resolve();
    expect(chrome.delivered('chrome:found').at(-1)).toEqual([{ identityId: w.professional.id, matches: 2, active: 1 }]);
    w.windows.find(w.professional.id, 'quarter', 'next');
    await Promise.resolve();
    expect(chrome.delivered('chrome:found').at(-1)).toEqual([{ identityId: w.professional.id, matches: 2, active: 2 }]);
    w.windows.stopFind(w.professional.id, true);
    expect(site.findStopped).toBe('keepSelection');
  });

  it('goes back and forward with the mouse buttons (app-command, Windows and Linux)', () => {
    const { win, site } = withMenu();
    site.pageNavigates('https://www.linkedin.com/in/ada');
    site.finishLoad('Ada');
    win.emit('app-command', { preventDefault() {} }, 'browser-backward');
    site.finishLoad('Feed');
    expect(site.navigationHistory.canGoForward()).toBe(true);
    win.emit('app-command', { preventDefault() {} }, 'browser-forward');
    site.finishLoad('Ada');
    expect(site.getURL()).toBe('https://www.linkedin.com/in/ada');
  });

  it('has no DevTools in a packaged app, and DevTools in development', () => {
    const packaged = withMenu();
    packaged.win.clickAt(20, 200);
    expect(packaged.w.e.pressAccelerator('Ctrl+Shift+I')).toBe(false);
    expect(packaged.w.e.Menu.getApplicationMenu()!.find((i) => i.role === 'toggledevtools')).toBeUndefined();
    const dev = withMenu({ development: true });
    dev.win.clickAt(20, 200);
    expect(dev.w.e.pressAccelerator('Ctrl+Shift+I')).toBe(true);
    expect(dev.chrome.isDevToolsOpened()).toBe(true);
  });

  it('does nothing (and never throws) in windows without a site, or after the window closed', async () => {
    const { w, win } = withMenu();
    w.windows.openLauncher();
    const launcher = w.e.world.windows().find((x) => x !== win)!;
    launcher.focus();
    expect(w.e.pressAccelerator('CmdOrCtrl+R')).toBe(true);
    expect(launcher.webContents.loads).toHaveLength(1);
    const { id } = win;
    w.windows.siteCommand(id, 'reload');
    await closeWindow(win);
    expect(win.isDestroyed()).toBe(true);
    w.windows.siteCommand(id, 'reload');
    expect(w.e.world.uncaughtErrors).toEqual([]);
  });

  it("Quit (Ctrl+Q on Linux, as Electron's role gives it) runs the app's quit: every window is asked, and a refusal keeps its own", async () => {
    const { w, win } = withMenu();
    let beforeQuit = 0;
    w.e.app.on('before-quit', () => void beforeQuit++);
    win.webContents.cancelsUnload = true;
    w.kit.answer = 0; // Keep editing
    expect(w.e.pressAccelerator('Ctrl+Q')).toBe(true);
    expect(beforeQuit).toBe(1);
    await laterTasks();
    // (Once its site page had closed, the window went on with the quit: 'before-quit' again, then the composer kept it.)
    expect(beforeQuit).toBe(2);
    expect(win.isDestroyed()).toBe(false);
    expect(w.e.app.ended).toBe(false);
    win.webContents.cancelsUnload = false;
    expect(w.e.pressAccelerator('Ctrl+Q')).toBe(true);
    await laterTasks(); // (the window ends, and with the last one the quit)
    expect(win.isDestroyed()).toBe(true);
    expect(w.e.app.ended).toBe(true);
  });

  it('on macOS keeps the app menu and uses the Cmd shortcuts', () => {
    const { w, win, site } = withMenu({ platform: 'darwin' });
    const menu = w.e.Menu.getApplicationMenu()!;
    expect(menu.items[0]!.role).toBe('appmenu');
    site.pageNavigates('https://www.linkedin.com/in/ada/');
    site.finishLoad('Ada');
    win.clickAt(20, 200);
    expect(w.e.pressAccelerator('Cmd+[')).toBe(true);
    site.finishLoad('Feed');
    expect(site.getURL()).toBe('https://www.linkedin.com/feed/');
  });

  it('on macOS keeps the togglefullscreen role, whose item is the one AppKit does not duplicate in a View menu', () => {
    const { w } = withMenu({ platform: 'darwin' });
    const all = w.e.Menu.getApplicationMenu()!.all().map(({ item }) => item);
    expect(all.filter((item) => item.role === 'togglefullscreen')).toHaveLength(1);
    expect(all.some((item) => item.label === 'Toggle Full Screen' && item.role !== 'togglefullscreen')).toBe(false);
  });
});

/** How many visible "Zoom In" items the View menu shows. */
function visibleZoomIns(w: ReturnType<typeof withMenu>['w']): number {
  return w.e.Menu.getApplicationMenu()!.all().filter(({ item }) => item.label === 'Zoom In' && item.visible).length;
}
