import {
  AccountError,
  describeWait,
  POST_MAYBE_SENT,
  POST_NOT_SENT,
  retryAfterSeconds,
  scrubSecrets,
} from './errors';
import { request, serviceOrigin, sleep, str, type HttpOptions, type HttpResponse } from './http';

// Endpoint shapes from the Mastodon API documentation (docs.joinmastodon.org):
// GET  /api/v1/accounts/verify_credentials -> CredentialAccount
// POST /api/v1/statuses (status, visibility, language, spoiler_text;
//      header Idempotency-Key, kept by the server for 1 hour) -> Status
// Errors come as { "error": "..." }; rate limits as 429 with X-RateLimit-Reset.

export interface MastodonClientOptions extends HttpOptions {
  /** e.g. https://mastodon.social (also accepts "mastodon.social" or "@ada@mastodon.social"). */
  instanceUrl: string;
  accessToken: string;
}

export interface MastodonAccount {
  id: string;
  username: string;
  acct: string;
  displayName: string;
  /** Profile page, e.g. https://mastodon.social/@ada */
  url: string;
  /** `username@instance-host`, lower case: the handle Hatstand files the account under. */
  handle: string;
}

export interface MastodonPost {
  text: string;
  /** Same key for every attempt at the same post: the server then publishes it once. */
  idempotencyKey: string;
  visibility?: 'public' | 'unlisted' | 'private' | 'direct';
  /** ISO 639 code. */
  language?: string;
  spoilerText?: string;
}

type Context = 'connect' | 'post';

export class MastodonClient {
  readonly instance: URL;
  private readonly token: string;
  private readonly options: HttpOptions;

  constructor(options: MastodonClientOptions) {
    this.instance = serviceOrigin(options.instanceUrl, 'Mastodon server', options.allowHttpLoopback);
    if (options.accessToken.trim().length === 0) {
      throw new AccountError('accounts/invalid-input', 'Paste the access token from your Mastodon server (Preferences → Development → your application).');
    }
    this.token = options.accessToken.trim();
    this.options = options;
  }

  /** Checks the token and says whose account it is. */
  async verifyCredentials(): Promise<MastodonAccount> {
    const url = new URL('/api/v1/accounts/verify_credentials', this.instance);
    const res = await this.withRetries('connect', false, () =>
      request({ method: 'GET', url, headers: this.auth() }, this.options, false),
    );
    const id = str(res.json, 'id');
    const username = str(res.json, 'username');
    if (!id || !username) throw this.badResponse('connect');
    return {
      id,
      username,
      acct: str(res.json, 'acct') ?? username,
      displayName: str(res.json, 'display_name') ?? '',
      url: str(res.json, 'url') ?? new URL(`/@${username}`, this.instance).href,
      handle: `${username}@${this.instance.hostname}`.toLowerCase(),
    };
  }

  /** Publishes a status. Safe to call again with the same idempotencyKey. */
  async post(post: MastodonPost): Promise<{ url: string; id: string }> {
    if (post.idempotencyKey.length === 0) throw new AccountError('accounts/invalid-input', 'Internal error: a post needs an idempotency key.');
    const url = new URL('/api/v1/statuses', this.instance);
    const body: Record<string, string> = { status: post.text };
    if (post.visibility) body.visibility = post.visibility;
    if (post.language) body.language = post.language;
    if (post.spoilerText) body.spoiler_text = post.spoilerText;
    const res = await this.withRetries('post', true, () =>
      request({ method: 'POST', url, headers: { ...this.auth(), 'idempotency-key': post.idempotencyKey }, body }, this.options, true),
    );
    const id = str(res.json, 'id');
    const link = str(res.json, 'url') ?? str(res.json, 'uri');
    if (!id || !link) throw this.badResponse('post');
    return { url: link, id };
  }

  private auth(): Record<string, string> {
    return { authorization: `Bearer ${this.token}` };
  }

  /**
   * Runs a request, repeating it after a dropped connection or a server
   * error. Repeating a post is safe only because every attempt carries the
   * same Idempotency-Key; the wait before a retry also gives a slow first
   * attempt time to finish and register that key.
   */
  private async withRetries(context: Context, creates: boolean, once: () => Promise<HttpResponse>): Promise<HttpResponse> {
    const delays = this.options.retryDelaysMs ?? [1000, 3000];
    let uncertain = false;
    for (let attempt = 0; ; attempt += 1) {
      let res: HttpResponse | undefined;
      let failure: AccountError;
      try {
        res = await once();
      } catch (err) {
        if (!(err instanceof AccountError)) throw err;
        failure = err;
      }
      if (res) {
        if (res.status >= 200 && res.status < 300) return res;
        const transient = res.status >= 500 || res.status === 408;
        failure = this.httpError(res, context, creates && (uncertain || transient));
        if (!transient) throw failure;
      }
      uncertain = creates;
      const delay = delays[attempt];
      if (delay === undefined) throw failure!;
      await sleep(delay);
    }
  }

  private httpError(res: HttpResponse, context: Context, maybePosted: boolean): AccountError {
    const host = this.instance.host;
    const reason = scrubSecrets((str(res.json, 'error') ?? '').slice(0, 200), [this.token]);
    const tail = context === 'post' ? ` ${maybePosted ? POST_MAYBE_SENT : POST_NOT_SENT}` : ' Nothing was saved.';
    const details = { status: res.status, outcome: maybePosted ? ('unknown' as const) : ('not-posted' as const) };
    switch (true) {
      case res.status === 401:
        return new AccountError(
          'accounts/unauthorized',
          `${host} did not accept the access token (it may have been revoked or mistyped). ${context === 'post' ? 'Reconnect this Mastodon account in Settings → Accounts.' : 'Check the token and try again.'}${tail}`,
          details,
        );
      case res.status === 403:
        return new AccountError(
          'accounts/forbidden',
          `${host} refused: the access token is not allowed to do this (it needs the read:accounts and write:statuses scopes), or the account is suspended or not yet approved.${reason ? ` The server said: "${reason}".` : ''}${tail}`,
          details,
        );
      case res.status === 404:
        return new AccountError('accounts/not-found', `${host} does not look like a Mastodon server (the API address was not found). Check the server address.${tail}`, details);
      case res.status === 422 || res.status === 400 || res.status === 413:
        return new AccountError(
          'accounts/rejected',
          `${host} refused the ${context === 'post' ? 'post' : 'request'}${reason ? `: "${reason}"` : ''}. ${context === 'post' ? 'Edit the draft and try again.' : ''}${tail}`.replace('  ', ' '),
          details,
        );
      case res.status === 429: {
        const wait = retryAfterSeconds(res.headers);
        return new AccountError(
          'accounts/rate-limited',
          `${host} is limiting how often this account can ${context === 'post' ? 'post' : 'sign in'}. Try again ${describeWait(wait)}.${tail}`,
          { ...details, retryAfterSeconds: wait },
        );
      }
      case res.status >= 500 || res.status === 408:
        return new AccountError('accounts/site-error', `${host} had a problem (HTTP ${res.status}). Try again in a few minutes.${tail}`, details);
      case res.status >= 300 && res.status < 400:
        return new AccountError('accounts/bad-response', `${host} answered with a redirect instead of the Mastodon API. Check the server address (use the address your account lives on).${tail}`, details);
      default:
        return new AccountError('accounts/bad-response', `${host} answered unexpectedly (HTTP ${res.status}).${tail}`, details);
    }
  }

  private badResponse(context: Context): AccountError {
    return new AccountError(
      'accounts/bad-response',
      `${this.instance.host} answered in a way Hatstand does not understand; it may not be a Mastodon server.${context === 'post' ? ` ${POST_MAYBE_SENT}` : ' Nothing was saved.'}`,
      { outcome: 'unknown' },
    );
  }
}
