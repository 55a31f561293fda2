/**
 * Issue 8, items 6 and 13: links opened with a modifier key, and
 * window.open('about:blank') for sign-in libraries, stay in the identity.
 */
import { describe, expect, it } from 'vitest';
import { decideWindowOpen } from '../../../electron/main/security/window-open-policy';
import { partitionFor } from '../../../electron/main/session/partition';
import { identityWin, windowWorld } from './support/windows';
import { nextTask } from '../../support/electron';

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
