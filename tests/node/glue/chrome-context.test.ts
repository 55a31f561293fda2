/**
 * What a chrome that (re)loads reads from main (chrome:context) about its window: where the site page is now, as main
 * last told it in chrome:siteState events a reloaded page never heard.
 */
import { describe, expect, it } from 'vitest';
import type { GuardNotice } from '../../../shared/ipc/contract';
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
      // (The query's values stay in main: a sign-in's codes are secrets, redact.ts.)
      url: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=…',
      title: 'Sign in to your account',
    });
    expect(w.windows.siteStateOf(w.professional.id)).toMatchObject({ siteId: x.id, url: x.homeUrl });
    // A chrome id that is not one of this identity's popups tells nothing.
    expect(w.windows.siteStateOf(w.personal.id, chromeId)).toBeNull();
  });
});

describe('the guard notices a chrome missed', () => {
  const notice = (message: string): GuardNotice => ({ level: 'error', code: 'refused', identityId: 'id', message });

  it('are those sent while it loaded, reloaded or lay crashed, given once with its next context', () => {
    const { w, win } = professionalOnX();
    const pro = w.professional.id;
    const heard: unknown[] = [];
    // A chrome's first document: it subscribes as it asks for its context; what came before reached nobody.
    w.windows.send(pro, 'guard:notice', notice('before it asked'));
    expect(win.webContents.delivered('guard:notice')).toEqual([]);
    win.webContents.rendererOn('guard:notice', (n) => heard.push(n));
    expect(w.windows.missedNotices(pro).map((n) => n.message)).toEqual(['before it asked']);
    // Hearing: what follows is delivered, and not given again.
    w.windows.send(pro, 'guard:notice', notice('while it listened'));
    expect(heard).toHaveLength(1);
    expect(w.windows.missedNotices(pro)).toEqual([]);

    // A reload: the new document hears nothing until it asks.
    win.webContents.reload();
    w.windows.send(pro, 'guard:notice', notice('during the reload'));
    win.webContents.finishLoad();
    expect(w.windows.missedNotices(pro).map((n) => n.message)).toEqual(['during the reload']);

    // A crash: main loads the chrome again; what was sent meanwhile waits for its context.
    win.webContents.crash();
    w.windows.send(pro, 'guard:notice', notice('while it lay crashed'));
    win.webContents.finishLoad();
    expect(w.windows.missedNotices(pro).map((n) => n.message)).toEqual(['while it lay crashed']);
    expect(w.windows.missedNotices(w.personal.id)).toEqual([]); // (no window)
  });

  it('include those sent while a chrome that keeps crashing waits to be loaded again', () => {
    const { w, win } = professionalOnX();
    const pro = w.professional.id;
    w.windows.missedNotices(pro); // (hearing)
    // Crashing again and again: main loads it again a few times a minute, then waits; no load starts meanwhile.
    for (let i = 0; i < 3; i++) {
      win.webContents.crash();
      win.webContents.finishLoad();
      w.windows.missedNotices(pro);
    }
    const loads = win.webContents.loads.length;
    win.webContents.crash();
    expect(win.webContents.loads).toHaveLength(loads); // (not loaded again yet)
    w.windows.send(pro, 'guard:notice', notice('while it lay crashed, not yet reloaded'));
    expect(w.windows.missedNotices(pro).map((n) => n.message)).toEqual(['while it lay crashed, not yet reloaded']);
  });

  it('keep the latest twenty when the chrome is away for long', () => {
    const { w } = professionalOnX();
    for (let i = 1; i <= 25; i++) w.windows.send(w.professional.id, 'guard:notice', notice(`n${i}`));
    const missed = w.windows.missedNotices(w.professional.id).map((n) => n.message);
    expect(missed).toHaveLength(20);
    expect(missed[0]).toBe('n6');
    expect(missed.at(-1)).toBe('n25');
  });
});
