/**
 * A site's page that did not open for a reason that is not the proxy's (a certificate, an address not found,
 * offline): Electron commits an empty error page, so without a word the person sees a blank site. The chrome says why
 * where the site is, for the page shown, and the site comes back once the page loads.
 */
import { describe, expect, it } from 'vitest';
import { professionalWindowOn, sentTo, SITE_POINT } from './support/network';

const professionalWindow = () => professionalWindowOn({ mode: 'direct' });

describe('a site page that did not open', () => {
  it('says why in one sentence where the site is, and a good load brings the site back', async () => {
    const { n, pro, win, view, page } = professionalWindow();
    await expect.poll(() => page.loads.length).toBe(1);
    page.failLoad(-201, 'ERR_CERT_DATE_INVALID');
    expect(sentTo(win, 'network:failure')).toEqual([
      {
        identityId: pro.id,
        message: "www.linkedin.com did not open: the site's certificate has expired or is not valid yet.",
        url: 'https://www.linkedin.com/feed/',
        active: true,
        scope: 'page',
      },
    ]);
    expect(view.getVisible()).toBe(false);
    expect(win.webContentsAt(SITE_POINT.x, SITE_POINT.y)).toBe(win.webContents);
    // A chrome that reloads reads it again.
    expect(n.w.windows.networkFailureOf(pro.id)).toMatchObject({ scope: 'page', active: true });

    n.w.windows.navigate(pro.id, 'reload');
    await expect.poll(() => page.loads.length).toBe(2);
    page.finishLoad('LinkedIn');
    expect(sentTo(win, 'network:failure').at(-1)).toMatchObject({ active: false });
    expect(view.getVisible()).toBe(true);
  });

  it('is said only while that page is shown: another site shows, and the failed one says it again when chosen', async () => {
    const { n, pro, win, page } = professionalWindow();
    await expect.poll(() => page.loads.length).toBe(1);
    page.failLoad(-105, 'ERR_NAME_NOT_RESOLVED');
    expect(sentTo(win, 'network:failure').at(-1)).toMatchObject({ active: true, message: "www.linkedin.com did not open: the site's address could not be found." });
    const x = pro.sites.find((s) => s.label === 'X')!;
    n.w.windows.showSite(pro.id, x.id);
    expect(sentTo(win, 'network:failure').at(-1)).toMatchObject({ active: false });
    const xView = win.siteViews().find((v) => v.webContents !== page)!;
    expect(xView.getVisible()).toBe(true);
    n.w.windows.showSite(pro.id, pro.sites[0]!.id);
    expect(sentTo(win, 'network:failure').at(-1)).toMatchObject({ active: true, scope: 'page' });
  });

  it('leaves the proxy\u2019s failures to the identity\u2019s network, and says nothing for a load stopped or one Hatstand stopped', async () => {
    const { win, page } = professionalWindow();
    await expect.poll(() => page.loads.length).toBe(1);
    page.failLoad(-3, 'ERR_ABORTED');
    page.failLoad(-20, 'ERR_BLOCKED_BY_CLIENT');
    expect(sentTo(win, 'network:failure')).toEqual([]);
  });

  it('is the page\'s own: an ad\'s fenced frame that fails, told as a main frame, says nothing and leaves the site shown', async () => {
    // (electron_api_web_contents.cc, DidFinishNavigation: did-fail-load's `isMainFrame` is IsInMainFrame, true for a
    // fenced frame's root; only its ids, its own, tell it from the page's.)
    for (const settings of [{ mode: 'direct' } as const, { mode: 'http', host: '127.0.0.1', port: 8080 } as const]) {
      const { win, view, page } = professionalWindowOn(settings);
      await expect.poll(() => page.loads.length).toBe(1);
      page.finishLoad('LinkedIn');
      page.fencedFrameNavigates('https://ads.example.net/creative/1', { fail: { errorCode: -105, errorDescription: 'ERR_NAME_NOT_RESOLVED' } });
      page.fencedFrameNavigates('https://ads.example.net/creative/2', { fail: { errorCode: -130, errorDescription: 'ERR_PROXY_CONNECTION_FAILED' } });
      expect(sentTo(win, 'network:failure').filter((f) => f.active)).toEqual([]);
      expect(view.getVisible()).toBe(true);
    }
  });
});
