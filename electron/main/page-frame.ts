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
