/**
 * Where the person's keys go in an identity window. On Windows and Linux a window that gains focus gives it to its own
 * page, our chrome, whatever view had it (the doubles model electron_api_browser_window.cc, OnWindowFocus), so without
 * care Space, PageDown and typing went to the band after every Alt-Tab, and to the chrome after a sheet closed.
 */
import { describe, expect, it } from 'vitest';
import { closeWindow, professionalOnX } from './support/windows';

function professional(platform: NodeJS.Platform = 'linux') {
  const { w, win, x, page: site } = professionalOnX({ platform });
  // Another app's window, to move the focus away and back.
  const other = new w.e.BrowserWindow({ show: true });
  const away = () => other.focus();
  const back = () => win.focus();
  const focused = () => w.e.world.focusedWebContents();
  return { w, win, site, x, away, back, focused };
}

describe('the keys of an identity window', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`go back to the site page when the window is focused again (${platform})`, () => {
      const { site, away, back, focused } = professional(platform);
      site.focus();
      away();
      back();
      expect(focused()).toBe(site);
    });
  }

  it('stay in the chrome when the person was writing there (the composer)', () => {
    const { win, site, away, back, focused } = professional();
    site.focus();
    win.webContents.focus(); // (a click in the composer)
    away();
    back();
    expect(focused()).toBe(win.webContents);
  });

  it('go to the chrome while a post waits for an answer, and back to the site when it is answered', () => {
    const { w, win, site, focused } = professional();
    site.focus();
    const window = w.windows.windowOf(w.professional.id)!;
    window.setSheetOpen(true);
    expect(focused()).toBe(win.webContents);
    window.setCovered('network', true);
    window.setSheetOpen(false);
    expect(focused()).toBe(win.webContents); // (still covered: the proxy failure is shown where the site was)
    window.setCovered('network', false);
    expect(focused()).toBe(site);
  });

  it('stay in the chrome when the person typed there while the site was covered', () => {
    const { w, win, site, focused } = professional();
    site.focus();
    const window = w.windows.windowOf(w.professional.id)!;
    window.setCovered('network', true);
    win.webContents.emit('before-input-event', { preventDefault() {} }, { type: 'keyDown', key: 'a' }); // (the composer)
    window.setCovered('network', false);
    expect(focused()).toBe(win.webContents);
  });

  it('a cover in a window behind another does not bring it to the front', () => {
    const { w, away } = professional();
    away();
    const before = w.e.world.focusedWindow();
    w.windows.windowOf(w.professional.id)!.setCovered('network', true);
    expect(w.e.world.focusedWindow()).toBe(before);
  });

  it('go back to the site after a cover only when it had them before', () => {
    const { w, win, focused } = professional();
    win.webContents.focus();
    const window = w.windows.windowOf(w.professional.id)!;
    window.setCovered('link', true);
    window.setCovered('link', false);
    expect(focused()).toBe(win.webContents);
  });

  it('go to the page of the site the person chose from the band', () => {
    const { w, win, focused } = professional();
    win.webContents.focus(); // (the click on the site's button)
    const linkedIn = w.professional.sites.find((s) => s.label === 'LinkedIn')!;
    w.windows.showSite(w.professional.id, linkedIn.id);
    const page = win.siteViews().find((v) => v.getVisible())!.webContents;
    expect(focused()).toBe(page);
  });

  it('a cover asked for after the window closed does nothing (its page would throw "Object has been destroyed")', async () => {
    const { w, win } = professional();
    const window = w.windows.windowOf(w.professional.id)!;
    await closeWindow(win);
    expect(win.isDestroyed()).toBe(true);
    expect(() => window.setCovered('network', true)).not.toThrow();
    expect(() => window.setSheetOpen(true)).not.toThrow();
  });
});
