/**
 * Closing an identity window while its composer holds text not saved yet (a full disk, or a save still on its way
 * before the draft exists). The page's beforeunload
 * asks to stay; unanswered, Electron cancels the close without a word, so main asks the person (will-prevent-unload).
 */
import { describe, expect, it } from 'vitest';
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

  it('closes when the person chooses to close without saving', () => {
    const w = windowWorld();
    w.windows.openIdentity(w.professional.id);
    const win = identityWin(w, w.professional.id);
    win.webContents.cancelsUnload = true;
    w.kit.answer = 1;
    win.close();
    expect(win.isDestroyed()).toBe(true);
  });

  it('asks nothing when nothing is unsaved', () => {
    const w = windowWorld();
    w.windows.openIdentity(w.professional.id);
    const win = identityWin(w, w.professional.id);
    win.close();
    expect(win.isDestroyed()).toBe(true);
    expect(w.kit.questions).toEqual([]);
  });
});
