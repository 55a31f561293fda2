/**
 * Issue 10, "no silent gaps", and issue 8 item 12, at the hook and the guard:
 * the real hook and PostGuard on the shared webRequest double
 * (tests/support/electron/web-request.ts), whose held requests, aborts,
 * completions and errors follow Electron 45's source.
 */
import type { Session, UploadData, WebFrameMain } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { installPostGuard } from '../../../electron/main/session/post-guard-hook';
import { UserActivation } from '../../../electron/main/session/user-activation';
import { PostGuard, accountKey } from '../../../electron/main/services/post-guard';
import { ConfirmationBroker } from '../../../electron/main/services/confirmations/confirmation-broker';
import { FakeWebRequest, blobUpload, createElectron, nextTask, rawUpload, streamedUpload } from '../../support/electron';
import { PERSONAL, PROFESSIONAL, flush, harness } from './fakes';

const bytes = (s: string | Uint8Array): UploadData => rawUpload(s);
const tweet = (text: string) => bytes(JSON.stringify({ variables: { tweet_text: text } }));
const TWEET_URL = 'https://x.com/i/api/graphql/q1/CreateTweet';
const frameOf = (origin: string) => ({ origin, url: `${origin}/` }) as unknown as WebFrameMain;

function setup(options: { identityId?: string; maxBodyBytes?: number; blobs?: Pick<Session, 'getBlobData'>; activation?: UserActivation } = {}, overrides = {}) {
  const h = harness(overrides);
  const guard = new PostGuard(h.deps);
  const web = new FakeWebRequest();
  installPostGuard(web, {
    identityId: options.identityId ?? PROFESSIONAL,
    guard,
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
    ...(options.blobs ? { blobs: options.blobs } : {}),
    ...(options.activation ? { activation: options.activation } : {}),
  });
  return { h, guard, web };
}

describe('no silent gaps: every request the guard could not read is held and asked, or reported', () => {
  it('reports an unknown site\'s body over the heuristic\'s cap as not held, in the log and the chrome (it used to pass unseen)', async () => {
    const { h, web } = setup();
    const big = new URLSearchParams({ body: 'Words of a long forum post. '.repeat(20_000) }).toString();
    const r = web.request({ method: 'POST', url: 'https://forum.example.org/api/posts', referrer: 'https://forum.example.org/t/1', uploadData: [bytes(big)] });
    await flush();
    expect(r.answers).toEqual([{ cancel: false }]);
    expect(h.events).toEqual([expect.objectContaining({ type: 'not-held', url: 'https://forum.example.org/api/posts', reason: expect.stringContaining('larger than Hatstand reads') })]);
    expect(h.notices).toEqual([expect.objectContaining({ code: 'not-held', level: 'error' })]);
  });

  it('collapses repeated not-held notices for one site into one that counts them, and logs each', async () => {
    const { h, web } = setup();
    const big = new URLSearchParams({ body: 'x y z '.repeat(100_000) }).toString();
    for (let i = 0; i < 3; i++) web.request({ method: 'POST', url: 'https://forum.example.org/upload', referrer: 'https://forum.example.org/', uploadData: [bytes(big)] });
    await flush();
    expect(h.events.filter((e) => e.type === 'not-held')).toHaveLength(3);
    const ids = new Set(h.notices.map((n) => n.requestId));
    expect(ids.size).toBe(1); // the chrome replaces the notice with the same id
    expect(h.notices.at(-1)!.message).toMatch(/3 requests to forum\.example\.org for checking/);
  });

  it('reports a Blob body to an unknown site without reading it', async () => {
    const getBlobData = vi.fn(() => Promise.resolve(Buffer.from('{"body":"never read"}')));
    const { h, web } = setup({ blobs: { getBlobData } });
    const r = web.request({ method: 'POST', url: 'https://forum.example.org/api/reply', referrer: 'https://forum.example.org/t/1', uploadData: [blobUpload('{"body":"never read"}')] });
    await flush();
    expect(getBlobData).not.toHaveBeenCalled();
    expect(r.answers).toEqual([{ cancel: false }]);
    expect(h.events).toEqual([expect.objectContaining({ type: 'not-held', reason: expect.stringContaining('Blob') })]);
  });

  it('never reads a Blob sent to a known site\'s endpoint that cannot publish (a media upload), and answers at once', () => {
    const getBlobData = vi.fn(() => Promise.resolve(Buffer.alloc(10 * 1024 * 1024)));
    const { h, web } = setup({ blobs: { getBlobData } });
    const r = web.request({ method: 'POST', url: 'https://upload.x.com/i/media/upload.json?command=APPEND&media_id=1', uploadData: [blobUpload('video')] });
    expect(r.answers).toEqual([{}]); // synchronously: no body was needed
    expect(getBlobData).not.toHaveBeenCalled();
    expect(h.events).toEqual([]);
  });

  it('holds a known post endpoint whose body is over the cap and asks with the text unknown and the reason', async () => {
    const { h, web } = setup({ identityId: PERSONAL, maxBodyBytes: 1024 });
    web.request({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [tweet('x'.repeat(5000))] });
    await flush();
    expect(h.chrome.prompts[0]).toMatchObject({ text: null, reasons: expect.arrayContaining(['text-unknown']) });
    expect(h.chrome.prompts[0]!.warnings[0]!.message).toMatch(/larger than Hatstand reads/);
  });

  it('reads a small post next to a large image attachment (the attachment used to count towards the cap)', async () => {
    const { h, web } = setup({ maxBodyBytes: 64 * 1024 });
    const b = 'XyZzY';
    web.request({
      method: 'POST',
      url: 'https://mastodon.social/api/v1/statuses',
      initiatorOrigin: 'https://mastodon.social',
      uploadData: [
        bytes(`--${b}\r\nContent-Disposition: form-data; name="status"\r\n\r\nSunset from the ferry\r\n--${b}\r\nContent-Disposition: form-data; name="file"; filename="ferry.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
        bytes(Buffer.alloc(2 * 1024 * 1024, 0xd8)),
        bytes(`\r\n--${b}--\r\n`),
      ],
    });
    await flush();
    expect(h.chrome.prompts[0]).toMatchObject({ text: 'Sunset from the ferry', site: 'mastodon.social' });
  });

  it('holds a streamed body to a known post endpoint with the text unknown', async () => {
    const { h, web } = setup();
    web.request({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [streamedUpload(JSON.stringify({ variables: { tweet_text: 'streamed' } }))] });
    await flush();
    expect(h.chrome.prompts[0]!.warnings[0]!.message).toMatch(/streams the request/);
  });

  it('asks about a post whose text is unknown even under a "never confirm" policy (it used to leave unasked)', async () => {
    const { h, web } = setup({ identityId: PERSONAL, maxBodyBytes: 1024 });
    h.policies.set(PERSONAL, { confirm: 'never' });
    h.accounts.set(accountKey(PERSONAL, 'x.com'), '42');
    const r = web.request({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [tweet('y'.repeat(5000))] });
    await flush();
    expect(h.chrome.prompts).toHaveLength(1);
    expect(h.chrome.prompts[0]!.reasons).toEqual(['text-unknown']);
    expect(r.state).toBe('held');
    // A readable post under the same policy goes out unasked.
    const ok = web.request({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [tweet('fine')] });
    await flush();
    expect(ok.answers).toEqual([{ cancel: false }]);
    expect(h.chrome.prompts).toHaveLength(1);
  });
});

describe('a held request the page gives up (issue 8 item 12)', () => {
  it('withdraws the sheet, logs the cancellation and never logs "sent", learns no account and answers nothing', async () => {
    const h = harness();
    const hidden: string[] = [];
    const broker = new ConfirmationBroker({ show: () => true, hide: (_id, requestId) => hidden.push(requestId) });
    const guard = new PostGuard({ ...h.deps, askChrome: (prompt, withdrawn) => broker.ask(prompt, withdrawn) });
    const web = new FakeWebRequest();
    installPostGuard(web, { identityId: PROFESSIONAL, guard });
    const r = web.request({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', headers: {}, uploadData: [tweet('Never mind')] } as never);
    await flush();
    const [requestId] = broker.pending(PROFESSIONAL);
    expect(requestId).toBeDefined();
    r.abort(); // the page navigated away: Electron drops the request and reports net::ERR_ABORTED
    await flush();
    expect(hidden).toEqual([requestId]);
    expect(broker.pending(PROFESSIONAL)).toEqual([]);
    // A late "Post" from a sheet that was still on screen is refused, not sent.
    expect(() => broker.decide(PROFESSIONAL, requestId!, 'post')).toThrow(/no longer waiting/);
    expect(h.types()).toEqual(['recognised', 'cancelled']);
    expect(h.events.at(-1)).toMatchObject({ type: 'cancelled', cause: 'page-aborted' });
    expect(h.notices).toEqual([expect.objectContaining({ code: 'post-withdrawn', level: 'info' })]);
    expect(h.accounts.data.size).toBe(0);
    expect(r.ignoredAnswers).toEqual([]);
  });

  it('notices an abort while the body is still being read, and never holds the request', async () => {
    let release!: (b: Buffer) => void;
    const getBlobData = () => new Promise<Buffer>((resolve) => (release = resolve));
    const { h, web } = setup({ blobs: { getBlobData } });
    const r = web.request({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [blobUpload('slow')] });
    r.abort();
    release(Buffer.from(JSON.stringify({ variables: { tweet_text: 'too late' } })));
    await flush();
    expect(h.chrome.prompts).toEqual([]);
    expect(h.events).toEqual([]);
  });

  it('learns the account only when the site accepted the post, and logs what happened to it', async () => {
    const { h, web } = setup({}, { accountHintFor: () => '111' });
    const ok = web.request({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [tweet('first post')] });
    await flush();
    h.chrome.answer('post');
    await flush();
    expect(ok.state).toBe('in-flight');
    expect(h.accounts.data.size).toBe(0); // not yet: it has not arrived
    ok.complete(200);
    await flush();
    expect(h.types()).toEqual(['recognised', 'confirmed', 'sent', 'delivered', 'account-learned']);
    expect(h.accounts.data.get(accountKey(PROFESSIONAL, 'x.com'))).toBe('111');
  });

  it('logs a post that was let out but never arrived, tells the user, and learns nothing from it', async () => {
    const { h, web } = setup({}, { accountHintFor: () => '111' });
    const lost = web.request({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [tweet('lost in transit')] });
    await flush();
    h.chrome.answer('post');
    await flush();
    lost.fail('net::ERR_CONNECTION_RESET');
    await flush();
    expect(h.events.at(-1)).toMatchObject({ type: 'not-delivered', error: 'net::ERR_CONNECTION_RESET' });
    expect(h.notices.at(-1)).toMatchObject({ code: 'post-withdrawn', level: 'warning' });
    // In words, not Chromium's code.
    expect(h.notices.at(-1)!.message).toMatch(/did not arrive \(the connection was cut\)/);
    expect(h.notices.at(-1)!.message).not.toMatch(/net::|ERR_/);
    expect(h.accounts.data.size).toBe(0);
    const refused = web.request({ method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [tweet('rate limited')] });
    await flush();
    h.chrome.answer('post');
    await flush();
    refused.complete(429);
    await flush();
    expect(h.events.at(-1)).toMatchObject({ type: 'not-delivered', statusCode: 429 });
  });

  it('keeps other subscribers of onCompleted and onErrorOccurred: one Electron listener each, through the hub', () => {
    const { web } = setup();
    expect(web.listenerCount('onBeforeRequest')).toBe(1);
    expect(web.listenerCount('onCompleted')).toBe(1);
    expect(web.listenerCount('onErrorOccurred')).toBe(1);
  });
});

describe('a page cannot open sheets at will', () => {
  it('refuses another site\'s page firing posts with no user gesture, without a sheet, and tells once per burst', async () => {
    const { h, web } = setup();
    const attempts = Array.from({ length: 5 }, (_, i) =>
      web.request({ method: 'POST', url: TWEET_URL, frame: frameOf('https://evil.example'), referrer: '', uploadData: [tweet(`spam ${i}`)] }),
    );
    await flush();
    expect(h.chrome.prompts).toEqual([]);
    for (const a of attempts) expect(a.answers).toEqual([{ cancel: true }]);
    expect(h.events.filter((e) => e.type === 'refused')).toHaveLength(5);
    expect(new Set(h.notices.map((n) => n.requestId)).size).toBe(1);
    expect(h.notices.at(-1)!.message).toMatch(/evil\.example tried to send a post to x\.com \(5 times/);
  });

  it('asks once for another site\'s post after a real gesture, and refuses a second while the first waits', async () => {
    const electron = createElectron();
    const win = new electron.BrowserWindow();
    const activation = new UserActivation(() => h.clock.now());
    activation.watch(win.webContents);
    const h = harness();
    const guard = new PostGuard(h.deps);
    const web = new FakeWebRequest();
    installPostGuard(web, { identityId: PROFESSIONAL, guard, activation });
    win.webContents.userInput('mouseDown');
    const init = { method: 'POST', url: 'https://bsky.social/xrpc/com.atproto.repo.createRecord', frame: frameOf('https://deck.example'), webContentsId: win.webContents.id };
    const body = JSON.stringify({ repo: 'did:plc:a', collection: 'app.bsky.feed.post', record: { text: 'shared from a deck app' } });
    const first = web.request({ ...init, uploadData: [bytes(body)] });
    const second = web.request({ ...init, uploadData: [bytes(body)] });
    await flush();
    expect(h.chrome.prompts).toHaveLength(1);
    expect(second.answers).toEqual([{ cancel: true }]);
    h.chrome.answer('post');
    await flush();
    expect(first.answers).toEqual([{ cancel: false }]);
  });

  it('asks as before for a site\'s own page, gesture or not', async () => {
    const { h, web } = setup();
    web.request({ method: 'POST', url: TWEET_URL, frame: frameOf('https://x.com'), uploadData: [tweet('mine')] });
    await flush();
    expect(h.chrome.prompts).toHaveLength(1);
  });
});

describe("a worker's posts, which have no page (Electron gives them no webContentsId or frame)", () => {
  const BSKY = 'https://bsky.social/xrpc/com.atproto.repo.createRecord';
  const skeet = (text: string) => bytes(JSON.stringify({ repo: 'did:plc:a', collection: 'app.bsky.feed.post', record: { text } }));

  /** Two identities' windows, each in its own session; the guard's hook on the first's. */
  function identityPages() {
    const electron = createElectron();
    const h = harness();
    const guard = new PostGuard(h.deps);
    const win = new electron.BrowserWindow({ webPreferences: { partition: 'persist:identity-professional' } });
    const otherIdentity = new electron.BrowserWindow({ webPreferences: { partition: 'persist:identity-personal' } });
    const activation = new UserActivation(() => h.clock.now());
    activation.watch(win.webContents);
    activation.watch(otherIdentity.webContents);
    const s = win.webContents.session;
    const other = new electron.BrowserWindow({ webPreferences: { partition: 'persist:identity-professional' } });
    activation.watch(other.webContents);
    installPostGuard(s.webRequest, { identityId: PROFESSIONAL, guard, activation: activation.forSession(s) });
    return { h, web: s.webRequest, win, otherIdentity, other };
  }

  /** The page's main frame commits a document at `url`. */
  const open = (page: { webContents: { loadURL(url: string): Promise<void>; finishLoad(): void } }, url: string) => {
    void page.webContents.loadURL(url).catch(() => undefined);
    page.webContents.finishLoad();
  };

  it("asks about another site's post from a service worker right after a click in a page of the worker's own site in the identity, and refuses it with none", async () => {
    const { h, web, win, otherIdentity } = identityPages();
    open(win, 'https://deck.example/');
    open(otherIdentity, 'https://deck.example/');
    const fromWorker = () => web.request({ method: 'POST', url: BSKY, initiatorOrigin: 'https://deck.example', uploadData: [skeet('sent through the worker')] }, { worker: 'service' });
    // Another identity's click is not this one's.
    otherIdentity.webContents.userInput('mouseDown');
    const unclicked = fromWorker();
    await flush();
    expect(unclicked.answers).toEqual([{ cancel: true }]);
    expect(h.chrome.prompts).toEqual([]);
    win.webContents.userInput('mouseDown');
    const clicked = fromWorker();
    await flush();
    expect(h.chrome.prompts).toHaveLength(1);
    // The sheet names the site whose script sent it.
    expect(h.chrome.prompts[0]!.warnings).toContainEqual(expect.objectContaining({ ruleId: 'guard.sent-by-worker', message: expect.stringContaining('background script of deck.example') }));
    h.chrome.answer('post');
    await flush();
    expect(clicked.answers).toEqual([{ cancel: false }]);
  });

  it("refuses a worker's post while the person types in a page of another site, or clicked before its page's document committed (g7 review D1)", async () => {
    const { h, web, win, other } = identityPages();
    open(win, 'https://trusted.example/');
    open(other, 'https://hostile.example/');
    const fromWorker = (text: string) => web.request({ method: 'POST', url: BSKY, initiatorOrigin: 'https://hostile.example', uploadData: [skeet(text)] }, { worker: 'dedicated' });
    win.webContents.userInput('keyDown');
    const typing = fromWorker('spam');
    await flush();
    expect(typing.answers).toEqual([{ cancel: true }]);
    expect(h.chrome.prompts).toEqual([]);
    expect(h.notices.at(-1)!.message).toContain('A background script of hostile.example tried to send a post to bsky.app; Hatstand refused it without asking: you have not clicked or typed in a page on hostile.example');
    // A click on a link in the trusted page that opens hostile.example there: the click was the trusted document's.
    win.webContents.userInput('mouseDown');
    open(win, 'https://hostile.example/');
    const followed = fromWorker('spam 2');
    await flush();
    expect(followed.answers).toEqual([{ cancel: true }]);
    expect(h.chrome.prompts).toEqual([]);
    // A click in the hostile site's own page is the person using it: asked about, with its sender named.
    other.webContents.userInput('mouseDown');
    fromWorker('spam 3');
    await flush();
    expect(h.chrome.prompts).toHaveLength(1);
  });

  it("forgets a closed page's click: a worker's post after it is refused again", async () => {
    const { h, web, win } = identityPages();
    open(win, 'https://deck.example/');
    win.webContents.userInput('mouseDown');
    win.webContents.close();
    await nextTask();
    const r = web.request({ method: 'POST', url: BSKY, initiatorOrigin: 'https://deck.example', uploadData: [skeet('after the page closed')] }, { worker: 'service' });
    await flush();
    expect(r.answers).toEqual([{ cancel: true }]);
    expect(h.chrome.prompts).toEqual([]);
  });

  it("refuses without a sheet a service worker's replay of a post the person refused, says so in the identity's window, and keeps nothing of its text", async () => {
    const { h, web } = setup();
    const post = { method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [tweet('a post I thought better of')] };
    const first = web.request(post, { worker: 'service' });
    await flush();
    h.chrome.answer('cancel');
    await flush();
    expect(first.answers).toEqual([{ cancel: true }]);
    // Workbox's BackgroundSync queued the failed fetch; with `forceSyncFallback` (Electron has no Background Sync) it
    // replays it when the worker next starts, and puts it back in the queue when the replay fails (Queue.ts v7.2.0).
    const replay = web.request(post, { worker: 'service' });
    await flush();
    expect(h.chrome.prompts).toHaveLength(1);
    expect(replay.answers).toEqual([{ cancel: true }]);
    expect(h.events.at(-1)).toEqual(expect.objectContaining({ type: 'cancelled', cause: 'replay-refused' }));
    expect(h.notices).toEqual([
      expect.objectContaining({
        identityId: PROFESSIONAL,
        code: 'refused',
        message: 'A background script of x.com tried again to send the post to x.com you had refused; Hatstand refused it again without asking.',
      }),
    ]);
    expect(JSON.stringify(h.notices)).not.toContain('thought better');
    // Another text is asked about; so is the same post sent again from the page (the person trying once more).
    web.request({ ...post, uploadData: [tweet('a better post')] }, { worker: 'service' });
    await flush();
    expect(h.chrome.prompts).toHaveLength(2);
    h.chrome.answer('cancel');
    web.request({ ...post, webContentsId: 1, frame: frameOf('https://x.com') });
    await flush();
    expect(h.chrome.prompts).toHaveLength(3);
  });

  it("names the worker's site in the notice of a cross-site replay, and logs the replay without its text (g7 review M1, M2)", async () => {
    const { h, web, win } = identityPages();
    open(win, 'https://deck.example/');
    const post = { method: 'POST', url: BSKY, initiatorOrigin: 'https://deck.example', uploadData: [skeet('from the deck')] };
    win.webContents.userInput('mouseDown');
    web.request(post, { worker: 'service' });
    await flush();
    h.chrome.answer('cancel');
    await flush();
    await h.clock.advance(2 * 60_000);
    const replay = web.request(post, { worker: 'service' });
    await flush();
    expect(replay.answers).toEqual([{ cancel: true }]);
    expect(h.notices.at(-1)!.message).toBe('A background script of deck.example tried again to send the post to bsky.app you had refused; Hatstand refused it again without asking.');
    expect(h.events.filter((e) => e.type === 'recognised')).toHaveLength(1);
    expect(h.events.at(-1)).toEqual(expect.objectContaining({ type: 'cancelled', cause: 'replay-refused' }));
    expect(JSON.stringify(h.events.slice(-1))).not.toContain('from the deck');
  });

  it("asks again about a refused post that a service worker sends right after the person's gesture in its site's page, and takes the new answer (g7 review D2)", async () => {
    const { h, web, win } = identityPages();
    open(win, 'https://x.com/home');
    // The page's fetch is answered by its service worker, whose own fetch is what reaches webRequest (no page).
    const post = { method: 'POST', url: TWEET_URL, initiatorOrigin: 'https://x.com', uploadData: [tweet('on second thought, yes')] };
    win.webContents.userInput('mouseDown');
    web.request(post, { worker: 'service' });
    await flush();
    await h.clock.advance(5_000);
    h.chrome.answer('cancel');
    await flush();
    // Workbox's replay when the worker next starts, with no gesture since the refusal: refused without a sheet.
    await h.clock.advance(5_000);
    const replay = web.request(post, { worker: 'service' });
    await flush();
    expect(replay.answers).toEqual([{ cancel: true }]);
    expect(h.chrome.prompts).toHaveLength(1);
    // The person clicks Send again in the page: asked about as usual, and told they refused it before.
    win.webContents.userInput('mouseDown');
    const retry = web.request(post, { worker: 'service' });
    await flush();
    expect(h.chrome.prompts).toHaveLength(2);
    expect(h.chrome.prompts[0]!.refusedBefore).toBeUndefined();
    expect(h.chrome.prompts[1]!.refusedBefore).toBe(
      'A background script of x.com is sending again the post you cancelled a moment ago. If you cancel again, Hatstand will refuse it without asking.',
    );
    expect(h.chrome.prompts[1]!.reasons).toContain('refused-before');
    await h.clock.advance(5_000);
    h.chrome.answer('cancel');
    await flush();
    expect(retry.answers).toEqual([{ cancel: true }]);
    // Refused once more: remembered from this answer, so the earlier click no longer vouches for a replay.
    const replayAgain = web.request(post, { worker: 'service' });
    await flush();
    expect(replayAgain.answers).toEqual([{ cancel: true }]);
    expect(h.chrome.prompts).toHaveLength(2);
    // Cancelled on the sheet that said so: no click vouches for it any more, and no sheet comes up again (gl1 review D2).
    for (let i = 0; i < 3; i++) {
      await h.clock.advance(5 * 60_000);
      win.webContents.userInput('mouseDown');
      const afterClick = web.request(post, { worker: 'service' });
      await flush();
      expect(afterClick.answers).toEqual([{ cancel: true }]);
    }
    expect(h.chrome.prompts).toHaveLength(2);
    expect(h.notices.at(-1)!.message).toBe(
      'A background script of x.com tried again to send the post to x.com you had cancelled twice; Hatstand refused it without asking (to send it anyway, post it again yourself with a change).',
    );

    // And a "Post" on that sheet replaces the refusal: the same post later is asked about, not refused as a replay.
    const other = { ...post, uploadData: [tweet('on third thought, this one')] };
    await h.clock.advance(5_000);
    win.webContents.userInput('mouseDown');
    web.request(other, { worker: 'service' });
    await flush();
    await h.clock.advance(5_000);
    h.chrome.answer('cancel');
    await flush();
    await h.clock.advance(5_000);
    win.webContents.userInput('mouseDown');
    const posted = web.request(other, { worker: 'service' });
    await flush();
    expect(h.chrome.prompts).toHaveLength(4);
    expect(h.chrome.prompts[3]!.refusedBefore).toMatch(/^A background script of x\.com is sending again the post you cancelled a moment ago\./);
    h.chrome.answer('post');
    await flush();
    expect(posted.answers).toEqual([{ cancel: false }]);
    await h.clock.advance(5 * 60_000);
    web.request(other, { worker: 'service' });
    await flush();
    expect(h.chrome.prompts).toHaveLength(5);
    // That "Post" replaced the refusal: nothing refused to tell.
    expect(h.chrome.prompts[4]!.refusedBefore).toBeUndefined();
  });

  it('remembers a refusal per identity', async () => {
    const h = harness();
    h.policies.set(PERSONAL, { confirm: 'always' });
    const guard = new PostGuard(h.deps);
    const post = { method: 'POST', url: TWEET_URL, body: JSON.stringify({ variables: { tweet_text: 'one text, two identities' } }), fromWorker: true, initiator: { origin: 'https://x.com' } };
    const refused = guard.check({ identityId: PROFESSIONAL, ...post });
    await flush();
    h.chrome.answer('cancel');
    await refused;
    void guard.check({ identityId: PERSONAL, ...post });
    await flush();
    expect(h.chrome.prompts).toHaveLength(2);
  });
});
