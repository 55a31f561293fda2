/**
 * The post guard's rules for a sender with no site of its own and for a worker's site (g8 review D1, M1, M2, M4, M5):
 * an opaque origin ("null": a data: worker, a sandboxed frame or its worker) or, for a worker, none at all is another
 * site's with no page that can vouch for it; the vouching site is the Public Suffix List's; an error page's commit
 * forgets the previous document's site; the notices and the sheet's note name the sender as what it is.
 */
import type { UploadData, WebFrameMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { installPostGuard } from '../../../electron/main/session/post-guard-hook';
import { UserActivation } from '../../../electron/main/session/user-activation';
import { PostGuard } from '../../../electron/main/services/post-guard';
import { createElectron, rawUpload } from '../../support/electron';
import { PROFESSIONAL, flush, harness } from './fakes';

const bytes = (s: string): UploadData => rawUpload(s);
const BSKY = 'https://bsky.social/xrpc/com.atproto.repo.createRecord';
const skeet = (text: string) => bytes(JSON.stringify({ repo: 'did:plc:a', collection: 'app.bsky.feed.post', record: { text } }));
const TWEET_URL = 'https://x.com/i/api/graphql/q1/CreateTweet';
const tweet = (text: string) => bytes(JSON.stringify({ variables: { tweet_text: text } }));

/** One identity's window with the guard's hook on its session; `never` for an identity that never confirms. */
function identityPage(options: { never?: boolean } = {}) {
  const electron = createElectron();
  const h = harness();
  if (options.never) h.policies.set(PROFESSIONAL, { confirm: 'never' } as never);
  const guard = new PostGuard(h.deps);
  const win = new electron.BrowserWindow({ webPreferences: { partition: 'persist:identity-professional' } });
  const activation = new UserActivation(() => h.clock.now());
  activation.watch(win.webContents);
  const s = win.webContents.session;
  installPostGuard(s.webRequest, { identityId: PROFESSIONAL, guard, activation: activation.forSession(s) });
  return { h, web: s.webRequest, win };
}

const open = (page: { webContents: { loadURL(url: string): Promise<void>; finishLoad(): void } }, url: string) => {
  void page.webContents.loadURL(url).catch(() => undefined);
  page.webContents.finishLoad();
};

describe('a sender with no site of its own (g8 review D1)', () => {
  it('refuses without a sheet an opaque-origin worker\'s post, though the person has just clicked in a page, and names no false sender', async () => {
    const { h, web, win } = identityPage();
    open(win, 'https://bsky.app/');
    win.webContents.userInput('mouseDown');
    const r = web.request({ method: 'POST', url: BSKY, uploadData: [skeet('spam')] }, { worker: 'dedicated', origin: 'null' });
    await flush();
    expect(h.chrome.prompts).toEqual([]);
    expect(r.answers).toEqual([{ cancel: true }]);
    const message = h.notices.at(-1)!.message;
    expect(message).toMatch(/^A background script of an unknown site tried to send a post to bsky\.app; Hatstand refused it without asking: /);
    expect(message).not.toMatch(/script of bsky|page on/);
    expect(h.events.at(-1)).toMatchObject({ type: 'cancelled', cause: 'cross-site-refused' });
  });

  it('refuses a worker\'s post that names no origin and no referrer (a worker can switch its referrer off)', async () => {
    const { h, web, win } = identityPage();
    open(win, 'https://x.com/home');
    win.webContents.userInput('mouseDown');
    const r = web.request({ method: 'POST', url: TWEET_URL, referrer: '', uploadData: [tweet('no address')] }, { worker: 'service' });
    await flush();
    expect(h.chrome.prompts).toEqual([]);
    expect(r.answers).toEqual([{ cancel: true }]);
    expect(h.notices.at(-1)!.message).toMatch(/^A background script of an unknown site tried to send a post to x\.com/);
  });

  it('refuses it on an identity that never confirms too, where it used to leave unasked', async () => {
    const { h, web } = identityPage({ never: true });
    const opaque = web.request({ method: 'POST', url: BSKY, uploadData: [skeet('spam')] }, { worker: 'dedicated', origin: 'null' });
    const sameSite = web.request({ method: 'POST', url: TWEET_URL, uploadData: [tweet('the site\'s own worker')] }, { worker: 'service', origin: 'https://x.com' });
    await flush();
    expect(h.chrome.prompts).toEqual([]);
    expect(opaque.answers).toEqual([{ cancel: true }]);
    // A normal same-site post (the initiator is the target's own site) is unaffected: let out under "never".
    expect(sameSite.answers).toEqual([{ cancel: false }]);
  });

  it("asks about a page's own opaque-origin frame only after a gesture in that page, as any cross-site post", async () => {
    const { h, web, win } = identityPage();
    open(win, 'https://hostile.example/');
    const sandboxed = { origin: 'null', url: 'about:srcdoc' } as unknown as WebFrameMain;
    const post = (text: string) => web.request({ method: 'POST', url: BSKY, initiatorOrigin: 'null', webContentsId: win.webContents.id, frame: sandboxed, uploadData: [skeet(text)] });
    const unasked = post('no one at the keyboard');
    await flush();
    expect(unasked.answers).toEqual([{ cancel: true }]);
    expect(h.chrome.prompts).toEqual([]);
    expect(h.notices.at(-1)!.message).toMatch(/^A frame with no site of its own .* tried to send a post to bsky\.app; .*no click or key press on that page/);
    win.webContents.userInput('mouseDown');
    post('after a click');
    await flush();
    expect(h.chrome.prompts).toHaveLength(1);
    // One at a time, as any cross-site sender.
    const second = post('another');
    await flush();
    expect(second.answers).toEqual([{ cancel: true }]);
  });

  it("still asks about a site's own page and its own worker as before", async () => {
    const { h, web, win } = identityPage();
    open(win, 'https://x.com/home');
    web.request({ method: 'POST', url: TWEET_URL, webContentsId: win.webContents.id, frame: { origin: 'https://x.com', url: 'https://x.com/home' } as unknown as WebFrameMain, uploadData: [tweet('page')] });
    await flush();
    expect(h.chrome.prompts).toHaveLength(1);
    h.chrome.answer('cancel');
    await flush();
    web.request({ method: 'POST', url: TWEET_URL, uploadData: [tweet('worker')] }, { worker: 'service', origin: 'https://x.com' });
    await flush();
    expect(h.chrome.prompts).toHaveLength(2);
    expect(h.chrome.prompts[1]!.warnings.map((w) => w.ruleId)).not.toContain('guard.sent-by-worker');
  });
});

describe("a worker's site is the Public Suffix List's (g8 review M1)", () => {
  it("does not let a click in alice.github.io vouch for mallory.github.io's worker, and names mallory's site", async () => {
    const { h, web, win } = identityPage();
    open(win, 'https://alice.github.io/blog/');
    win.webContents.userInput('keyDown');
    const r = web.request({ method: 'POST', url: BSKY, uploadData: [skeet('spam')] }, { worker: 'dedicated', origin: 'https://mallory.github.io' });
    await flush();
    expect(h.chrome.prompts).toEqual([]);
    expect(r.answers).toEqual([{ cancel: true }]);
    expect(h.notices.at(-1)!.message).toContain('A background script of mallory.github.io tried to send');
    // The worker's own tenant's page vouches for it.
    open(win, 'https://mallory.github.io/');
    win.webContents.userInput('mouseDown');
    web.request({ method: 'POST', url: BSKY, uploadData: [skeet('mine')] }, { worker: 'dedicated', origin: 'https://mallory.github.io' });
    await flush();
    expect(h.chrome.prompts).toHaveLength(1);
    expect(h.chrome.prompts[0]!.warnings).toContainEqual(expect.objectContaining({ ruleId: 'guard.sent-by-worker', message: 'A background script of mallory.github.io sent this post to bsky.app; post it only if you meant to send it from mallory.github.io.' }));
  });
});

describe("the page's document after an error page or a same-document navigation (g8 review M2)", () => {
  it("forgets the previous document's site and gesture when an error page commits", async () => {
    const { h, web, win } = identityPage();
    open(win, 'https://hostile.example/');
    win.webContents.userInput('mouseDown'); // the click that followed the link
    void win.webContents.loadURL('https://unreachable.invalid/').catch(() => undefined);
    win.webContents.failLoad();
    win.webContents.userInput('mouseDown'); // a click on the error page
    const r = web.request({ method: 'POST', url: BSKY, uploadData: [skeet('spam')] }, { worker: 'service', origin: 'https://hostile.example' });
    await flush();
    expect(h.chrome.prompts).toEqual([]);
    expect(r.answers).toEqual([{ cancel: true }]);
  });

  it('keeps the site and the gesture across a same-document navigation (pushState), which commits no new document', async () => {
    const { h, web, win } = identityPage();
    open(win, 'https://deck.example/');
    win.webContents.userInput('mouseDown');
    win.webContents.navigateInPage('https://deck.example/compose');
    web.request({ method: 'POST', url: BSKY, uploadData: [skeet('from the deck')] }, { worker: 'service', origin: 'https://deck.example' });
    await flush();
    expect(h.chrome.prompts).toHaveLength(1);
  });
});

describe("the worker's notices and note (g8 review M4, M5)", () => {
  it('tells a refused worker as a background script, with the reason in the same words', async () => {
    const { h, web } = identityPage();
    web.request({ method: 'POST', url: BSKY, uploadData: [skeet('x')] }, { worker: 'service', origin: 'https://hostile.example' });
    await flush();
    expect(h.notices.at(-1)!.message).toBe(
      'A background script of hostile.example tried to send a post to bsky.app; Hatstand refused it without asking: you have not clicked or typed in a page on hostile.example in the last minute.',
    );
  });

  it("shows no note when the worker's site is the one the post is named after (a bsky.app worker posting to bsky.social)", async () => {
    const { h, web, win } = identityPage();
    open(win, 'https://bsky.app/');
    win.webContents.userInput('mouseDown');
    web.request({ method: 'POST', url: BSKY, uploadData: [skeet('mine')] }, { worker: 'service', origin: 'https://bsky.app' });
    await flush();
    expect(h.chrome.prompts).toHaveLength(1);
    expect(h.chrome.prompts[0]!.warnings.map((w) => w.ruleId)).not.toContain('guard.sent-by-worker');
  });

  it("names the target in a replay's notice as the target, never as the sender", async () => {
    const { h, web, win } = identityPage();
    open(win, 'https://deck.example/');
    win.webContents.userInput('mouseDown');
    const post = { method: 'POST', url: BSKY, uploadData: [skeet('from the deck')] };
    web.request(post, { worker: 'service', origin: 'https://deck.example' });
    await flush();
    h.chrome.answer('cancel');
    await flush();
    await h.clock.advance(61_000);
    web.request(post, { worker: 'service', origin: 'https://deck.example' });
    await flush();
    expect(h.notices.at(-1)!.message).toBe('A background script of deck.example tried again to send the post to bsky.app you had refused; Hatstand refused it again without asking.');
  });
});
