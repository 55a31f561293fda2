/**
 * A site's element going fullscreen (a video's fullscreen button: `requestFullscreen()`). Electron makes the page's
 * window fullscreen for it unless the page says `disableHtmlFullscreenWindowResize` (the double's
 * `requestHtmlFullscreen()`); the site's view keeps its bounds either way. The window must keep naming its identity and
 * must not be left fullscreen by a page that is hidden or no longer fullscreen.
 */
import { describe, expect, it } from 'vitest';
import { professionalOnX as professionalOnWithX } from './support/windows';

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
