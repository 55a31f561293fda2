import {
  AccountError,
  describeWait,
  POST_MAYBE_SENT,
  POST_NOT_SENT,
  retryAfterSeconds,
  scrubSecrets,
} from './errors';
import { isLoopback, request, serviceOrigin, sleep, str, type HttpOptions, type HttpResponse } from './http';
import { isTid } from './tid';

// Endpoint shapes from the AT Protocol lexicons (github.com/bluesky-social/atproto/lexicons):
// com.atproto.server.createSession  {identifier, password} -> {accessJwt, refreshJwt, handle, did, didDoc?}
//   errors AccountTakedown, AuthFactorTokenRequired
// com.atproto.repo.createRecord     {repo, collection, rkey?, validate?, record} -> {uri, cid}
// com.atproto.repo.getRecord        ?repo&collection&rkey -> {uri, cid?, value}; error RecordNotFound
// app.bsky.feed.post                {text (<= 300 graphemes), createdAt, langs?}
// XRPC errors are { "error": "Name", "message": "..." }; PDS rate limits are 429 with ratelimit-reset.

export const DEFAULT_BLUESKY_SERVICE = 'https://bsky.social';
const POST_COLLECTION = 'app.bsky.feed.post';
const MAX_GRAPHEMES = 300;

export interface BlueskyClientOptions extends HttpOptions {
  /** Handle (ada.bsky.social) or DID. */
  identifier: string;
  appPassword: string;
  /** PDS or entryway. Default https://bsky.social. */
  serviceUrl?: string;
}

export interface BlueskySessionInfo {
  did: string;
  handle: string;
  /** Where this account's repository lives (from the DID document when given). */
  pdsUrl: string;
}

export interface BlueskyPost {
  text: string;
  /** Record key (a TID). Keep it for every attempt at the same post: one key, one record. */
  rkey: string;
  /** BCP 47 language tags, e.g. ['en']. */
  langs?: string[];
  createdAt?: string;
}

interface Session extends BlueskySessionInfo {
  accessJwt: string;
  refreshJwt: string;
  pds: URL;
}

type Context = 'connect' | 'post';

export function countGraphemes(text: string): number {
  let n = 0;
  for (const _ of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) n += 1;
  return n;
}

export class BlueskyClient {
  readonly service: URL;
  private readonly identifier: string;
  private readonly password: string;
  private readonly options: HttpOptions;
  private session: Session | undefined;

  constructor(options: BlueskyClientOptions) {
    this.service = serviceOrigin(options.serviceUrl ?? DEFAULT_BLUESKY_SERVICE, 'Bluesky server', options.allowHttpLoopback);
    this.identifier = options.identifier.trim().replace(/^@/, '');
    this.password = options.appPassword.trim();
    if (this.identifier.length === 0 || this.password.length === 0) {
      throw new AccountError('accounts/invalid-input', 'Enter your Bluesky handle (for example ada.bsky.social) and an app password.');
    }
    this.options = options;
  }

  /** Signs in (com.atproto.server.createSession) and says whose account it is. */
  createSession(): Promise<BlueskySessionInfo> {
    return this.signIn('connect');
  }

  private async signIn(context: Context): Promise<BlueskySessionInfo> {
    const url = new URL('/xrpc/com.atproto.server.createSession', this.service);
    const res = await this.withRetries(context, () =>
      request({ method: 'POST', url, body: { identifier: this.identifier, password: this.password } }, this.options, false),
    );
    const accessJwt = str(res.json, 'accessJwt');
    const refreshJwt = str(res.json, 'refreshJwt');
    const did = str(res.json, 'did');
    const handle = str(res.json, 'handle');
    if (!accessJwt || !refreshJwt || !did || !handle) {
      throw this.badResponse(context === 'post' ? POST_NOT_SENT : 'Nothing was saved.');
    }
    const pds = this.pdsFrom(res.json);
    this.session = { accessJwt, refreshJwt, did, handle, pds, pdsUrl: pds.origin };
    return { did, handle, pdsUrl: pds.origin };
  }

  /**
   * Publishes a post under the given record key. Calling it again with the
   * same rkey never makes a second post: the repository holds at most one
   * record per key, and a refused or unanswered attempt is followed by a look
   * at that key to see whether the post is already there.
   */
  async post(post: BlueskyPost): Promise<{ url: string; uri: string; cid?: string }> {
    if (!isTid(post.rkey)) throw new AccountError('accounts/invalid-input', 'Internal error: a Bluesky post key must be a TID.');
    if (post.text.trim().length === 0) throw new AccountError('accounts/empty-post', `There is nothing to post. ${POST_NOT_SENT}`);
    const graphemes = countGraphemes(post.text);
    if (graphemes > MAX_GRAPHEMES) {
      throw new AccountError(
        'accounts/too-long',
        `Bluesky posts are limited to ${MAX_GRAPHEMES} characters; this one has ${graphemes}. Shorten it, then try again. ${POST_NOT_SENT}`,
      );
    }
    const record: Record<string, unknown> = {
      $type: POST_COLLECTION,
      text: post.text,
      createdAt: post.createdAt ?? new Date().toISOString(),
    };
    if (post.langs && post.langs.length > 0) record.langs = post.langs.slice(0, 3);

    let freshSession = false;
    if (!this.session) {
      await this.signIn('post');
      freshSession = true;
    }
    const delays = this.options.retryDelaysMs ?? [1000, 3000];
    let uncertain = false;
    for (let attempt = 0; ; ) {
      const session = this.session!;
      let res: HttpResponse | undefined;
      let failure: AccountError | undefined;
      try {
        res = await request(
          {
            method: 'POST',
            url: new URL('/xrpc/com.atproto.repo.createRecord', session.pds),
            headers: { authorization: `Bearer ${session.accessJwt}` },
            body: { repo: session.did, collection: POST_COLLECTION, rkey: post.rkey, record },
          },
          this.options,
          true,
        );
      } catch (err) {
        if (!(err instanceof AccountError)) throw err;
        failure = err;
        uncertain = true;
      }
      if (res && res.status >= 200 && res.status < 300) {
        const uri = str(res.json, 'uri');
        if (uri) return { uri, url: this.webUrl(session, post.rkey), ...(str(res.json, 'cid') ? { cid: str(res.json, 'cid') } : {}) };
        // A success that is no createRecord answer (a captive portal's or a proxy's page): only the record itself says
        // whether the post is there. Called posted without it, the draft would be closed with a link to nothing.
        const existing = await this.findExisting(session, post.rkey);
        if (existing !== 'unknown' && existing?.text === post.text) return { uri: existing.uri, url: this.webUrl(session, post.rkey) };
        throw this.badResponse(existing === 'unknown' ? POST_MAYBE_SENT : POST_NOT_SENT);
      }
      const errorName = res ? str(res.json, 'error') : undefined;
      // An expired or revoked access token: sign in again once, then repeat.
      if (res && !freshSession && (errorName === 'ExpiredToken' || errorName === 'InvalidToken' || res.status === 401)) {
        await this.signIn('post');
        freshSession = true;
        continue;
      }
      if (res && (res.status === 429 || res.status === 401 || res.status === 403)) {
        throw this.httpError(res, 'post', uncertain);
      }
      // Refused, failed or unanswered: the post may already be there (an
      // earlier attempt whose answer was lost). Look before deciding.
      const existing = await this.findExisting(session, post.rkey);
      if (existing === 'unknown') uncertain = true;
      else if (existing) {
        if (existing.text !== post.text) {
          throw new AccountError(
            'accounts/conflict',
            `Bluesky already has a different post under this post's key (${post.rkey}). Hatstand did not overwrite it. Start a new post from the draft. ${POST_NOT_SENT}`,
          );
        }
        return { uri: existing.uri, url: this.webUrl(session, post.rkey) };
      }
      const transient = !res || res.status >= 500 || res.status === 408;
      if (res) {
        if (transient) uncertain = true;
        failure = this.httpError(res, 'post', uncertain);
      }
      const delay = delays[attempt];
      if (!transient || delay === undefined) throw failure!;
      attempt += 1;
      await sleep(delay);
    }
  }

  /** The record at this key, null when there is none, 'unknown' when the PDS could not be asked. */
  private async findExisting(session: Session, rkey: string): Promise<{ uri: string; text: string } | null | 'unknown'> {
    const url = new URL('/xrpc/com.atproto.repo.getRecord', session.pds);
    url.searchParams.set('repo', session.did);
    url.searchParams.set('collection', POST_COLLECTION);
    url.searchParams.set('rkey', rkey);
    let res: HttpResponse;
    try {
      res = await request({ method: 'GET', url }, this.options, false);
    } catch {
      return 'unknown';
    }
    if (res.status >= 200 && res.status < 300) {
      const value = (res.json as { value?: unknown } | undefined)?.value;
      const text = str(value, 'text');
      // (A success that holds no record, a portal's or a proxy's page, tells nothing either way.)
      if (text === undefined) return 'unknown';
      return { uri: str(res.json, 'uri') ?? this.uriFor(session, rkey), text };
    }
    if (res.status === 404 || str(res.json, 'error') === 'RecordNotFound') return null;
    return 'unknown';
  }

  private uriFor(session: Session, rkey: string): string {
    return `at://${session.did}/${POST_COLLECTION}/${rkey}`;
  }

  private webUrl(session: Session, rkey: string): string {
    return `https://bsky.app/profile/${session.handle}/post/${rkey}`;
  }

  /**
   * Uses the PDS named in the DID document when the entryway sends one
   * (bsky.social hosts accounts on many PDS hosts); only https, or loopback
   * http when allowed, so the access token is never sent in the clear.
   */
  private pdsFrom(json: unknown): URL {
    const services = (json as { didDoc?: { service?: unknown } } | undefined)?.didDoc?.service;
    if (Array.isArray(services)) {
      for (const s of services as Array<Record<string, unknown>>) {
        const id = typeof s.id === 'string' ? s.id : '';
        const endpoint = typeof s.serviceEndpoint === 'string' ? s.serviceEndpoint : '';
        if (!id.endsWith('#atproto_pds') || !endpoint) continue;
        try {
          const url = new URL(endpoint);
          if (url.protocol === 'https:' || (this.options.allowHttpLoopback && url.protocol === 'http:' && isLoopback(url))) {
            return new URL(url.origin);
          }
        } catch {
          // A malformed endpoint: keep talking to the service we signed in at.
        }
      }
    }
    return this.service;
  }

  /** Repeats sign-in after a dropped connection or a server error (signing in twice is harmless). */
  private async withRetries(context: Context, once: () => Promise<HttpResponse>): Promise<HttpResponse> {
    const delays = this.options.retryDelaysMs ?? [1000, 3000];
    for (let attempt = 0; ; attempt += 1) {
      let failure: AccountError;
      try {
        const res = await once();
        if (res.status >= 200 && res.status < 300) return res;
        failure = this.httpError(res, context, false);
        if (res.status < 500 && res.status !== 408) throw failure;
      } catch (err) {
        if (!(err instanceof AccountError) || err.code !== 'accounts/network') throw err;
        failure = err;
      }
      const delay = delays[attempt];
      if (delay === undefined) throw failure;
      await sleep(delay);
    }
  }

  private secrets(): string[] {
    return [this.password, this.session?.accessJwt ?? '', this.session?.refreshJwt ?? ''];
  }

  private httpError(res: HttpResponse, context: Context, maybePosted: boolean): AccountError {
    const host = this.session?.pds.host ?? this.service.host;
    const name = str(res.json, 'error') ?? '';
    const reason = scrubSecrets((str(res.json, 'message') ?? '').slice(0, 200), this.secrets());
    const tail = context === 'post' ? ` ${maybePosted ? POST_MAYBE_SENT : POST_NOT_SENT}` : ' Nothing was saved.';
    const details = { status: res.status, outcome: maybePosted ? ('unknown' as const) : ('not-posted' as const) };
    if (name === 'AuthFactorTokenRequired') {
      return new AccountError(
        'accounts/needs-app-password',
        `Bluesky asked for the sign-in code from your email, which means this is your main password. Use an app password instead (Bluesky → Settings → Privacy and security → App passwords).${tail}`,
        details,
      );
    }
    if (name === 'AccountTakedown' || name === 'AccountDeactivated' || res.status === 403) {
      return new AccountError(
        'accounts/forbidden',
        `Bluesky refused: this account is taken down, suspended or deactivated, or the app password may not do this.${reason ? ` Bluesky said: "${reason}".` : ''}${tail}`,
        details,
      );
    }
    if (res.status === 401) {
      return new AccountError(
        'accounts/unauthorized',
        context === 'connect'
          ? `Bluesky did not accept that handle and app password. Check both, or create a new app password (Bluesky → Settings → Privacy and security → App passwords).${tail}`
          : `Bluesky no longer accepts the saved app password (it may have been revoked). Reconnect this Bluesky account in Settings → Accounts.${tail}`,
        details,
      );
    }
    if (res.status === 429) {
      const wait = retryAfterSeconds(res.headers);
      return new AccountError(
        'accounts/rate-limited',
        `Bluesky is limiting how often this account can ${context === 'post' ? 'post' : 'sign in'}. Try again ${describeWait(wait)}.${tail}`,
        { ...details, retryAfterSeconds: wait },
      );
    }
    if (res.status >= 500 || res.status === 408) {
      return new AccountError('accounts/site-error', `${host} had a problem (HTTP ${res.status}). Try again in a few minutes.${tail}`, details);
    }
    if (res.status === 404) {
      return new AccountError('accounts/not-found', `${host} does not look like a Bluesky (AT Protocol) server. Check the server address.${tail}`, details);
    }
    if (res.status >= 400) {
      return new AccountError(
        'accounts/rejected',
        `Bluesky refused the ${context === 'post' ? 'post' : 'sign-in'}${reason ? `: "${reason}"` : name ? ` (${name})` : ''}.${context === 'post' ? ' Edit the draft and try again.' : ''}${tail}`,
        details,
      );
    }
    return new AccountError('accounts/bad-response', `${host} answered unexpectedly (HTTP ${res.status}).${tail}`, details);
  }

  private badResponse(tail: string): AccountError {
    return new AccountError(
      'accounts/bad-response',
      `${this.service.host} answered in a way Hatstand does not understand; it may not be a Bluesky server. ${tail}`,
    );
  }
}
