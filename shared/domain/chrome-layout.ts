/**
 * Geometry of an identity window, shared by main (which places the site view)
 * and the renderer (which draws the chrome around it). Main owns the site
 * view's bounds, so a page can never draw over the title band or the frame.
 */
export const CHROME = {
  titleBand: 64,
  frame: 8,
  /** The bottom edge is a strip that names the identity again. */
  statusBar: 26,
  sidebar: 76,
  panel: 400,
} as const;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function siteViewBounds(window: { width: number; height: number }, panelOpen: boolean): Rect {
  const x = CHROME.frame + CHROME.sidebar;
  const y = CHROME.titleBand;
  const width = window.width - x - CHROME.frame - (panelOpen ? CHROME.panel : 0);
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
