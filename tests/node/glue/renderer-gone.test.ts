/**
 * A renderer process that dies (docs/api/web-contents.md, Event: 'render-process-gone'): the page stays blank until it
 * loads again. The chrome is what names the identity, so no site shows without it; a site page says it stopped.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { identityWin, professionalOnX as professionalOnWithX } from './support/windows';
import { networkWorld, sentTo } from './support/network';

function professionalOnX() {
  const { w, win, page } = professionalOnWithX();
  return { w, win, view: win.siteViews().find((v) => v.webContents === page)! };
}

afterEach(() => vi.useRealTimers());

describe('a renderer process that dies', () => {
  it('the chrome: the site steps aside (no site without the band naming its identity) until the chrome is loaded again', () => {
    const { win, view } = professionalOnX();
    const loads = win.webContents.loads.length;
    win.webContents.crash('oom');
    expect(view.getVisible()).toBe(false);
    expect(win.webContents.loads).toHaveLength(loads + 1);
    expect(win.webContents.loads.at(-1)!.url).toBe(win.webContents.loads[0]!.url);
    win.webContents.finishLoad('Professional');
    expect(view.getVisible()).toBe(true);
  });

  it('a chrome that fails to load (its error page names no identity): the site stays aside, and the chrome is loaded again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { win, view } = professionalOnX();
    win.webContents.crash('oom');
    const loads = win.webContents.loads.length;
    win.webContents.failLoad(-6, 'ERR_FILE_NOT_FOUND');
    expect(view.getVisible()).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(win.webContents.loads).toHaveLength(loads + 1);
    expect(view.getVisible()).toBe(false);
    win.webContents.finishLoad('Professional');
    expect(view.getVisible()).toBe(true);
  });

  it('the chrome dying again and again is loaded a few times a minute at most, and the site stays aside', () => {
    const { win, view } = professionalOnX();
    const loads = win.webContents.loads.length;
    for (let i = 0; i < 6; i++) win.webContents.crash('crashed');
    expect(win.webContents.loads.length - loads).toBe(3);
    expect(view.getVisible()).toBe(false);
  });

  it('a chrome that kept dying is tried again once its oldest crash is a minute old', () => {
    vi.useFakeTimers();
    const { win, view } = professionalOnX();
    const loads = win.webContents.loads.length;
    for (let i = 0; i < 4; i++) win.webContents.crash('crashed');
    expect(win.webContents.loads.length - loads).toBe(3);
    vi.advanceTimersByTime(60_000);
    expect(win.webContents.loads.length - loads).toBe(4);
    win.webContents.finishLoad('Professional');
    expect(view.getVisible()).toBe(true);
  });

  it('a site page that stopped while shown is loaded again when shown after another, and a routed link is not lost to it', () => {
    const { w, view } = professionalOnX();
    view.webContents.crash('crashed');
    const linkedIn = w.professional.sites.find((s) => s.label !== 'X')!;
    const x = w.professional.sites.find((s) => s.label === 'X')!;
    w.windows.showSite(w.professional.id, linkedIn.id);
    const before = view.webContents.loads.length;
    w.windows.showSite(w.professional.id, x.id);
    expect(view.webContents.loads.length).toBe(before + 1);
    expect(view.webContents.loads.at(-1)!.url).toBe('https://x.com/home');
  });

  it('a link routed to a site page that stopped behind another is what loads once the network is ready', async () => {
    // (The identity's proxy gate: loads wait for it, so a second load asked meanwhile would replace the first.)
    const n = networkWorld({ Professional: { mode: 'http', host: '127.0.0.1', port: 8080 } });
    const pro = n.w.professional;
    n.w.windows.openIdentity(pro.id);
    const window = n.w.windows.windowOf(pro.id)!;
    const x = pro.sites.find((s) => s.label === 'X')!;
    const linkedIn = pro.sites.find((s) => s.label !== 'X')!;
    window.showSite(x.id);
    const view = identityWin(n.w, pro.id).siteViews().find((v) => v.getVisible())!;
    await expect.poll(() => view.webContents.loads.length).toBeGreaterThan(0);
    view.webContents.finishLoad('Home / X');
    window.showSite(linkedIn.id);
    view.webContents.crash('crashed');
    const asked = view.webContents.loads.length;
    window.showSite(x.id, 'https://x.com/ada/status/1');
    await expect.poll(() => view.webContents.loads.length).toBe(asked + 1);
    expect(view.webContents.loads.at(-1)!.url).toBe('https://x.com/ada/status/1');
  });

  it('a clean exit (the window closing) is no crash', () => {
    const { win, view } = professionalOnX();
    const loads = win.webContents.loads.length;
    win.webContents.crash('clean-exit');
    expect(win.webContents.loads).toHaveLength(loads);
    expect(view.getVisible()).toBe(true);
  });

  it('the site shown: the chrome says it stopped, with the site named; a site behind another is loaded again when shown', () => {
    const { w, win, view } = professionalOnX();
    view.webContents.crash('crashed');
    expect(sentTo(win, 'network:failure').at(-1)).toMatchObject({ scope: 'request', active: true, message: 'The page of x.com stopped working (it crashed); reload it to go on.' });

    const linkedIn = w.professional.sites.find((s) => s.label !== 'X')!;
    w.windows.showSite(w.professional.id, linkedIn.id);
    const reloadsBefore = view.webContents.loads.length;
    view.webContents.crash('killed');
    expect(sentTo(win, 'network:failure')).toHaveLength(1); // (not shown: nothing to say yet)
    const x = w.professional.sites.find((s) => s.label === 'X')!;
    w.windows.showSite(w.professional.id, x.id);
    expect(view.webContents.loads.length).toBe(reloadsBefore + 1);
  });
});
