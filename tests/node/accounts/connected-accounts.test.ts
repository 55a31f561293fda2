import { randomUUID } from 'node:crypto';
import keytar from 'keytar';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ConnectedAccounts,
  newPostKey,
  type AccountMetadataStore,
  type ConnectedAccountMeta,
} from '../../../electron/main/services/accounts';
import { SecretVault } from '../../../electron/main/services/vault';
import { requireRealKeyring } from '../vault/support/keyring';
import { failureOf } from './support/expect-clean';
import { startFakeBluesky, type FakeBluesky } from './support/fake-bluesky';
import { startFakeMastodon, type FakeMastodon } from './support/fake-mastodon';

// The orchestration with the REAL vault (keytar + gnome-keyring) and local
// fake sites. The metadata store is an in-memory stand-in for the SQLite table.
beforeAll(requireRealKeyring);

class MemoryStore implements AccountMetadataStore {
  rows: ConnectedAccountMeta[] = [];
  failNextAdd = false;
  add(meta: ConnectedAccountMeta): void {
    if (this.failNextAdd) {
      this.failNextAdd = false;
      throw new Error('disk full');
    }
    this.remove(meta.identityId, meta.site, meta.handle);
    this.rows.push(meta);
  }
  remove(identityId: string, site: string, handle: string): void {
    this.rows = this.rows.filter((r) => !(r.identityId === identityId && r.site === site && r.handle === handle));
  }
  list(identityId: string): ConnectedAccountMeta[] {
    return this.rows.filter((r) => r.identityId === identityId);
  }
  listAll(): ConnectedAccountMeta[] {
    return [...this.rows];
  }
}

const vault = new SecretVault();
let mastodon: FakeMastodon;
let bluesky: FakeBluesky;
let store: MemoryStore;
let accounts: ConnectedAccounts;
let identity: string;
const identities: string[] = [];

function newIdentity(): string {
  const id = randomUUID();
  identities.push(id);
  return id;
}

beforeEach(async () => {
  mastodon = await startFakeMastodon();
  bluesky = await startFakeBluesky();
  store = new MemoryStore();
  accounts = new ConnectedAccounts({ vault, store, http: { allowHttpLoopback: true, retryDelaysMs: [10, 10] } });
  identity = newIdentity();
});

afterEach(async () => {
  await mastodon.close();
  await bluesky.close();
  for (const id of identities.splice(0)) await vault.deleteAllFor(id);
});

const keychainAccounts = async (id: string) =>
  (await keytar.findCredentials('hatstand')).filter((c) => c.account.startsWith(`${id}:`));

describe('ConnectedAccounts with the real keychain', () => {
  it('connects Mastodon: token in the keychain only, metadata in the store', async () => {
    const meta = await accounts.connectAccount({ site: 'mastodon', identityId: identity, instanceUrl: mastodon.url, accessToken: mastodon.token });
    expect(meta).toMatchObject({ identityId: identity, site: 'mastodon', handle: 'ada@127.0.0.1', accountId: '109349', serviceUrl: mastodon.url });
    expect(await keychainAccounts(identity)).toEqual([{ account: `${identity}:mastodon:ada@127.0.0.1`, password: mastodon.token }]);
    expect(JSON.stringify(store.rows)).not.toContain(mastodon.token);
  });

  it('connects Bluesky with an app password and refuses a main password without asking the server', async () => {
    const err = await failureOf(
      () => accounts.connectAccount({ site: 'bluesky', identityId: identity, handle: bluesky.handle, appPassword: 'my main password', serviceUrl: bluesky.url }),
      ['my main password'],
    );
    expect(err.code).toBe('accounts/needs-app-password');
    expect(bluesky.requests).toHaveLength(0);

    const meta = await accounts.connectAccount({ site: 'bluesky', identityId: identity, handle: `@${bluesky.handle}`, appPassword: bluesky.appPassword, serviceUrl: bluesky.url });
    expect(meta).toMatchObject({ site: 'bluesky', handle: 'ada.bsky.social', accountId: bluesky.did });
    expect(await vault.get(identity, 'bluesky', 'ada.bsky.social')).toBe(bluesky.appPassword);
    expect(JSON.stringify(store.rows)).not.toContain(bluesky.appPassword);
  });

  it('a token the site refuses saves nothing anywhere', async () => {
    const wrong = 'not-the-token-0000000000';
    const err = await failureOf(() => accounts.connectAccount({ site: 'mastodon', identityId: identity, instanceUrl: mastodon.url, accessToken: wrong }), [wrong]);
    expect(err.code).toBe('accounts/unauthorized');
    expect(store.rows).toEqual([]);
    expect(await keychainAccounts(identity)).toEqual([]);
  });

  it('when the store fails, the secret just written is taken out of the keychain again', async () => {
    store.failNextAdd = true;
    await expect(accounts.connectAccount({ site: 'mastodon', identityId: identity, instanceUrl: mastodon.url, accessToken: mastodon.token })).rejects.toThrow('disk full');
    expect(await keychainAccounts(identity)).toEqual([]);
  });

  it('connected again while the store fails, the account keeps the secret it had (not a row with none)', async () => {
    const meta = await accounts.connectAccount({ site: 'mastodon', identityId: identity, instanceUrl: mastodon.url, accessToken: mastodon.token });
    // The secret the account had before this second connect (another token the same account issued).
    await vault.set(identity, 'mastodon', meta.handle, 'earlier-token-0123456789');
    store.failNextAdd = true;
    await expect(accounts.connectAccount({ site: 'mastodon', identityId: identity, instanceUrl: mastodon.url, accessToken: mastodon.token })).rejects.toThrow('disk full');
    expect(store.list(identity)).toHaveLength(1);
    expect(await vault.get(identity, 'mastodon', meta.handle)).toBe('earlier-token-0123456789');
  });

  it('one account cannot be connected to two identities', async () => {
    await accounts.connectAccount({ site: 'mastodon', identityId: identity, instanceUrl: mastodon.url, accessToken: mastodon.token });
    const other = newIdentity();
    const err = await failureOf(() => accounts.connectAccount({ site: 'mastodon', identityId: other, instanceUrl: mastodon.url, accessToken: mastodon.token }), [mastodon.token]);
    expect(err.code).toBe('accounts/connected-elsewhere');
    expect(await keychainAccounts(other)).toEqual([]);
  });

  it('postFrom Mastodon uses the keychain token; pressing Post again with the same key posts once', async () => {
    await accounts.connectAccount({ site: 'mastodon', identityId: identity, instanceUrl: mastodon.url, accessToken: mastodon.token });
    const postKey = newPostKey();
    mastodon.script.push({ path: '/api/v1/statuses', drop: 'after' });
    const posted = await accounts.postFrom({ identityId: identity, site: 'mastodon', handle: 'ada@127.0.0.1', text: 'from the composer', postKey, langs: ['en'] });
    const again = await accounts.postFrom({ identityId: identity, site: 'mastodon', handle: 'ada@127.0.0.1', text: 'from the composer', postKey, langs: ['en'] });
    expect(again).toEqual(posted);
    expect(posted).toMatchObject({ site: 'mastodon', handle: 'ada@127.0.0.1', url: `${mastodon.url}/@ada/${mastodon.statuses[0]?.id}` });
    expect(mastodon.statuses).toEqual([{ id: posted.id, text: 'from the composer', language: 'en', idempotencyKey: postKey }]);
  });

  it('postFrom Bluesky signs in once, reuses the session, and never doubles a post', async () => {
    await accounts.connectAccount({ site: 'bluesky', identityId: identity, handle: bluesky.handle, appPassword: bluesky.appPassword, serviceUrl: bluesky.url });
    const first = newPostKey();
    bluesky.script.push({ path: '/xrpc/com.atproto.repo.createRecord', drop: 'after' });
    const posted = await accounts.postFrom({ identityId: identity, site: 'bluesky', handle: 'ada.bsky.social', text: 'one', postKey: first });
    await accounts.postFrom({ identityId: identity, site: 'bluesky', handle: 'ada.bsky.social', text: 'one', postKey: first });
    await accounts.postFrom({ identityId: identity, site: 'bluesky', handle: 'ada.bsky.social', text: 'two', postKey: newPostKey() });
    expect(posted).toEqual({ site: 'bluesky', handle: 'ada.bsky.social', url: `https://bsky.app/profile/ada.bsky.social/post/${first}`, id: `at://${bluesky.did}/app.bsky.feed.post/${first}` });
    expect([...bluesky.records.values()].map((r) => r.text)).toEqual(['one', 'two']);
    // One sign-in when connecting, one for posting (then kept in memory).
    expect(bluesky.requests.filter((r) => r.path === '/xrpc/com.atproto.server.createSession')).toHaveLength(2);
  });

  it('posting from an account that is not connected, or whose secret is gone, says so and sends nothing', async () => {
    const nope = await failureOf(() => accounts.postFrom({ identityId: identity, site: 'mastodon', handle: 'ada@127.0.0.1', text: 'x', postKey: newPostKey() }), []);
    expect(nope.code).toBe('accounts/not-connected');

    await accounts.connectAccount({ site: 'mastodon', identityId: identity, instanceUrl: mastodon.url, accessToken: mastodon.token });
    await keytar.deletePassword('hatstand', `${identity}:mastodon:ada@127.0.0.1`); // someone cleaned the keychain
    const gone = await failureOf(() => accounts.postFrom({ identityId: identity, site: 'mastodon', handle: 'ada@127.0.0.1', text: 'x', postKey: newPostKey() }), [mastodon.token]);
    expect(gone.code).toBe('accounts/not-connected');
    expect(gone.message).toMatch(/missing from your system keychain/);
    expect(mastodon.statuses).toHaveLength(0);
  });

  it('refuses an empty post and a post key that is not from newPostKey()', async () => {
    await accounts.connectAccount({ site: 'mastodon', identityId: identity, instanceUrl: mastodon.url, accessToken: mastodon.token });
    const base = { identityId: identity, site: 'mastodon' as const, handle: 'ada@127.0.0.1' };
    await expect(accounts.postFrom({ ...base, text: '  ', postKey: newPostKey() })).rejects.toMatchObject({ code: 'accounts/empty-post' });
    await expect(accounts.postFrom({ ...base, text: 'x', postKey: 'draft-1' })).rejects.toMatchObject({ code: 'accounts/invalid-input' });
    expect(mastodon.statuses).toHaveLength(0);
  });

  it('disconnect and removeIdentity take the secrets out of the keychain', async () => {
    await accounts.connectAccount({ site: 'mastodon', identityId: identity, instanceUrl: mastodon.url, accessToken: mastodon.token });
    await accounts.connectAccount({ site: 'bluesky', identityId: identity, handle: bluesky.handle, appPassword: bluesky.appPassword, serviceUrl: bluesky.url });
    await accounts.disconnect(identity, 'mastodon', 'ada@127.0.0.1');
    expect((await keychainAccounts(identity)).map((c) => c.account)).toEqual([`${identity}:bluesky:ada.bsky.social`]);
    expect(store.rows.map((r) => r.site)).toEqual(['bluesky']);

    const kept = newIdentity();
    await vault.set(kept, 'mastodon', 'someone@example.social', 'other-identity-token');
    expect(await accounts.removeIdentity(identity)).toBe(1);
    expect(await keychainAccounts(identity)).toEqual([]);
    expect(store.list(identity)).toEqual([]);
    expect(await vault.get(kept, 'mastodon', 'someone@example.social')).toBe('other-identity-token');
  });
});
