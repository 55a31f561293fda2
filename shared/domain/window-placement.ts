import type { Rect } from './chrome-layout';

/** How an identity window was left: its size and place when not maximised, and whether it was maximised. */
export interface SavedWindowState extends Rect {
  maximized?: boolean;
}

/** How much of a window's top edge (its title bar) must be on a display for the person to grab it there. */
const GRAB = { width: 100, height: 40 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * Where an identity window opens again: where it was, if its title bar can still be grabbed on one of the displays
 * there are now (a display unplugged or rearranged since would leave it off screen: the OS centres it instead, as
 * Electron does without x and y), no larger than that display's work area, and maximised again if it was.
 */
export function placeWindow(
  saved: SavedWindowState | null,
  workAreas: readonly Rect[],
  size: { width: number; height: number },
): { width: number; height: number; x?: number; y?: number; maximized: boolean } {
  if (!saved || !(saved.width > 0) || !(saved.height > 0)) return { ...size, maximized: false };
  const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: GRAB.height };
  const home = workAreas.find((area) => {
    const o = overlap(titleBar, area);
    return o.width >= Math.min(GRAB.width, saved.width) && o.height >= Math.min(GRAB.height, saved.height);
  });
  const fitIn = home ?? workAreas[0];
  const { width, height } = fitIn ? fitInto(saved, fitIn) : saved;
  return { width, height, ...(home ? { x: saved.x, y: saved.y } : {}), maximized: saved.maximized === true };
}

/**
 * The work area of the display a window is on: the one it overlaps most, as `screen.getDisplayMatching` picks
 * (docs/api/screen.md); the first (the primary's) when it overlaps none.
 */
export function workAreaOf(bounds: Rect, workAreas: readonly Rect[]): Rect | undefined {
  let best = workAreas[0];
  let most = 0;
  for (const area of workAreas) {
    const o = overlap(bounds, area);
    if (o.width * o.height > most) {
      best = area;
      most = o.width * o.height;
    }
  }
  return best;
}

/** Bounds that lie wholly in `area`: no larger than it, and moved in from any edge they cross. */
export function fitInto(bounds: Rect, area: Rect): Rect {
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  return {
    x: Math.min(Math.max(bounds.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(bounds.y, area.y), area.y + area.height - height),
    width,
    height,
  };
}
