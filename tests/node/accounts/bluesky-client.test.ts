import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BlueskyClient, isTid, newPostKey } from '../../../electron/main/services/accounts';
import { startFakeBluesky, type FakeBluesky } from './support/fake-bluesky';
import { failureOf } from './support/expect-clean';

let site: FakeBluesky;
beforeEach(async () => {
  site = await startFakeBluesky();
});
afterEach(() => site.close());

const client = (password = site.appPassword, extra: Partial<ConstructorParameters<typeof BlueskyClient>[0]> = {}) =>
  new BlueskyClient({ identifier: site.handle, appPassword: password, serviceUrl: site.url, allowHttpLoopback: true, retryDelaysMs: [10, 10], ...extra });
const creates = () => site.requests.filter((r) => r.path === '/xrpc/com.atproto.repo.createRecord');
const sessions = () => site.requests.filter((r) => r.path === '/xrpc/com.atproto.server.createSession');
const secrets = () => [site.appPassword, ...site.issued];

describe('BlueskyClient against a local PDS-shaped server', () => {
  it('signs in with com.atproto.server.createSession (handle + app password)', async () => {
    const info = await client().createSession();
    expect(info).toEqual({ did: site.did, handle: site.handle, pdsUrl: site.url });
    expect(sessions()[0]).toMatchObject({ method: 'POST', body: { identifier: site.handle, password: site.appPassword } });
  });

  it('posts an app.bsky.feed.post with createRecord under a client-chosen TID rkey', async () => {
    const rkey = newPostKey();
    expect(isTid(rkey)).toBe(true);
    const posted = await client().post({ text: 'Hallo Welt 👋🏽', rkey, langs: ['de', 'en'] });
    expect(posted).toEqual({
      url: `https://bsky.app/profile/${site.handle}/post/${rkey}`,
      uri: `at://${site.did}/app.bsky.feed.post/${rkey}`,
      cid: `bafyrei${rkey}`,
    });
    const [req] = creates();
    expect(req?.headers.authorization).toBe(`Bearer ${site.issued[0]}`);
    expect(req?.body).toMatchObject({ repo: site.did, collection: 'app.bsky.feed.post', rkey });
    const record = (req?.body as { record: Record<string, unknown> }).record;
    expect(record).toEqual({ $type: 'app.bsky.feed.post', text: 'Hallo Welt 👋🏽', createdAt: expect.any(String), langs: ['de', 'en'] });
    expect(new Date(record.createdAt as string).toISOString()).toBe(record.createdAt);
  });

  it('a response lost after the record was written: the retry finds it, one post', async () => {
    site.script.push({ path: '/xrpc/com.atproto.repo.createRecord', drop: 'after' });
    const rkey = newPostKey();
    const posted = await client().post({ text: 'exactly once', rkey });
    expect(site.records.size).toBe(1);
    expect(posted.uri).toBe(`at://${site.did}/app.bsky.feed.post/${rkey}`);
    expect(creates().every((r) => (r.body as { rkey: string }).rkey === rkey)).toBe(true);
  });

  it('the same post sent again (user retry, same key) is refused by the PDS and reported as posted, not doubled', async () => {
    const rkey = newPostKey();
    const c = client();
    const first = await c.post({ text: 'press twice', rkey });
    const again = await c.post({ text: 'press twice', rkey });
    expect(again.url).toBe(first.url);
    expect(site.records.size).toBe(1);
    expect(creates()).toHaveLength(2);
  });

  it('also when the PDS answers a duplicate key with a server error', async () => {
    site.duplicateReply = { status: 500, body: { error: 'InternalServerError', message: 'Internal Server Error' } };
    site.script.push({ path: '/xrpc/com.atproto.repo.createRecord', drop: 'after' });
    await client().post({ text: 'still once', rkey: newPostKey() });
    expect(site.records.size).toBe(1);
  });

  it('a different post already under that key: accounts/conflict, nothing overwritten', async () => {
    const rkey = newPostKey();
    await client().post({ text: 'original', rkey });
    const err = await failureOf(() => client().post({ text: 'something else', rkey }), secrets());
    expect(err.code).toBe('accounts/conflict');
    expect(site.records.get(rkey)?.text).toBe('original');
  });

  it('a success that is no Bluesky answer (a captive portal\u2019s page) is not called posted: the record decides', async () => {
    site.script.push({ path: '/xrpc/com.atproto.repo.createRecord', status: 200, body: '<html>Sign in to the hotel wifi</html>', headers: { 'content-type': 'text/html' } });
    const err = await failureOf(() => client().post({ text: 'from the lobby', rkey: newPostKey() }), secrets());
    expect(err.code).toBe('accounts/bad-response');
    expect(err.message).toMatch(/Nothing was posted; your draft is kept\.$/);
    expect(site.records.size).toBe(0);
  });

  it('a portal page in place of the record too: the post may have gone out, and that is what is told', async () => {
    site.script.push({ path: '/xrpc/com.atproto.repo.createRecord', status: 200, body: '<html>Sign in to the hotel wifi</html>', headers: { 'content-type': 'text/html' } });
    site.script.push({ path: '/xrpc/com.atproto.repo.getRecord', status: 200, body: '<html>Sign in to the hotel wifi</html>', headers: { 'content-type': 'text/html' } });
    const err = await failureOf(() => client().post({ text: 'from the lobby', rkey: newPostKey() }), secrets());
    expect(err.code).toBe('accounts/bad-response');
    expect(err.message).toMatch(/cannot tell whether the post went out/);
  });

  it('a server error before writing, then success: one post', async () => {
    site.script.push({ path: '/xrpc/com.atproto.repo.createRecord', status: 502, body: { error: 'UpstreamFailure', message: 'bad gateway' } });
    await client().post({ text: 'after a hiccup', rkey: newPostKey() });
    expect(site.records.size).toBe(1);
  });

  it('an expired access token: signs in again once and posts once', async () => {
    const c = client();
    await c.createSession();
    site.expired.add(site.issued[0] ?? '');
    await c.post({ text: 'after expiry', rkey: newPostKey() });
    expect(sessions()).toHaveLength(2);
    expect(site.records.size).toBe(1);
    expect(creates().at(-1)?.headers.authorization).toBe(`Bearer ${site.issued[1]}`);
  });

  it('a wrong app password: accounts/unauthorized, password never in the message', async () => {
    const wrong = 'zzzz-zzzz-zzzz-zzzz';
    const err = await failureOf(() => client(wrong).createSession(), [wrong, ...secrets()]);
    expect(err).toMatchObject({ code: 'accounts/unauthorized' });
    expect(err.message).toMatch(/app password/);
    expect(err.message).toMatch(/Nothing was saved\./);
  });

  it('a main password with email 2FA: accounts/needs-app-password', async () => {
    site.requireAuthFactor = true;
    const err = await failureOf(() => client().createSession(), secrets());
    expect(err.code).toBe('accounts/needs-app-password');
  });

  it('429 with ratelimit-reset: accounts/rate-limited with the wait', async () => {
    const reset = Math.floor(Date.now() / 1000) + 300;
    site.script.push({ path: '/xrpc/com.atproto.repo.createRecord', status: 429, body: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' }, headers: { 'ratelimit-reset': String(reset) } });
    const err = await failureOf(() => client().post({ text: 'x', rkey: newPostKey() }), secrets());
    expect(err).toMatchObject({ code: 'accounts/rate-limited', details: { outcome: 'not-posted' } });
    expect(err.message).toMatch(/in about 5 minutes/);
    expect(site.records.size).toBe(0);
  });

  it('an invalid record (400): accounts/rejected with the reason, not retried', async () => {
    site.script.push({ path: '/xrpc/com.atproto.repo.createRecord', status: 400, body: { error: 'InvalidRecord', message: 'Record/langs/0 must be a valid language code' } });
    const err = await failureOf(() => client().post({ text: 'x', rkey: newPostKey(), langs: ['??'] }), secrets());
    expect(err.code).toBe('accounts/rejected');
    expect(err.message).toContain('must be a valid language code');
    expect(creates()).toHaveLength(1);
  });

  it('connection dropped every time: accounts/network, outcome unknown, still one key', async () => {
    for (let i = 0; i < 3; i += 1) site.script.push({ path: '/xrpc/com.atproto.repo.createRecord', drop: 'before' });
    const err = await failureOf(() => client().post({ text: 'x', rkey: newPostKey() }), secrets());
    expect(err).toMatchObject({ code: 'accounts/network', details: { outcome: 'unknown' } });
    expect(new Set(creates().map((r) => (r.body as { rkey: string }).rkey)).size).toBe(1);
  });

  it('refuses posts over 300 graphemes before sending anything', async () => {
    const err = await failureOf(() => client().post({ text: '👩‍👩‍👧'.repeat(301), rkey: newPostKey() }), secrets());
    expect(err.code).toBe('accounts/too-long');
    expect(err.message).toMatch(/this one has 301/);
    expect(site.requests).toHaveLength(0);
    await client().post({ text: '👩‍👩‍👧'.repeat(300), rkey: newPostKey() }); // 300 family emoji is fine
  });

  it('writes to the PDS named in the DID document (entryway sign-in)', async () => {
    const pds = await startFakeBluesky({ pdsOnly: true });
    try {
      site.pdsEndpoint = pds.url;
      pds.issued.push(...site.issued); // the PDS trusts tokens from the entryway
      const c = client();
      await c.createSession();
      pds.issued.push(...site.issued);
      const posted = await c.post({ text: 'to my PDS', rkey: newPostKey() });
      expect(pds.records.size).toBe(1);
      expect(site.records.size).toBe(0);
      expect(posted.url).toMatch(/^https:\/\/bsky\.app\/profile\/ada\.bsky\.social\/post\//);
    } finally {
      await pds.close();
    }
  });
});
