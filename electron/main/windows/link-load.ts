import type { HandlerDetails, LoadURLOptions } from 'electron';

/**
 * Ctrl/Cmd-click, Shift-click and middle-click reach the window-open handler's
 * createWindow WITHOUT a guest, and Electron then loads nothing: the URL,
 * referrer and POST body exist only in the handler's details
 * (lib/browser/guest-window-manager.ts:70-105; docs/api/web-contents.md:1515-1518).
 * This is the load Electron itself would have made for its own window
 * (guest-window-manager.ts:93-103, formatPostDataHeaders at :188-197).
 */
export function linkLoadOptions(details: Pick<HandlerDetails, 'referrer' | 'postBody'>): LoadURLOptions {
  const options: LoadURLOptions = { httpReferrer: details.referrer };
  if (details.postBody) {
    const { data, contentType, boundary } = details.postBody;
    options.postData = data;
    options.extraHeaders = `content-type: ${contentType}${boundary ? `; boundary=${boundary}` : ''}`;
  }
  return options;
}

/** True when createWindow was called without the guest Chromium prepares for window.open. */
export function isGuestless(options: object): boolean {
  return (options as { webContents?: unknown }).webContents == null;
}
