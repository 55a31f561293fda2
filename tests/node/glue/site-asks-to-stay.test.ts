/**
 * A site page whose beforeunload asks to stay (a post typed in the site's own compose box). Chromium runs it before
 * any navigation of the page, and Electron emits `will-prevent-unload`; unanswered, the navigation is dropped
 * without a word (electron_api_web_contents.cc, RunBeforeUnloadDialog): Home, Reload, a link in the page and a routed
 * link would do nothing. Hatstand asks the person, as a browser's "Leave site?" does.
 */
import { describe, expect, it } from 'vitest';
import { identityWin, professionalOnX } from './support/windows';
import { networkWorld } from './support/network';

/** Professional's window on X's compose page, which asks to stay (a post typed in it). */
function onXCompose() {
  const { w, win, x, page } = professionalOnX();
  void page.loadURL('https://x.com/compose/post');
  page.finishLoad('Compose / X');
  page.cancelsUnload = true;
  return { w, win, x, page };
}

describe('a site page that asks to stay', () => {
  it('Home asks the person, naming the site and the identity; Stay keeps the page and loads nothing', () => {
    const { w, page } = onXCompose();
    const loads = page.loads.length;
    w.kit.answer = 0; // Stay
    w.windows.navigate(w.professional.id, 'home');
    expect(w.kit.questions.at(-1)).toMatchObject({
      message: 'Leave x.com?',
      detail: "x.com says changes you made in Professional's window may not be saved.",
      buttons: ['Stay', 'Leave'],
      defaultId: 0,
      cancelId: 0,
    });
    expect(page.loads).toHaveLength(loads);
    expect(page.getURL()).toBe('https://x.com/compose/post');
  });

  it('Leave goes on with what was asked: Home, Reload, a link in the page, Back', () => {
    const { w, page } = onXCompose();
    w.kit.answer = 1; // Leave
    const asked = () => w.kit.questions.filter((q) => /^(Leave|Reload) x\.com\?$/.test(String(q.message))).length;

    w.windows.navigate(w.professional.id, 'home');
    expect(asked()).toBe(1);
    expect(page.loads.at(-1)!.url).toBe('https://x.com/home');
    page.finishLoad('Home / X');

    w.windows.navigate(w.professional.id, 'reload');
    expect(asked()).toBe(2);
    expect(w.kit.questions.at(-1)).toMatchObject({ message: 'Reload x.com?', buttons: ['Stay', 'Reload'] });
    expect(page.loads.at(-1)!.url).toBe('https://x.com/home');
    page.finishLoad('Home / X');

    expect(page.pageNavigates('https://x.com/ada')).toBe(true);
    expect(asked()).toBe(3);
    page.finishLoad('Ada / X');

    w.windows.navigate(w.professional.id, 'back');
    expect(asked()).toBe(4);
    expect(page.loads.at(-1)!.url).toBe('https://x.com/home');
  });

  it('a routed link the person stayed for is dropped; a network change asks too, and loads the page shown again', async () => {
    const n = networkWorld({ Professional: { mode: 'direct' } });
    const pro = n.w.professional;
    n.w.windows.openIdentity(pro.id);
    const page = identityWin(n.w, pro.id).siteViews()[0]!.webContents;
    await expect.poll(() => page.loads.length).toBe(1);
    page.finishLoad('LinkedIn');
    page.cancelsUnload = true;
    const asked = () => n.w.kit.questions.filter((q) => /www\.linkedin\.com/.test(String(q.message))).length;

    n.w.kit.answer = 0; // Stay
    const linkedIn = pro.sites.find((s) => s.label !== 'X')!;
    n.w.windows.windowOf(pro.id)!.showSite(linkedIn.id, 'https://www.linkedin.com/in/ada/');
    await expect.poll(asked).toBe(1);
    expect(page.loads).toHaveLength(1);

    n.w.kit.answer = 1; // Leave
    n.change(pro.id, { mode: 'http', host: '127.0.0.1', port: 8080 });
    await expect.poll(() => page.loads.length).toBe(2);
    expect(asked()).toBe(2);
    expect(n.w.kit.questions.at(-1)).toMatchObject({
      message: "Reload www.linkedin.com on Professional's new network?",
      detail: "www.linkedin.com says changes you made in Professional's window may not be saved.",
      buttons: ['Stay', 'Reload'],
    });
    expect(page.loads[1]!.url).toBe('https://www.linkedin.com/feed/');
  });

  it('a page behind the site shown says so when a network change reloads it', async () => {
    const n = networkWorld({ Professional: { mode: 'direct' } });
    const pro = n.w.professional;
    n.w.windows.openIdentity(pro.id);
    const window = n.w.windows.windowOf(pro.id)!;
    const linkedInPage = identityWin(n.w, pro.id).siteViews()[0]!.webContents;
    await expect.poll(() => linkedInPage.loads.length).toBe(1);
    linkedInPage.finishLoad('LinkedIn');
    linkedInPage.cancelsUnload = true;
    window.showSite(pro.sites.find((s) => s.label === 'X')!.id);
    n.w.kit.answer = 0; // Stay
    n.change(pro.id, { mode: 'http', host: '127.0.0.1', port: 8080 });
    await expect.poll(() => n.w.kit.questions.length).toBe(1);
    expect(n.w.kit.questions[0]).toMatchObject({ detail: "www.linkedin.com (open behind the site shown) says changes you made in Professional's window may not be saved." });
  });
});
