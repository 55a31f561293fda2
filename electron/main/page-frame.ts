/**
 * Whether an event of a page is about the page's own main frame, its document, rather than an ad's fenced frame
 * (`<fencedframe>`). Electron tells a fenced frame's navigations as a main frame's: `isMainFrame` is true in its
 * did-start-navigation, will-frame-navigate, will-navigate, will-redirect, did-redirect-navigation, did-frame-navigate,
 * did-fail-load, and it emits did-navigate for its commit (electron_api_web_contents.cc, EmitNavigationEvent and
 * DidFinishNavigation use NavigationHandle::IsInMainFrame, not IsInPrimaryMainFrame; electron_navigation_throttle.cc,
 * WillStartRequest; DidFailLoad says a main frame for a frame with no parent, which a fenced frame's root is in
 * Chromium's MPArch, not in the mirror). Only the frame tells them apart: the page's own is `mainFrame`.
 */

/**
 * A navigation event's `frame` is the page's own main frame: the very `mainFrame` object (Electron keeps one WebFrameMain
 * per frame, and looks a speculative frame up by its FrameTreeNode: electron_api_web_frame_main.cc, From).
 */
export function isPageMainFrame(contents: { readonly mainFrame: unknown }, frame: unknown): boolean {
  const main = contents.mainFrame;
  return main != null && frame === main;
}

/**
 * A frame named by its ids (did-frame-navigate's and did-fail-load's `frameProcessId`, `frameRoutingId`) is the page's
 * own main frame: `mainFrame`'s ids, those of its current RenderFrameHost, which a commit has made the committed one
 * (electron_api_web_frame_main.cc, ProcessID/RoutingID, UpdateRenderFrameHost).
 */
export function isPageMainFrameIds(contents: { readonly mainFrame: unknown }, processId: unknown, routingId: unknown): boolean {
  const main = contents.mainFrame;
  if (typeof main !== 'object' || main === null) return false;
  const ids = main as { processId?: unknown; routingId?: unknown };
  return typeof processId === 'number' && ids.processId === processId && ids.routingId === routingId;
}

/**
 * A did-fail-load is the page's own main frame's: Chromium's name the frame by its ids (electron_api_web_contents.cc,
 * DidFinishNavigation and DidFailLoad, `isMainFrame` true for a fenced frame's root too); those Electron emits itself
 * for a load of ours name none (LoadURL's ERR_INVALID_URL and ERR_FAILED, RunBeforeUnloadDialog's ERR_ABORTED), and
 * are the page's.
 */
export function isPageMainFrameFailure(contents: { readonly mainFrame: unknown }, isMainFrame: boolean, processId?: number, routingId?: number): boolean {
  if (!isMainFrame) return false;
  return processId === undefined || isPageMainFrameIds(contents, processId, routingId);
}

/** What `onPageCommit` listens to: a webContents' did-frame-navigate, and its main frame. */
export interface CommitSource {
  readonly mainFrame: unknown;
  on(
    event: 'did-frame-navigate',
    listener: (event: unknown, url: string, httpResponseCode: number, httpStatusText: string, isMainFrame: boolean, frameProcessId: number, frameRoutingId: number) => void,
  ): unknown;
}

/**
 * `listener` runs when a new document that is no error page commits in the page's own main frame: did-navigate's
 * moment (did-frame-navigate comes just before it for the same commit, and neither for an error page:
 * electron_api_web_contents.cc, DidFinishNavigation), but only for the page's main frame, by its ids, since
 * did-navigate is emitted for an ad's fenced frame's commit too and names no frame.
 */
export function onPageCommit(contents: CommitSource, listener: (url: string) => void): void {
  contents.on('did-frame-navigate', (_event, url, _code, _status, isMainFrame, processId, routingId) => {
    if (isMainFrame && isPageMainFrameIds(contents, processId, routingId)) listener(url);
  });
}
