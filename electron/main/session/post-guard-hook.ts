/**
 * Installs the post guard on one identity's session: every request passes
 * `webRequest.onBeforeRequest`; requests that cannot publish (GET, HEAD, ...)
 * are answered at once, the others are handed to the guard with their body
 * decoded as UTF-8, and the callback is answered only when the guard has
 * decided (`{ cancel: true }` stops the post).
 *
 * PUT and PATCH are handed over too: Mastodon edits a published status with PUT.
 * Electron keeps one onBeforeRequest listener per session: this must be the
 * only one on identity sessions (compose other needs into it).
 */
import type { CallbackResponse, Cookies, OnBeforeRequestListenerDetails, Session, UploadData, WebRequest, WebRequestFilter } from 'electron';
import { mayPublish, unguardedSocket } from '../../../shared/sites';
import type { GuardDecision, GuardRequest } from '../services/post-guard';

export type PostGuardWebRequest = Pick<WebRequest, 'onBeforeRequest'>;

/** The part of PostGuard the hook uses. */
export interface HookGuard {
  check(request: GuardRequest): Promise<GuardDecision>;
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
}

export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

const ANSWER_NOW: CallbackResponse = {};
const decoder = new TextDecoder('utf-8');

/** Why a body could not be decoded; `undefined` body is passed on and the guard treats the text as unknown. */
export type BodyResult = { body: string | undefined; incomplete?: 'too-large' | 'blob-unreadable' };

/** Concatenates byte parts (file parts carry no bytes here) and decodes them as UTF-8 once. */
export async function decodeUploadData(
  parts: readonly UploadData[] | undefined,
  blobs: Pick<Session, 'getBlobData'> | undefined,
  maxBytes: number,
): Promise<BodyResult> {
  if (!parts || parts.length === 0) return { body: undefined };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (const part of parts) {
    let bytes: Uint8Array | undefined = part.bytes;
    if (part.blobUUID) {
      if (!blobs) return { body: undefined, incomplete: 'blob-unreadable' };
      try {
        bytes = await blobs.getBlobData(part.blobUUID);
      } catch {
        return { body: undefined, incomplete: 'blob-unreadable' };
      }
    }
    if (!bytes || bytes.length === 0) continue;
    total += bytes.length;
    if (total > maxBytes) return { body: undefined, incomplete: 'too-large' };
    chunks.push(bytes);
  }
  if (chunks.length === 1) return { body: decoder.decode(chunks[0]) };
  const all = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.length;
  }
  return { body: decoder.decode(all) };
}

function needsAsyncBody(parts: readonly UploadData[] | undefined): boolean {
  return parts !== undefined && parts.some((p) => p.blobUUID);
}

/** Sync fast path for the usual case: byte parts only. */
function decodeSync(parts: readonly UploadData[] | undefined, maxBytes: number): BodyResult {
  if (!parts || parts.length === 0) return { body: undefined };
  let total = 0;
  for (const p of parts) total += p.bytes?.length ?? 0;
  if (total > maxBytes) return { body: undefined, incomplete: 'too-large' };
  if (parts.length === 1) return { body: parts[0]!.bytes ? decoder.decode(parts[0]!.bytes) : undefined };
  const all = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    if (!p.bytes) continue;
    all.set(p.bytes, offset);
    offset += p.bytes.length;
  }
  return { body: decoder.decode(all) };
}

/** Installs the guard; returns a function that removes it. */
export function installPostGuard(webRequest: PostGuardWebRequest, options: PostGuardHookOptions): () => void {
  const { identityId, guard, blobs } = options;
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  const reportedSockets = new Set<string>();

  const listener = (details: OnBeforeRequestListenerDetails, callback: (response: CallbackResponse) => void): void => {
    if (!mayPublish(details.method)) {
      callback(ANSWER_NOW);
      if (details.resourceType === 'webSocket') reportSocket(details.url);
      return;
    }
    let answered = false;
    const answer = (cancel: boolean) => {
      if (answered) return;
      answered = true;
      try {
        callback({ cancel });
      } catch {
        // The request is already gone (its page closed): nothing left to hold.
      }
    };
    const failClosed = (reason: string) => {
      answer(true);
      try {
        guard.reportNotHeld(identityId, details.url, reason);
      } catch {
        // Reporting failed; the request is cancelled either way.
      }
    };
    const run = (result: BodyResult) => {
      const request: GuardRequest = {
        identityId,
        method: details.method,
        url: details.url,
        // onBeforeRequest has no request headers; the referrer lets the heuristic tell cross-site requests.
        headers: details.referrer ? { referer: details.referrer } : {},
      };
      if (result.body !== undefined) request.body = result.body;
      guard.check(request).then(
        (decision) => answer(!decision.allow),
        (error: unknown) => failClosed(`the guard failed (${error instanceof Error ? error.message : String(error)}); the request was cancelled`),
      );
    };
    try {
      if (needsAsyncBody(details.uploadData)) {
        decodeUploadData(details.uploadData, blobs, maxBytes).then(run, () => failClosed('the request body could not be read; the request was cancelled'));
      } else {
        run(decodeSync(details.uploadData, maxBytes));
      }
    } catch (error) {
      failClosed(`the guard failed (${error instanceof Error ? error.message : String(error)}); the request was cancelled`);
    }
  };

  /** A socket a site publishes through cannot be held: say so once per kind, never silently. */
  function reportSocket(url: string): void {
    const what = unguardedSocket(url);
    if (what === null || reportedSockets.has(what)) return;
    reportedSockets.add(what);
    try {
      guard.reportNotHeld(identityId, url, `${what} travel over a WebSocket that Hatstand cannot inspect`);
    } catch {
      // Reporting is best effort; the socket itself is not ours to block.
    }
  }

  if (options.filter) webRequest.onBeforeRequest(options.filter, listener);
  else webRequest.onBeforeRequest(listener);
  return () => {
    if (options.filter) webRequest.onBeforeRequest(options.filter, null);
    else webRequest.onBeforeRequest(null);
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
