import type { DownloadItem, Session, WebContents } from 'electron';
import { existsSync } from 'node:fs';
import { decidePermission } from '../security/permission-policy';
import type { Ending } from '../quit';
import { identityDownloadsFolder, safeDownloadName, uniqueDownloadPath, type RunningDownloads } from './downloads';

/**
 * The parts of a Session the identity setup uses; tests pass the shared double
 * (tests/support/electron). Events are declared one by one: Electron's `on`
 * returns the whole Session for chaining, which the glue never uses.
 */
export interface IdentitySession extends Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'getUserAgent' | 'setUserAgent'> {
  on(event: 'will-download', listener: (event: Electron.Event, item: DownloadItem, webContents: WebContents) => void): unknown;
}

export interface IdentitySessionOptions {
  identityId: string;
  identityName: () => string;
  downloadsRoot: string;
  /** `<origin> <permission>` keys the user allowed for this identity. */
  permissionGrants: () => ReadonlySet<string>;
  /** A download finished and is in its folder. */
  onDownload?: (info: { path: string; url: string }) => void;
  /**
   * A download was cancelled or interrupted (Chromium removes its unfinished file); `endedBy` when Hatstand's ending
   * cancelled it.
   */
  onDownloadFailed?: (info: { path: string; url: string; state: 'cancelled' | 'interrupted'; endedBy?: Ending }) => void;
  /** The downloads under way in every identity's session, which Hatstand's ending cancels (bootstrap.ts). */
  runningDownloads?: RunningDownloads;
  /** Whether a file exists; the real file system unless a test says otherwise. */
  fileExists?: (path: string) => boolean;
  /**
   * The other identity whose window the clipboard's text was copied in, if it still holds it. A site allowed to read
   * the clipboard reads whatever is on it, and the clipboard is the whole system's: what the person copied in another
   * identity's window (a client's name, a draft) is withheld from this identity's sites.
   */
  clipboardFromElsewhere?: () => Promise<string | undefined>;
  /** A site allowed to read the clipboard was refused it because it held another identity's text. */
  onClipboardWithheld?: (info: { url: string; copiedIn: string }) => void;
  /** A request was refused; `isMainFrame` false for a frame inside a page, `pageUrl` that page's address then. */
  onPermissionDenied?: (info: { permission: string; url: string; isMainFrame: boolean; pageUrl?: string }) => void;
}

/**
 * Applied once to each identity partition before any view uses it:
 * permissions denied unless allowed for this identity and origin, downloads
 * into the identity's own folder, and a plain Chrome user agent (some sites
 * refuse sign-in to anything that says "Electron").
 */
export function configureIdentitySession(session: IdentitySession, options: IdentitySessionOptions): void {
  // A sub-frame's request is decided with the page around it (Electron gives the frame's own URL as `requestingUrl` and
  // `isMainFrame` beside it, shell/browser/electron_permission_manager.cc, RequestPermissionsWithDetails): an origin the
  // person allowed gets nothing inside another site's page.
  session.setPermissionRequestHandler((wc: WebContents, permission, callback, details) => {
    const url = details.requestingUrl ?? '';
    const allowed =
      !capturesNoDevice(permission, details) &&
      decidePermission(permission, url, options.permissionGrants(), details.isMainFrame === false ? pageUrlOf(wc) : undefined);
    if (!allowed) {
      const frame = details.isMainFrame === false;
      const page = frame ? pageUrlOf(wc) : null;
      options.onPermissionDenied?.({ permission, url, isMainFrame: !frame, ...(page ? { pageUrl: page } : {}) });
    }
    // Blink asks for 'clipboard-read' at every read that is not the person's own paste (clipboard_promise.cc,
    // ValidatePreconditions: RequestPermission, not a cached check), so each read is decided on what the clipboard
    // holds then.
    const elsewhere = options.clipboardFromElsewhere;
    if (!allowed || permission !== 'clipboard-read' || !elsewhere) return callback(allowed);
    void elsewhere().then(
      (copiedIn) => {
        if (copiedIn) options.onClipboardWithheld?.({ url, copiedIn });
        callback(!copiedIn);
      },
      () => callback(false),
    );
  });
  // A check names the page around the frame as `embeddingOrigin` (a document's check, electron_permission_manager.cc,
  // GetPermissionResultForCurrentDocument; a cross-origin sub-frame's comes with a null webContents), or only the
  // frame (a media check: the webContents and `isMainFrame`, web_contents_permission_helper.cc,
  // CheckMediaAccessPermission), or neither (notifications checks pass null): the page's own then.
  session.setPermissionCheckHandler((wc, permission, requestingOrigin, details) => {
    const embeddedIn = details?.embeddingOrigin || (details?.isMainFrame === false && wc ? pageUrlOf(wc) : undefined);
    // (null: the page around the frame could not be read, which refuses, as for a request.)
    return decidePermission(permission, requestingOrigin, options.permissionGrants(), embeddedIn);
  });
  // Paths handed to downloads still under way: two downloads of one name at once must not share a file.
  const claimed = new Set<string>();
  const exists = options.fileExists ?? existsSync;
  session.on('will-download', (_event, item: DownloadItem) => {
    const folder = identityDownloadsFolder(options.downloadsRoot, options.identityName(), options.identityId);
    // Never overwrite an existing file (issue 8, "Worth settling").
    const path = uniqueDownloadPath(folder, safeDownloadName(item.getFilename()), (p) => claimed.has(p) || exists(p));
    claimed.add(path);
    // The final name, not a `.part` one renamed when done: Electron makes the save path both Chromium's target and its
    // intermediate, and takes it only in 'will-download' (electron_download_manager_delegate.cc, DetermineDownloadTarget;
    // docs/api/download-item.md, setSavePath), so getSavePath(), the 'completed' state and Chromium's finishing steps
    // (the OS's attachment check and mark of the web) would all be about the `.part` file, and a rename of ours after
    // 'done' can fail (a scanner holding the new file on Windows) or be cut off in turn. The cost: a crash, or the
    // process terminated at a Windows session's end, can still leave a cut-off file under the real name.
    item.setSavePath(path);
    const url = item.getURL();
    // Said when it is over, not when it starts (docs/api/download-item.md, Event: 'done': completed, cancelled, or
    // interrupted for good), and its name is free again then. With a save path set, Chromium writes to that very path
    // as it goes (the intermediate path is the target, electron_download_manager_delegate.cc) and removes it when the
    // download is cancelled or fails for good. One interrupted that could be resumed only reports 'updated', and would
    // sit cut off under the real name: Hatstand offers no resume, so it is cancelled, which ends it.
    item.on('updated', (_event, state) => {
      if (state === 'interrupted') item.cancel();
    });
    // Nor is one left running when Hatstand ends: Chromium's shutdown interrupts it for a resume (USER_SHUTDOWN,
    // download_manager_impl.cc, Shutdown; electron_browser_main_parts.cc, PostMainMessageLoopRun) and keeps its file,
    // after 'will-quit', when the log is closed. Cancelled once the quit is certain, its file is removed and its end
    // logged (quit.ts).
    let endedBy: Ending | undefined;
    const over = options.runningDownloads?.add((ending) => {
      endedBy = ending;
      item.cancel();
    });
    item.once('done', (_event, state) => {
      over?.();
      claimed.delete(path);
      if (state === 'completed') options.onDownload?.({ path, url });
      else options.onDownloadFailed?.({ path, url, state, ...(endedBy ? { endedBy } : {}) });
    });
  });
  session.setUserAgent(plainChromeUserAgent(session.getUserAgent()));
}

/**
 * A 'media' request for neither a camera nor a microphone: a capture of the screen asked through getUserMedia's
 * `chromeMediaSource`. Electron 45.5 asks that as 'display-capture' (electron.d.ts, setPermissionRequestHandler), which
 * a person cannot allow; the Electron the doubles cite filed it under 'media' with empty `mediaTypes`
 * (web_contents_permission_helper.cc, RequestMediaAccessPermission: only device audio and video are listed) and, with
 * no source named, captured the whole desktop without a picker, the other identity's window with it. A site allowed
 * the camera is never given the screen, whichever Electron runs.
 */
function capturesNoDevice(permission: string, details: object): boolean {
  const mediaTypes: unknown = (details as { mediaTypes?: unknown }).mediaTypes;
  return permission === 'media' && Array.isArray(mediaTypes) && mediaTypes.length === 0;
}

/** The URL of the page a web contents shows, or null when it cannot be read (destroyed meanwhile). */
function pageUrlOf(wc: Pick<WebContents, 'getURL'> | null | undefined): string | null {
  try {
    return wc?.getURL() || null;
  } catch {
    return null;
  }
}

/**
 * The app's fallback user agent, the plain Chrome one: a page whose first navigation no `loadURL` started (a
 * window.open popup: OAuth sign-ins) is not given its page's user agent, which Electron sets as an override for
 * `loadURL` navigations only (electron_api_web_contents.cc, SetUserAgent's `SetUserAgentOverride(ua, false)` and
 * LoadURL's UA_OVERRIDE_TRUE), and gets ElectronBrowserClient::GetUserAgent: `app.userAgentFallback`. Its Electron
 * and app tokens would get a sign-in refused ("this browser may not be secure") and tie identities to Hatstand.
 */
export function useChromeUserAgentFallback(app: { userAgentFallback: string }): void {
  app.userAgentFallback = plainChromeUserAgent(app.userAgentFallback);
}

export function plainChromeUserAgent(userAgent: string): string {
  return userAgent
    .replace(/\s?Electron\/\S+/g, '')
    .replace(/\s?hatstand\/\S+/gi, '')
    .trim();
}
