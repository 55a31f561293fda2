/**
 * What a chrome that (re)loads reads from main (chrome:context) about its window: where the site page is now, as main
 * last told it in chrome:siteState events a reloaded page never heard.
 */
import { describe, expect, it } from 'vitest';
import { professionalOnX } from './support/windows';

describe('the site state a reloaded chrome reads', () => {
  it('is the shown page as it is now: its address and whether it can go back', () => {
    const { w, x, page } = professionalOnX();
    expect(w.windows.siteStateOf(w.professional.id)).toMatchObject({ siteId: x.id, url: x.homeUrl, canGoBack: false });
    page.pageNavigates('https://x.com/ada');
    page.finishLoad('Ada / X');
    expect(w.windows.siteStateOf(w.professional.id)).toMatchObject({ siteId: x.id, url: 'https://x.com/ada', title: 'Ada / X', canGoBack: true });
    expect(w.windows.siteStateOf(w.personal.id)).toBeNull(); // (no window)
  });
});

describe('the site state a reloaded sign-in popup reads', () => {
  it('is its own page, never the identity window’s', () => {
    const { w, x, page } = professionalOnX();
    const popup = page.windowOpen('about:blank', { features: 'width=483,height=600' });
    popup.guest!.pageNavigates('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=1');
    popup.guest!.finishLoad('Sign in to your account');
    const popupWin = w.e.world.windows().find((win) => win.siteViews().some((v) => v.webContents === popup.guest))!;
    const chromeId = popupWin.webContents.id;
    expect(w.windows.contextOf(chromeId)).toMatchObject({ window: 'popup', identityId: w.professional.id, chromeContentsId: chromeId });
    expect(w.windows.siteStateOf(w.professional.id, chromeId)).toMatchObject({
      siteId: 'popup',
      url: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=1',
      title: 'Sign in to your account',
    });
    expect(w.windows.siteStateOf(w.professional.id)).toMatchObject({ siteId: x.id, url: x.homeUrl });
    // A chrome id that is not one of this identity's popups tells nothing.
    expect(w.windows.siteStateOf(w.personal.id, chromeId)).toBeNull();
  });
});
