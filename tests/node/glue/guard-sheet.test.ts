/**
 * Issue 8, item 7 (the prompt half): a question the guard asks survives a
 * chrome reload or a late subscriber, and the site view is never left hidden
 * once no question is open.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeWindow, identityWin } from './support/windows';
import type { ChromeContext } from '../../../shared/ipc/contract';
import { flushTimers, guardedWorld, TWEET } from './support/guard';
import { endWhenQuitIsCertain } from '../../../electron/main/quit';

const guarded = () => guardedWorld();
const flush = flushTimers;

beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => void vi.useRealTimers());

describe('the site view and open questions (item 7)', () => {
  it('hides the site while a post waits, and shows it again when the guard gives up', async () => {
    const { w, services } = guarded();
    w.windows.openIdentity(w.professional.id);
    const win = identityWin(w, w.professional.id);
    const site = win.siteViews()[0]!;
    const decision = services.guard.check({ identityId: w.professional.id, ...TWEET });
    await flush();
    expect(site.getVisible()).toBe(false);
    expect(services.broker.pending(w.professional.id)).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(60_000);
    expect(await decision).toMatchObject({ allow: false, cause: 'chrome-timeout' });
    expect(services.broker.pending(w.professional.id)).toEqual([]);
    expect(site.getVisible()).toBe(true);
    expect(win.webContentsAt(400, 300)).toBe(site.webContents);
  });

  it('shows the site again when the post is cancelled from the cooling-off notice, too', async () => {
    const { w, services } = guarded();
    w.windows.openIdentity(w.professional.id);
    const site = identityWin(w, w.professional.id).siteViews()[0]!;
    const decision = services.guard.check({ identityId: w.professional.id, ...TWEET });
    await flush();
    const [requestId] = services.broker.pending(w.professional.id);
    services.guard.cancel(requestId!);
    expect(await decision).toMatchObject({ allow: false, cause: 'user' });
    expect(site.getVisible()).toBe(true);
  });
});

describe('a chrome page that (re)loads (item 7)', () => {
  it('gets the waiting post and its side panel back after a reload that lost the pushed prompt', async () => {
    const { w, services, context } = guarded();
    w.windows.openIdentity(w.professional.id);
    const chrome = identityWin(w, w.professional.id).webContents;
    chrome.finishLoad();
    chrome.rendererOn('guard:prompt', () => {});
    w.windows.setPanel(w.professional.id, 'composer');
    void services.guard.check({ identityId: w.professional.id, ...TWEET });
    await flush();
    expect(chrome.delivered('guard:prompt')).toHaveLength(1);

    chrome.reload();
    chrome.finishLoad();
    expect(chrome.delivered('guard:prompt')).toEqual([]);
    const ctx = await context(w.professional.id);
    expect(ctx.pendingPrompts).toEqual([expect.objectContaining({ identityId: w.professional.id, text: 'Quarterly results are out', site: 'x.com' })]);
    expect(ctx.panel).toBe('composer');
  });

  it('a window opened while a post waits starts with the site hidden and the question readable', async () => {
    const { w, services, context } = guarded();
    w.windows.openIdentity(w.professional.id);
    void services.guard.check({ identityId: w.professional.id, ...TWEET });
    await flush();
    const first = identityWin(w, w.professional.id);
    await closeWindow(first);
    w.windows.openIdentity(w.professional.id);
    const again = identityWin(w, w.professional.id);
    expect(again === first).toBe(false);
    expect(again.siteViews()[0]!.getVisible()).toBe(false);
    expect((await context(w.professional.id)).pendingPrompts).toHaveLength(1);
  });
});

describe('guard notices a reloading chrome missed', () => {
  it('come with its next context, once; a countdown comes only while it counts, and a sign-in popup takes none', async () => {
    const { w, services, context } = guarded();
    w.windows.openIdentity(w.professional.id);
    const chrome = identityWin(w, w.professional.id).webContents;
    chrome.finishLoad();
    await context(w.professional.id, true); // (the chrome asks as it subscribes: from now on it hears)
    w.store.settings.setFor(w.professional.id, 'guard.policy', { confirm: 'never', coolingOffSeconds: 30 });
    chrome.reload();
    // While it reloads: a page on another site is refused, and a post starts counting down.
    await services.guard.check({ identityId: w.professional.id, ...TWEET, initiator: { origin: 'https://spam.example' } });
    const counting = services.guard.check({ identityId: w.professional.id, ...TWEET });
    await flush();
    chrome.finishLoad();
    const popup = identityWin(w, w.professional.id).siteViews()[0]!.webContents.windowOpen('about:blank', { features: 'width=483,height=600' });
    const popupWin = w.e.world.windows().find((x) => x.siteViews().some((v) => v.webContents === popup.guest))!;
    const fromPopup = await (services.handlers['chrome:context']({ identityId: w.professional.id, missed: true }, w.windows.contextOf(popupWin.webContents.id)!) as Promise<ChromeContext>);
    expect(fromPopup.missedNotices).toBeUndefined();
    // A read that does not ask (the network settings', one after a change of identities) leaves them for the one that does.
    expect((await context(w.professional.id)).missedNotices).toBeUndefined();

    const ctx = await context(w.professional.id, true);
    expect(ctx.missedNotices).toEqual([expect.objectContaining({ code: 'refused', noticeId: expect.any(String), message: expect.stringContaining('spam.example') })]);
    expect(ctx.coolingOff).toEqual([expect.objectContaining({ code: 'cooling-off' })]);
    expect((await context(w.professional.id, true)).missedNotices).toBeUndefined();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(await counting).toMatchObject({ allow: true });
  });
});

describe('what a reloaded sign-in popup reads', () => {
  it('is its own page, not the question, panel or site of the identity window it came from', async () => {
    const { w, services, context } = guarded();
    w.windows.openIdentity(w.professional.id);
    const win = identityWin(w, w.professional.id);
    const page = win.siteViews()[0]!.webContents;
    page.finishLoad('Home');
    const popup = page.windowOpen('about:blank', { features: 'width=483,height=600' });
    popup.guest!.pageNavigates('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=1');
    popup.guest!.finishLoad('Sign in to your account');
    w.windows.setPanel(w.professional.id, 'composer');
    void services.guard.check({ identityId: w.professional.id, ...TWEET });
    await flush();
    expect((await context(w.professional.id)).pendingPrompts).toHaveLength(1);

    const popupWin = w.e.world.windows().find((x) => x.siteViews().some((v) => v.webContents === popup.guest))!;
    const caller = w.windows.contextOf(popupWin.webContents.id)!;
    const ctx = await (services.handlers['chrome:context']({ identityId: w.professional.id }, caller) as Promise<ChromeContext>);
    expect(ctx.identity.id).toBe(w.professional.id);
    expect(ctx.pendingPrompts).toEqual([]);
    expect(ctx.panel).toBe('none');
    expect(ctx.activeSiteId).toBeNull();
    expect(ctx.siteState).toMatchObject({ siteId: 'popup', title: 'Sign in to your account', url: expect.stringContaining('login.microsoftonline.com') });
  });
});

describe('a chrome that could not read its state', () => {
  it('keeps the site aside until a read succeeds: its band cannot say whose window it is', async () => {
    const { w, context } = guarded();
    w.windows.openIdentity(w.professional.id);
    const site = identityWin(w, w.professional.id).siteViews()[0]!;
    expect(site.getVisible()).toBe(true);
    const read = w.windows.networkFailureOf.bind(w.windows);
    w.windows.networkFailureOf = () => {
      throw new Error('SQLITE_BUSY: database is locked');
    };
    await expect(context(w.professional.id, true)).rejects.toThrow('SQLITE_BUSY');
    expect(site.getVisible()).toBe(false);
    w.windows.networkFailureOf = read;
    await context(w.professional.id, true);
    expect(site.getVisible()).toBe(true);
    // A later read failing (a change of identities, the network settings) leaves the band, which names the identity.
    w.windows.networkFailureOf = () => {
      throw new Error('SQLITE_BUSY: database is locked');
    };
    await expect(context(w.professional.id)).rejects.toThrow('SQLITE_BUSY');
    expect(site.getVisible()).toBe(true);
  });
});

describe('quitting while a post is held', () => {
  it('logs its cancellation before the store closes (the cancellation is logged in a later microtask)', async () => {
    const { w, services } = guarded();
    w.windows.openIdentity(w.professional.id);
    const decision = services.guard.check({ identityId: w.professional.id, ...TWEET });
    await flush();
    let loggedAtClose: string[] | null = null;
    endWhenQuitIsCertain(w.e.app, () => services.guard.dispose(), () => {
      loggedAtClose = w.store.activity.query({ identityIds: [w.professional.id], limit: 50 }).rows.map((r) => r.kind);
    });
    w.e.app.quit();
    expect(await decision).toMatchObject({ allow: false, cause: 'shutdown' });
    await flush();
    expect(loggedAtClose).toContain('post.cancelled');
  });

  it('at a Windows logoff or shutdown, which ends the process without will-quit, is logged as cancelled all the same', async () => {
    const { w, services } = guarded();
    // (As bootstrap.ts: registered before any window opens.)
    let storeClosed = 0;
    endWhenQuitIsCertain(w.e.app, () => services.guard.dispose(), () => void storeClosed++);
    w.windows.openIdentity(w.professional.id);
    let outcome: unknown = null;
    void services.guard.check({ identityId: w.professional.id, ...TWEET }).then((d) => (outcome = d));
    await flush();
    expect(outcome).toBeNull();
    w.e.app.endSession();
    expect(w.e.app.terminated).toBe(true);
    // Only the microtasks of the listeners' own calls run before the process ends: no later task.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(outcome).toMatchObject({ allow: false, cause: 'shutdown' });
    const kinds = w.store.activity.query({ identityIds: [w.professional.id], limit: 50 }).rows.map((r) => r.kind);
    expect(kinds).toContain('post.cancelled');
    // (The store is left open: a quit under way is not cut short by the session's end, and its windows still log.)
    expect(storeClosed).toBe(0);
  });
});
