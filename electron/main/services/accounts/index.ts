import { AppError } from '../../../../shared/result';
import { VAULT_OUTCOME, type SecretVault } from '../vault';
import { BlueskyClient, DEFAULT_BLUESKY_SERVICE } from './bluesky';
import { AccountError, POST_NOT_SENT } from './errors';
import type { HttpOptions } from './http';
import { MastodonClient } from './mastodon';
import { isTid, newTid } from './tid';

export { MastodonClient, type MastodonClientOptions, type MastodonAccount, type MastodonPost } from './mastodon';
export { BlueskyClient, DEFAULT_BLUESKY_SERVICE, countGraphemes, type BlueskyClientOptions, type BlueskyPost, type BlueskySessionInfo } from './bluesky';
export { AccountError, type PostOutcome } from './errors';
export type { HttpOptions, FetchLike } from './http';
export { isTid } from './tid';

/** A fresh key for one post. Keep it with the draft and reuse it for every retry of that post. */
export const newPostKey = (): string => newTid();

export type { AccountSite } from '../../../../shared/domain/account';
import type { AccountSite, ConnectedAccount } from '../../../../shared/domain/account';
/** What the store keeps about a connected account: everything but the secret. */
export type ConnectedAccountMeta = ConnectedAccount;

/** The metadata table, implemented over SQLite by the store. */
export interface AccountMetadataStore {
  /** Insert, or replace the row with the same identityId, site and handle. */
  add(meta: ConnectedAccountMeta): void | Promise<void>;
  remove(identityId: string, site: string, handle: string): void | Promise<void>;
  list(identityId: string): ConnectedAccountMeta[] | Promise<ConnectedAccountMeta[]>;
  /** Optional: every identity's accounts, so one account cannot be connected to two identities. */
  listAll?(): ConnectedAccountMeta[] | Promise<ConnectedAccountMeta[]>;
}

export type ConnectInput =
  | { site: 'mastodon'; identityId: string; instanceUrl: string; accessToken: string }
  | { site: 'bluesky'; identityId: string; handle: string; appPassword: string; serviceUrl?: string };

export interface PostInput {
  identityId: string;
  site: AccountSite;
  handle: string;
  text: string;
  /** From newPostKey(), kept with the draft: the same key for every attempt at this post. */
  postKey: string;
  /** Language tags, e.g. ['en'] (Bluesky langs, Mastodon language). */
  langs?: string[];
}

export interface PostedResult {
  site: AccountSite;
  handle: string;
  url: string;
  /** Mastodon status id, or the Bluesky at:// URI. */
  id: string;
}

export interface ConnectedAccountsDeps {
  vault: Pick<SecretVault, 'set' | 'get' | 'delete' | 'deleteAllFor'>;
  store: AccountMetadataStore;
  /** fetch, timeouts, retry delays, loopback http: injected by tests. */
  http?: HttpOptions;
  /**
   * The identity's network for a service address (its proxy's fetch and
   * errors): API posts leave the way the identity's pages do, or not at all.
   */
  httpFor?: (identityId: string, url: string) => Promise<HttpOptions>;
  now?: () => Date;
}

// Bluesky app passwords look like xxxx-xxxx-xxxx-xxxx. Hatstand refuses to
// keep a main password: an app password can be revoked on its own and
// cannot change the account's email, password or handle.
const APP_PASSWORD = /^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/i;

/**
 * Connected accounts and posting from the composer. Secrets go to the vault
 * (OS keychain) only; the store gets the rest. The guard and the warnings
 * run before postFrom is called: this module only sends.
 */
export class ConnectedAccounts {
  private readonly deps: ConnectedAccountsDeps;
  /** Bluesky clients keep their session, so a post does not sign in every time. */
  private readonly bluesky = new Map<string, { password: string; client: BlueskyClient; fetch: HttpOptions['fetch'] }>();

  constructor(deps: ConnectedAccountsDeps) {
    this.deps = deps;
  }

  list(identityId: string): Promise<ConnectedAccountMeta[]> {
    return Promise.resolve(this.deps.store.list(identityId));
  }

  /**
   * Checks the sign-in with the site, then saves the secret in the keychain
   * and the rest in the store. Nothing is kept when any step fails.
   */
  async connectAccount(input: ConnectInput): Promise<ConnectedAccountMeta> {
    const meta = input.site === 'mastodon' ? await this.checkMastodon(input) : await this.checkBluesky(input);
    await this.refuseIfConnectedElsewhere(meta);
    const secret = input.site === 'mastodon' ? input.accessToken.trim() : input.appPassword.trim();
    // (An account connected again replaces its secret: the one before is put back if the row cannot be saved, so a
    // full disk leaves the account as it was, not a row whose secret is gone.)
    const before = await this.deps.vault.get(meta.identityId, meta.site, meta.handle);
    await this.deps.vault.set(meta.identityId, meta.site, meta.handle, secret);
    try {
      await this.deps.store.add(meta);
    } catch (err) {
      const undo = before === null ? this.deps.vault.delete(meta.identityId, meta.site, meta.handle) : this.deps.vault.set(meta.identityId, meta.site, meta.handle, before);
      await undo.catch(() => undefined);
      throw err;
    }
    this.bluesky.delete(this.clientKey(meta.identityId, meta.handle));
    return meta;
  }

  /** Forgets one account: the secret first, so it never outlives its row. */
  async disconnect(identityId: string, site: AccountSite, handle: string): Promise<void> {
    await this.deps.vault.delete(identityId, site, handle);
    await this.deps.store.remove(identityId, site, handle);
    this.bluesky.delete(this.clientKey(identityId, handle));
  }

  /** Removes every secret and account row of an identity that is being deleted. */
  async removeIdentity(identityId: string): Promise<number> {
    const removed = await this.deps.vault.deleteAllFor(identityId);
    for (const meta of await this.deps.store.list(identityId)) {
      await this.deps.store.remove(identityId, meta.site, meta.handle);
      this.bluesky.delete(this.clientKey(identityId, meta.handle));
    }
    return removed;
  }

  /** Sends a post through the identity's connected account. Safe to repeat with the same postKey. */
  async postFrom(input: PostInput): Promise<PostedResult> {
    if (!isTid(input.postKey)) {
      throw new AccountError('accounts/invalid-input', 'Internal error: the post key must come from newPostKey().');
    }
    if (input.text.trim().length === 0) throw new AccountError('accounts/empty-post', `There is nothing to post. ${POST_NOT_SENT}`);
    const meta = (await this.deps.store.list(input.identityId)).find((m) => m.site === input.site && m.handle === input.handle);
    if (!meta) {
      throw new AccountError('accounts/not-connected', `${input.handle} is not connected to this identity. Connect it in Settings → Accounts. ${POST_NOT_SENT}`);
    }
    const secret = await this.secretFor(meta);
    if (meta.site === 'mastodon') {
      const http = await this.httpOptions(meta.identityId, meta.serviceUrl);
    const client = new MastodonClient({ ...http, instanceUrl: meta.serviceUrl, accessToken: secret });
      const language = input.langs?.[0];
      const posted = await client.post({ text: input.text, idempotencyKey: input.postKey, ...(language ? { language } : {}) });
      return { site: 'mastodon', handle: meta.handle, url: posted.url, id: posted.id };
    }
    const client = this.blueskyClient(meta, secret, await this.httpOptions(meta.identityId, meta.serviceUrl));
    const posted = await client.post({ text: input.text, rkey: input.postKey, ...(input.langs ? { langs: input.langs } : {}) });
    return { site: 'bluesky', handle: meta.handle, url: posted.url, id: posted.uri };
  }

  private async checkMastodon(input: Extract<ConnectInput, { site: 'mastodon' }>): Promise<ConnectedAccountMeta> {
    const http = await this.httpOptions(input.identityId, input.instanceUrl, 'connect');
    const client = new MastodonClient({ ...http, instanceUrl: input.instanceUrl, accessToken: input.accessToken });
    const account = await client.verifyCredentials();
    return {
      identityId: input.identityId,
      site: 'mastodon',
      handle: account.handle,
      serviceUrl: client.instance.origin,
      accountId: account.id,
      displayName: account.displayName,
      profileUrl: account.url,
      connectedAt: this.now(),
    };
  }

  private async checkBluesky(input: Extract<ConnectInput, { site: 'bluesky' }>): Promise<ConnectedAccountMeta> {
    if (!APP_PASSWORD.test(input.appPassword.trim())) {
      throw new AccountError(
        'accounts/needs-app-password',
        'Hatstand only keeps Bluesky app passwords (they look like abcd-efgh-ijkl-mnop), never your main password. Create one in Bluesky → Settings → Privacy and security → App passwords. Nothing was saved.',
      );
    }
    const serviceUrl = input.serviceUrl?.trim() || DEFAULT_BLUESKY_SERVICE;
    const http = await this.httpOptions(input.identityId, serviceUrl, 'connect');
    const client = new BlueskyClient({ ...http, identifier: input.handle, appPassword: input.appPassword, serviceUrl });
    const session = await client.createSession();
    const handle = session.handle.toLowerCase();
    return {
      identityId: input.identityId,
      site: 'bluesky',
      handle,
      serviceUrl: client.service.origin,
      accountId: session.did,
      displayName: '',
      profileUrl: `https://bsky.app/profile/${handle}`,
      connectedAt: this.now(),
    };
  }

  private async refuseIfConnectedElsewhere(meta: ConnectedAccountMeta): Promise<void> {
    if (!this.deps.store.listAll) return;
    const other = (await this.deps.store.listAll()).find(
      (m) => m.site === meta.site && m.accountId === meta.accountId && m.serviceUrl === meta.serviceUrl && m.identityId !== meta.identityId,
    );
    if (other) {
      throw new AccountError(
        'accounts/connected-elsewhere',
        `${meta.handle} is already connected to another identity. One account belongs to one identity, so posts never leave from the wrong one. Disconnect it there first. Nothing was saved.`,
      );
    }
  }

  private async secretFor(meta: ConnectedAccountMeta): Promise<string> {
    let secret: string | null;
    try {
      secret = await this.deps.vault.get(meta.identityId, meta.site, meta.handle);
    } catch (err) {
      // (What a read failed to do is said for posting instead: "nothing was posted", in place of the read's own outcome,
      // so the message keeps its length and is never cut short.)
      if (err instanceof AppError) {
        const message = err.message.endsWith(VAULT_OUTCOME.read) ? err.message.slice(0, -VAULT_OUTCOME.read.length) + POST_NOT_SENT : `${err.message} ${POST_NOT_SENT}`;
        throw new AppError(err.code, message);
      }
      throw err;
    }
    if (secret === null) {
      throw new AccountError(
        'accounts/not-connected',
        `The saved sign-in for ${meta.handle} is missing from your system keychain. Reconnect the account in Settings → Accounts. ${POST_NOT_SENT}`,
      );
    }
    return secret;
  }

  /** The identity's network options over the injected defaults; a failure to work them out sends nothing. */
  private async httpOptions(identityId: string, url: string, context: 'post' | 'connect' = 'post'): Promise<HttpOptions> {
    if (!this.deps.httpFor) return { ...this.deps.http };
    let routed: HttpOptions;
    try {
      routed = await this.deps.httpFor(identityId, url);
    } catch (err) {
      if (err instanceof AppError) {
        throw new AccountError(err.code, `${err.message} ${context === 'post' ? POST_NOT_SENT : 'Nothing was saved.'}`, { outcome: 'not-posted' });
      }
      throw err;
    }
    return { ...this.deps.http, ...routed };
  }

  private blueskyClient(meta: ConnectedAccountMeta, password: string, http: HttpOptions): BlueskyClient {
    const key = this.clientKey(meta.identityId, meta.handle);
    const cached = this.bluesky.get(key);
    // A changed network (another proxy) gets a new client: its signed-in session must not travel another way.
    if (cached && cached.password === password && cached.fetch === http.fetch) return cached.client;
    const client = new BlueskyClient({ ...http, identifier: meta.handle, appPassword: password, serviceUrl: meta.serviceUrl });
    this.bluesky.set(key, { password, client, fetch: http.fetch });
    return client;
  }

  private clientKey(identityId: string, handle: string): string {
    return `${identityId}:${handle}`;
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}
