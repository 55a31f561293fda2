/**
 * What a chrome that (re)loads reads from main (chrome:context) about its window: where the site page is now, as main
 * last told it in chrome:siteState events a reloaded page never heard.
 */
import { describe, expect, it } from 'vitest';
import { identityWin, windowWorld } from './support/windows';

describe('the site state a reloaded chrome reads', () => {
  it('is the shown page as it is now: its address and whether it can go back', () => {
    const w = windowWorld();
    w.windows.openIdentity(w.professional.id);
    const x = w.professional.sites.find((s) => s.label === 'X')!;
    w.windows.showSite(w.professional.id, x.id);
    const page = identityWin(w, w.professional.id).siteViews().find((v) => v.getVisible())!.webContents;
    page.finishLoad('Home / X');
    expect(w.windows.siteStateOf(w.professional.id)).toMatchObject({ siteId: x.id, url: x.homeUrl, canGoBack: false });
    page.pageNavigates('https://x.com/ada');
    page.finishLoad('Ada / X');
    expect(w.windows.siteStateOf(w.professional.id)).toMatchObject({ siteId: x.id, url: 'https://x.com/ada', title: 'Ada / X', canGoBack: true });
    expect(w.windows.siteStateOf(w.personal.id)).toBeNull(); // (no window)
  });
});
