import { describe, expect, it, vi } from 'vitest';
import { fitInto, placeWindow, workAreaOf } from '../../../shared/domain/window-placement';
import { closeWindow, identityWin, windowWorld } from './support/windows';

const LAPTOP = { x: 0, y: 0, width: 1440, height: 875 };
const MONITOR = { x: 1440, y: -200, width: 2560, height: 1400 };
const SIZE = { width: 1280, height: 860 };

describe('where an identity window opens again', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(placeWindow(null, [LAPTOP], SIZE)).toEqual({ width: 1280, height: 860, maximized: false });
  });

  it('opens where it was, on the display it was on', () => {
    expect(placeWindow({ x: 1600, y: 0, width: 1800, height: 1100 }, [LAPTOP, MONITOR], SIZE)).toEqual({ x: 1600, y: 0, width: 1800, height: 1100, maximized: false });
  });

  it('is centred on a display there is when the one it was on is gone, and fits it', () => {
    expect(placeWindow({ x: 1600, y: 0, width: 1800, height: 1100 }, [LAPTOP], SIZE)).toEqual({ width: 1440, height: 875, maximized: false });
  });

  it('keeps its place when only part of it is off screen, as long as its title bar can be grabbed', () => {
    expect(placeWindow({ x: 1300, y: 100, width: 800, height: 600 }, [LAPTOP], SIZE)).toMatchObject({ x: 1300, y: 100 });
    // Its title bar above the top of every display: it could not be moved back.
    expect(placeWindow({ x: 100, y: -500, width: 800, height: 600 }, [LAPTOP], SIZE)).not.toHaveProperty('x');
  });

  it('is maximised again when it was', () => {
    expect(placeWindow({ x: 10, y: 10, width: 900, height: 700, maximized: true }, [LAPTOP], SIZE)).toMatchObject({ x: 10, y: 10, width: 900, height: 700, maximized: true });
  });

  it('ignores a saved state that is not a size', () => {
    expect(placeWindow({ x: 0, y: 0, width: 0, height: Number.NaN }, [LAPTOP], SIZE)).toEqual({ width: 1280, height: 860, maximized: false });
  });
});

describe('the display a window is on, and bounds fitted into it', () => {
  it('is the display it overlaps most, else the primary (first)', () => {
    expect(workAreaOf({ x: 1300, y: 100, width: 800, height: 600 }, [LAPTOP, MONITOR])).toBe(MONITOR);
    expect(workAreaOf({ x: 100, y: 100, width: 800, height: 600 }, [LAPTOP, MONITOR])).toBe(LAPTOP);
    expect(workAreaOf({ x: -5000, y: 0, width: 800, height: 600 }, [LAPTOP, MONITOR])).toBe(LAPTOP);
    expect(workAreaOf({ x: 0, y: 0, width: 1, height: 1 }, [])).toBeUndefined();
  });

  it('moves bounds in from the edges they cross, and shrinks what is larger than the area', () => {
    expect(fitInto({ x: -3000, y: 100, width: 500, height: 700 }, LAPTOP)).toEqual({ x: 0, y: 100, width: 500, height: 700 });
    expect(fitInto({ x: 1300, y: 600, width: 500, height: 700 }, LAPTOP)).toEqual({ x: 940, y: 175, width: 500, height: 700 });
    expect(fitInto({ x: 100, y: 100, width: 3000, height: 2000 }, MONITOR)).toEqual({ x: 1440, y: -200, width: 2560, height: 1400 });
    expect(fitInto({ x: 10, y: 10, width: 100, height: 100 }, LAPTOP)).toEqual({ x: 10, y: 10, width: 100, height: 100 });
  });
});

describe('an identity window closed and opened again (glue)', () => {
  const open = (w: ReturnType<typeof windowWorld>) => {
    w.windows.openIdentity(w.professional.id);
    const win = identityWin(w, w.professional.id);
    win.webContents.finishLoad(); // (painted: ready-to-show)
    return win;
  };

  it('is shown once its chrome has loaded, not when a site page paints first (its ready-to-show reaches the window too)', () => {
    const w = windowWorld();
    w.windows.openIdentity(w.professional.id);
    const win = identityWin(w, w.professional.id);
    expect(win.isVisible()).toBe(false);
    win.siteViews()[0]!.webContents.finishLoad('Feed');
    expect(win.isVisible()).toBe(false);
    win.webContents.finishLoad();
    expect(win.isVisible()).toBe(true);
  });

  it('comes back maximised, and unmaximises to the size it had before', async () => {
    const w = windowWorld();
    const win = open(w);
    win.setBounds({ x: 200, y: 120, width: 1000, height: 700 });
    win.maximize();
    await closeWindow(win);
    const again = open(w);
    expect(again.isMaximized()).toBe(true);
    again.unmaximize();
    expect(again.getBounds()).toEqual({ x: 200, y: 120, width: 1000, height: 700 });
  });

  it('keeps the size it had before it was minimised', async () => {
    const w = windowWorld();
    const win = open(w);
    win.setBounds({ x: 40, y: 30, width: 900, height: 650 });
    win.minimize();
    await closeWindow(win);
    expect(open(w).getBounds()).toEqual({ x: 40, y: 30, width: 900, height: 650 });
  });

  it('keeps the size it had before full screen (a video, View > Toggle Full Screen), not the display\u2019s', async () => {
    const w = windowWorld();
    const win = open(w);
    win.setBounds({ x: 60, y: 50, width: 1100, height: 760 });
    win.setFullScreen(true);
    expect(win.isMaximized()).toBe(false);
    await closeWindow(win);
    const again = open(w);
    expect(again.getBounds()).toEqual({ x: 60, y: 50, width: 1100, height: 760 });
    expect(again.isMaximized()).toBe(false);
  });

  it('on macOS keeps the place the person dragged it to before zooming it, which macOS does not note as its normal frame', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const w = windowWorld({ platform: 'darwin' });
      const win = open(w);
      win.personMoves({ x: 220, y: 140, width: 1000, height: 700 });
      vi.advanceTimersByTime(1_000); // (the drag has settled)
      win.personZooms();
      await closeWindow(win);
      const again = open(w);
      expect(again.isMaximized()).toBe(true);
      again.unmaximize();
      expect(again.getBounds()).toEqual({ x: 220, y: 140, width: 1000, height: 700 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('on Windows and Linux keeps where it was dragged to when it was maximised at once (another display, Win+Up)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const w = windowWorld();
      const win = open(w);
      win.personMoves({ x: 100, y: 80, width: 1000, height: 700 });
      vi.advanceTimersByTime(1_000);
      win.personMoves({ x: 1300, y: 90, width: 1000, height: 700 });
      win.personZooms();
      await closeWindow(win);
      const again = open(w);
      again.unmaximize();
      expect(again.getBounds()).toEqual({ x: 1300, y: 90, width: 1000, height: 700 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('on macOS keeps the place the person dragged it to before full screen', async () => {
    const w = windowWorld({ platform: 'darwin' });
    const win = open(w);
    win.personMoves({ x: 80, y: 60, width: 1050, height: 720 });
    win.setFullScreen(true);
    await closeWindow(win);
    expect(open(w).getBounds()).toEqual({ x: 80, y: 60, width: 1050, height: 720 });
  });

  it('keeps its place when Hatstand ends without closing it (a logout or shutdown), once the move has settled', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const w = windowWorld();
      const win = open(w);
      win.setBounds({ x: 300, y: 90, width: 1000, height: 720 });
      win.setBounds({ x: 310, y: 95, width: 1010, height: 730 }); // (a drag: one save once it settles)
      vi.advanceTimersByTime(1_000);
      win.destroy(); // (no 'close': the session ended)
      const again = open(w);
      expect(again.getBounds()).toEqual({ x: 310, y: 95, width: 1010, height: 730 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('opens on a display there is when the one it was left on was unplugged', async () => {
    const w = windowWorld();
    w.kit.displays = [{ x: 0, y: 0, width: 1440, height: 875 }, { x: 1440, y: 0, width: 2560, height: 1400 }];
    const win = open(w);
    win.setBounds({ x: 1700, y: 100, width: 1800, height: 1100 });
    await closeWindow(win);
    w.kit.displays = [{ x: 0, y: 0, width: 1440, height: 875 }];
    const again = open(w);
    expect(again.options).not.toHaveProperty('x'); // (centred by the OS)
    expect(again.getBounds()).toMatchObject({ width: 1440, height: 875 });
  });

  it('closes even when the store cannot save where it was (a full disk)', async () => {
    const w = windowWorld();
    const win = open(w);
    w.store.settings.setFor = () => {
      throw new Error('database or disk is full');
    };
    await closeWindow(win);
    expect(win.isDestroyed()).toBe(true);
    expect(w.e.world.uncaughtErrors).toEqual([]);
  });
});
