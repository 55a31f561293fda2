/**
 * Geometry of an identity window, shared by main (which places the site view)
 * and the renderer (which draws the chrome around it). Main is the only owner
 * of the site view's bounds, and it computes them here from what the chrome
 * reports (open panel, notice band height), so both sides agree to the pixel.
 *
 * Why it matters: a WebContentsView always paints above the window's own page;
 * no z-index in the chrome can draw over it (electron#26532, PITFALLS 13).
 * Everything a person must see or click therefore lives in regions the chrome
 * owns, never inside the rectangle `siteViewBounds` returns:
 *
 *   +------------------------------------------------------------+
 *   | title band (identity, "Posting as ...", page and app buttons) |
 *   +----+-------------------------------------------+------------+
 *   |side| notice band (0 px when there is no notice) | side panel |
 *   |bar +-------------------------------------------+ (composer, |
 *   |    | site view (WebContentsView, placed by main) | drafts,    |
 *   |    |                                           | settings)  |
 *   +----+-------------------------------------------+------------+
 *   | status strip (names the identity again)                     |
 *   +------------------------------------------------------------+
 *
 * A sheet that covers the whole window (the post confirmation) is shown only
 * while main hides the site view.
 */
export const CHROME = {
  titleBand: 64,
  frame: 8,
  /** The bottom edge is a strip that names the identity again. */
  statusBar: 26,
  sidebar: 76,
  panel: 400,
  /** The notice band never takes more than this share of the height between title band and status strip; beyond it, it scrolls. */
  noticeShare: 0.45,
} as const;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the chrome tells main about an identity window's layout; main turns it into the site view's bounds. */
export interface ChromeLayout {
  panelOpen?: boolean;
  /** Height of the notice band the chrome draws above the site (CSS px); clamped with `noticeBandHeight`. */
  noticeBand?: number;
}

/**
 * The notice band's height for a window of this height: what the notices need,
 * rounded up to a whole pixel, at most `CHROME.noticeShare` of the site area.
 * The renderer sizes its band with it and main places the site view with it.
 */
export function noticeBandHeight(requested: number, windowHeight: number): number {
  if (!Number.isFinite(requested) || requested <= 0) return 0;
  const area = Math.max(0, windowHeight - CHROME.titleBand - CHROME.statusBar);
  return Math.min(Math.ceil(requested), Math.floor(area * CHROME.noticeShare));
}

export function siteViewBounds(window: { width: number; height: number }, layout: ChromeLayout = {}): Rect {
  const x = CHROME.frame + CHROME.sidebar;
  const y = CHROME.titleBand + noticeBandHeight(layout.noticeBand ?? 0, window.height);
  const width = window.width - x - CHROME.frame - (layout.panelOpen ? CHROME.panel : 0);
  const height = window.height - y - CHROME.statusBar;
  return { x, y, width: Math.max(0, width), height: Math.max(0, height) };
}

/** "Hatstand: Professional, x.com": the identity is always in the OS window title. */
export function identityWindowTitle(identityName: string, siteHost: string | null): string {
  return siteHost ? `Hatstand: ${identityName}, ${siteHost}` : `Hatstand: ${identityName}`;
}

/** Black or white text, whichever reads better on the identity's colour (WCAG relative luminance). */
export function textColorOn(hex: string): '#000000' | '#ffffff' {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // Contrast against white is (1.05)/(l+0.05); against black (l+0.05)/0.05.
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

/** The initials drawn in icons when the avatar is an emoji that a bitmap font cannot draw. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? words.slice(0, 2).map((w) => w[0]) : [...(words[0] ?? '?')].slice(0, 2);
  return letters.join('').toUpperCase();
}
