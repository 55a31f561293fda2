import type { DownloadItem, Session, WebContents } from 'electron';
import { basename } from 'node:path';
import { decidePermission } from '../security/permission-policy';
import type { Ending } from '../quit';
import {
  ClaimedPaths,
  diskFiles,
  finishDownload,
  identityDownloadsFolder,
  partialPathFor,
  safeDownloadName,
  uniqueDownloadPath,
  type DownloadFiles,
  type PartialDownloads,
  type RunningDownloads,
} from './downloads';

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
  /**
   * A download finished and is in its folder at `path`; `name` is the name the site gave it (made safe), which the
   * file does not have when a file or another download had it (downloads.ts, savedDownloadSummary).
   */
  onDownload?: (info: { path: string; url: string; name: string }) => void;
  /** A download finished but could not be given its name (`path`): it is whole, at `partialPath`. */
  onDownloadUnnamed?: (info: { path: string; partialPath: string; url: string }) => void;
  /**
   * A download was cancelled or interrupted (Chromium removes its unfinished file, `partialPath`); `path` is the name
   * it would have had; `endedBy` when Hatstand's ending cancelled it.
   */
  onDownloadFailed?: (info: { path: string; partialPath: string; url: string; state: 'cancelled' | 'interrupted'; endedBy?: Ending }) => void;
  /** The downloads under way in every identity's session, which Hatstand's ending cancels (bootstrap.ts). */
  runningDownloads?: RunningDownloads;
  /** This identity's list of partial files, which the next start cleans up (downloads.ts, removePartialsLeftBehind). */
  partialDownloads?: PartialDownloads;
  /** Whether a file exists; the real file system unless a test says otherwise. */
  fileExists?: (path: string) => boolean;
  /**
   * The other identity whose window the clipboard's content was copied in, if it still holds it (clipboard-owner.ts),
   * with which copy it is; rejects when the clipboard cannot be read. A site allowed to read the clipboard reads
   * whatever is on it, and the clipboard is the whole system's: what the person copied in another identity's window (a
   * client's name, a patient's photo) is withheld from this identity's sites.
   */
  clipboardFromElsewhere?: () => Promise<{ identityId: string; copy: number } | undefined>;
  /** A site allowed to read the clipboard was refused it because it held another identity's copy: once per site and copy. */
  onClipboardWithheld?: (info: { url: string; copiedIn: string }) => void;
  /** The file operations of a download's end; the real file system unless a test says otherwise. */
  files?: DownloadFiles;
  /** Runs `run` after `ms` (a rename tried again); setTimeout unless a test says otherwise. */
  later?: (ms: number, run: () => void) => void;
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
  // (A site reading the clipboard at every focus is told once per copy, not at each read.)
  const withheldTold = new Set<string>();
  const tellWithheldOnce = (url: string, copied: { identityId: string; copy: number }) => {
    const key = `${originOf(url)} ${copied.copy}`;
    if (withheldTold.has(key)) return;
    withheldTold.add(key);
    options.onClipboardWithheld?.({ url, copiedIn: copied.identityId });
  };
  // A sub-frame's request is decided with the page around it (Electron gives the frame's own URL as `requestingUrl` and
  // `isMainFrame` beside it, shell/browser/electron_permission_manager.cc, RequestPermissionsWithDetails): an origin the
  // person allowed gets nothing inside another site's page.
  session.setPermissionRequestHandler((wc: WebContents, permission, callback, details) => {
    const url = details.requestingUrl ?? '';
    // (A screen capture asked as 'media' is refused without a word: "Allow" for the camera would change nothing.)
    if (capturesNoDevice(permission, details)) return callback(false);
    const allowed = decidePermission(permission, url, options.permissionGrants(), details.isMainFrame === false ? pageUrlOf(wc) : undefined);
    if (!allowed) {
      const frame = details.isMainFrame === false;
      const page = frame ? pageUrlOf(wc) : null;
      options.onPermissionDenied?.({ permission, url, isMainFrame: !frame, ...(page ? { pageUrl: page } : {}) });
    }
    // Blink asks for 'clipboard-read' at every read that is not the person's own paste (clipboard_promise.cc,
    // ValidatePreconditions: RequestPermission, not a cached check), so each read is decided on what the clipboard
    // holds then. One that cannot be read is not handed over either.
    const elsewhere = options.clipboardFromElsewhere;
    if (!allowed || permission !== 'clipboard-read' || !elsewhere) return callback(allowed);
    void elsewhere().then(
      (copied) => {
        if (copied) tellWithheldOnce(url, copied);
        callback(!copied);
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
  // Paths handed to downloads still under way, each one's name and its partial file: two downloads of one name at once
  // must not share a file.
  // (Compared as a disk that ignores case does: downloads.ts, ClaimedPaths.)
  const claimed = new ClaimedPaths();
  const files = options.files ?? diskFiles;
  const exists = options.fileExists ?? ((p: string) => files.exists(p));
  const taken = (p: string) => claimed.has(p) || claimed.has(partialPathFor(p)) || exists(p) || exists(partialPathFor(p));
  const later = options.later ?? ((ms: number, run: () => void) => void setTimeout(run, ms));
  session.on('will-download', (_event, item: DownloadItem) => {
    const folder = identityDownloadsFolder(options.downloadsRoot, options.identityName(), options.identityId);
    const name = safeDownloadName(item.getFilename());
    // Never overwrite an existing file (issue 8, "Worth settling"), nor the partial file of one under way.
    const path = uniqueDownloadPath(folder, name, taken);
    // Written as `report.pdf.part` and named `report.pdf` once whole: Chromium writes straight into the save path, which
    // Electron makes both its target and its intermediate path (electron_download_manager_delegate.cc:345-354), so a
    // crash, a kill or a Windows logoff mid-download would leave a cut-off file under the real name. Chromium's own
    // finishing steps are done on the partial file before 'done' (download_item_impl.cc, OnDownloadCompleting): it is
    // closed, and on Windows marked as from the internet, a Zone.Identifier stream Chromium writes itself as Electron
    // gives it no quarantine service (base_file.cc, AnnotateWithSourceInformation); a stream of the file, the mark
    // stays with it when it is renamed.
    const partial = partialPathFor(path);
    claimed.add(path);
    claimed.add(partial);
    item.setSavePath(partial);
    // Listed before Chromium writes it (after 'will-download' returns), so that the next start finds it whatever ends
    // this run.
    listPartial(() => options.partialDownloads?.add(partial));
    const url = item.getURL();
    // Said when it is over, not when it starts (docs/api/download-item.md, Event: 'done': completed, cancelled, or
    // interrupted for good), and its names are free again then. Chromium removes the partial file when the download is
    // cancelled or fails for good. One interrupted that could be resumed only reports 'updated', and would sit cut
    // off: Hatstand offers no resume, so it is cancelled, which ends it.
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
    const free = () => {
      claimed.delete(path);
      claimed.delete(partial);
    };
    item.once('done', (_event, state) => {
      over?.();
      if (state !== 'completed') {
        free();
        options.onDownloadFailed?.({ path, partialPath: partial, url, state, ...(endedBy ? { endedBy } : {}) });
        // Still listed: Chromium removes the file in a task of its own, which the process's end may never run, so the
        // next start looks. Once it is gone, and no new download took its name, it is no longer listed: a file the
        // person names so later is never removed.
        if (!endedBy) {
          later(UNLIST_AFTER_MS, () => {
            if (!claimed.has(partial) && !files.exists(partial)) listPartial(() => options.partialDownloads?.remove(partial));
          });
        }
        return;
      }
      // Whole now: never one for the next start to remove, whatever happens to the rename.
      listPartial(() => options.partialDownloads?.remove(partial));
      // (Its partial file keeps its names from other downloads until it is renamed: `taken` sees it on disk.)
      free();
      const claimedByOthers = (p: string) => claimed.has(p) || claimed.has(partialPathFor(p));
      finishDownload(partial, folder, basename(path), files, claimedByOthers, later).then(
        (named) => options.onDownload?.({ path: named, url, name }),
        () => {
          // (Gone meanwhile, a virus scanner's doing: nothing was kept.)
          if (files.exists(partial)) options.onDownloadUnnamed?.({ path, partialPath: partial, url });
          else options.onDownloadFailed?.({ path, partialPath: partial, url, state: 'interrupted' });
        },
      );
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

/** How long after a cancel or a failure Chromium has surely removed the partial file, unless the process ended. */
const UNLIST_AFTER_MS = 5_000;

/** A change to the list of partial files: one that fails (the store closed at the quit) is said on the console only. */
function listPartial(change: () => void): void {
  try {
    change();
  } catch (error) {
    console.error('[downloads] the partial files could not be listed:', error instanceof Error ? error.message : error);
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
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
