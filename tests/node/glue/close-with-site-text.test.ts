/**
 * Closing an identity window, or quitting, while a site page asks to stay (a post typed in the site's own compose box).
 * Electron runs only the window's own page's beforeunload when a window closes (electron_api_browser_window.cc,
 * OnCloseButtonClicked), and a view's page is closed by us without it; so Hatstand closes the site pages first, each
 * with its beforeunload, and asks the person as a browser asks before closing a tab (sites-before-close.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { endWhenQuitIsCertain } from '../../../electron/main/quit';
import { followRelaunches } from '../../../electron/main/relaunch';
import type { FakeWebContents } from '../../support/electron';
import { closeWindow, identityWin, laterTasks, professionalOnX } from './support/windows';

/** Professional's window on X's compose page, which asks to stay (a post typed in it); LinkedIn open behind it. */
function composingOnX() {
  const { w, win, x, page } = professionalOnX();
  void page.loadURL('https://x.com/compose/post');
  page.finishLoad('Compose / X');
  page.cancelsUnload = true;
  const linkedIn = win.siteViews().map((v) => v.webContents).find((p) => p !== page)!;
  return { w, win, x, page, linkedIn };
}

/** Professional's window on macOS (closing its last window does not quit), its X page asking to stay. */
function askingOnMac() {
  const made = professionalOnX({ platform: 'darwin' });
  made.page.cancelsUnload = true;
  return made;
}

const closeQuestions = (w: ReturnType<typeof professionalOnX>['w']) => w.kit.questions.filter((q) => /^(Close .*'s window|Quit Hatstand)\?$/.test(String(q.message)));

afterEach(() => vi.useRealTimers());

describe('closing a window whose site page asks to stay', () => {
  it('asks, naming the site and the identity; Stay keeps the window, the page and what was typed in it', async () => {
    const { w, win, page } = composingOnX();
    w.kit.answer = 0; // Stay
    await closeWindow(win);
    expect(closeQuestions(w)).toEqual([
      expect.objectContaining({
        message: "Close Professional's window?",
        detail: "x.com says changes you made in Professional's window may not be saved.",
        buttons: ['Stay', 'Close'],
        defaultId: 0,
        cancelId: 0,
      }),
    ]);
    expect(win.isDestroyed()).toBe(false);
    expect(page.isDestroyed()).toBe(false);
    expect(page.getURL()).toBe('https://x.com/compose/post');
    expect(win.siteViews().find((v) => v.getVisible())?.webContents).toBe(page);
    // (Its question was about the page shown, so nothing behind it was touched.)
    expect(win.siteViews()).toHaveLength(2);
  });

  it('Close closes the page and then the window; a later close of a window without such a page asks nothing', async () => {
    const { w, win, page, linkedIn } = composingOnX();
    w.kit.answer = 1; // Close
    await closeWindow(win);
    expect(closeQuestions(w)).toHaveLength(1);
    expect(page.isDestroyed()).toBe(true);
    expect(linkedIn.isDestroyed()).toBe(true);
    expect(win.isDestroyed()).toBe(true);

    w.windows.openIdentity(w.professional.id);
    await closeWindow(identityWin(w, w.professional.id));
    expect(closeQuestions(w)).toHaveLength(1);
    expect(w.windows.windowOf(w.professional.id)).toBeUndefined();
  });

  it('asks again at the next close after the person stayed', async () => {
    const { w, win } = composingOnX();
    w.kit.answer = 0; // Stay
    await closeWindow(win);
    w.kit.answer = 1; // Close
    await closeWindow(win);
    expect(closeQuestions(w)).toHaveLength(2);
    expect(win.isDestroyed()).toBe(true);
  });

  it('each close the person stays through leaves nothing behind on the page (no listener per close)', async () => {
    const { w, win, page } = composingOnX();
    w.kit.answer = 0; // Stay
    await closeWindow(win);
    const listeners = page.listenerCount('destroyed');
    for (let i = 0; i < 3; i++) await closeWindow(win);
    expect(closeQuestions(w)).toHaveLength(4);
    expect(page.listenerCount('destroyed')).toBe(listeners);
  });

  it('a question that cannot be shown keeps the page and the window, which closes at the next try', async () => {
    const { w, win, page } = composingOnX();
    const askNow = w.kit.askNow;
    w.kit.askNow = () => {
      throw new Error('No display to show a dialog on.');
    };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await closeWindow(win);
    expect(win.isDestroyed()).toBe(false);
    expect(page.isDestroyed()).toBe(false);
    expect(logged).toHaveBeenCalledWith('[windows] could not ask before closing x.com:', 'No display to show a dialog on.');
    expect(w.e.world.uncaughtErrors).toEqual([]);
    logged.mockRestore();
    w.kit.askNow = askNow;
    w.kit.answer = 1; // Close
    await closeWindow(win);
    expect(win.isDestroyed()).toBe(true);
  });

  it('a page behind the one shown says so, and Stay shows it; the page closed before it is left closed, not opened again', async () => {
    const { w, win, page, linkedIn } = composingOnX();
    page.cancelsUnload = false;
    linkedIn.finishLoad('Feed | LinkedIn');
    linkedIn.cancelsUnload = true;
    w.kit.answer = 0; // Stay
    await closeWindow(win);
    expect(closeQuestions(w).at(-1)).toMatchObject({ detail: "www.linkedin.com (open behind the site shown) says changes you made in Professional's window may not be saved." });
    expect(win.isDestroyed()).toBe(false);
    expect(page.isDestroyed()).toBe(true);
    expect(win.siteViews().map((v) => v.webContents)).toEqual([linkedIn]);
    expect(win.siteViews()[0]!.getVisible()).toBe(true);
    expect(w.windows.activeSiteId(w.professional.id)).not.toBe(null);
    // (Choosing X again opens it afresh.)
    const x = w.professional.sites.find((s) => s.label === 'X')!;
    w.windows.showSite(w.professional.id, x.id);
    const reopened = win.siteViews().find((v) => v.getVisible())!.webContents as FakeWebContents;
    expect(reopened).not.toBe(page);
    expect(reopened.loads.at(-1)!.url).toBe(x.homeUrl);
  });

  it('closes a page that never answers after a few seconds, so the window can always close', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { w, win, page } = composingOnX();
    page.unloadNeverAnswered = true;
    win.close();
    await laterTasks();
    expect(win.isDestroyed()).toBe(false);
    win.close(); // (the person clicks again: the first close goes on)
    await laterTasks();
    expect(win.isDestroyed()).toBe(false);
    vi.advanceTimersByTime(5_000);
    await laterTasks();
    expect(page.isDestroyed()).toBe(true);
    expect(win.isDestroyed()).toBe(true);
    expect(closeQuestions(w)).toEqual([]);
  });

  it('removing the identity asks nothing: the person has already confirmed that everything of it goes', async () => {
    const { w, win, page } = composingOnX();
    await w.windows.identityRemoved(w.professional.id);
    expect(win.isDestroyed()).toBe(true);
    expect(page.isDestroyed()).toBe(true);
    expect(closeQuestions(w)).toEqual([]);
  });
});

describe('a window whose composer keeps it after its site pages have gone', () => {
  it('shows the site it showed again, at the address it had (its composer could not save: "Keep editing")', async () => {
    const { w, win, page } = composingOnX();
    page.cancelsUnload = false;
    win.webContents.cancelsUnload = true; // (the composer: a full disk)
    w.kit.answer = 0; // Keep editing
    await closeWindow(win);
    expect(w.kit.questions.at(-1)).toMatchObject({ buttons: ['Keep editing', 'Close without saving'] });
    expect(win.isDestroyed()).toBe(false);
    expect(page.isDestroyed()).toBe(true);
    const shown = win.siteViews().filter((v) => v.getVisible()).map((v) => v.webContents);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.loads.at(-1)!.url).toBe('https://x.com/compose/post');
  });
});

describe('a sign-in or compose popup of a window that closes', () => {
  it('keeps its page, and what was typed in it: the popup window asks for itself when it closes', async () => {
    const { w, win, page } = composingOnX();
    page.cancelsUnload = false;
    const opened = page.windowOpen('https://x.com/intent/post?text=hi', { features: 'width=550,height=420' });
    expect(opened.outcome).toBe('app-window');
    const popupPage = opened.guest!;
    popupPage.finishLoad('Post / X');
    popupPage.cancelsUnload = true;
    await closeWindow(win);
    expect(win.isDestroyed()).toBe(true);
    expect(popupPage.isDestroyed()).toBe(false);
    expect(closeQuestions(w)).toEqual([]);
    const popupWin = w.e.world.windows().find((x) => x.siteViews().some((v) => v.webContents === popupPage))!;
    w.kit.answer = 0; // Stay
    await closeWindow(popupWin);
    expect(closeQuestions(w)).toEqual([expect.objectContaining({ message: "Close Professional's window?", detail: expect.stringContaining('x.com') })]);
    expect(popupPage.isDestroyed()).toBe(false);
  });
});

describe('a window wanted again while its close waits for its site pages', () => {
  it('stays, showing a link routed to its identity; the page closed before it is left closed', async () => {
    const { w, win, page, linkedIn } = composingOnX();
    page.cancelsUnload = false;
    win.close();
    expect(win.isDestroyed()).toBe(false); // (its site pages close first, in a later task)
    w.windows.openAs(w.professional.id, 'https://www.linkedin.com/in/ada/'); // (a link of Personal's for Professional)
    await laterTasks();
    expect(win.isDestroyed()).toBe(false);
    expect(w.windows.windowOf(w.professional.id)?.win === win).toBe(true);
    expect(page.isDestroyed()).toBe(true);
    expect(linkedIn.isDestroyed()).toBe(false);
    expect(linkedIn.loads.at(-1)!.url).toBe('https://www.linkedin.com/in/ada/');
    expect(win.siteViews().filter((v) => v.getVisible()).map((v) => v.webContents)).toEqual([linkedIn]);
    expect(closeQuestions(w)).toEqual([]);
  });

  it('on macOS stays when the Dock icon is clicked as it closes (activate brings it back)', async () => {
    const { w, win } = professionalOnX({ platform: 'darwin' });
    followRelaunches(w.e.app, { fromArgv: () => {}, reactivate: () => w.windows.reactivate() });
    win.close();
    w.e.app.activate();
    await laterTasks();
    expect(win.isDestroyed()).toBe(false);
    expect(win.isVisible()).toBe(true);
    expect(w.e.world.windows()).toHaveLength(1);
  });

  it('shows a link for the site whose page was being closed in a fresh page of that site', async () => {
    const { w, win, page } = composingOnX();
    page.cancelsUnload = false;
    win.close();
    w.windows.openAs(w.professional.id, 'https://x.com/ada');
    await laterTasks();
    expect(win.isDestroyed()).toBe(false);
    expect(page.isDestroyed()).toBe(true);
    const shown = win.siteViews().find((v) => v.getVisible())!.webContents;
    expect(shown === page).toBe(false);
    expect(shown.loads.at(-1)!.url).toBe('https://x.com/ada');
  });
});

describe('quitting while a site page asks to stay', () => {
  it('asks "Quit Hatstand?"; Stay keeps that window and Hatstand running, Quit goes on with the quit', async () => {
    const { w, win, page } = composingOnX();
    let ended = 0;
    endWhenQuitIsCertain(w.e.app, () => void ended++);
    w.windows.openIdentity(w.personal.id);
    const personal = identityWin(w, w.personal.id);

    w.kit.answer = 0; // Stay
    w.e.app.quit();
    await laterTasks();
    expect(closeQuestions(w)).toEqual([expect.objectContaining({ message: 'Quit Hatstand?', buttons: ['Stay', 'Quit'] })]);
    expect(win.isDestroyed()).toBe(false);
    expect(page.isDestroyed()).toBe(false);
    // (Electron asks every window whatever the others answered: only the one that refused stays.)
    expect(personal.isDestroyed()).toBe(true);
    expect(w.e.app.ended).toBe(false);
    expect(ended).toBe(0);

    w.kit.answer = 1; // Quit
    w.e.app.quit();
    await laterTasks();
    expect(page.isDestroyed()).toBe(true);
    expect(w.e.world.windows()).toEqual([]);
    expect(ended).toBe(1);
    expect(w.e.app.ended).toBe(true);
  });

  it('on macOS too, where closing the last window does not quit: the quit goes on once the pages have gone', async () => {
    const { w, win } = askingOnMac();
    w.kit.answer = 1; // Quit
    w.e.app.quit();
    await laterTasks();
    expect(win.isDestroyed()).toBe(true);
    expect(w.e.app.ended).toBe(true);
  });

  it('on macOS goes on with a sign-in popup open, which goes with the page that opened it', async () => {
    const { w, page } = professionalOnX({ platform: 'darwin' });
    const popup = page.windowOpen('https://accounts.google.com/o/oauth2/v2/auth?client_id=1', { features: 'width=480,height=640' });
    expect(popup.outcome).toBe('app-window');
    expect(w.e.world.windows()).toHaveLength(2);
    w.e.app.quit();
    await laterTasks();
    expect(w.e.world.windows()).toEqual([]);
    expect(w.e.app.ended).toBe(true);
  });

  it('asked while a close of the window waits for its site pages, goes on with the quit (macOS)', async () => {
    const { w, win } = askingOnMac();
    w.kit.answer = 1;
    win.close(); // (its X page answers in a later task)
    w.e.app.quit(); // (Cmd+Q before it has)
    await laterTasks();
    expect(closeQuestions(w)).toEqual([expect.objectContaining({ message: 'Quit Hatstand?' })]);
    expect(win.isDestroyed()).toBe(true);
    expect(w.e.app.ended).toBe(true);
  });

  it('a window closed by the person after a quit was cancelled closes, and Hatstand goes on running', async () => {
    const { w, win } = askingOnMac();
    w.kit.answer = 0; // Stay
    w.e.app.quit();
    await laterTasks();
    expect(w.e.app.ended).toBe(false);
    w.kit.answer = 1; // Close
    await closeWindow(win);
    expect(closeQuestions(w).at(-1)).toMatchObject({ message: "Close Professional's window?" });
    expect(win.isDestroyed()).toBe(true);
    expect(w.e.app.ended).toBe(false);
  });
});
