/**
 * A site's element going fullscreen (a video's fullscreen button: `requestFullscreen()`). Electron makes the page's
 * window fullscreen for it unless the page says `disableHtmlFullscreenWindowResize` (the double's
 * `requestHtmlFullscreen()`); the site's view keeps its bounds either way. The window must keep naming its identity and
 * must not be left fullscreen by a page that is hidden or no longer fullscreen.
 */
import { describe, expect, it } from 'vitest';
import { installAppMenu } from '../../../electron/main/app-menu';
import { laterTasks, professionalOnX as professionalOnWithX } from './support/windows';

function professionalOnX() {
  const { w, win, page } = professionalOnWithX();
  return { w, win, view: win.siteViews().find((v) => v.webContents === page)! };
}

describe("a site's element in fullscreen", () => {
  it('fills the site view, not the screen: the window is not made fullscreen, and the band still takes clicks', async () => {
    const { win, view } = professionalOnX();
    const siteBounds = view.getBounds();
    const band = { x: 10, y: 5 };
    expect(win.webContentsAt(band.x, band.y)).toBe(win.webContents);

    expect(await view.webContents.requestHtmlFullscreen()).toBe(true);

    expect(win.isFullScreen()).toBe(false);
    expect(view.getBounds()).toEqual(siteBounds);
    expect(win.webContentsAt(band.x, band.y)).toBe(win.webContents);
  });

  it('a page hidden while fullscreen (another site shown) leaves nothing fullscreen behind', async () => {
    const { w, win, view } = professionalOnX();
    await view.webContents.requestHtmlFullscreen();
    const linkedIn = w.professional.sites.find((s) => s.label !== 'X')!;
    w.windows.showSite(w.professional.id, linkedIn.id);
    expect(win.isFullScreen()).toBe(false);
  });

  it('a window the person made fullscreen stays so when the video leaves fullscreen', async () => {
    const { win, view } = professionalOnX();
    win.setFullScreen(true);
    await view.webContents.requestHtmlFullscreen(true);
    await view.webContents.requestHtmlFullscreen(false);
    expect(win.isFullScreen()).toBe(true);
  });

  it("a sign-in popup's page is made the same way (the window-open handler's preferences)", async () => {
    const { w, view } = professionalOnX();
    const popup = view.webContents.windowOpen('https://accounts.x.com/login', { features: 'width=500,height=600' });
    expect(popup.outcome).toBe('app-window');
    const guest = popup.guest!;
    guest.finishLoad('Sign in');
    const popupWin = w.e.world.windows().find((win) => win.siteViews().some((v) => v.webContents === guest))!;
    expect(await guest.requestHtmlFullscreen()).toBe(true);
    expect(popupWin.isFullScreen()).toBe(false);
  });
});

/**
 * Leaving it from our chrome. Chromium gives Escape to the exclusive access manager of the page that has the keys
 * (electron_api_web_contents.cc:1687-1691, one per page), so Escape pressed after the person clicked the band left the
 * video filling the site's part of the window; and View > Toggle Full Screen only toggles the window
 * (menu-item-roles.ts:214-220). Both now ask the page to leave (`document.exitFullscreen()` in a world of ours).
 */
describe("leaving a site's fullscreen from our chrome", () => {
  function withMenu() {
    const at = professionalOnX();
    installAppMenu(at.w.e.Menu, {
      platform: at.w.e.world.platform,
      development: false,
      siteCommand: (windowId, command) => at.w.windows.siteCommand(windowId, command),
      leaveSiteFullscreen: (windowId) => at.w.windows.leaveSiteFullscreen(windowId),
      openLauncher: () => at.w.windows.openLauncher(),
      openLog: () => at.w.windows.openLog(),
    });
    return at;
  }
  const escape = { frame: 'main', key: 'Escape' } as const;

  it('Escape in the page itself leaves it (Chromium handles it there), without the page hearing the key', async () => {
    const { view } = professionalOnX();
    await view.webContents.requestHtmlFullscreen();
    const heard: string[] = [];
    view.webContents.on('before-input-event', (_event: unknown, input: { key: string }) => heard.push(input.key));
    view.webContents.focus();
    view.webContents.userInput('keyDown', escape);
    expect(heard).toEqual([]);
    await laterTasks();
    expect(view.webContents.inHtmlFullscreen).toBe(false);
  });

  it('Escape pressed after the person clicked the band leaves it, in a world of ours, not the page\'s', async () => {
    const { win, view } = professionalOnX();
    await view.webContents.requestHtmlFullscreen();
    win.clickAt(10, 5); // the band: our chrome has the keys
    expect(win.webContents.isFocused()).toBe(true);
    win.webContents.userInput('keyDown', escape);
    await laterTasks();
    expect(view.webContents.inHtmlFullscreen).toBe(false);
    expect(view.webContents.scripts).toEqual([]);
    const [ran] = view.webContents.isolatedScripts;
    expect(view.webContents.isolatedScripts).toHaveLength(1);
    expect([0, 999]).not.toContain(ran!.worldId); // (not the page's world, nor Electron's own)
  });

  it('Escape in the chrome with no video in fullscreen, or with the post sheet over the site, runs nothing in the page', async () => {
    const { w, win, view } = professionalOnX();
    win.clickAt(10, 5);
    win.webContents.userInput('keyDown', escape);
    await view.webContents.requestHtmlFullscreen();
    w.windows.windowOf(w.professional.id)!.setSheetOpen(true);
    win.webContents.userInput('keyDown', escape); // (the sheet's: it cancels the post)
    await laterTasks();
    expect(view.webContents.isolatedScripts).toEqual([]);
    expect(view.webContents.inHtmlFullscreen).toBe(true);
  });

  it('View > Toggle Full Screen leaves the video first, then toggles the window', async () => {
    const { w, win, view } = withMenu();
    await view.webContents.requestHtmlFullscreen();
    win.clickAt(10, 5);
    expect(w.e.pressAccelerator('F11')).toBe(true);
    await laterTasks();
    expect(view.webContents.inHtmlFullscreen).toBe(false);
    expect(win.isFullScreen()).toBe(false);
    w.e.pressAccelerator('F11');
    await laterTasks();
    expect(win.isFullScreen()).toBe(true);
    w.e.pressAccelerator('F11');
    expect(win.isFullScreen()).toBe(false);
    expect(w.e.world.uncaughtErrors).toEqual([]);
  });

  it('a window the person made fullscreen first: Escape in the chrome leaves the video and keeps the window fullscreen', async () => {
    const { win, view } = professionalOnX();
    win.setFullScreen(true);
    await view.webContents.requestHtmlFullscreen();
    win.clickAt(10, 5);
    win.webContents.userInput('keyDown', escape);
    await laterTasks();
    expect(view.webContents.inHtmlFullscreen).toBe(false);
    expect(win.isFullScreen()).toBe(true);
  });

  it('a page whose renderer ended while in fullscreen no longer takes the chrome\'s Escape', async () => {
    const { win, view } = professionalOnX();
    await view.webContents.requestHtmlFullscreen();
    view.webContents.forcefullyCrashRenderer();
    await laterTasks();
    win.clickAt(10, 5);
    // (Our chrome's own Escape, the find bar's, is not used up for it: it would ask a page that never answers.)
    const used: boolean[] = [];
    win.webContents.on('before-input-event', (event: { defaultPrevented: boolean }) => used.push(event.defaultPrevented));
    win.webContents.userInput('keyDown', escape);
    expect(used).toEqual([false]);
  });

  it('a page whose ad (a fenced frame) loads while its video is in fullscreen still takes the chrome\'s Escape', async () => {
    // (The ad's commit is told with did-navigate, as a main frame's: electron_api_web_contents.cc, DidFinishNavigation.)
    const { win, view } = professionalOnX();
    await view.webContents.requestHtmlFullscreen();
    view.webContents.fencedFrameNavigates('https://ads.example.net/creative/1');
    win.clickAt(10, 5);
    const used: boolean[] = [];
    win.webContents.on('before-input-event', (event: { defaultPrevented: boolean }) => used.push(event.defaultPrevented));
    win.webContents.userInput('keyDown', escape);
    expect(used).toEqual([true]);
  });

  it('a hung page in fullscreen does not take the chrome\'s Escape either: nothing would answer it', async () => {
    const { win, view } = professionalOnX();
    await view.webContents.requestHtmlFullscreen();
    view.webContents.hang();
    win.clickAt(10, 5);
    const used: boolean[] = [];
    win.webContents.on('before-input-event', (event: { defaultPrevented: boolean }) => used.push(event.defaultPrevented));
    win.webContents.userInput('keyDown', escape);
    await laterTasks();
    expect(used).toEqual([false]);
    expect(view.webContents.isolatedScripts).toEqual([]);
  });

  it('Escape in the chrome is used up for a video in fullscreen, and then no longer', async () => {
    const { win, view } = professionalOnX();
    await view.webContents.requestHtmlFullscreen();
    win.clickAt(10, 5);
    const used: boolean[] = [];
    win.webContents.on('before-input-event', (event: { defaultPrevented: boolean }) => used.push(event.defaultPrevented));
    win.webContents.userInput('keyDown', escape);
    await laterTasks();
    win.webContents.userInput('keyDown', escape);
    expect(used).toEqual([true, false]);
  });
});
