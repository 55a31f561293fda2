import { namesProxy, proxyFailureMessage, proxyFailureOf, webRtcPolicy, type NetworkSettings } from '../../../shared/domain/network';
import { isPageMainFrame, isPageMainFrameFailure, isPageMainFrameIds, onPageCommit } from '../page-frame';
import type { PageContents } from './surface';

export interface SiteNetworkDeps {
  identityName(): string;
  settings(): NetworkSettings;
  /** The identity's user agent (its own, or the plain Chrome one): the page's before it loads. */
  userAgent(): string;
  /** The proxy's user name and password from the keychain; null when none are kept. */
  credentials(): Promise<{ username: string; password: string } | null>;
  /** The page failed because of the proxy (active: true), or loaded again after that (active: false). */
  onProxyFailure(failure: { message: string; url: string; active: boolean }): void;
  /** What the identity's session answers for an address under the system's settings (session.resolveProxy), for the WebRTC policy. */
  systemProxy?(url: string): Promise<string>;
}

export type SiteNetworkContents = Pick<PageContents, 'on' | 'setWebRTCIPHandlingPolicy' | 'setUserAgent' | 'isDestroyed' | 'getURL' | 'mainFrame'>;

/**
 * What every site view of an identity gets for its network, before it loads:
 * - the identity's user agent: a page keeps the one its session had when it was made
 *   (electron_api_web_contents.cc, `SetUserAgent(GetBrowserContext()->GetUserAgent())`), which after a start can be
 *   the plain one still, the identity's being set on the session as its network is put in place. It reaches the
 *   loads main starts (`loadURL`) and what follows from them; a window.open popup's own first page gets the app's
 *   fallback, the plain Chrome one (configure-session.ts, useChromeUserAgentFallback);
 * - a WebRTC IP handling policy that never shows a local address, nor the
 *   real one where the pages do not go out from it (shared/domain/network.ts,
 *   webRtcPolicy): with the system's settings, asked of the session for the
 *   page's own address and a public one each time the page commits a new
 *   web document (main frame), held to the proxy while such a navigation is
 *   under way, and after a wake, an unlock or the network coming back, since
 *   the system's proxy may have changed;
 * - answers to its proxy's authentication through the contents' `login`
 *   event (docs/api/web-contents.md, Event: 'login'; emitted per
 *   webContents by shell/browser/login_handler.cc). Only the identity's own
 *   proxy, matched by host and port, gets the keychain's credentials, and
 *   only on the first attempt (a WebSocket's, once a while: see below): a
 *   refused password is not retried in a loop.
 *   Sites' own HTTP auth is left to Electron's default (cancelled).
 * - a proxy failure of the main frame (did-fail-load with a proxy net error)
 *   is told to the chrome, which shows it outside the page.
 */
export function wireSiteNetwork(contents: SiteNetworkContents, deps: SiteNetworkDeps): void {
  contents.setUserAgent(deps.userAgent());
  refreshSiteNetwork(contents, deps.settings(), deps.systemProxy);
  // (A new document's calls follow the system's proxy as it is now; a page that stays keeps its last answer until the
  // identity's network changes or the network may be back (identity-window.ts, networkBack): Electron tells main of no
  // change to the system's proxy.)
  // Asked again for the address the main frame commits: a system PAC file may send some sites through a proxy and the
  // rest DIRECT. Not for the address a navigation starts at: a server redirect (a shortener) emits no new start, only
  // did-redirect-navigation (electron_navigation_throttle.cc, WillRedirectRequest), and the start is told before the
  // cancellable will-navigate (docs/api/web-contents.md, "Document Navigations"), so a link routed elsewhere never
  // commits. From the start of a web navigation to its commit the page is held to the proxy: the new document's
  // scripts may run before main hears of its commit. A navigation to another app's address (mailto:) loads no document
  // and changes nothing. Only the page's own main frame counts: Electron says `isMainFrame` for an ad's fenced frame too
  // (EmitNavigationEvent and DidFinishNavigation use IsInMainFrame, not IsInPrimaryMainFrame), whose `frame` is its own
  // root, not `mainFrame`. (Not on did-start-loading, which a frame's load emits too: an iframe loading during a call
  // took its UDP away until the answer came.)
  contents.on('did-start-navigation', (event) => {
    if (event.isSameDocument || !isWebAddress(event.url) || !isPageMainFrame(contents, event.frame)) return;
    if (deps.settings().mode !== 'system') return;
    navigating.add(contents);
    refreshSiteNetwork(contents, deps.settings(), deps.systemProxy);
  });
  // (did-frame-navigate, not did-navigate: only it names the committed frame, by its ids, which are `mainFrame`'s once
  // the page's own main frame committed: electron_api_web_contents.cc, DidFinishNavigation; error pages emit neither.)
  contents.on('did-frame-navigate', (_event, url, _code, _status, isMainFrame, processId, routingId) => {
    if (!isMainFrame || !isPageMainFrameIds(contents, processId, routingId)) return;
    const held = navigating.delete(contents);
    if (deps.settings().mode === 'system' && (held || isWebAddress(url))) refreshSiteNetwork(contents, deps.settings(), deps.systemProxy, url);
  });
  // A navigation held to the proxy that commits nothing (cancelled, refused, an error page): the page shown is asked
  // about again once loading stops.
  contents.on('did-stop-loading', () => {
    if (navigating.delete(contents) && deps.settings().mode === 'system') refreshSiteNetwork(contents, deps.settings(), deps.systemProxy);
  });
  /**
   * When the identity's own proxy last asked again for a password it had been given (refused): Chromium then fails
   * the tunnel as ERR_TUNNEL_CONNECTION_FAILED, the code of a refused connection (HttpNetworkTransaction, a cancelled
   * 407 on a CONNECT), and the person should hear that the password was not accepted.
   */
  let refusedAt = -Infinity;
  /**
   * WebSockets' challenges. Electron tells every WebSocket handshake's challenge that it is not the first attempt (it
   * answers them through WebRequest::OnAuthRequired, whose LoginHandler passes first_auth_attempt=false:
   * login_handler.cc). A socket meets the proxy's challenge only when Chromium has no accepted password for it yet
   * (once one is, it is sent up front), so a second challenge soon after one was answered means the password was
   * refused: no socket of this page is answered again until the page loads anew (a reload, another page).
   */
  let socketAnsweredAt = -Infinity;
  let socketsRefused = false;

  contents.on('login', (event, details, authInfo, callback) => {
    if (!authInfo.isProxy) return;
    event.preventDefault();
    const settings = deps.settings();
    const ownProxy = settings.auth === true && namesProxy(settings, authInfo);
    if (!ownProxy) return callback();
    if (isWebSocket(details.url)) {
      if (Date.now() - socketAnsweredAt < PASSWORD_REFUSAL_MS) socketsRefused = true;
      if (socketsRefused) return callback();
      socketAnsweredAt = Date.now();
      return answerFromKeychain(deps.credentials(), callback);
    }
    if (!details.firstAuthAttempt) {
      refusedAt = Date.now();
      return callback();
    }
    answerFromKeychain(deps.credentials(), callback);
  });

  // (The page's own failure: an ad's fenced frame's says `isMainFrame` too, and the page shown is fine: page-frame.ts.)
  contents.on('did-fail-load', (_event, _code, description, url, isMainFrame, processId, routingId) => {
    if (!isPageMainFrameFailure(contents, isMainFrame, processId, routingId)) return;
    const seen = proxyFailureOf(description);
    if (!seen) return;
    // (Only the tunnel's failure that follows a refusal, once: any other refusal is the proxy's own.)
    const afterRefusal = description.replace(/^net::/, '') === 'ERR_TUNNEL_CONNECTION_FAILED' && Date.now() - refusedAt < PASSWORD_REFUSAL_MS;
    if (afterRefusal) refusedAt = -Infinity;
    const failure = afterRefusal ? 'auth' : seen;
    deps.onProxyFailure({ message: proxyFailureMessage(deps.identityName(), deps.settings(), failure), url, active: true });
  });
  // A commit that is no error page (electron_api_web_contents.cc, DidFinishNavigation) means "loaded again": the page's
  // own main frame's, not an ad's fenced frame's, which did-navigate tells too (page-frame.ts), and after which a
  // password the proxy refused would be sent again to every socket of the page.
  onPageCommit(contents, (url) => {
    refusedAt = -Infinity;
    socketsRefused = false;
    socketAnsweredAt = -Infinity;
    deps.onProxyFailure({ message: '', url, active: false });
  });
}

/** Answers a login with the keychain's credentials, or cancels it when none are kept or the keychain fails. */
export function answerFromKeychain(
  credentials: Promise<{ username: string; password: string } | null>,
  callback: (username?: string, password?: string) => void,
): void {
  credentials.then(
    (creds) => (creds ? callback(creds.username, creds.password) : callback()),
    () => callback(),
  );
}

function isWebSocket(url: string): boolean {
  return /^wss?:/i.test(url);
}

/** How long after its password was refused a refused tunnel is told as the password's refusal. */
const PASSWORD_REFUSAL_MS = 30_000;

/**
 * After the identity's network changed: the WebRTC policy follows (the other listeners read the settings when they
 * fire). With the system's settings the page keeps WebRTC to the proxy until the session says they go DIRECT, both for
 * the page's address (`pageUrl`, else the one it shows) and for a public one: a system PAC file that proxies only some
 * sites (x.com) answers DIRECT for the probe alone. It is held to the proxy at once, not only once the answer says so:
 * a PAC file may take long to fetch, and the new document could commit and start a call first. Only the newest refresh
 * of a page sets what its answers say; a page with no web address yet stays to the proxy, and so does one whose main
 * frame is navigating (wireSiteNetwork: its commit asks).
 */
export function refreshSiteNetwork(
  contents: Pick<PageContents, 'setWebRTCIPHandlingPolicy' | 'isDestroyed' | 'getURL'>,
  settings: NetworkSettings,
  systemProxy?: (url: string) => Promise<string>,
  pageUrl: string = contents.getURL(),
): void {
  const asked = (refreshes.get(contents) ?? 0) + 1;
  refreshes.set(contents, asked);
  contents.setWebRTCIPHandlingPolicy(webRtcPolicy(settings));
  if (settings.mode !== 'system' || !systemProxy || navigating.has(contents) || !isWebAddress(pageUrl)) return;
  Promise.all([systemProxy(SYSTEM_PROXY_PROBE), systemProxy(pageUrl)]).then(
    (answers) => {
      if (refreshes.get(contents) !== asked || contents.isDestroyed()) return;
      const direct = answers.every((answer) => webRtcPolicy(settings, answer) === 'default_public_interface_only');
      if (direct) contents.setWebRTCIPHandlingPolicy(webRtcPolicy(settings, 'DIRECT'));
    },
    () => undefined, // (unknown: stays to the proxy)
  );
}
const refreshes = new WeakMap<object, number>();
/** Pages whose main frame started a web navigation that has not committed nor stopped: held to the proxy meanwhile. */
const navigating = new WeakSet<object>();

function isWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/**
 * The address the system's proxy is asked about for WebRTC: a public one that resolves (RFC 2606's), since a
 * system PAC file commonly sends names that do not resolve, and its own network's, DIRECT.
 */
export const SYSTEM_PROXY_PROBE = 'https://www.example.com/';

/**
 * Starts a load in an identity's site view only once the identity's network
 * is in place (`ready`): no request of the identity leaves before its proxy
 * is. When the network cannot be put in place, nothing loads and `onBlocked`
 * says why (fail closed). A failed load (a dead proxy) is left to the view's
 * did-fail-load, which `wireSiteNetwork` reports. Without a gate the load
 * starts at once.
 */
export function loadThroughNetwork(
  contents: Pick<PageContents, 'isDestroyed'>,
  start: () => void,
  ready: (() => Promise<void>) | undefined,
  onBlocked: (message: string) => void,
): Promise<void> {
  if (!ready) {
    start();
    return Promise.resolve();
  }
  return ready().then(
    () => {
      if (!contents.isDestroyed()) start();
    },
    (error: unknown) => onBlocked(error instanceof Error ? error.message : String(error)),
  );
}
