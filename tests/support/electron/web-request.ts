/**
 * A double of `Electron.WebRequest` and of the requests that pass through it.
 *
 * - One listener per event per session: "Only the last attached listener will be
 *   used. Passing null as listener will unsubscribe from the event"
 *   (docs/api/web-request.md:15; shell/browser/api/electron_api_web_request.cc:681-746
 *   `SetListener`: `listeners->erase(event)` for null, `(*listeners)[event] = ...` otherwise).
 *   A filter without `urls` throws "Parameter 'filter' must have property 'urls'.",
 *   and anything but a function or null throws "Must pass null or a Function".
 * - `onBeforeRequest` holds a request until its callback is called
 *   (electron_api_web_request.cc:369-398). `{ cancel: true }` fails it with
 *   net::ERR_BLOCKED_BY_CLIENT (:411-414), reported through `onErrorOccurred`
 *   (shell/browser/net/proxying_url_loader_factory.cc:461, :769-777).
 * - A request the page aborts (navigation, AbortController, a closed page) while it
 *   is held is dropped: Electron erases it, so the late callback is a no-op
 *   (electron_api_web_request.cc:402-405 `if (!nh) return;`, :650-668), and
 *   `onErrorOccurred` reports net::ERR_ABORTED (proxying_url_loader_factory.cc:91-99).
 * - `onCompleted` / `onErrorOccurred` each end a request once (:650-664).
 * - A redirect the request follows runs `onBeforeRequest` again for the same
 *   request, with the same id and the new URL, and nothing ends in between
 *   (proxying_url_loader_factory.cc: FollowRedirect -> RestartInternal ->
 *   OnBeforeRequest, :211-246, :161-182). A 307 or 308 keeps the method and
 *   the body; a 301, 302 or 303 turns a POST into a GET without a body (:733).
 *   `FakeRequest.redirect()` is the test control.
 * - A response tells `onResponseStarted`, then `onCompleted` (proxying_url_loader_factory.cc:658-705,
 *   ContinueToResponseStarted; :323-331, OnComplete), and a redirect `onBeforeRedirect` (:708-723), each with the response's
 *   `statusCode`, `statusLine`, `fromCache` and `responseHeaders` (electron_api_web_request.cc:113-121), these as
 *   `responseHeadersOf` says. `FakeRequest.complete(status, headerLines)` and `redirect(url, status, headerLines)`.
 */
import type {
  CallbackResponse,
  OnBeforeRedirectListenerDetails,
  OnBeforeRequestListenerDetails,
  OnCompletedListenerDetails,
  OnErrorOccurredListenerDetails,
  OnResponseStartedListenerDetails,
  UploadData,
  WebRequest,
  WebRequestFilter,
} from 'electron';

export type WebRequestEvent =
  | 'onBeforeRequest'
  | 'onBeforeSendHeaders'
  | 'onSendHeaders'
  | 'onHeadersReceived'
  | 'onResponseStarted'
  | 'onBeforeRedirect'
  | 'onCompleted'
  | 'onErrorOccurred';

type Installed = { filter: WebRequestFilter | null; listener: (...args: never[]) => unknown };

let nextRequestId = 1;

/** Where a request comes from when not from a page's frame: a Worker, a SharedWorker, a service worker. */
export type WorkerKind = 'dedicated' | 'shared' | 'service';

export type RequestState = 'held' | 'in-flight' | 'completed' | 'cancelled' | 'aborted' | 'failed';

/**
 * A streamed upload part (a `fetch()` with a ReadableStream body, sent chunked): Electron gives it to `onBeforeRequest`
 * as `{ type: 'stream', body }` (shell/common/gin_converters/net_converter.cc:617-630, Converter<ResourceRequestBody>,
 * kChunkedDataPipe), where `body` reads the pipe itself (ChunkedDataPipeReadableStream). Its first `read` takes the
 * body out of the request: Init() releases the pipe getter and puts empty bytes in the request in its place
 * (:360-370), so a request let out after main read it sends nothing there. 45.5.0's `UploadData` does not declare it.
 * `streamedUpload()` is the test control; `FakeRequest.sentBody()` says what leaves.
 */
export class FakeUploadStream {
  reads = 0;
  constructor(private readonly bytes: Buffer) {}
  /** Whether a read took the body out of its request. */
  get taken(): boolean {
    return this.reads > 0;
  }
  read(buffer: Uint8Array): Promise<number> {
    const from = this.reads === 0 ? 0 : -1;
    this.reads++;
    if (from < 0) return Promise.resolve(0);
    const n = Math.min(buffer.byteLength, this.bytes.length);
    buffer.set(this.bytes.subarray(0, n));
    return Promise.resolve(n);
  }
  /** What the request sends for this part. */
  sent(): Buffer {
    return this.taken ? Buffer.alloc(0) : this.bytes;
  }
}

/**
 * The upload parts a request carries, as Electron's converter gives them to `onBeforeRequest`
 * (shell/common/gin_converters/net_converter.cc:584-631, Converter<ResourceRequestBody>::ToV8): every part has a `type`;
 * `rawData` has `bytes` (a copy, electron::Buffer::Copy); `file` has `file`, `filePath`, `offset`, `length` and
 * `modificationTime`, and no bytes; `blob` has `blobUUID` and `dataPipe` (its DataPipeHolder), and no bytes; `stream`
 * has `body`. 45.5.0's `UploadData` declares `bytes` on every part; the source sets it on rawData parts only.
 *
 * A Blob part gets a new DataPipeHolder, under a new id, every time the body is converted, that is every time
 * `onBeforeRequest` runs, a 307/308 redirect's second run included (net_converter.cc:611-614;
 * electron_api_data_pipe_holder.cc:154-158, `++g_next_id`). Holders are found by id through a map of weak references
 * (electron_api_data_pipe_holder.cc:34-40, cppgc::WeakPersistent): a holder is readable only while something keeps the
 * part (or its `dataPipe`) alive; "The lifetime of data pipe is bound to the uploadData object" (net_converter.cc:613).
 * `session.getBlobData(id)` rejects with "Could not get blob data handle" for an id it cannot find
 * (electron_api_session.cc:1046-1054), and a holder is read once: a second read rejects with "Could not get blob data"
 * (electron_api_data_pipe_holder.cc:162-171, ReadAll moves the pipe).
 */
export class FakeDataPipeHolder {
  readonly id: string;
  private read = false;
  constructor(readonly bytes: Buffer) {
    this.id = String(++nextHolderId);
    holders.set(this.id, new WeakRef(this));
  }
  readAll(): Promise<Buffer> {
    if (this.read) return Promise.reject(new Error('Could not get blob data'));
    this.read = true;
    return Promise.resolve(Buffer.from(this.bytes));
  }
}
let nextHolderId = 0;
const holders = new Map<string, WeakRef<FakeDataPipeHolder>>();

/** `session.getBlobData(id)` (electron_api_session.cc:1046-1054): every session finds every holder of the process. */
export function readBlobData(id: string): Promise<Buffer> {
  const holder = holders.get(id)?.deref();
  if (!holder) {
    holders.delete(id);
    return Promise.reject(new Error('Could not get blob data handle'));
  }
  return holder.readAll();
}

/** A test's stand-in for a session's `getBlobData` (the same as FakeSession's). */
export const blobReader = { getBlobData: readBlobData };

/** Test control: a part of bytes (a string, an ArrayBuffer, URLSearchParams, a form's fields). */
export function rawUpload(bytes: string | Uint8Array): UploadData {
  return { type: 'rawData', bytes: Buffer.from(bytes) } as unknown as UploadData;
}

/** Test control: a file the page uploads from disk (an <input type=file> in a form): a path, never its bytes. */
export function fileUpload(path: string, length = 1024): UploadData {
  return { type: 'file', file: path, filePath: path, offset: 0, length, modificationTime: 0 } as unknown as UploadData;
}

/** Test control: a Blob or File the page sends (fetch's body, a FormData entry); each conversion names it anew. */
export function blobUpload(bytes: string | Uint8Array): UploadData {
  return { type: 'blob', ...holderPart(Buffer.from(bytes)) } as unknown as UploadData;
}

function holderPart(bytes: Buffer): { blobUUID: string; dataPipe: FakeDataPipeHolder } {
  const dataPipe = new FakeDataPipeHolder(bytes);
  return { blobUUID: dataPipe.id, dataPipe };
}

/** The body as `onBeforeRequest` sees it this time: bytes copied, each Blob behind a new holder (see FakeDataPipeHolder). */
function converted(body: readonly UploadData[] | undefined): UploadData[] | undefined {
  if (!body) return undefined;
  return body.map((part) => {
    const p = part as unknown as { type?: string; bytes?: Buffer; dataPipe?: FakeDataPipeHolder };
    if (p.type === 'rawData' && p.bytes) return { type: 'rawData', bytes: Buffer.from(p.bytes) } as unknown as UploadData;
    if (p.type === 'blob' && p.dataPipe) return { type: 'blob', ...holderPart(p.dataPipe.bytes) } as unknown as UploadData;
    return part;
  });
}

/** Test control: an upload part streamed by the page, as Electron 45 lists it (see FakeUploadStream). */
export function streamedUpload(bytes: string | Uint8Array): UploadData {
  return { type: 'stream', body: new FakeUploadStream(Buffer.from(bytes)) } as unknown as UploadData;
}

/**
 * Response headers as webRequest gives them (`responseHeaders`), from the header lines a server sent: each line's name
 * exactly as the server spelled it, not lower-cased ("we can not use [the usual converter] because it lowercases the
 * header keys, while the webRequest has to pass the original keys"), and each line one string appended to the list of
 * that name (electron_api_web_request.cc:85-101, HttpResponseHeadersToV8: EnumerateHeaderLines, then
 * `response_headers.EnsureList(key)->Append(value)`), so `Set-Cookie` and `set-cookie` are two keys, and two Set-Cookie
 * lines two strings of one list. (Over HTTP/2 and HTTP/3 every name arrives lower-case: RFC 9113, 8.2.2.) Set-Cookie
 * lines are there: Electron always asks the network service for the raw headers ("Always use \"extraHeaders\" mode",
 * proxying_url_loader_factory.cc:87-90) and keeps those of OnHeadersReceived, "as that'll contain Set-Cookie if it
 * existed" (:267-277, :291-301).
 */
export function responseHeadersOf(lines: readonly string[]): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`Not a header line: ${line}`);
    const name = line.slice(0, colon).trim();
    (headers[name] ??= []).push(line.slice(colon + 1).trim());
  }
  return headers;
}

/** One request the page made, as the test drives it. */
export class FakeRequest {
  state: RequestState = 'in-flight';
  /** Callback answers that reached a held request. */
  readonly answers: CallbackResponse[] = [];
  /** Callback answers that came after Electron dropped the request (no effect). */
  readonly ignoredAnswers: CallbackResponse[] = [];
  constructor(
    private readonly webRequest: FakeWebRequest,
    public details: OnBeforeRequestListenerDetails,
    /** The body the page gave, converted anew for each `onBeforeRequest` (see FakeDataPipeHolder). */
    readonly body: readonly UploadData[] | undefined = details.uploadData,
  ) {}
  get id(): number {
    return this.details.id;
  }
  /** Test control: the bytes the request sends (its raw and streamed parts; a stream main read sends none). */
  sentBody(): Buffer {
    const parts = (this.details.uploadData ?? []) as unknown as Array<{ bytes?: Buffer; type?: string; body?: FakeUploadStream; dataPipe?: FakeDataPipeHolder }>;
    return Buffer.concat(parts.map((p) => (p.type === 'stream' && p.body ? p.body.sent() : (p.bytes ?? p.dataPipe?.bytes ?? Buffer.alloc(0)))));
  }
  /** The page gives up on the request (navigation, AbortController.abort(), its page closed). */
  abort(): void {
    if (this.state !== 'held' && this.state !== 'in-flight') return;
    this.webRequest.end(this, 'aborted', 'net::ERR_ABORTED');
  }
  /** The server answered with these header lines (`Name: value`); `onResponseStarted`, then `onCompleted`, fire. */
  complete(statusCode = 200, headerLines: readonly string[] = []): void {
    if (this.state !== 'in-flight') throw new Error(`Request ${this.id} is ${this.state}; only a request that was let out can complete.`);
    this.webRequest.end(this, 'completed', undefined, statusCode, headerLines);
  }
  /** The server redirects the request that was let out, with these header lines, and it follows (see the header). */
  redirect(url: string, statusCode: 301 | 302 | 303 | 307 | 308 = 307, headerLines: readonly string[] = []): void {
    if (this.state !== 'in-flight') throw new Error(`Request ${this.id} is ${this.state}; only a request that was let out can be redirected.`);
    this.webRequest.redirect(this, url, statusCode, headerLines);
  }
  /** The network failed (`onErrorOccurred` with that error). */
  fail(error = 'net::ERR_CONNECTION_RESET'): void {
    if (this.state !== 'in-flight') throw new Error(`Request ${this.id} is ${this.state}; only a request that was let out can fail.`);
    this.webRequest.end(this, 'failed', error);
  }
}

export class FakeWebRequest implements Pick<WebRequest, WebRequestEvent> {
  private readonly listeners = new Map<WebRequestEvent, Installed>();
  private readonly held = new Map<number, FakeRequest>();

  onBeforeRequest: WebRequest['onBeforeRequest'] = ((...args: unknown[]) => this.set('onBeforeRequest', args)) as WebRequest['onBeforeRequest'];
  onBeforeSendHeaders: WebRequest['onBeforeSendHeaders'] = ((...args: unknown[]) => this.set('onBeforeSendHeaders', args)) as WebRequest['onBeforeSendHeaders'];
  onSendHeaders: WebRequest['onSendHeaders'] = ((...args: unknown[]) => this.set('onSendHeaders', args)) as WebRequest['onSendHeaders'];
  onHeadersReceived: WebRequest['onHeadersReceived'] = ((...args: unknown[]) => this.set('onHeadersReceived', args)) as WebRequest['onHeadersReceived'];
  onResponseStarted: WebRequest['onResponseStarted'] = ((...args: unknown[]) => this.set('onResponseStarted', args)) as WebRequest['onResponseStarted'];
  onBeforeRedirect: WebRequest['onBeforeRedirect'] = ((...args: unknown[]) => this.set('onBeforeRedirect', args)) as WebRequest['onBeforeRedirect'];
  onCompleted: WebRequest['onCompleted'] = ((...args: unknown[]) => this.set('onCompleted', args)) as WebRequest['onCompleted'];
  onErrorOccurred: WebRequest['onErrorOccurred'] = ((...args: unknown[]) => this.set('onErrorOccurred', args)) as WebRequest['onErrorOccurred'];

  /** electron_api_web_request.cc:681-746: `([filter, ]listener)`, one per event, null removes. */
  private set(event: WebRequestEvent, args: unknown[]): void {
    let filter: WebRequestFilter | null = null;
    let listener = args[0];
    if (listener !== null && typeof listener === 'object') {
      const given = listener as Partial<WebRequestFilter>;
      if (!Array.isArray(given.urls)) throw new TypeError("Parameter 'filter' must have property 'urls'.");
      filter = { ...given, urls: given.urls.length ? given.urls : ['<all_urls>'] } as WebRequestFilter;
      listener = args[1];
    }
    if (listener === null) {
      this.listeners.delete(event);
      return;
    }
    if (typeof listener !== 'function') throw new TypeError('Must pass null or a Function');
    this.listeners.set(event, { filter, listener: listener as Installed['listener'] });
  }

  /** How many listeners an event has: 0 or 1, never more. */
  listenerCount(event: WebRequestEvent): 0 | 1 {
    return this.listeners.has(event) ? 1 : 0;
  }
  filterOf(event: WebRequestEvent): WebRequestFilter | null {
    return this.listeners.get(event)?.filter ?? null;
  }
  /** The installed listener itself, for tests that call it directly (as Electron would). */
  listenerOf(event: WebRequestEvent): ((...args: never[]) => unknown) | null {
    return this.listeners.get(event)?.listener ?? null;
  }

  /**
   * The page starts a request. With an `onBeforeRequest` listener whose filter
   * matches, the request is held until the listener's callback answers.
   */
  request(
    init: Partial<OnBeforeRequestListenerDetails> & Pick<OnBeforeRequestListenerDetails, 'method' | 'url'>,
    from: { worker?: WorkerKind; origin?: string } = {},
  ): FakeRequest {
    // `initiatorOrigin` as Electron 45.5.0's electron.d.ts documents it (OnBeforeRequestListenerDetails: "The origin that
    // issued the request (for example `https://example.com`, or `null` for an opaque origin). Kept from the original
    // request across redirects; absent for requests the browser started itself."). The mirror's
    // electron_api_web_request.cc (ToDictionary, :105-141) sets no initiatorOrigin, so where 45.5.0 fills it is not in
    // the mirror: the double passes on what the test gives. A worker's request carries the worker's own origin
    // (`from.origin`), "null" for an opaque one (a data: worker, or one a sandboxed frame made); a test gives it there,
    // so a worker cannot be given a page's origin by accident.
    if (from.origin !== undefined) {
      if (!from.worker) throw new Error('request(): `origin` is the worker\'s own; a page\'s request names its frame');
      if (init.initiatorOrigin !== undefined && init.initiatorOrigin !== from.origin) {
        throw new Error(`request(): a worker's request carries its own origin (${from.origin}), not ${init.initiatorOrigin}`);
      }
      init = { ...init, initiatorOrigin: from.origin };
    }
    const body = init.uploadData;
    const details: OnBeforeRequestListenerDetails = {
      id: nextRequestId++,
      resourceType: 'xhr',
      referrer: '',
      timestamp: Date.now(),
      ...init,
      uploadData: converted(body) as UploadData[],
    };
    if (from.worker) {
      // A worker's requests go through a factory made without a frame (electron_browser_client.cc:1564,
      // kRoutingIdNone), and the details name a frame and a page only when one is found (electron_api_web_request.cc:123-132).
      // (A dedicated worker's socket connects through its page's frame: Chromium, not in the mirror.)
      if (!(from.worker === 'dedicated' && details.resourceType === 'webSocket')) {
        delete (details as Partial<OnBeforeRequestListenerDetails>).webContentsId;
        delete (details as Partial<OnBeforeRequestListenerDetails>).webContents;
        delete (details as Partial<OnBeforeRequestListenerDetails>).frame;
      }
    }
    const request = new FakeRequest(this, details, body);
    // A shared or service worker's WebSocket is never shown to webRequest: Electron proxies a socket's handshake only
    // when it has a frame (electron_browser_client.cc:1432-1436, WillInterceptWebSocket returns false without one), and
    // those workers' sockets have none (Chromium, not in the mirror).
    if ((from.worker === 'shared' || from.worker === 'service') && details.resourceType === 'webSocket') return request;
    const installed = this.listeners.get('onBeforeRequest');
    if (!installed || !matches(installed.filter, details.url, details.resourceType)) return request;
    request.state = 'held';
    this.held.set(details.id, request);
    const callback = this.oneTime((response: CallbackResponse) => this.answer(request, response));
    (installed.listener as unknown as (d: OnBeforeRequestListenerDetails, cb: (r: CallbackResponse) => void) => void)(details, callback);
    return request;
  }

  /** A redirect followed: `onBeforeRedirect`, then `onBeforeRequest` again for the same request (see the header). */
  redirect(request: FakeRequest, url: string, statusCode: number, headerLines: readonly string[] = []): void {
    const before = request.details;
    const redirectListener = this.listeners.get('onBeforeRedirect');
    if (redirectListener && matches(redirectListener.filter, before.url, before.resourceType)) {
      (redirectListener.listener as unknown as (d: OnBeforeRedirectListenerDetails) => void)({
        ...before,
        redirectURL: url,
        ...response(statusCode, headerLines),
      });
    }
    // A 303 makes every method but HEAD a GET; a 301 or 302 makes a POST one; a GET carries no body
    // (proxying_url_loader_factory.cc, via net::RedirectInfo::ComputeRedirectInfo's method rules).
    const method = before.method.toUpperCase();
    const toGet = statusCode === 303 ? method !== 'HEAD' : (statusCode === 301 || statusCode === 302) && method === 'POST';
    request.details = {
      ...before,
      url,
      timestamp: Date.now(),
      // A body sent on is converted again: its Blobs behind new holders, under new ids (see FakeDataPipeHolder).
      ...(toGet ? { method: 'GET', uploadData: undefined as unknown as UploadData[] } : { uploadData: converted(request.body) as UploadData[] }),
    };
    const installed = this.listeners.get('onBeforeRequest');
    if (!installed || !matches(installed.filter, url, before.resourceType)) return;
    request.state = 'held';
    this.held.set(request.id, request);
    const callback = this.oneTime((response: CallbackResponse) => this.answer(request, response));
    (installed.listener as unknown as (d: OnBeforeRequestListenerDetails, cb: (r: CallbackResponse) => void) => void)(request.details, callback);
  }

  /** A listener's callback may be called once: a second call throws (gin_helper/callback.cc, CallTranslator). */
  private oneTime(callback: (response: CallbackResponse) => void): (response: CallbackResponse) => void {
    let called = false;
    return (response) => {
      if (called) throw new TypeError('One-time callback was called more than once');
      called = true;
      callback(response);
    };
  }

  /** electron_api_web_request.cc:402-420 `OnBeforeRequestListenerResult`. */
  private answer(request: FakeRequest, response: CallbackResponse): void {
    if (!this.held.delete(request.id)) {
      request.ignoredAnswers.push(response);
      return;
    }
    request.answers.push(response);
    if (response.cancel) this.end(request, 'cancelled', 'net::ERR_BLOCKED_BY_CLIENT');
    else request.state = 'in-flight';
  }

  /** Ends a request and reports it through onCompleted or onErrorOccurred (:650-664). */
  end(request: FakeRequest, state: Exclude<RequestState, 'held' | 'in-flight'>, error?: string, statusCode = 200, headerLines: readonly string[] = []): void {
    this.held.delete(request.id);
    request.state = state;
    const { id, url, method, resourceType, referrer, webContentsId } = request.details;
    const base = { id, url, method, resourceType, referrer, timestamp: Date.now(), fromCache: false, ...(webContentsId !== undefined ? { webContentsId } : {}) };
    if (error) {
      const installed = this.listeners.get('onErrorOccurred');
      if (installed && matches(installed.filter, url, resourceType)) {
        (installed.listener as unknown as (d: OnErrorOccurredListenerDetails) => void)({ ...base, error });
      }
      return;
    }
    const started = this.listeners.get('onResponseStarted');
    if (started && matches(started.filter, url, resourceType)) {
      (started.listener as unknown as (d: OnResponseStartedListenerDetails) => void)({ ...base, ...response(statusCode, headerLines) });
    }
    const installed = this.listeners.get('onCompleted');
    if (installed && matches(installed.filter, url, resourceType)) {
      (installed.listener as unknown as (d: OnCompletedListenerDetails) => void)({
        ...base,
        ...response(statusCode, headerLines),
        error: 'net::OK',
      } as OnCompletedListenerDetails);
    }
  }

  /** Requests still held by onBeforeRequest. */
  heldRequests(): FakeRequest[] {
    return [...this.held.values()];
  }
}

/** What every event of a response tells of it (electron_api_web_request.cc:113-121). */
function response(statusCode: number, headerLines: readonly string[]) {
  return { statusCode, statusLine: `HTTP/1.1 ${statusCode}`, ip: '127.0.0.1', fromCache: false, responseHeaders: responseHeadersOf(headerLines) };
}

/**
 * URL match patterns as Electron's filter uses them (`<all_urls>`,
 * `scheme://host/path` with `*` wildcards, `*.` host prefixes), plus `types`.
 * Exclusions are honoured; that is all the glue relies on.
 */
export function matches(filter: WebRequestFilter | null, url: string, resourceType?: string): boolean {
  if (!filter) return true;
  if (filter.types?.length && resourceType && !filter.types.includes(resourceType as never)) return false;
  if (filter.excludeUrls?.some((p) => matchPattern(p, url))) return false;
  return filter.urls.some((p) => matchPattern(p, url));
}

function matchPattern(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return true;
  const m = /^(\*|[a-z-]+):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m;
  const protocol = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https', 'ws', 'wss'].includes(protocol) : scheme !== protocol) return false;
  if (host !== '*') {
    if (host!.startsWith('*.')) {
      const base = host!.slice(2);
      if (parsed.hostname !== base && !parsed.hostname.endsWith(`.${base}`)) return false;
    } else if (parsed.host !== host && parsed.hostname !== host) return false;
  }
  const glob = new RegExp(`^${path!.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return glob.test(parsed.pathname + parsed.search);
}
