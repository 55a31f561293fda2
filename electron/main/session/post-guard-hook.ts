/**
 * Installs the post guard on one identity's session: every request passes
 * `webRequest.onBeforeRequest`; requests that cannot publish (GET, HEAD, ...)
 * and a known site's requests that are not posts are answered at once; the
 * others are handed to the guard with as much of their body as it needs, and
 * the callback is answered only when the guard has decided (`{ cancel: true }`
 * stops the post).
 *
 * PUT and PATCH are handed over too: Mastodon edits a published status with PUT.
 *
 * Electron keeps one listener per webRequest event and session (a second
 * registration replaces the first): every event goes through the session's
 * WebRequestHub, which owns onBeforeRequest for the guard and fans
 * onCompleted / onErrorOccurred out to every subscriber.
 *
 * A request the page gives up while it is held (navigation, AbortController,
 * its page closing) is dropped by Electron, and the late callback does nothing
 * (electron_api_web_request.cc: `OnBeforeRequestListenerResult` returns early
 * for a request no longer known; the proxying loader reports net::ERR_ABORTED
 * through onErrorOccurred). The hook follows onErrorOccurred and onCompleted
 * by request id: a held request that ends is withdrawn from the guard (its
 * sheet closes, nothing is logged as sent), and a post that was let out is
 * reported as delivered or not.
 */
import type { CallbackResponse, Cookies, OnBeforeRequestListenerDetails, Session, WebRequestFilter } from 'electron';
import { mayPublish, siteOf, unguardedHttp, unguardedService, type BodyNeed } from '../../../shared/sites';
import { Abort, type GuardDecision, type GuardRequest } from '../services/post-guard';
import { collectBody, type CollectedBody, type UploadPart } from './upload-body';
import type { SessionActivation } from './user-activation';
import { webRequestHub, type HubWebRequest } from './web-request-hub';

export type PostGuardWebRequest = Partial<HubWebRequest> & Pick<HubWebRequest, 'onBeforeRequest'>;

/** The part of PostGuard the hook uses. */
export interface HookGuard {
  bodyNeed(identityId: string, request: Pick<GuardRequest, 'method' | 'url' | 'headers'>): BodyNeed;
  check(request: GuardRequest): Promise<GuardDecision>;
  settled(requestId: string, outcome: { statusCode?: number; error?: string }): void;
  reportNotHeld(identityId: string, url: string, reason: string): void;
}

export interface PostGuardHookOptions {
  identityId: string;
  guard: HookGuard;
  /** Reads upload parts Chromium keeps as blobs (FormData with Blob values): the session's getBlobData. */
  blobs?: Pick<Session, 'getBlobData'>;
  /** Bodies larger than this are not decoded; a known post endpoint then shows "text unknown". Default 4 MiB. */
  maxBodyBytes?: number;
  filter?: WebRequestFilter;
  /** When each page, or any page of this session, last had a real user gesture (UserActivation.forSession). */
  activation?: SessionActivation;
}

export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
/** Released posts whose end is still awaited, at most (older ones are forgotten). */
const MAX_TRACKED = 1000;

const ANSWER_NOW: CallbackResponse = {};

/** The origin that started a request: Electron's initiator when it gives one, else the requesting frame's, else the referrer's. */
function initiatorOrigin(details: OnBeforeRequestListenerDetails): string | undefined {
  if (details.initiatorOrigin) return details.initiatorOrigin;
  try {
    const origin = details.frame?.origin;
    if (origin) return origin;
  } catch {
    // The frame is gone (it navigated or closed): fall back to the referrer.
  }
  if (!details.referrer) return undefined;
  try {
    return new URL(details.referrer).origin;
  } catch {
    return undefined;
  }
}

/**
 * Names a value in a callback, so that the callback's closure keeps it reachable until the callback has run (see the
 * Blob reads in installPostGuard): V8 keeps what a closure names, whatever the call does.
 */
function keepAlive(_value: unknown): void {
  // Nothing to do: being named is the point.
}

/** Installs the guard; returns a function that removes it. */
export function installPostGuard(webRequest: PostGuardWebRequest, options: PostGuardHookOptions): () => void {
  const { identityId, guard, blobs, activation } = options;
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const hub = webRequestHub(webRequest);
  const readBlob = blobs ? (uuid: string) => blobs.getBlobData(uuid) : undefined;

  const reportedSockets = new Set<string>();
  /** Requests held for the guard, by Electron's request id. */
  const held = new Map<number, Abort>();
  /** How each held request is cancelled, for a guard that is removed while it holds them (Electron keeps them blocked). */
  const cancels = new Map<number, () => void>();
  /** Posts let out whose end the guard wants to hear about: Electron id -> the guard's request id and the site it went to. */
  const released = new Map<number, { requestId: string; site: string }>();
  /** The site (registrable domain) of a URL: x.com for api.x.com, http or https alike. */
  const siteOfUrl = (url: string) => {
    try {
      return siteOf(new URL(url).hostname);
    } catch {
      return url;
    }
  };

  const listener = (details: OnBeforeRequestListenerDetails, callback: (response: CallbackResponse) => void): void => {
    // A post already let out, following a redirect: Electron runs onBeforeRequest again for the same request, with
    // its id and (307, 308) its body (proxying_url_loader_factory.cc, FollowRedirect -> RestartInternal). The person
    // answered for this post on its site; within that site it is not asked again, and its end is still told under that
    // answer. Sent on to another site, the answer is over (its end is told as the redirect) and the guard looks again.
    const earlier = released.get(details.id);
    if (earlier) {
      if (siteOfUrl(details.url) === earlier.site) {
        callback(ANSWER_NOW);
        return;
      }
      released.delete(details.id);
      try {
        guard.settled(earlier.requestId, { error: `redirected to ${siteOfUrl(details.url)}` });
      } catch {
        // The guard's log is best effort here.
      }
    }
    // A service that publishes over a WebSocket is reported when its page is used, by any request to its hosts: the
    // socket's own handshake may never pass here (a SharedWorker's or service worker's socket has no frame, and
    // Electron proxies only sockets with one: electron_browser_client.cc:1432-1436, WillInterceptWebSocket). Telegram
    // Web's HTTP fallback carries the socket's ciphertext: named as such, then looked at as usual.
    const publishes = mayPublish(details.method);
    if (!publishes) callback(ANSWER_NOW);
    const encryptedHttp = publishes ? unguardedHttp(details.url) : null;
    if (encryptedHttp !== null) reportUnread(details.url, encryptedHttp, 'encrypted HTTP requests');
    else reportUnread(details.url, unguardedService(details.url), 'a WebSocket');
    if (!publishes) return;
    // onBeforeRequest has no request headers; the initiator's origin (as the browser's Origin header would say it) and
    // the referrer let the heuristic tell cross-site requests, also those a page sends with no referrer.
    const origin = initiatorOrigin(details);
    const headers: GuardRequest['headers'] = { ...(details.referrer ? { referer: details.referrer } : {}), ...(origin !== undefined ? { origin } : {}) };
    let need: BodyNeed;
    try {
      need = guard.bodyNeed(identityId, { method: details.method, url: details.url, headers });
    } catch {
      need = { need: 'all', maxChars: Number.MAX_SAFE_INTEGER };
    }
    if (need.need === 'none') {
      callback(ANSWER_NOW);
      return;
    }

    const controller = new Abort();
    held.set(details.id, controller);
    let answered = false;
    const answer = (cancel: boolean) => {
      if (answered) return;
      answered = true;
      held.delete(details.id);
      cancels.delete(details.id);
      try {
        callback({ cancel });
      } catch {
        // The request is already gone (its page closed): nothing left to hold.
      }
    };
    cancels.set(details.id, () => answer(true));
    const failClosed = (reason: string) => {
      answer(true);
      try {
        guard.reportNotHeld(identityId, details.url, reason);
      } catch {
        // Reporting failed; the request is cancelled either way.
      }
    };
    const failedBecause = (error: unknown) => `the guard failed (${error instanceof Error ? error.message : String(error)}); the request was cancelled`;
    const run = (collected: CollectedBody) => {
      if (controller.aborted) return; // dropped by the page while its body was read
      const request: GuardRequest = {
        identityId,
        method: details.method,
        url: details.url,
        headers,
        signal: controller,
        tracksDelivery: true,
      };
      // A form's POST that loads its answer as the page: Electron shows it with its body like any request
      // (electron_api_web_request.cc:137-141; navigations use the proxying factory, electron_browser_client.cc:1497-1570).
      if (details.resourceType === 'mainFrame') request.navigation = true;
      if (collected.body !== undefined) request.body = collected.body;
      if (collected.gap !== undefined) request.bodyGap = collected.gap;
      // A dedicated, shared or service worker's request has no page: Electron gives it no webContentsId or frame
      // (electron_browser_client.cc:1564 passes kRoutingIdNone; electron_api_web_request.cc:123-132 fills them only
      // for a frame it finds), so no page's gesture can vouch for it. What stands in is the person's latest gesture in
      // the main frame of a page of this identity whose committed document is on the worker's own site (its origin is
      // the request's initiator), since that document: a worker's post right after a click on Send in the site's own
      // page is then asked about, as the page's own post would be, instead of refused as "no click". That is the
      // whole allowance, and it is bounded so: a sheet asked at will is itself the harm (a person answers "Post"
      // out of habit), so a site's worker can raise one only while the person is using that site's own page, never
      // because they are typing in another site's page, in a frame inside it, or in another identity; and the guard
      // still lets one such cross-site post wait at a time and names the worker's site on the sheet.
      const fromWorker = details.webContentsId === undefined && !details.frame;
      if (fromWorker) request.fromWorker = true;
      const lastGestureAt = fromWorker && activation?.lastGestureInSession ? activation.lastGestureInSession(origin) : activation?.lastGestureAt(details.webContentsId);
      if (origin !== undefined || lastGestureAt !== undefined) {
        request.initiator = { ...(origin !== undefined ? { origin } : {}), ...(lastGestureAt !== undefined ? { lastGestureAt } : {}) };
      }
      guard.check(request).then(
        (decision) => {
          // Electron dropped the request while it was held: its callback would be a no-op.
          if (controller.aborted) return;
          if (decision.allow && decision.outcome === 'sent' && decision.requestId && !answered && !controller.aborted) {
            released.set(details.id, { requestId: decision.requestId, site: siteOfUrl(details.url) });
            if (released.size > MAX_TRACKED) released.delete(released.keys().next().value!);
          }
          answer(!decision.allow);
        },
        (error: unknown) => failClosed(failedBecause(error)),
      );
    };
    try {
      const maxChars = Math.min(need.maxChars, Number.MAX_SAFE_INTEGER);
      // A UTF-8 character is at most four bytes: beyond that many bytes the body is over the parse cap anyway.
      const cap = Math.min(maxBytes, maxChars > maxBytes ? maxBytes : maxChars * 4);
      const parts = details.uploadData as UploadPart[] | undefined;
      const collected = collectBody(parts, need.need, cap, readBlob, details.url);
      if (collected instanceof Promise) {
        // (run throwing, once the Blob is read, fails closed too: a request held forever is a page that hangs.)
        collected.then(
          (body) => {
            // The parts stay referenced until every Blob is read: Electron finds a Blob's holder by its id through a
            // map of weak references (electron_api_data_pipe_holder.cc:34-40), kept alive only by the part's
            // `dataPipe` ("The lifetime of data pipe is bound to the uploadData object", net_converter.cc:613), and the
            // reads hold only the ids: collected between two reads, a known endpoint's post would be asked about
            // with its text unknown.
            keepAlive(parts);
            try {
              run(body);
            } catch (error) {
              failClosed(failedBecause(error));
            }
          },
          () => {
            keepAlive(parts);
            failClosed('the request body could not be read; the request was cancelled');
          },
        );
      } else {
        run(collected);
      }
    } catch (error) {
      failClosed(failedBecause(error));
    }
  };

  /** A held request that ends was dropped by the page; a released post's end says whether it arrived. */
  const ended = (id: number, outcome: { statusCode?: number; error?: string }) => {
    const holding = held.get(id);
    if (holding) {
      held.delete(id);
      cancels.delete(id);
      holding.abort();
      return;
    }
    const requestId = released.get(id)?.requestId;
    if (requestId === undefined) return;
    released.delete(id);
    try {
      guard.settled(requestId, outcome);
    } catch {
      // The guard's log is best effort here: the request has already ended.
    }
  };

  /** A socket or encrypted request a site publishes through cannot be held: say so once per kind, never silently. */
  function reportUnread(url: string, what: string | null, over: string): void {
    if (what === null || reportedSockets.has(what)) return;
    reportedSockets.add(what);
    try {
      guard.reportNotHeld(identityId, url, `${what} travel over ${over} that Hatstand cannot inspect`);
    } catch {
      // Reporting is best effort; the socket itself is not ours to block.
    }
  }

  /**
   * A released post the site answered with a redirect that drops its body (a 303, or a 301 or 302 after a POST: post,
   * redirect, get) has arrived: the site took it and sends the page on, to another site too. Told so here, before the
   * GET that follows reaches onBeforeRequest; a 307 or 308 sends the body on, and is handled there.
   */
  const redirected = (d: { id: number; statusCode: number; method: string }) => {
    if (!released.has(d.id)) return;
    const dropsBody = d.statusCode === 303 ? d.method.toUpperCase() !== 'HEAD' : (d.statusCode === 301 || d.statusCode === 302) && d.method.toUpperCase() === 'POST';
    if (dropsBody) ended(d.id, { statusCode: d.statusCode });
  };

  const removeBefore = hub.ownBeforeRequest('post-guard', listener, options.filter);
  const removers = [removeBefore];
  if (webRequest.onBeforeRedirect) removers.push(hub.on('onBeforeRedirect', redirected));
  if (webRequest.onErrorOccurred) removers.push(hub.on('onErrorOccurred', (d) => ended(d.id, { error: d.error })));
  if (webRequest.onCompleted) removers.push(hub.on('onCompleted', (d) => ended(d.id, { statusCode: d.statusCode })));
  return () => {
    for (const remove of removers) remove();
    // The guard withdraws each held post first (its sheet closes, nothing is logged as sent), then the request is
    // cancelled: Electron keeps a blocked request after its listener goes (electron_api_web_request.cc).
    const cancelling = [...cancels.values()];
    for (const c of held.values()) c.abort();
    for (const cancel of cancelling) cancel();
    held.clear();
    cancels.clear();
    released.clear();
  };
}

/**
 * Cookies that name the logged-in account, per site. onBeforeRequest carries
 * no headers, so for sites whose post body does not say who posts (X above
 * all) the account comes from the identity session's cookie jar. Bluesky and
 * Mastodon keep their sessions in page storage, not cookies; LinkedIn's
 * cookies are opaque: no hint for those here.
 */
const ACCOUNT_COOKIES: Readonly<Record<string, { name: string; parse: (value: string) => string | undefined }>> = {
  // `twid` is `u=<user id>`, percent-encoded and sometimes quoted.
  'x.com': { name: 'twid', parse: (v) => /u(?:%3D|=)(\d+)/i.exec(v)?.[1] },
  // `c_user` is the logged-in person's numeric id.
  'facebook.com': { name: 'c_user', parse: (v) => (/^\d+$/.test(v) ? v : undefined) },
  'messenger.com': { name: 'c_user', parse: (v) => (/^\d+$/.test(v) ? v : undefined) },
  // Threads shares Instagram's session: `ds_user_id` is the user's id.
  'threads.net': { name: 'ds_user_id', parse: (v) => (/^\d+$/.test(v) ? v : undefined) },
  'instagram.com': { name: 'ds_user_id', parse: (v) => (/^\d+$/.test(v) ? v : undefined) },
};

/** An `accountHintFor` for PostGuard, reading the identity session's cookies. Never throws. */
export function accountHintFromCookies(cookies: Pick<Cookies, 'get'>): (identityId: string, site: string, url: string) => Promise<string | undefined> {
  return async (_identityId, site, url) => {
    const spec = ACCOUNT_COOKIES[site];
    if (!spec) return undefined;
    try {
      const found = await cookies.get({ url, name: spec.name });
      const value = found[0]?.value;
      return value ? spec.parse(value.replace(/^"|"$/g, '')) : undefined;
    } catch {
      return undefined;
    }
  };
}
