import { loadPage } from '../keep-running';
import { isPageMainFrame, isPageMainFrameFailure, onPageCommit, type CommitSource } from '../page-frame';
import { parseUrl } from '../security/url-policy';
import type { OpenerSandbox } from '../../../shared/domain/link-routing';
import type { PageContents } from './surface';

/**
 * The glue of link routing (the decision is shared/domain/link-routing.ts,
 * the asking is services/links/link-router.ts). `route(url, openHere, sandbox)` says
 * whether the router took a link over; `openHere` is how the router opens it
 * in this identity after "here" was chosen; `sandbox`, the sandbox of the frame the
 * link came from, is what a page opened elsewhere for it keeps.
 */
export type RouteLink = (url: string, openHere: () => void, sandbox?: OpenerSandbox) => boolean;

/**
 * A link followed in the page itself (same tab). "Here" loads it in the same
 * page; loadURL does not emit will-navigate (docs/api/web-contents.md, Event:
 * 'will-navigate'), so it is not asked twice, and so it is loaded as `secure`
 * makes it (https unless the person allowed http for the host: the safety
 * net's upgrade sees only navigations). The listener goes before the safety
 * net's, added when the contents was created: the person is asked before
 * anything loads, and the net leaves a link taken here alone.
 *
 * The page's own sandbox (`sandbox()`: the flags we made it with) stays with it "here", as a navigation keeps the
 * sandbox Chromium started the page with (electron_api_web_contents.cc, the constructor's
 * `params.starting_sandbox_flags`), and goes with the link to another identity, whose page for it must keep it too.
 * (A sandboxed frame that navigates the top page leaves no sandbox on it: the top page's is what counts.) A page we
 * made without flags has none to take along; nor has an adopted window.open popup, whose sandbox from its opener frame,
 * if any, Chromium never told (electron#52133): a link from it routed to another identity opens without it.
 */
export function routeNavigations(
  contents: Pick<PageContents, 'prependListener' | 'loadURL' | 'on' | 'mainFrame'> & CommitSource,
  route: RouteLink,
  secure: (url: string) => string = (url) => url,
  sandbox: () => OpenerSandbox | undefined = () => undefined,
): void {
  /**
   * Whether the safety net may be loading https instead of the page's own http navigation or redirect it let through
   * (safety-net.ts, guard: it prevents it and calls loadURL, a load with no initiator), and whether the navigation under
   * way is that load, or a load of main's that stands for a click of the page (`loadForPage`: a modifier-click's link
   * view): the page's still, so its redirects are routed too. (A tracking link is often plain http.) Such a load is the
   * next start of the page's main frame that no frame initiated, not one at a given address: Chromium writes an address
   * as its GURL does (it decodes "%7E" to "~", which WHATWG URL keeps), so comparing addresses missed some. An http
   * navigation let through as it is (http allowed for the host) is followed by no upgrade; a load of main's that starts
   * before it commits is then taken for the page's too, and its redirects asked about: asking more, never less.
   */
  let upgradeOfPage = false;
  /** The http address that set `upgradeOfPage` (Chromium's GURL spelling, as its failure tells it). */
  let httpLink: string | null = null;
  let pageLoadUnderWay = false;
  const take = (event: { preventDefault(): void }, url: string) => {
    if (route(url, () => loadPage(() => contents.loadURL(secure(url)), secure(url)), sandbox())) return event.preventDefault();
    if (parseUrl(url)?.protocol === 'http:') {
      upgradeOfPage = true;
      httpLink = url;
    }
  };
  contents.on('did-start-navigation', (event) => {
    // Only the page's own main frame: Electron says `isMainFrame` for an ad's fenced frame too (page-frame.ts).
    if (event.isSameDocument || !isPageMainFrame(contents, event.frame)) return;
    // (Any other start ends the wait; the page's own navigation tells its start before will-navigate, with an initiator.)
    const awaited = upgradeOfPage || pageLoads.has(contents);
    pageLoads.delete(contents);
    upgradeOfPage = false;
    pageLoadUnderWay = awaited && !event.initiator;
  });
  // (The page's http navigation went on, where http is allowed: no upgrade follows it. Its own start was told before
  // will-navigate (docs/api/web-contents.md, "Document Navigations"), so only its commit ends the wait. The page's own
  // commit, not did-navigate: an ad's fenced frame's commit says did-navigate too (page-frame.ts), and may come while
  // the upgrade's load still waits for the page's beforeunload to answer (electron_api_web_contents.cc, LoadURL keeps
  // pending_unload_url_; Chromium starts the navigation once the renderer answered), which would then go unrouted.)
  onPageCommit(contents, () => {
    upgradeOfPage = false;
  });
  // (Nor does an http navigation let through as it is that fails: its error page is told by Chromium's did-fail-load at
  // that very address in the page's main frame (electron_api_web_contents.cc, DidFinishNavigation), after which the mark
  // would be taken by the next load of ours, a reload or Back, and its redirects asked about needlessly. Only that
  // failure: an http navigation the safety net upgrades is cancelled, which tells no did-fail-load (ERR_ABORTED), so
  // its upgrade, still to start, keeps the mark. A navigation that stops with no failure (Stop, a 204, a download)
  // still leaves the mark: did-stop-loading names no frame, and an ad's fenced frame's stop could end it too early.)
  contents.on('did-fail-load', (_event, code, _description, url, isMainFrame, processId, routingId) => {
    if (code === ERR_ABORTED || processId === undefined || !isPageMainFrameFailure(contents, isMainFrame, processId, routingId)) return;
    if (upgradeOfPage && url === httpLink) upgradeOfPage = false;
  });
  // (Only the page's own navigations are links of the page: an ad's fenced frame, told `isMainFrame` too, navigating
  // itself or redirected is the ad's business, and asking the person about its address would stop the ad's load for a
  // question about a page they never chose: page-frame.ts. An ad that navigates the page itself, `_unfencedTop`, is
  // the page's main frame navigating, and routed.)
  contents.prependListener('will-navigate', (event) => {
    if (!isPageMainFrame(contents, event.frame)) return;
    take(event, event.url);
  });
  // A server redirect emits no will-navigate again, only will-redirect (electron_navigation_throttle.cc: WillStartRequest
  // emits will-navigate once, WillRedirectRequest will-redirect for every redirect), so a link through a shortener or a
  // newsletter's tracking address would load another identity's site here unasked. Each redirect of a navigation the page
  // started (it has an `initiator` frame) is routed as a link to its target, exactly as will-navigate routes a link,
  // before that target commits: prevented, the whole navigation is cancelled (docs/api/web-contents.md, Event:
  // 'will-redirect'), and "here" loads the target. Loads no frame started are left alone (initiator null: ours, "here"
  // and routed links, reload, history moves), except those that stand for the page's own: the safety net's https load of
  // its http navigation, and a modifier-click's link view (`loadForPage`). A sign-in provider's page gets no exemption:
  // it is another identity's site like any other (a sign-in there would sign this identity in to that site), so it is
  // asked as the same address followed as a link or opened by window.open is.
  // "Here" loads the target as a new GET: a form posted through a 307/308 redirect loses its body.
  contents.prependListener('will-redirect', (event) => {
    if (!isPageMainFrame(contents, event.frame) || (!event.initiator && !pageLoadUnderWay)) return;
    take(event, event.url);
  });
}

/** net::ERR_ABORTED: a cancelled navigation, or a load the page's beforeunload refused. */
const ERR_ABORTED = -3;

/**
 * Loads whose start is the page's own though main starts them (`loadURL`, no initiator frame): a modifier-click's link
 * opens in a view of ours, loaded by main, but it is the page's click, and its redirects are routed as the page's
 * (a same-site redirector, /redir/redirect or l.php, to another identity's site). Keyed by the page.
 */
const pageLoads = new WeakSet<object>();

/**
 * The next main-frame load of `contents` that no frame initiated (main's `loadURL` of the click's link, which a fresh
 * link view starts first) stands for a click of a page: its redirects are routed.
 */
export function loadForPage(contents: object): void {
  pageLoads.add(contents);
}

/**
 * window.open, target=_blank and modifier clicks: true when the window-open
 * handler must deny (the router took the link). The page's own window is
 * refused then, so "here" is the identity window showing the link itself
 * (`openHere`: identity-window.ts openLink, with the click's referrer and body).
 *
 * The handler must decide before it knows the opening frame's sandbox, and a link it denies never learns it:
 * - its details carry no sandbox (lib/browser/api/web-contents.ts, the '-new-window' and '-will-add-new-contents'
 *   listeners build `details` from url, frameName, features, disposition, referrer and postBody; for window.open,
 *   electron_api_web_contents.cc OnWillCreateWindow has the opener frame but emits none of its flags);
 * - a modifier click's flags reach only createWindow, after an 'allow' (guest-window-manager.ts openGuestWindow,
 *   `inheritedSandboxFlags` as `webPreferences.openerSandboxFlags`; electron#52133);
 * - window.open's guest gets them inside Chromium, never told (electron#52133: "what
 *   content::WebContentsImpl::CreateWithOpener does for renderer-created popups"), and the handler cannot tell
 *   window.open from a modifier click (both may come with frameName '' and features '').
 * Allowing would let Chromium make window.open's guest in this identity before the person answered. So the link is
 * denied and routed without a sandbox: wherever it opens ("here" or as the owner) it opens as any link does, with a
 * site's usual rights, and a link from a sandboxed frame loses that sandbox. Opening such links without scripts instead
 * broke nearly every routed link, a target=_blank one from an ordinary frame; and a routed link goes to a site the
 * person uses in one of their own identities (that is what routes it), so the sandbox lost there costs little.
 * What is known is kept: a page we made with a sandboxed frame's flags (`pageSandbox`) has them in every frame of it
 * too (a frame's sandbox adds to its parent's), so its links take at least those along.
 */
export function routeWindowOpen(url: string, route: RouteLink | undefined, openHere: () => void, pageSandbox?: OpenerSandbox): boolean {
  return route?.(url, openHere, pageSandbox) ?? false;
}
