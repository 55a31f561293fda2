import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { CHROME } from '../../../shared/domain/chrome-layout';

/**
 * A popup (OAuth, sign-in) in an identity's chrome: the page gets the size it
 * asked for in window.open's features (Electron passes them as width/height,
 * defaulting to 800x600: lib/browser/guest-window-manager.ts:47-53), and the
 * window adds the identity's frame, title band and status strip around it.
 */
export const POPUP_MIN_PAGE = { width: 320, height: 240 } as const;

export function popupWindowOptions(
  requested: Pick<BrowserWindowConstructorOptions, 'width' | 'height' | 'x' | 'y'>,
): Pick<BrowserWindowConstructorOptions, 'x' | 'y'> & { width: number; height: number; minWidth: number; minHeight: number; useContentSize: true } {
  const page = {
    width: Math.max(POPUP_MIN_PAGE.width, Math.round(requested.width ?? 800)),
    height: Math.max(POPUP_MIN_PAGE.height, Math.round(requested.height ?? 600)),
  };
  return {
    ...(requested.x !== undefined && requested.y !== undefined ? { x: requested.x, y: requested.y } : {}),
    // The size is the content area's, not the outer frame's (BrowserWindow `useContentSize`).
    useContentSize: true,
    width: page.width + 2 * CHROME.frame,
    height: page.height + CHROME.titleBand + CHROME.statusBar,
    minWidth: POPUP_MIN_PAGE.width + 2 * CHROME.frame,
    minHeight: POPUP_MIN_PAGE.height + CHROME.titleBand + CHROME.statusBar,
  };
}

/** Where the popup's page sits inside a content area of this size. */
export function popupViewBounds(content: { width: number; height: number }): Rectangle {
  return {
    x: CHROME.frame,
    y: CHROME.titleBand,
    width: Math.max(0, content.width - 2 * CHROME.frame),
    height: Math.max(0, content.height - CHROME.titleBand - CHROME.statusBar),
  };
}
