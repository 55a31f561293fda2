import { createServer } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MastodonClient, newPostKey } from '../../../electron/main/services/accounts';
import { startFakeMastodon, type FakeMastodon } from './support/fake-mastodon';
import { failureOf } from './support/expect-clean';

let site: FakeMastodon;
beforeEach(async () => {
  site = await startFakeMastodon();
});
afterEach(() => site.close());

const client = (token = site.token) =>
  new MastodonClient({ instanceUrl: site.url, accessToken: token, allowHttpLoopback: true, retryDelaysMs: [10, 10] });
const posts = () => site.requests.filter((r) => r.path === '/api/v1/statuses');

describe('MastodonClient against a local Mastodon-shaped server', () => {
  it('verifies the token with GET /api/v1/accounts/verify_credentials', async () => {
    const account = await client().verifyCredentials();
    expect(account).toMatchObject({ id: '109349', username: 'ada', displayName: 'Ada L.', handle: 'ada@127.0.0.1', url: `${site.url}/@ada` });
    expect(site.requests).toHaveLength(1);
    expect(site.requests[0]).toMatchObject({ method: 'GET', path: '/api/v1/accounts/verify_credentials' });
    expect(site.requests[0]?.headers.authorization).toBe(`Bearer ${site.token}`);
  });

  it('posts with POST /api/v1/statuses, a bearer token and an Idempotency-Key', async () => {
    const key = newPostKey();
    const posted = await new MastodonClient({ instanceUrl: site.url, accessToken: site.token, allowHttpLoopback: true }).post({
      text: 'Hello from Hatstand ✨',
      idempotencyKey: key,
      language: 'en',
    });
    expect(posted).toEqual({ id: site.statuses[0]?.id, url: `${site.url}/@ada/${site.statuses[0]?.id}` });
    const [req] = posts();
    expect(req?.method).toBe('POST');
    expect(req?.headers.authorization).toBe(`Bearer ${site.token}`);
    expect(req?.headers['idempotency-key']).toBe(key);
    expect(req?.headers['content-type']).toContain('application/json');
    expect(req?.body).toEqual({ status: 'Hello from Hatstand ✨', language: 'en' });
  });

  it('a response lost after the status was created: the retry reuses the key and nothing is posted twice', async () => {
    site.script.push({ path: '/api/v1/statuses', drop: 'after' });
    const key = newPostKey();
    const posted = await client().post({ text: 'only once', idempotencyKey: key });
    expect(site.statuses).toHaveLength(1);
    expect(posted.id).toBe(site.statuses[0]?.id);
    expect(posts()).toHaveLength(2);
    expect(posts().map((r) => r.headers['idempotency-key'])).toEqual([key, key]);
  });

  it('a server error, then success: retried with the same key, one status', async () => {
    site.script.push({ path: '/api/v1/statuses', status: 502, body: { error: 'Bad gateway' } });
    await client().post({ text: 'after a hiccup', idempotencyKey: newPostKey() });
    expect(site.statuses).toHaveLength(1);
    expect(new Set(posts().map((r) => r.headers['idempotency-key'])).size).toBe(1);
  });

  it('the user pressing Post again with the same key gets the same status back', async () => {
    const key = newPostKey();
    const first = await client().post({ text: 'same post', idempotencyKey: key });
    const again = await client().post({ text: 'same post', idempotencyKey: key });
    expect(again).toEqual(first);
    expect(site.statuses).toHaveLength(1);
  });

  it('401: accounts/unauthorized, not retried, token never in the message', async () => {
    const wrong = 'wrong-token-abcdef123456';
    const err = await failureOf(() => client(wrong).post({ text: 'x', idempotencyKey: newPostKey() }), [wrong, site.token]);
    expect(err).toMatchObject({ code: 'accounts/unauthorized', details: { status: 401, outcome: 'not-posted' } });
    expect(err.message).toMatch(/Reconnect this Mastodon account/);
    expect(err.message).toMatch(/Nothing was posted; your draft is kept\./);
    expect(posts()).toHaveLength(1);
    expect(site.statuses).toHaveLength(0);
  });

  it('403: accounts/forbidden names the missing scope', async () => {
    site.script.push({ path: '/api/v1/statuses', status: 403, body: { error: 'This action is outside the authorized scopes' } });
    const err = await failureOf(() => client().post({ text: 'x', idempotencyKey: newPostKey() }), [site.token]);
    expect(err.code).toBe('accounts/forbidden');
    expect(err.message).toMatch(/write:statuses/);
  });

  it("422: accounts/rejected with the server's reason, not retried", async () => {
    const err = await failureOf(() => client().post({ text: '   ', idempotencyKey: newPostKey() }), [site.token]);
    expect(err.code).toBe('accounts/rejected');
    expect(err.message).toContain("Validation failed: Text can't be blank");
    expect(posts()).toHaveLength(1);
  });

  it('429 with Retry-After: accounts/rate-limited and when to try again', async () => {
    site.script.push({ path: '/api/v1/statuses', status: 429, body: { error: 'Too many requests' }, headers: { 'retry-after': '120' } });
    const err = await failureOf(() => client().post({ text: 'x', idempotencyKey: newPostKey() }), [site.token]);
    expect(err).toMatchObject({ code: 'accounts/rate-limited', details: { retryAfterSeconds: 120 } });
    expect(err.message).toMatch(/in about 2 minutes/);
    expect(posts()).toHaveLength(1);
  });

  it('429 with only X-RateLimit-Reset (what Mastodon sends) is understood too', async () => {
    const reset = new Date(Date.now() + 30 * 60_000).toISOString();
    site.script.push({ path: '/api/v1/statuses', status: 429, body: { error: 'Too many requests' }, headers: { 'x-ratelimit-reset': reset } });
    const err = await failureOf(() => client().post({ text: 'x', idempotencyKey: newPostKey() }), [site.token]);
    expect(err.code).toBe('accounts/rate-limited');
    expect(err.message).toMatch(/in about (29|30) minutes/);
  });

  it('500 every time: accounts/site-error after the retries, all with one key, outcome unknown', async () => {
    for (let i = 0; i < 3; i += 1) site.script.push({ path: '/api/v1/statuses', status: 500, body: { error: 'oops' } });
    const err = await failureOf(() => client().post({ text: 'x', idempotencyKey: newPostKey() }), [site.token]);
    expect(err).toMatchObject({ code: 'accounts/site-error', details: { outcome: 'unknown' } });
    expect(err.message).toMatch(/posting it again unchanged within the hour is safe/);
    expect(posts()).toHaveLength(3);
    expect(new Set(posts().map((r) => r.headers['idempotency-key'])).size).toBe(1);
  });

  it('connection dropped every time: accounts/network, outcome unknown', async () => {
    for (let i = 0; i < 3; i += 1) site.script.push({ path: '/api/v1/statuses', drop: 'before' });
    const err = await failureOf(() => client().post({ text: 'x', idempotencyKey: newPostKey() }), [site.token]);
    expect(err).toMatchObject({ code: 'accounts/network', details: { outcome: 'unknown' } });
    expect(err.message).toMatch(/could not reach 127\.0\.0\.1:\d+: the connection was dropped/);
  });

  it('server gone: accounts/network when verifying (connection refused)', async () => {
    const c = client();
    await site.close();
    const err = await failureOf(() => c.verifyCredentials(), [site.token]);
    expect(err.code).toBe('accounts/network');
    expect(err.message).toMatch(/connection was refused/);
    expect(err.message).toMatch(/Check your internet connection/);
  });

  it('a slow server: accounts/network after the timeout', async () => {
    const hang = createServer(() => undefined); // reads the request, never answers
    await new Promise<void>((r) => hang.listen(0, '127.0.0.1', r));
    const port = (hang.address() as { port: number }).port;
    const slow = new MastodonClient({ instanceUrl: `http://127.0.0.1:${port}`, accessToken: site.token, allowHttpLoopback: true, retryDelaysMs: [], timeoutMs: 200 });
    const err = await failureOf(() => slow.verifyCredentials(), [site.token]);
    hang.closeAllConnections();
    hang.close();
    expect(err.code).toBe('accounts/network');
    expect(err.message).toMatch(/did not answer in time/);
  });

  it('accepts what people type as the server, but only https (loopback http only when allowed)', () => {
    expect(new MastodonClient({ instanceUrl: 'mastodon.social', accessToken: 't' }).instance.href).toBe('https://mastodon.social/');
    expect(new MastodonClient({ instanceUrl: '@ada@fosstodon.org', accessToken: 't' }).instance.href).toBe('https://fosstodon.org/');
    expect(new MastodonClient({ instanceUrl: 'https://mastodon.social/@ada', accessToken: 't' }).instance.href).toBe('https://mastodon.social/');
    expect(() => new MastodonClient({ instanceUrl: 'http://mastodon.social', accessToken: 't' })).toThrow(/https/);
    expect(() => new MastodonClient({ instanceUrl: site.url, accessToken: 't' })).toThrow(/https/);
    expect(() => new MastodonClient({ instanceUrl: 'https://mastodon.social', accessToken: ' ' })).toThrow(/access token/);
  });
});
