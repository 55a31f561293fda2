import type { CallbackResponse, OnBeforeRequestListenerDetails, Session, UploadData } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { accountHintFromCookies, installPostGuard, type HookGuard } from '../../../electron/main/session/post-guard-hook';
import { PostGuard, type GuardRequest } from '../../../electron/main/services/post-guard';
import { PERSONAL, PROFESSIONAL, flush, harness } from './fakes';
import { FakeWebRequest as SharedWebRequest, blobReader, blobUpload, fileUpload, rawUpload, streamedUpload, type FakeUploadStream } from '../../support/electron';

/**
 * The shared webRequest double (tests/support/electron/web-request.ts): one
 * listener per event, held requests, and the answers each request got.
 */
class FakeWebRequest extends SharedWebRequest {
  get listener() {
    return this.listenerOf('onBeforeRequest') as ((details: OnBeforeRequestListenerDetails, callback: (response: CallbackResponse) => void) => void) | null;
  }
  get filters(): unknown[] {
    const filter = this.filterOf('onBeforeRequest');
    return filter ? [filter] : [];
  }
  /** Sends a request through the installed listener; the returned array fills in when the callback is answered. */
  send(details: Partial<OnBeforeRequestListenerDetails> & Pick<OnBeforeRequestListenerDetails, 'method' | 'url'>): CallbackResponse[] {
    if (!this.listener) throw new Error('no listener installed');
    return this.request(details).answers;
  }
}

const bytes = (s: string | Uint8Array): UploadData => rawUpload(s);

/** A stand-in guard for tests about the hook alone: every request that may publish is read in full. */
function stubGuard(parts: Partial<HookGuard>): HookGuard {
  return {
    bodyNeed: () => ({ need: 'all', maxChars: Number.MAX_SAFE_INTEGER }),
    check: () => Promise.resolve({ allow: true, requestId: null, outcome: 'not-a-post' }),
    settled: vi.fn(),
    reportNotHeld: vi.fn(),
    ...parts,
  };
}
const tweetBody = (text: string) => JSON.stringify({ variables: { tweet_text: text } });
const TWEET_URL = 'https://x.com/i/api/graphql/q1/CreateTweet';

function setup(identityId = PROFESSIONAL) {
  const h = harness();
  const guard = new PostGuard(h.deps);
  const web = new FakeWebRequest();
  const remove = installPostGuard(web, { identityId, guard });
  return { h, guard, web, remove };
}

/** A post the person let out ("Post" on the sheet), with the guard's `settled` watched. */
async function releasedPost(text: string, from: Partial<OnBeforeRequestListenerDetails> = { initiatorOrigin: 'https://x.com' }) {
  const { h, guard, web } = setup();
  const settled = vi.spyOn(guard, 'settled');
  const request = web.request({ method: 'POST', url: TWEET_URL, ...from, uploadData: [bytes(tweetBody(text))] });
  await flush();
  h.chrome.answer('post');
  await flush();
  return { h, settled, request };
}

describe('installPostGuard', () => {
  it('answers GET and other non-publishing requests synchronously, without the guard', () => {
    const check = vi.fn<HookGuard['check']>();
    const web = new FakeWebRequest();
    installPostGuard(web, { identityId: PERSONAL, guard: stubGuard({ check, reportNotHeld: vi.fn() }) });
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'DELETE']) {
      const answers = web.send({ method, url: 'https://x.com/home' });
      expect(answers).toEqual([{}]);
    }
    expect(check).not.toHaveBeenCalled();
  });

  it('answers a known site\'s request that publishes nothing at once, without reading its body', () => {
    const { web } = setup();
    const answers = web.send({ method: 'POST', url: 'https://x.com/i/api/graphql/q/FavoriteTweet', uploadData: [bytes('{"variables":{"tweet_id":"1"}}')] });
    expect(answers).toEqual([{}]);
  });

  it('lets a POST that turns out not to be a post through, after the check', async () => {
    const { web } = setup();
    const answers = web.send({ method: 'POST', url: 'https://x.com/i/api/graphql/q/SomeNewMutation', uploadData: [bytes('{"variables":{"tweet_id":"1"}}')] });
    await flush();
    expect(answers).toEqual([{ cancel: false }]);
  });

  it('holds a post until the chrome answers, then lets it out', async () => {
    const { h, web } = setup();
    const answers = web.send({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [bytes(tweetBody('Hello from the hook'))] });
    await flush();
    expect(answers).toEqual([]); // held
    expect(h.chrome.prompts[0]).toMatchObject({ text: 'Hello from the hook', identityId: PROFESSIONAL, site: 'x.com' });
    h.chrome.answer('post');
    await flush();
    expect(answers).toEqual([{ cancel: false }]);
  });

  it('lets a released post follow a 307 without asking again, and tells its end under the one answer', async () => {
    const { h, settled, request } = await releasedPost('Moved on the way');
    expect(request.answers).toEqual([{ cancel: false }]);
    // The site redirects the POST with its body; Electron asks onBeforeRequest again for the same request.
    request.redirect('https://api.x.com/i/api/graphql/q2/CreateTweet', 307); // (another host of the same site)
    await flush();
    expect(request.answers).toEqual([{ cancel: false }, {}]);
    expect(h.chrome.prompts).toHaveLength(1);
    request.complete(200);
    expect(settled).toHaveBeenCalledTimes(1);
    expect(settled.mock.calls[0]![1]).toEqual({ statusCode: 200 });
  });

  it('has the guard look again when a released post is redirected to another site, and ends the first answer there', async () => {
    // (A page's request that names no origin: the look at the new site is then the guard's own, which a cross-site
    // initiator would leave to the heuristic, answered at once as not watched.)
    const { settled, request } = await releasedPost('Sent elsewhere', { webContentsId: 1 });
    request.redirect('https://collector.example/CreateTweet', 307);
    await flush();
    expect(settled).toHaveBeenCalledTimes(1);
    expect(settled.mock.calls[0]![1]).toEqual({ error: 'redirected to collector.example' });
    // Not let through on the first answer ({}): the guard looked at it again, under its rules for that site (here,
    // no known post endpoint: let out after the check, as any request there).
    expect(request.answers).toEqual([{ cancel: false }, { cancel: false }]);
  });

  it('tells a released post that the site answered with a redirect to another site (a 303 to a GET) as delivered', async () => {
    const { h, settled, request } = await releasedPost('Posted, then shown elsewhere');
    // (The site took the post and sends the page on: post, redirect, get.)
    request.redirect('https://www.example.com/thanks', 303);
    await flush();
    expect(settled).toHaveBeenCalledTimes(1);
    expect(settled.mock.calls[0]![1]).toEqual({ statusCode: 303 });
    expect(request.answers).toEqual([{ cancel: false }, {}]);
    expect(h.chrome.prompts).toHaveLength(1);
  });

  it('cancels the request when the user cancels', async () => {
    const { h, web } = setup();
    const answers = web.send({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [bytes(tweetBody('Maybe not'))] });
    await flush();
    h.chrome.answer('cancel');
    await flush();
    expect(answers).toEqual([{ cancel: true }]);
  });

  it('cancels the request when the chrome never answers (fail closed)', async () => {
    const { h, web } = setup();
    const answers = web.send({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [bytes(tweetBody('Anyone?'))] });
    await h.clock.advance(60_000);
    expect(answers).toEqual([{ cancel: true }]);
    expect(h.notices.some((n) => n.code === 'post-cancelled')).toBe(true);
  });

  it('decodes UTF-8 split across upload parts', async () => {
    const { h, web } = setup();
    const all = Buffer.from(tweetBody('Grüße 🎉 東京'));
    const cut = all.indexOf(Buffer.from('🎉')) + 2; // inside the emoji's four bytes
    web.send({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [bytes(all.subarray(0, cut)), bytes(all.subarray(cut))] });
    await flush();
    expect(h.chrome.prompts[0]!.text).toBe('Grüße 🎉 東京');
  });

  it('skips file parts and reads the text parts of a multipart body', async () => {
    const { h, web } = setup();
    const b = 'B0undary';
    web.send({
      method: 'POST',
      url: 'https://mastodon.social/api/v1/statuses',
      initiatorOrigin: 'https://mastodon.social',
      uploadData: [
        bytes(`--${b}\r\nContent-Disposition: form-data; name="status"\r\n\r\nWith a picture\r\n--${b}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n`),
        fileUpload('/home/me/a.png'),
        bytes(`\r\n--${b}--\r\n`),
      ],
    });
    await flush();
    expect(h.chrome.prompts[0]).toMatchObject({ text: 'With a picture', site: 'mastodon.social' });
  });

  it('reads blob parts through the session, and asks with unknown text when it cannot', async () => {
    const h = harness();
    const guard = new PostGuard(h.deps);
    const web = new FakeWebRequest();
    let gone = false;
    const blobs: Pick<Session, 'getBlobData'> = { getBlobData: (uuid) => (gone ? Promise.reject(new Error('Could not get blob data handle')) : blobReader.getBlobData(uuid)) };
    installPostGuard(web, { identityId: PROFESSIONAL, guard, blobs });
    web.send({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [blobUpload(tweetBody('from a blob'))] });
    await flush();
    expect(h.chrome.prompts[0]!.text).toBe('from a blob');
    gone = true;
    web.send({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [blobUpload(tweetBody('from a blob'))] });
    await flush();
    expect(h.chrome.prompts[1]).toMatchObject({ text: null, reasons: expect.arrayContaining(['text-unknown']) });
  });

  it("reads a Blob post again after a 307 to another site: Electron names its Blob anew there", async () => {
    const h = harness();
    const guard = new PostGuard(h.deps);
    const web = new FakeWebRequest();
    installPostGuard(web, { identityId: PROFESSIONAL, guard, blobs: blobReader });
    const check = vi.spyOn(guard, 'check');
    const request = web.request({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [blobUpload(tweetBody('Blob sent on'))] });
    await flush();
    expect(h.chrome.prompts[0]!.text).toBe('Blob sent on');
    h.chrome.answer('post');
    await flush();
    request.redirect('https://mastodon.social/api/v1/statuses', 307);
    await flush();
    // (Looked at again there, with the Blob's bytes read under its new id: not "text unknown".)
    expect(request.answers).toHaveLength(2);
    expect(check).toHaveBeenCalledTimes(2);
    expect(check.mock.calls[1]![0]).toMatchObject({ url: 'https://mastodon.social/api/v1/statuses', body: tweetBody('Blob sent on') });
    expect(check.mock.calls[1]![0]).not.toHaveProperty('bodyGap');
  });

  it('never reads a Blob into main where the address says it uploads media, and still asks', async () => {
    const h = harness();
    const guard = new PostGuard(h.deps);
    const web = new FakeWebRequest();
    const getBlobData = vi.fn(blobReader.getBlobData);
    installPostGuard(web, { identityId: PROFESSIONAL, guard, blobs: { getBlobData } });
    const check = vi.spyOn(guard, 'check');
    web.request({ method: 'POST', url: 'https://www.googleapis.com/upload/youtube/v3/videos?uploadType=media&part=snippet', uploadData: [blobUpload(Buffer.alloc(64 * 1024))] });
    await flush();
    expect(getBlobData).not.toHaveBeenCalled();
    expect(check).toHaveBeenCalledWith(expect.objectContaining({ bodyGap: 'too-large' }));
  });

  it("hands a form's POST navigation to the guard with its words, and after a refusal tells the window where the form went", async () => {
    const { h, guard, web } = setup();
    const check = vi.spyOn(guard, 'check');
    const form = web.request({
      method: 'POST',
      url: 'https://mastodon.social/api/v1/statuses',
      initiatorOrigin: 'https://mastodon.social',
      resourceType: 'mainFrame',
      referrer: 'https://mastodon.social/publish',
      uploadData: [rawUpload('status=Sent+from+a+plain+form&visibility=public')],
    });
    await flush();
    expect(check).toHaveBeenCalledWith(expect.objectContaining({ body: 'status=Sent+from+a+plain+form&visibility=public', navigation: true }));
    expect(h.chrome.prompts[0]).toMatchObject({ text: 'Sent from a plain form', site: 'mastodon.social' });
    h.chrome.answer('cancel');
    await flush();
    expect(form.answers).toEqual([{ cancel: true }]);
    expect(h.notices).toEqual([expect.objectContaining({ level: 'info', identityId: PROFESSIONAL, message: expect.stringMatching(/^The form was not sent.*Back returns to the form\.$/) })]);
  });

  it("hands over a worker's post, which has no page, with its words", async () => {
    const seen: GuardRequest[] = [];
    const web = new FakeWebRequest();
    const activation = { lastGestureAt: vi.fn((_id: number | undefined): number | undefined => undefined) };
    installPostGuard(web, {
      identityId: PERSONAL,
      activation,
      guard: stubGuard({ check: (r) => (seen.push(r), Promise.resolve({ allow: true, requestId: null, outcome: 'not-a-post' })) }),
    });
    web.request({ method: 'POST', url: TWEET_URL, webContentsId: 3, uploadData: [bytes(tweetBody('From a worker'))] }, { worker: 'service' });
    await flush();
    expect(seen[0]!.body).toBe(tweetBody('From a worker'));
    expect(activation.lastGestureAt).toHaveBeenCalledWith(undefined);
  });

  it('cancels a post whose body came from a Blob when the check then fails, never leaving it held', async () => {
    const h = harness();
    const guard = new PostGuard(h.deps);
    const web = new FakeWebRequest();
    const blobs: Pick<Session, 'getBlobData'> = { getBlobData: () => Promise.resolve(Buffer.from(tweetBody('from a blob'))) };
    const activation = {
      lastGestureAt: (): number | undefined => {
        throw new Error('the page was closed');
      },
    };
    const reportNotHeld = vi.spyOn(guard, 'reportNotHeld');
    installPostGuard(web, { identityId: PROFESSIONAL, guard, blobs, activation });
    const answers = web.send({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [blobUpload(tweetBody('from a blob'))] });
    await flush();
    expect(answers).toEqual([{ cancel: true }]);
    expect(reportNotHeld).toHaveBeenCalledWith(PROFESSIONAL, TWEET_URL, expect.stringContaining('the page was closed'));
  });

  it('cancels what it holds when it is removed, rather than leaving the pages waiting', async () => {
    const { h, web, remove } = setup();
    const answers = web.send({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [bytes(tweetBody('Held as the guard goes'))] });
    await flush();
    expect(answers).toEqual([]);
    remove();
    expect(answers).toEqual([{ cancel: true }]);
    // The guard withdrew it first: an answer given now sends nothing and logs nothing as sent.
    h.chrome.answer('post');
    await flush();
    expect(h.types()).not.toContain('sent');
    expect(h.types()).not.toContain('confirmed');
  });

  it('forgets a held post the page gave up, and cancels nothing of it when removed later', async () => {
    const { web, remove } = setup();
    const request = web.request({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [bytes(tweetBody('Abandoned'))] });
    await flush();
    request.abort();
    remove();
    expect(request.ignoredAnswers).toEqual([]);
  });

  it('does not decode bodies above the cap: a known post endpoint then asks with unknown text', async () => {
    const h = harness();
    const guard = new PostGuard(h.deps);
    const web = new FakeWebRequest();
    installPostGuard(web, { identityId: PERSONAL, guard, maxBodyBytes: 1024 });
    web.send({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [bytes(tweetBody('x'.repeat(2000)))] });
    await flush();
    expect(h.chrome.prompts[0]).toMatchObject({ text: null });
  });

  it('hands the referrer over so the heuristic can refuse cross-site requests', async () => {
    const seen: GuardRequest[] = [];
    const web = new FakeWebRequest();
    installPostGuard(web, {
      identityId: PERSONAL,
      guard: stubGuard({ check: (r) => (seen.push(r), Promise.resolve({ allow: true, requestId: null, outcome: 'not-a-post' })), reportNotHeld: vi.fn() }),
    });
    web.send({ method: 'POST', url: 'https://a.example/x', referrer: 'https://b.example/page', uploadData: [bytes('a=1')] });
    web.send({ method: 'POST', url: 'https://a.example/x' });
    await flush();
    expect(seen[0]).toMatchObject({
      identityId: PERSONAL,
      method: 'POST',
      url: 'https://a.example/x',
      headers: { referer: 'https://b.example/page' },
      body: 'a=1',
      initiator: { origin: 'https://b.example' },
      tracksDelivery: true,
    });
    expect(seen[0]!.signal?.aborted).toBe(false);
    expect(seen[1]).toMatchObject({ identityId: PERSONAL, method: 'POST', url: 'https://a.example/x', headers: {} });
    expect(seen[1]).not.toHaveProperty('body');
    expect(seen[1]).not.toHaveProperty('initiator');
  });

  it("hands the initiator's origin over as the Origin header, so a request with no referrer can still be told cross-site", async () => {
    const needs: unknown[] = [];
    const seen: GuardRequest[] = [];
    const web = new FakeWebRequest();
    installPostGuard(web, {
      identityId: PERSONAL,
      guard: stubGuard({
        bodyNeed: (_identity, r) => (needs.push(r.headers), { need: 'all', maxChars: Number.MAX_SAFE_INTEGER }),
        check: (r) => (seen.push(r), Promise.resolve({ allow: true, requestId: null, outcome: 'not-a-post' })),
      }),
    });
    web.send({ method: 'POST', url: 'https://a.example/api/comments', initiatorOrigin: 'https://b.example', uploadData: [bytes('a=1')] });
    await flush();
    expect(needs[0]).toEqual({ origin: 'https://b.example' });
    expect(seen[0]!.headers).toEqual({ origin: 'https://b.example' });
    expect(seen[0]!.initiator).toEqual({ origin: 'https://b.example' });
  });

  it('cancels and reports when the guard itself fails', async () => {
    const reportNotHeld = vi.fn();
    const web = new FakeWebRequest();
    installPostGuard(web, { identityId: PERSONAL, guard: stubGuard({ check: () => Promise.reject(new Error('boom')), reportNotHeld }) });
    const answers = web.send({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [bytes(tweetBody('x'))] });
    await flush();
    expect(answers).toEqual([{ cancel: true }]);
    expect(reportNotHeld).toHaveBeenCalledWith(PERSONAL, TWEET_URL, expect.stringContaining('boom'));

    const throwing = new FakeWebRequest();
    installPostGuard(throwing, { identityId: PERSONAL, guard: stubGuard({ check: () => { throw new Error('sync boom'); }, reportNotHeld }) });
    expect(throwing.send({ method: 'POST', url: TWEET_URL })).toEqual([{ cancel: true }]);
  });

  it('answers each request exactly once, even if the callback throws', async () => {
    const { h, web } = setup();
    let calls = 0;
    web.listener!(
      { id: 9, method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', resourceType: 'xhr', referrer: '', timestamp: 0, uploadData: [bytes(tweetBody('once'))] },
      () => {
        calls++;
        throw new Error('request destroyed');
      },
    );
    await flush();
    h.chrome.answer('post');
    await flush();
    expect(calls).toBe(1);
  });

  it('passes a filter through and removes the listener when uninstalled', () => {
    const web = new FakeWebRequest();
    const remove = installPostGuard(web, {
      identityId: PERSONAL,
      guard: stubGuard({ check: vi.fn(), reportNotHeld: vi.fn() }),
      filter: { urls: ['https://*/*'] },
    });
    expect(web.filters).toEqual([{ urls: ['https://*/*'] }]);
    expect(web.listener).toBeTypeOf('function');
    remove();
    expect(web.listener).toBeNull();
    const plain = setup();
    plain.remove();
    expect(plain.web.listener).toBeNull();
  });
});

describe('accountHintFromCookies', () => {
  const jar = (values: Record<string, string>): Pick<Electron.Cookies, 'get'> => ({
    get: (filter) =>
      Promise.resolve(
        filter.name && values[filter.name] !== undefined
          ? [{ name: filter.name, value: values[filter.name]!, sameSite: 'lax' as const }]
          : [],
      ),
  });

  it('reads the X user id from twid, quoted or not', async () => {
    expect(await accountHintFromCookies(jar({ twid: 'u%3D1456789012' }))(PERSONAL, 'x.com', TWEET_URL)).toBe('1456789012');
    expect(await accountHintFromCookies(jar({ twid: '"u=42"' }))(PERSONAL, 'x.com', TWEET_URL)).toBe('42');
  });

  it('reads Facebook and Threads ids, and gives nothing for sites without an account cookie', async () => {
    const hint = accountHintFromCookies(jar({ c_user: '100004848287494', ds_user_id: '63055343223', li_at: 'opaque' }));
    expect(await hint(PERSONAL, 'facebook.com', 'https://www.facebook.com/api/graphql/')).toBe('100004848287494');
    expect(await hint(PERSONAL, 'threads.net', 'https://www.threads.net/api/v1/media/configure_text_only_post/')).toBe('63055343223');
    expect(await hint(PERSONAL, 'instagram.com', 'https://www.instagram.com/api/v1/web/comments/1/add/')).toBe('63055343223');
    expect(await hint(PERSONAL, 'linkedin.com', 'https://www.linkedin.com/voyager/api/graphql')).toBeUndefined();
    expect(await hint(PERSONAL, 'mastodon.social', 'https://mastodon.social/api/v1/statuses')).toBeUndefined();
  });

  it('never throws', async () => {
    const broken: Pick<Electron.Cookies, 'get'> = { get: () => Promise.reject(new Error('session destroyed')) };
    expect(await accountHintFromCookies(broken)(PERSONAL, 'x.com', TWEET_URL)).toBeUndefined();
  });

  it('lets the guard catch an X account switch that the request body does not show', async () => {
    const h = harness();
    let twid = 'u%3D111';
    const guard = new PostGuard({ ...h.deps, accountHintFor: accountHintFromCookies(jar({ get twid() { return twid; } })) });
    const web = new FakeWebRequest();
    installPostGuard(web, { identityId: PROFESSIONAL, guard });
    const first = web.request({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [bytes(tweetBody('first'))] });
    await flush();
    h.chrome.answer('post');
    await flush();
    first.complete(200); // the account is learned once X accepted the post
    await flush();
    twid = 'u%3D222';
    web.send({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [bytes(tweetBody('second'))] });
    await flush();
    expect(h.chrome.prompts[1]).toMatchObject({ accountHint: '222', expectedAccount: '111', reasons: expect.arrayContaining(['account-mismatch']) });
  });
});

describe('installPostGuard: a streamed body', () => {
  it('never reads it (a read takes the body out of the request): the guard is told its text is unknown, and the post leaves whole', async () => {
    const check = vi.fn<HookGuard['check']>(() => Promise.resolve({ allow: true, requestId: null, outcome: 'not-a-post' }));
    const web = new FakeWebRequest();
    installPostGuard(web, { identityId: PERSONAL, guard: stubGuard({ check }) });
    const part = streamedUpload(tweetBody('Streamed'));
    const request = web.request({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [part] });
    await flush();
    expect(check).toHaveBeenCalledWith(expect.objectContaining({ bodyGap: 'stream' }));
    expect(request.answers).toEqual([{ cancel: false }]);
    expect((part as unknown as { body: FakeUploadStream }).body.reads).toBe(0);
    expect(request.sentBody().toString()).toBe(tweetBody('Streamed'));
  });
});

describe('installPostGuard: paths it cannot hold', () => {
  it('reports a Messenger chat WebSocket once, and lets it connect', () => {
    const reportNotHeld = vi.fn();
    const web = new FakeWebRequest();
    installPostGuard(web, { identityId: PERSONAL, guard: stubGuard({ check: vi.fn(), reportNotHeld }) });
    const url = 'wss://edge-chat.facebook.com/chat?region=prn&sid=123';
    expect(web.send({ method: 'GET', url, resourceType: 'webSocket' })).toEqual([{}]);
    expect(web.send({ method: 'GET', url, resourceType: 'webSocket' })).toEqual([{}]);
    expect(web.send({ method: 'GET', url: 'wss://example.com/socket', resourceType: 'webSocket' })).toEqual([{}]);
    expect(reportNotHeld).toHaveBeenCalledTimes(1);
    expect(reportNotHeld).toHaveBeenCalledWith(PERSONAL, url, expect.stringContaining('Messenger chat messages'));
  });

  it("reports Telegram Web's HTTP fallback (apiw1) once, like its WebSocket, and lets it out", async () => {
    const reportNotHeld = vi.fn();
    const web = new FakeWebRequest();
    installPostGuard(web, { identityId: PERSONAL, guard: stubGuard({ reportNotHeld }) });
    const url = 'https://venus.web.telegram.org/apiw1';
    const first = web.send({ method: 'POST', url, uploadData: [bytes(new Uint8Array([0xef, 1, 2, 3]))] });
    web.send({ method: 'POST', url, uploadData: [bytes(new Uint8Array([0xef, 4]))] });
    web.send({ method: 'GET', url: 'wss://venus.web.telegram.org/apiws', resourceType: 'webSocket' });
    web.send({ method: 'POST', url: 'https://web.telegram.org/k/apiw1', uploadData: [bytes('x')] });
    await flush();
    expect(first).toEqual([{ cancel: false }]); // let out: it cannot be read, only reported
    expect(reportNotHeld).toHaveBeenCalledTimes(1);
    expect(reportNotHeld).toHaveBeenCalledWith(PERSONAL, url, expect.stringContaining('Telegram messages travel over encrypted HTTP requests'));
  });

  it("reports Telegram Web and WhatsApp Web once each when their pages are used, though a worker's socket never reaches webRequest", () => {
    const reportNotHeld = vi.fn();
    const web = new FakeWebRequest();
    installPostGuard(web, { identityId: PERSONAL, guard: stubGuard({ check: vi.fn(), reportNotHeld }) });
    // Telegram Web K's MTProto runs in a SharedWorker: its socket is never shown (see the doubles).
    expect(web.send({ method: 'GET', url: 'https://web.telegram.org/k/', resourceType: 'mainFrame' })).toEqual([{}]);
    const socket = web.request({ method: 'GET', url: 'wss://venus.web.telegram.org/apiws', resourceType: 'webSocket' }, { worker: 'shared' });
    expect(socket.state).toBe('in-flight'); // connected, unseen
    web.send({ method: 'GET', url: 'https://web.telegram.org/k/assets/index.js', resourceType: 'script' });
    web.send({ method: 'GET', url: 'https://web.whatsapp.com/', resourceType: 'mainFrame' });
    web.send({ method: 'GET', url: 'https://web.whatsapp.com/app.js', resourceType: 'script' });
    web.send({ method: 'GET', url: 'https://telegram.org/', resourceType: 'mainFrame' }); // (the project's site: no messages)
    expect(reportNotHeld).toHaveBeenCalledTimes(2);
    expect(reportNotHeld).toHaveBeenNthCalledWith(1, PERSONAL, 'https://web.telegram.org/k/', expect.stringContaining('Telegram messages travel over a WebSocket'));
    expect(reportNotHeld).toHaveBeenNthCalledWith(2, PERSONAL, 'https://web.whatsapp.com/', expect.stringContaining('WhatsApp messages'));
  });

  it('logs and tells the user through the real guard', () => {
    const { h, web } = setup(PERSONAL);
    web.send({ method: 'GET', url: 'wss://edge-chat.messenger.com/chat', resourceType: 'webSocket' });
    expect(h.events).toEqual([expect.objectContaining({ type: 'not-held', identityId: PERSONAL })]);
    expect(h.notices[0]).toMatchObject({ code: 'not-held', level: 'error' });
  });
});
