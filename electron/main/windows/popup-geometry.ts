import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { CHROME, type Rect } from '../../../shared/domain/chrome-layout';
import { fitInto, workAreaOf } from '../../../shared/domain/window-placement';

/**
 * A popup (OAuth, sign-in) in an identity's chrome: the page gets the size it asked for in window.open's features,
 * and the window adds the identity's frame, title band and status strip around it, all within the work area of the
 * display its opener is on.
 */
export const POPUP_MIN_PAGE = { width: 320, height: 240 } as const;

/** The page's size when window.open asked for none (Electron's own default: lib/browser/guest-window-manager.ts). */
const DEFAULT_PAGE = { width: 800, height: 600 } as const;

/**
 * Room for the title bar and borders the OS draws outside the content area, which the popup's size leaves out and
 * which cannot be measured before the window exists: a little more than Windows, GNOME and macOS draw at 100%.
 */
export const OS_FRAME = { width: 16, height: 40 } as const;

/** What a page's window.open asked for. */
export interface PopupRequest {
  /** The options Electron hands `createWindow`: the features as window options, with width 800 and height 600 unless given. */
  options: BrowserWindowConstructorOptions;
  /** The features string as the page wrote it (the window open handler's `details.features`). */
  features: string;
  /** The bounds of the window whose page opened it; null when unknown. */
  opener: Rect | null;
}

/**
 * The popup's window options. Electron takes a page's `left`/`top` as the window's `x`/`y` (parse-features-string.ts,
 * parseFeatures) and places the window there without looking at any display (native_window.cc, InitFromOptions:
 * SetPosition), so `left=-3000` made a window that was only a taskbar button, and a tall one on a small screen hid its
 * own buttons below the taskbar. So the window, chrome and OS frame included, is fitted into the work area of the
 * display the opener is on, where the person is looking; without a position it is centred on the opener, not only
 * on some display (Electron's default, docs/api/structures/base-window-options.md).
 */
export function popupWindowOptions(
  request: PopupRequest,
  workAreas: readonly Rect[],
): { x?: number; y?: number; width: number; height: number; minWidth: number; minHeight: number; useContentSize: true } {
  const page = {
    width: Math.max(POPUP_MIN_PAGE.width, pageLength(request, 'width', 'innerWidth')),
    height: Math.max(POPUP_MIN_PAGE.height, pageLength(request, 'height', 'innerHeight')),
  };
  const content = { width: page.width + 2 * CHROME.frame, height: page.height + CHROME.titleBand + CHROME.statusBar };
  const least = { width: POPUP_MIN_PAGE.width + 2 * CHROME.frame, height: POPUP_MIN_PAGE.height + CHROME.titleBand + CHROME.statusBar };
  // (The size is the content area's, not the outer frame's: BrowserWindow `useContentSize`.)
  const area = request.opener ? workAreaOf(request.opener, workAreas) : workAreas[0];
  if (!area) return { ...positionAsked(request.options), useContentSize: true, ...content, minWidth: least.width, minHeight: least.height };
  const outer = { width: content.width + OS_FRAME.width, height: content.height + OS_FRAME.height };
  const centre = request.opener ?? area;
  const at = positionAsked(request.options) ?? {
    x: Math.round(centre.x + (centre.width - outer.width) / 2),
    y: Math.round(centre.y + (centre.height - outer.height) / 2),
  };
  const fitted = fitInto({ ...at, ...outer }, area);
  const width = fitted.width - OS_FRAME.width;
  const height = fitted.height - OS_FRAME.height;
  // (A minimum larger than the room there is would push the window out again: Electron clamps the size to it.)
  return { x: fitted.x, y: fitted.y, useContentSize: true, width, height, minWidth: Math.min(least.width, width), minHeight: Math.min(least.height, height) };
}

/**
 * The page's width or height as asked. `width` wins over `innerWidth` when both are given (CSSOM View, "The features
 * argument to the open() method"). Electron passes both through (parse-features-string.ts, allowedWindowOptions) and
 * fills in width 800 and height 600 when the page gave none (guest-window-manager.ts, openGuestWindow), so only the
 * features string says whether `width` was the page's. A value that is not a positive number is no request.
 */
function pageLength(request: PopupRequest, key: 'width' | 'height', inner: 'innerWidth' | 'innerHeight'): number {
  const given = new Set(request.features.split(',').map((pair) => (pair.split('=')[0] ?? '').trim()));
  const options = request.options as Record<string, unknown>;
  const value = !given.has(key) && given.has(inner) ? options[inner] : options[key];
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : DEFAULT_PAGE[key];
}

/** The position asked for: Electron places a window only when both `x` and `y` are given (native_window.cc). */
function positionAsked(options: BrowserWindowConstructorOptions): { x: number; y: number } | undefined {
  const { x, y } = options;
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y) ? { x: Math.round(x), y: Math.round(y) } : undefined;
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
