import { AccountError, POST_MAYBE_SENT } from './errors';

export type FetchLike = typeof fetch;

/** Options every site client takes; all injectable so tests can use local servers. */
export interface HttpOptions {
  fetch?: FetchLike;
  /** Per request. Default 20 s. */
  timeoutMs?: number;
  /** Waits before each automatic retry of a safe-to-repeat request. Default [1000, 3000]. */
  retryDelaysMs?: readonly number[];
  /** Accept http:// on 127.0.0.1 / localhost / ::1 (tests and local servers only). */
  allowHttpLoopback?: boolean;
  /**
   * Set when requests go through the identity's proxy: turns a failure at the
   * proxy (it never reached the site) into an error that names the proxy.
   */
  routeFailure?: (err: unknown) => AccountError | undefined;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON body, or undefined when the body was empty or not JSON. */
  json: unknown;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Turns what a person typed ("mastodon.social", "https://mastodon.social/@ada",
 * "@ada@mastodon.social") into a service origin. Only https, so a token is
 * never sent in the clear.
 */
export function serviceOrigin(input: string, what: string, allowHttpLoopback = false): URL {
  let text = input.trim();
  const handleForm = /^@?[^@\s/]+@([^@\s/]+)$/.exec(text);
  if (handleForm) text = handleForm[1] ?? text;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AccountError('accounts/invalid-url', `"${input.trim()}" is not a web address. Enter the ${what} address, for example https://mastodon.social.`);
  }
  const insecureOk = allowHttpLoopback && url.protocol === 'http:' && LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !insecureOk) {
    throw new AccountError('accounts/invalid-url', `The ${what} address must start with https:// so your sign-in is never sent unencrypted.`);
  }
  if (url.username || url.password) {
    throw new AccountError('accounts/invalid-url', `The ${what} address must not contain a user name or password.`);
  }
  return new URL(url.origin);
}

export function isLoopback(url: URL): boolean {
  return LOOPBACK.has(url.hostname);
}

function networkReason(err: unknown): string {
  const e = err as { name?: string; cause?: { code?: string; name?: string } };
  if (e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError') return 'it did not answer in time';
  switch (e?.cause?.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'its name could not be found';
    case 'ECONNREFUSED':
      return 'the connection was refused';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
    case 'EPIPE':
      return 'the connection was dropped';
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'ETIMEDOUT':
      return 'it did not answer in time';
    default:
      return 'the connection failed';
  }
}

/**
 * The error for a request that never got an answer. `mayHaveCreated` says
 * whether the request could have taken effect on the server anyway.
 */
export function networkError(err: unknown, host: string, mayHaveCreated: boolean): AccountError {
  const base = `Hatstand could not reach ${host}: ${networkReason(err)}. Check your internet connection, then try again.`;
  return new AccountError('accounts/network', mayHaveCreated ? `${base} ${POST_MAYBE_SENT}` : base, {
    outcome: mayHaveCreated ? 'unknown' : 'not-posted',
  });
}

export interface RequestSpec {
  method: 'GET' | 'POST';
  url: URL;
  headers?: Record<string, string>;
  /** Serialised as JSON. */
  body?: unknown;
}

/**
 * One HTTP exchange. Never follows redirects: a redirected POST could be
 * replayed elsewhere, and the Authorization header must only go where the
 * person connected. Throws only on no answer; HTTP errors are returned.
 */
export async function request(spec: RequestSpec, options: HttpOptions, mayHaveCreated: boolean): Promise<HttpResponse> {
  const doFetch = options.fetch ?? fetch;
  const headers: Record<string, string> = { accept: 'application/json', ...spec.headers };
  if (spec.body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await doFetch(spec.url, {
      method: spec.method,
      headers,
      body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
    });
  } catch (err) {
    throw options.routeFailure?.(err) ?? networkError(err, spec.url.host, mayHaveCreated);
  }
  let text: string;
  try {
    text = await res.text();
  } catch (err) {
    // Headers arrived but the body was cut off: the request did reach the server.
    throw networkError(err, spec.url.host, mayHaveCreated);
  }
  let json: unknown;
  if (text.length > 0) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  return { status: res.status, headers: res.headers, json };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Reads a string field from an unknown JSON value. */
export function str(obj: unknown, key: string): string | undefined {
  if (obj && typeof obj === 'object' && key in obj) {
    const v = (obj as Record<string, unknown>)[key];
    return typeof v === 'string' ? v : undefined;
  }
  return undefined;
}
