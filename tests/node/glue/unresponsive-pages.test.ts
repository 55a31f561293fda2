/**
 * A page that stops answering. Electron tells `unresponsive` only for a visible page whose renderer is initialised
 * (lib/browser/api/web-contents.ts:840-845), after 15 s of unanswered input, and `responsive` when it answers again,
 * or at once when it is hidden, still hung (tests/support/electron/web-contents.ts). docs/api/web-contents.md:1345-1356
 * names the recovery: forcefullyCrashRenderer(), then a load in a new renderer.
 *
 * - A site page: the chrome's notice band says "<site> is not responding." with Wait and Reload, over the page that
 *   stays shown; Reload ends its renderer and loads it again.
 * - Our own chrome: after a short grace the person is asked; "Reload window" ends its renderer, so the crash recovery
 *   loads it anew, and a post held meanwhile is asked again, never let out.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeWindow, laterTasks, professionalOn, professionalOnX } from './support/windows';
import { flushTimers, guardedWorld, TWEET } from './support/guard';
import { sentTo } from './support/network';

afterEach(() => vi.useRealTimers());

describe('a site page that stops answering', () => {
  it('the chrome says "<site> is not responding." over the page, which stays shown; the notice goes when it answers', () => {
    const { w, win, page } = professionalOnX();
    const view = win.siteViews().find((v) => v.webContents === page)!;
    page.hang();
    expect(sentTo(win, 'chrome:unresponsive')).toEqual([{ identityId: w.professional.id, message: 'x.com is not responding.', unresponsive: true }]);
    // (Hidden, the page would no longer be watched, and told responsive at once though still hung.)
    expect(view.getVisible()).toBe(true);
    page.respond();
    expect(sentTo(win, 'chrome:unresponsive').at(-1)).toEqual({ identityId: w.professional.id, message: '', unresponsive: false });
  });

  it('Reload ends its renderer first, then loads it again in a new one, with no word of a crash', async () => {
    const { w, win, page } = professionalOnX();
    page.hang();
    const loads = page.loads.length;
    w.windows.navigate(w.professional.id, 'reload');
    // (No plain reload into the hung process: the renderer is ended first, which Electron tells in a later task.)
    expect(page.loads).toHaveLength(loads);
    await laterTasks();
    expect(page.loads).toHaveLength(loads + 1);
    expect(page.loads.at(-1)!.url).toBe('https://x.com/home');
    expect(page.isCrashed()).toBe(false);
    expect(sentTo(win, 'network:failure')).toEqual([]);
    expect(sentTo(win, 'chrome:unresponsive').at(-1)).toMatchObject({ unresponsive: false });
    page.finishLoad('Home / X');
    // (Answering again, a reload is a plain one.)
    w.windows.navigate(w.professional.id, 'reload');
    expect(page.loads).toHaveLength(loads + 2);
  });

  it("the menu's force reload of a hung page ends its renderer too", async () => {
    const { w, page } = professionalOnX();
    page.hang();
    const loads = page.loads.length;
    w.windows.windowOf(w.professional.id)!.siteCommand('force-reload');
    expect(page.loads).toHaveLength(loads);
    await laterTasks();
    expect(page.loads).toHaveLength(loads + 1);
    expect(page.isCrashed()).toBe(false);
  });

  it('a chrome document that reloads meanwhile reads the notice with its context, until the page answers', async () => {
    const { w, context, win, view } = guarded();
    view.webContents.hang();
    // (A reload of the chrome alone, as the development menu's: the site stays shown, still hung, told once.)
    win.webContents.reload();
    win.webContents.finishLoad('Professional');
    expect((await context(w.professional.id)).unresponsive).toEqual({ identityId: w.professional.id, message: 'x.com is not responding.', unresponsive: true });
    view.webContents.respond();
    expect((await context(w.professional.id)).unresponsive).toBeUndefined();
    // (A chrome that crashed puts the sites aside while it loads again: hidden, the page is no longer watched.)
    view.webContents.hang();
    win.webContents.crash('crashed');
    win.webContents.finishLoad('Professional');
    expect((await context(w.professional.id)).unresponsive).toBeUndefined();
  });

  it('another site shown hides the hung page, which Electron then tells responsive: the notice goes', () => {
    const { w, win, page } = professionalOnX();
    page.hang();
    const linkedIn = w.professional.sites.find((s) => s.label !== 'X')!;
    w.windows.showSite(w.professional.id, linkedIn.id);
    expect(sentTo(win, 'chrome:unresponsive').at(-1)).toMatchObject({ unresponsive: false });
  });
});

/**
 * A sign-in popup (its own window, our band naming the identity, but no notice band: IdentityChrome.tsx drops the
 * notice there): the person is asked over the popup, naming the site and the identity, with the notice's Wait and Reload.
 */
describe("a sign-in popup's page that stops answering", () => {
  function signInPopup() {
    const { w, win, page } = professionalOnX();
    const popup = page.windowOpen('https://accounts.x.com/login', { features: 'width=500,height=600' });
    const guest = popup.guest!;
    guest.finishLoad('Sign in');
    const popupWin = w.e.world.windows().find((pw) => pw.siteViews().some((v) => v.webContents === guest))!;
    popupWin.webContents.finishLoad('Professional'); // (shown once its chrome has loaded: a hidden page is not watched)
    expect(popupWin.isVisible()).toBe(true);
    return { w, win, guest, popupWin };
  }

  it('is asked about over the popup, naming the site and the identity; Reload ends its renderer and loads it again', async () => {
    const { w, guest } = signInPopup();
    w.kit.answer = 1; // Reload
    const loads = guest.loads.length;
    guest.hang();
    expect(w.kit.questions.map((q) => [q.message, q.buttons])).toEqual([["accounts.x.com is not responding in Professional's pop-up window.", ['Wait', 'Reload']]]);
    await laterTasks(); // (render-process-gone comes in a later task)
    expect(guest.loads).toHaveLength(loads + 1);
    expect(guest.loads.at(-1)!.url).toBe('https://accounts.x.com/login');
    expect(guest.isCrashed()).toBe(false);
  });

  it('Wait leaves it as it is', async () => {
    const { w, guest, popupWin } = signInPopup();
    w.kit.answer = 0; // Wait
    const loads = guest.loads.length;
    guest.hang();
    await laterTasks();
    expect(guest.loads).toHaveLength(loads);
    expect(guest.isCrashed()).toBe(false);
    // (Its chrome is not told a notice it has no place for.)
    expect(sentTo(popupWin, 'chrome:unresponsive')).toEqual([]);
  });

  it('a question still open goes when the page answers again, or when the popup closes', async () => {
    const { w, guest, popupWin } = signInPopup();
    w.kit.ask = (_parent, options) => (w.kit.questions.push(options), new Promise(() => {})); // (the person has not answered)
    guest.hang();
    const first = w.kit.questions.at(-1)!;
    expect(first.signal?.aborted).toBe(false);
    guest.respond();
    expect(first.signal?.aborted).toBe(true);
    guest.hang();
    const second = w.kit.questions.at(-1)!;
    expect(second).not.toBe(first);
    await closeWindow(popupWin);
    expect(second.signal?.aborted).toBe(true);
  });

  it("the identity window's own site page is still told in its notice band, never asked", () => {
    const { w, win, page } = professionalOnX();
    page.hang();
    expect(w.kit.questions).toEqual([]);
    expect(sentTo(win, 'chrome:unresponsive')).toHaveLength(1);
  });
});

/** Professional's window on X with the post guard wired as bootstrap.ts does. */
function guarded() {
  const { w, services, context } = guardedWorld(300_000);
  const { win, page } = professionalOn(w);
  return { w, services, context, win, view: win.siteViews().find((v) => v.webContents === page)! };
}
const flush = flushTimers;

describe('our own chrome that stops answering', () => {
  it('after a short grace the person is asked; "Reload window" ends it, so the crash recovery loads it again with the site aside meanwhile', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { w, win, view } = guarded();
    const chrome = win.webContents;
    const loads = chrome.loads.length;
    w.kit.answer = 1; // Reload window
    chrome.hang();
    await vi.advanceTimersByTimeAsync(2_999);
    expect(w.kit.questions).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(w.kit.questions.map((q) => [q.message, q.buttons])).toEqual([["Professional's window is not responding.", ['Wait', 'Reload window']]]);
    await laterTasks(); // (render-process-gone comes in a later task)
    expect(chrome.loads).toHaveLength(loads + 1);
    expect(chrome.loads.at(-1)!.url).toBe(chrome.loads[0]!.url);
    expect(view.getVisible()).toBe(false);
    chrome.finishLoad('Professional');
    expect(view.getVisible()).toBe(true);
  });

  it('"Wait" leaves a merely busy chrome as it is (ending it would lose what was typed in the last seconds)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { w, win, view } = guarded();
    const chrome = win.webContents;
    const loads = chrome.loads.length;
    w.kit.answer = 0; // Wait
    chrome.hang();
    await vi.advanceTimersByTimeAsync(3_000);
    await laterTasks();
    expect(w.kit.questions).toHaveLength(1);
    expect(chrome.isCrashed()).toBe(false);
    expect(chrome.loads).toHaveLength(loads);
    chrome.respond();
    expect(view.getVisible()).toBe(true);
  });

  it('that answers within the grace is left as it is', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { win, view } = guarded();
    const chrome = win.webContents;
    const loads = chrome.loads.length;
    chrome.hang();
    await vi.advanceTimersByTimeAsync(2_000);
    chrome.respond();
    await vi.advanceTimersByTimeAsync(10_000);
    await laterTasks();
    expect(chrome.isCrashed()).toBe(false);
    expect(chrome.loads).toHaveLength(loads);
    expect(view.getVisible()).toBe(true);
  });

  it('never lets a post out meanwhile: the post waits, and the reloaded chrome is asked again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { w, services, context, win, view } = guarded();
    const chrome = win.webContents;
    const loads = chrome.loads.length;
    chrome.hang();
    let settled: unknown = null;
    const decision = services.guard.check({ identityId: w.professional.id, ...TWEET });
    void decision.then((d) => (settled = d));
    await flush();
    expect(view.getVisible()).toBe(false); // (the sheet's place, which the hung chrome cannot draw)
    w.kit.answer = 1; // Reload window
    await vi.advanceTimersByTimeAsync(3_000);
    await laterTasks();
    expect(chrome.loads).toHaveLength(loads + 1); // (ended, and loaded again in a new renderer)
    await flush();
    expect(settled).toBeNull();
    chrome.finishLoad('Professional');
    expect(view.getVisible()).toBe(false); // (the question is still open: the site stays aside for its sheet)
    const [held] = services.broker.pending(w.professional.id);
    expect((await context(w.professional.id)).pendingPrompts.map((p) => p.requestId)).toEqual([held]);
    services.guard.cancel(held!);
    expect(await decision).toMatchObject({ allow: false });
    expect(view.getVisible()).toBe(true);
  });
});
