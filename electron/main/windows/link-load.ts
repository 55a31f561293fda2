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

/**
 * The sandbox of the frame a modifier-clicked link came from, when that frame is sandboxed without
 * allow-popups-to-escape-sandbox: Electron hands it to createWindow as `webPreferences.openerSandboxFlags`, and applies
 * it only to a WebContents it creates with those preferences (lib/browser/guest-window-manager.ts, "the new window
 * must inherit the opener's sandbox restrictions"; electron_api_web_contents.cc, the constructor's
 * `options.Get("openerSandboxFlags", ...)`; electron#52133, in Electron 44 and later). Not in electron.d.ts.
 */
export function openerSandboxFlagsOf(options: object): number | undefined {
  const flags = (options as { webPreferences?: { openerSandboxFlags?: unknown } }).webPreferences?.openerSandboxFlags;
  return typeof flags === 'number' && flags !== 0 ? flags : undefined;
}
