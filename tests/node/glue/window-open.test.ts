/**
 * Issue 8, items 6 and 13: links opened with a modifier key, and
 * window.open('about:blank') for sign-in libraries, stay in the identity.
 */
import { describe, expect, it } from 'vitest';
import { decideWindowOpen } from '../../../electron/main/security/window-open-policy';
import { partitionFor } from '../../../electron/main/session/partition';
import { identityWin, windowWorld } from './support/windows';
import { nextTask, type FakeBrowserWindow, type FakeWebContents } from '../../support/electron';
import { OS_FRAME } from '../../../electron/main/windows/popup-geometry';

function professionalOnX() {
  const w = windowWorld();
  w.windows.openIdentity(w.professional.id);
  const x = w.professional.sites.find((s) => s.label === 'X')!;
  w.windows.showSite(w.professional.id, x.id);
  const win = identityWin(w, w.professional.id);
  const page = win.siteViews().find((v) => v.getVisible())!.webContents;
  page.finishLoad('Home / X');
  return { w, win, page };
}

describe('modifier-click on a link (item 6)', () => {
  it.each(['background-tab', 'foreground-tab', 'new-window'] as const)(
    '%s: opens the link in the same identity window and loads it with its referrer',
    (disposition) => {
      const { w, win, page } = professionalOnX();
      const windowsBefore = w.e.world.windows().length;
      page.openFromLink('https://x.com/ada/status/1', { disposition, referrer: { url: 'https://x.com/home', policy: 'strict-origin-when-cross-origin' } });
      expect(w.e.world.windows()).toHaveLength(windowsBefore);
      const shown = win.siteViews().filter((v) => v.getVisible());
      expect(shown).toHaveLength(1);
      const link = shown[0]!.webContents;
      expect(link).not.toBe(page);
      expect(link.session.partition).toBe(partitionFor(w.professional.id));
      expect(link.loads).toEqual([
        { url: 'https://x.com/ada/status/1', by: 'app', options: { httpReferrer: { url: 'https://x.com/home', policy: 'strict-origin-when-cross-origin' } } },
      ]);
      expect(win.webContentsAt(400, 300)).toBe(link);
    },
  );

  it('keeps the sandbox of the frame the link came from (a sandboxed frame cannot open a page with the site\u2019s full rights)', () => {
    const { win, page } = professionalOnX();
    // allow-popups without allow-popups-to-escape-sandbox: Electron passes the frame's flags (electron#52133).
    page.openFromLink('https://x.com/ada', { disposition: 'background-tab', sandboxFlags: 0x3ff });
    const view = win.siteViews().find((v) => v.getVisible())!;
    expect(view.webPreferences).toMatchObject({ openerSandboxFlags: 0x3ff, sandbox: true, contextIsolation: true, nodeIntegration: false });
    // A frame that may open pages freely passes none, and its link page gets none.
    page.openFromLink('https://x.com/b', { disposition: 'background-tab' });
    expect(win.siteViews().find((v) => v.getVisible())!.webPreferences).not.toHaveProperty('openerSandboxFlags');
  });

  it('carries a form POST body and its content type', () => {
    const { win, page } = professionalOnX();
    const body = Buffer.from('------WebKitFormBoundaryAB12\r\nContent-Disposition: form-data; name="q"\r\n\r\nhats\r\n------WebKitFormBoundaryAB12--\r\n');
    page.openFromLink('https://x.com/search', { disposition: 'background-tab', postData: [{ type: 'rawData', bytes: body }] });
    const link = win.siteViews().find((v) => v.getVisible())!.webContents;
    expect(link.loads[0]!.options).toMatchObject({
      postData: [{ type: 'rawData', bytes: body }],
      extraHeaders: 'content-type: multipart/form-data; boundary=----WebKitFormBoundaryAB12',
    });
  });

  it('a second link replaces the first, and going back to a site closes the link page', async () => {
    const { w, win, page } = professionalOnX();
    page.openFromLink('https://x.com/a', { disposition: 'background-tab' });
    const first = win.siteViews().find((v) => v.getVisible())!.webContents;
    page.openFromLink('https://x.com/b', { disposition: 'background-tab' });
    await nextTask();
    expect(first.isDestroyed()).toBe(true);
    const second = win.siteViews().find((v) => v.getVisible())!.webContents;
    w.windows.showSite(w.professional.id, w.professional.sites[0]!.id);
    await nextTask();
    expect(second.isDestroyed()).toBe(true);
    expect(page.isDestroyed()).toBe(false);
  });

  it('still asks before a modifier-clicked link to another site leaves for the browser', async () => {
    const { w, page } = professionalOnX();
    const result = page.openFromLink('https://news.example.org/story', { disposition: 'background-tab' });
    expect(result.outcome).toBe('denied');
    await new Promise((resolve) => setImmediate(resolve));
    expect(w.kit.questions[0]?.message).toContain('news.example.org');
  });
});

describe("window.open('about:blank') (item 13)", () => {
  it('is a child window in the identity, as sign-in libraries (MSAL) open it before navigating it', () => {
    expect(decideWindowOpen('about:blank', 'https://www.linkedin.com/feed/')).toEqual({ action: 'child-window' });
    expect(decideWindowOpen('about:blank#x', 'https://www.linkedin.com/feed/')).toEqual({ action: 'child-window' });
    expect(decideWindowOpen('about:srcdoc', 'https://www.linkedin.com/feed/').action).toBe('deny');
  });

  it('opens in the identity chrome and partition, and the page may then send it to the sign-in provider', () => {
    const { w, page } = professionalOnX();
    const popup = page.windowOpen('about:blank', { features: 'width=483,height=600' });
    expect(popup.outcome).toBe('app-window');
    expect(popup.guest!.session.partition).toBe(partitionFor(w.professional.id));
    const popupWin = w.e.world.windows().find((win) => win.siteViews().some((v) => v.webContents === popup.guest))!;
    expect(popupWin.getTitle()).toContain('Professional');
    expect(popup.guest!.pageNavigates('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=1')).toBe(true);
  });
});

/**
 * Audit: Electron takes window.open's left/top as x/y and clamps nothing (native_window.cc, InitFromOptions), so a
 * sign-in popup could open off screen or taller than the screen; and innerWidth/innerHeight, which Electron passes
 * through, fell back to 800x600.
 */
describe('where a sign-in popup opens, and how large', () => {
  const LAPTOP = { x: 0, y: 0, width: 1440, height: 875 };
  const MONITOR = { x: 1440, y: -200, width: 2560, height: 1400 };
  /** The popup's window as the person sees it: its options, with the OS's title bar and borders around the content. */
  function popupOf(w: ReturnType<typeof windowWorld>, guest: FakeWebContents | undefined) {
    const win = w.e.world.windows().find((candidate) => candidate.siteViews().some((v) => v.webContents === guest)) as FakeBrowserWindow;
    const o = win.options;
    return {
      outer: { x: o.x!, y: o.y!, width: o.width! + OS_FRAME.width, height: o.height! + OS_FRAME.height },
      page: win.siteViews()[0]!.getBounds(),
    };
  }
  const inside = (r: { x: number; y: number; width: number; height: number }, area: typeof LAPTOP) =>
    r.x >= area.x && r.y >= area.y && r.x + r.width <= area.x + area.width && r.y + r.height <= area.y + area.height;

  it('asked for off screen (left=-3000), opens inside the work area of the display its opener is on', () => {
    const { w, win, page } = professionalOnX();
    w.kit.displays = [LAPTOP, MONITOR];
    win.setBounds({ x: 1600, y: 0, width: 1800, height: 1100 });
    const popup = popupOf(w, page.windowOpen('https://accounts.google.com/o/oauth2/v2/auth?client_id=1', { features: 'left=-3000,top=100,width=480,height=640' }).guest);
    expect(inside(popup.outer, MONITOR)).toBe(true);
    // (It fits there: the page keeps the size it asked for.)
    expect(popup.page).toMatchObject({ width: 480, height: 640 });
  });

  it('taller than a small screen (1366x768 at 125%), is shortened to fit with its chrome, buttons and all', () => {
    const { w, page } = professionalOnX();
    const small = { x: 0, y: 0, width: 1093, height: 582 };
    w.kit.displays = [small];
    const popup = popupOf(w, page.windowOpen('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=1', { features: 'width=500,height=600' }).guest);
    expect(inside(popup.outer, small)).toBe(true);
    expect(popup.page.width).toBe(500);
    expect(popup.page.height).toBeLessThan(600);
  });

  it('without a position, is centred on its opener, within the display', () => {
    const { w, win, page } = professionalOnX();
    w.kit.displays = [LAPTOP, MONITOR];
    win.setBounds({ x: 2000, y: 100, width: 1200, height: 900 });
    const popup = popupOf(w, page.windowOpen('about:blank', { features: 'width=483,height=600' }).guest);
    expect(inside(popup.outer, MONITOR)).toBe(true);
    expect(popup.outer.x + popup.outer.width / 2).toBeCloseTo(2000 + 1200 / 2, -1);
  });

  it('sized with innerWidth/innerHeight, gets that size; width and height win when both are given', () => {
    const { w, page } = professionalOnX();
    const inner = popupOf(w, page.windowOpen('about:blank', { features: 'innerWidth=500,innerHeight=400' }).guest);
    expect(inner.page).toMatchObject({ width: 500, height: 400 });
    const both = popupOf(w, page.windowOpen('about:blank', { features: 'width=450,innerWidth=500,innerHeight=420' }).guest);
    expect(both.page).toMatchObject({ width: 450, height: 420 });
  });
});
