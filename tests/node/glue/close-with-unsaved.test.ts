/**
 * Closing an identity window while its composer holds text not saved yet (a full disk, or a save still on its way
 * before the draft exists). The page's beforeunload
 * asks to stay; unanswered, Electron cancels the close without a word, so main asks the person (will-prevent-unload).
 */
import { describe, expect, it } from 'vitest';
import { endWhenQuitIsCertain } from '../../../electron/main/quit';
import { nextTask } from '../../support/electron';
import { identityWin, windowWorld } from './support/windows';

describe('closing a window whose composer could not save', () => {
  it('asks, names the identity, and keeps the window when the person keeps editing', () => {
    const w = windowWorld();
    w.windows.openIdentity(w.professional.id);
    const win = identityWin(w, w.professional.id);
    win.webContents.cancelsUnload = true;
    w.kit.answer = 0; // Keep editing
    win.close();
    expect(win.isDestroyed()).toBe(false);
    expect(w.kit.questions.at(-1)).toMatchObject({ message: "Professional's draft has changes that are not saved yet.", buttons: ['Keep editing', 'Close without saving'], cancelId: 0 });
  });

  it('closes when the person chooses to close without saving', async () => {
    const w = windowWorld();
    w.windows.openIdentity(w.professional.id);
    const win = identityWin(w, w.professional.id);
    win.webContents.cancelsUnload = true;
    w.kit.answer = 1;
    win.close();
    await nextTask(); // (the window closes)
    expect(win.isDestroyed()).toBe(true);
  });

  it('asks nothing when nothing is unsaved', async () => {
    const w = windowWorld();
    w.windows.openIdentity(w.professional.id);
    const win = identityWin(w, w.professional.id);
    win.close();
    await nextTask(); // (the window closes)
    expect(win.isDestroyed()).toBe(true);
    expect(w.kit.questions).toEqual([]);
  });
});

describe('quitting while a composer could not save', () => {
  it('is cancelled when the person keeps editing, and what ends with Hatstand ends only once the quit is certain', async () => {
    const w = windowWorld();
    let ended = 0;
    endWhenQuitIsCertain(w.e.app, () => void ended++);
    w.windows.openIdentity(w.professional.id);
    const pro = identityWin(w, w.professional.id);
    pro.webContents.cancelsUnload = true;
    w.windows.openIdentity(w.personal.id);
    const personal = identityWin(w, w.personal.id);
    w.kit.answer = 0; // Keep editing
    w.e.app.quit();
    await nextTask(); // (the windows that closed end)
    expect(pro.isDestroyed()).toBe(false);
    // (Electron asks every window whatever the others answered: only the one that refused stays.)
    expect(personal.isDestroyed()).toBe(true);
    expect(w.e.app.quitting).toBe(false);
    expect(w.e.app.ended).toBe(false);
    expect(ended).toBe(0); // (the post guard and the networks still run: Hatstand goes on)

    w.kit.answer = 1; // Close without saving
    w.e.app.quit();
    await nextTask(); // (the window ends, and with the last one the quit)
    expect(w.e.world.windows()).toEqual([]);
    expect(ended).toBe(1);
    expect(w.e.app.ended).toBe(true);
  });
});
