import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { join } from 'node:path';
import { ARTIFACTS, Harness } from '../support/harness';
import { STAND_IN_ATTRIBUTE } from '../support/site-view-stacking';
import { startFakeMastodon } from '../support/fake-site';
import { Abort } from '../../electron/main/services/post-guard';
import { clipboardWithheldMessage } from '../../shared/domain/permissions';

/**
 * A site page in its own browser context stands in for an identity's
 * partition; every request it makes is handed to the real PostGuard (as the
 * session hook does in the app), and the confirmation sheet appears in that
 * identity's chrome page.
 */
let harness: Harness;
let site: Awaited<ReturnType<typeof startFakeMastodon>>;
let siteContext: BrowserContext;
let sitePage: Page;

async function openSiteAs(identityName: string) {
  const identity = harness.identity(identityName);
  siteContext = await harness.browser.newContext();
  await siteContext.route('**/*', async (route) => {
    const request = route.request();
    const decision = await harness.services.guard.check({
      identityId: identity.id,
      method: request.method(),
      url: request.url(),
      headers: await request.allHeaders(),
      ...(request.postData() !== null ? { body: request.postData()! } : {}),
    });
    if (decision.allow) await route.continue();
    else await route.abort('blockedbyclient');
  });
  sitePage = await siteContext.newPage();
  await sitePage.goto(site.url);
  await harness.openIdentity(identity.id);
  return { identity, chrome: harness.page(identity.id) };
}

test.beforeEach(async ({ browser }) => {
  harness = await Harness.start(browser);
  site = await startFakeMastodon();
});
test.afterEach(async () => {
  await siteContext?.close();
  await site.close();
  expect(harness.unexpected).toEqual([]);
  await harness.close();
});

test('Professional confirms every post: Cancel stops the request, Post lets it through', async () => {
  const { identity, chrome } = await openSiteAs('Professional');

  await sitePage.getByLabel("What's on your mind?").fill('Our quarterly results are out, proud of the team.');
  await sitePage.getByRole('button', { name: 'Publish!' }).click();
  const sheet = chrome.getByRole('alertdialog', { name: 'Post as Professional?' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Our quarterly results are out, proud of the team.');
  await expect(sheet).toContainText(`on ${new URL(site.url).hostname}`);
  // The safe default: Cancel has the focus, so Enter cancels.
  await expect(sheet.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(sheet.getByRole('button', { name: 'Post as Professional' })).toBeEnabled(); // (off for a moment when the sheet appears)
  await chrome.screenshot({ path: join(ARTIFACTS, 'guard-sheet-professional.png') });
  await chrome.keyboard.press('Enter');
  await expect(sitePage.locator('#result')).toHaveText('blocked');
  expect(site.received).toEqual([]);

  await sitePage.getByRole('button', { name: 'Publish!' }).click();
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: `Post as ${identity.name}` }).click();
  await expect(sitePage.locator('#result')).toHaveText('posted');
  expect(site.received).toEqual([{ status: 'Our quarterly results are out, proud of the team.', visibility: 'public' }]);

  const kinds = harness.store.activity.query({ identityIds: [identity.id], limit: 50 }).rows.map((r) => r.kind);
  expect(kinds).toEqual(expect.arrayContaining(['post.attempted', 'post.cancelled', 'post.confirmed', 'post.sent']));
});

test('the sheet keeps the keys: Tab and Shift+Tab go round its own buttons, never to the chrome behind it', async () => {
  const { chrome } = await openSiteAs('Professional');
  await sitePage.getByLabel("What's on your mind?").fill('Our quarterly results are out.');
  await sitePage.getByRole('button', { name: 'Publish!' }).click();
  const sheet = chrome.getByRole('alertdialog', { name: 'Post as Professional?' });
  const cancel = sheet.getByRole('button', { name: 'Cancel' });
  const post = sheet.getByRole('button', { name: 'Post as Professional' });
  await expect(cancel).toBeFocused();
  await expect(post).toBeEnabled();
  const inSheet = () => chrome.evaluate(() => Boolean(document.activeElement?.closest('[role="alertdialog"]')));
  for (let i = 0; i < 5; i++) {
    await chrome.keyboard.press('Tab');
    expect(await inSheet()).toBe(true);
  }
  await cancel.focus();
  await chrome.keyboard.press('Shift+Tab');
  await expect(post).toBeFocused();
  await chrome.keyboard.press('Tab');
  await expect(cancel).toBeFocused();
  // A click on the post's text leaves the keys with the sheet: Tab goes to its first control, Escape cancels.
  await sheet.locator('.guard-text').click();
  await chrome.keyboard.press('Tab');
  await expect(cancel).toBeFocused();
  await sheet.locator('.guard-text').click();
  await chrome.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(sitePage.locator('#result')).toHaveText('blocked');
});

test('non-post requests pass without a question; Personal asks only when there are warnings', async () => {
  const { identity, chrome } = await openSiteAs('Personal');
  await sitePage.getByRole('button', { name: 'Like' }).click();
  await expect(sitePage.locator('#result')).toHaveText('liked');

  await sitePage.getByLabel("What's on your mind?").fill('Lovely walk by the sea with the dog today.');
  await sitePage.getByRole('button', { name: 'Publish!' }).click();
  await expect(sitePage.locator('#result')).toHaveText('posted');
  expect(harness.prompts).toHaveLength(0);

  // Mentioning the other identity's handle is a warning, so Personal asks.
  const pro = harness.identity('Professional');
  harness.store.identities.updateSite(pro.sites[0]!.id, { handle: '@dr_ada_work' });
  harness.services.warnings.invalidate();
  await sitePage.getByLabel("What's on your mind?").fill('Honestly @dr_ada_work is so boring on weekdays, lol');
  await sitePage.getByRole('button', { name: 'Publish!' }).click();
  const sheet = chrome.getByRole('alertdialog', { name: `Post as ${identity.name}?` });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('list', { name: 'Warnings' })).toContainText(/Professional/);
  await expect(sheet.locator('mark.underline')).toHaveText(/dr_ada_work/);
  await expect(sheet.locator('button[data-action="post"]')).toBeEnabled(); // (off for a moment when the sheet appears)
  await chrome.screenshot({ path: join(ARTIFACTS, 'guard-sheet-personal-warning.png') });
  await sheet.getByRole('button', { name: 'Cancel' }).click();
  await expect(sitePage.locator('#result')).toHaveText('blocked');
  expect(site.received.map((r) => r.status)).toEqual(['Lovely walk by the sea with the dog today.']);
});

test('a cooling-off delay can still be cancelled after "Post"', async () => {
  const pro = harness.identity('Professional');
  const { chrome } = await openSiteAs('Professional');
  await chrome.evaluate((id) => window.hatstand.guard.setPolicy({ identityId: id, confirm: 'always', coolingOffSeconds: 30 }), pro.id);
  await sitePage.getByLabel("What's on your mind?").fill('A thought I may regret.');
  await sitePage.getByRole('button', { name: 'Publish!' }).click();
  const sheet = chrome.getByRole('alertdialog', { name: 'Post as Professional?' });
  await sheet.getByRole('button', { name: 'Post as Professional' }).click();
  const notice = chrome.getByRole('region', { name: 'Notices' }).getByRole('status');
  await expect(notice).toContainText(/Your post to \S+ leaves as Professional in \d+ s/);
  await chrome.screenshot({ path: join(ARTIFACTS, 'guard-cooling-off.png') });
  // A chrome that reloads meanwhile (or crashed and was loaded again) shows the countdown again: its Cancel is the
  // only way to stop the post, and the guard's notice was sent once, to the page the reload replaced.
  await chrome.reload();
  await expect(notice).toContainText(/Your post to \S+ leaves as Professional in \d+ s/);
  // Clickable for real: the harness's stand-in for the site view would intercept a click under it.
  await notice.getByRole('button', { name: 'Cancel post' }).click();
  await expect(notice).toContainText('Post cancelled.');
  await expect(sitePage.locator('#result')).toHaveText('blocked');
  expect(site.received).toEqual([]);
  const causes = harness.store.activity.query({ kinds: ['post.cancelled'] }).rows.map((r) => (r.details as { cause: string }).cause);
  expect(causes).toEqual(['user-during-cooling-off']);
});

test('when no window can ask, the post is cancelled: the guard fails closed', async () => {
  const pro = harness.identity('Professional');
  siteContext = await harness.browser.newContext();
  await siteContext.route('**/*', async (route) => {
    const r = route.request();
    const decision = await harness.services.guard.check({ identityId: pro.id, method: r.method(), url: r.url(), headers: {}, ...(r.postData() ? { body: r.postData()! } : {}) });
    if (decision.allow) await route.continue();
    else await route.abort('blockedbyclient');
  });
  sitePage = await siteContext.newPage();
  await sitePage.goto(site.url);
  await sitePage.getByLabel("What's on your mind?").fill('Posted from a window Hatstand cannot reach');
  await sitePage.getByRole('button', { name: 'Publish!' }).click();
  await expect(sitePage.locator('#result')).toHaveText('blocked');
  expect(site.received).toEqual([]);
  expect(harness.notices.map((n) => n.code)).toContain('post-cancelled');
});

test("a background script's post nobody asked for is refused, and the chrome names the script's site", async () => {
  const personal = harness.identity('Personal');
  await harness.openIdentity(personal.id);
  const chrome = harness.page(personal.id);
  await expect(chrome.getByRole('banner', { name: 'Personal identity' })).toBeVisible();
  // A worker's request has no page (Electron gives it no webContentsId): it is vouched for only by a click in a page of
  // its own site, and one with no site at all (a data: worker) never is.
  const post = (origin: string | undefined, i: number) =>
    harness.services.guard.check({
      identityId: personal.id,
      method: 'POST',
      url: 'https://x.com/i/api/graphql/q/CreateTweet',
      body: JSON.stringify({ variables: { tweet_text: `queued from a worker ${i}` } }),
      fromWorker: true,
      ...(origin ? { initiator: { origin } } : {}),
    });
  expect((await post('https://deck.example', 1)).allow).toBe(false);
  expect((await post(undefined, 2)).allow).toBe(false);
  const notices = chrome.locator('.notice-card');
  await expect(notices.filter({ hasText: 'background script of deck.example' })).toHaveCount(1);
  await expect(notices.filter({ hasText: 'unknown site' })).toHaveCount(1);
  await chrome.screenshot({ path: join(ARTIFACTS, 'guard-notices-background-scripts.png') });
  expect(harness.prompts).toHaveLength(0);
});

test("the sheet of a background script's post the person refused and sends again says so, and when", async () => {
  const pro = harness.identity('Professional');
  await harness.openIdentity(pro.id);
  const chrome = harness.page(pro.id);
  await expect(chrome.getByRole('banner', { name: 'Professional identity' })).toBeVisible();
  // The page's fetch, sent by its service worker, right after the person's click in x.com.
  const fromWorker = () =>
    harness.services.guard.check({
      identityId: pro.id,
      method: 'POST',
      url: 'https://x.com/i/api/graphql/q/CreateTweet',
      body: JSON.stringify({ variables: { tweet_text: 'Thinking of leaving, more soon' } }),
      fromWorker: true,
      initiator: { origin: 'https://x.com', lastGestureAt: Date.now() },
    });
  const sheet = chrome.getByRole('alertdialog', { name: 'Post as Professional?' });
  const first = fromWorker();
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('.guard-refused-before')).toHaveCount(0);
  await sheet.getByRole('button', { name: 'Cancel' }).click();
  expect((await first).allow).toBe(false);
  const again = fromWorker();
  await expect(sheet).toBeVisible();
  const note = 'A background script of x.com is sending again the post you cancelled a moment ago. If you cancel again, Hatstand will refuse it without asking.';
  await expect(sheet.locator('.guard-refused-before')).toHaveText(note);
  // Read with the sheet's name when it opens: the dialog's description (gl1 review M5).
  await expect(sheet).toHaveAccessibleDescription(note);
  await chrome.screenshot({ path: join(ARTIFACTS, 'guard-sheet-refused-before.png') });
  await sheet.getByRole('button', { name: 'Cancel' }).click();
  expect((await again).allow).toBe(false);
  // Cancelled again: refused without a sheet, after a click all the same, and told (gl1 review D2).
  expect(await fromWorker()).toMatchObject({ allow: false, cause: 'replay-refused' });
  await expect(chrome.locator('.notice-card').filter({ hasText: 'you had cancelled twice' })).toHaveCount(1);
  await expect(sheet).toHaveCount(0);
});

test('requests the guard could not read, and posts it refused, are told in the chrome once per burst', async () => {
  const personal = harness.identity('Personal');
  await harness.openIdentity(personal.id);
  const chrome = harness.page(personal.id);
  // The chrome hears notices once its page has rendered and subscribed.
  await expect(chrome.getByRole('banner', { name: 'Personal identity' })).toBeVisible();
  const big = new URLSearchParams({ body: 'A very long forum post. '.repeat(15_000) }).toString();
  for (let i = 0; i < 3; i++) {
    await harness.services.guard.check({ identityId: personal.id, method: 'POST', url: 'https://forum.example.org/api/posts', headers: { referer: 'https://forum.example.org/t/7' }, body: big });
  }
  for (let i = 0; i < 2; i++) {
    await harness.services.guard.check({
      identityId: personal.id,
      method: 'POST',
      url: 'https://x.com/i/api/graphql/q/CreateTweet',
      body: JSON.stringify({ variables: { tweet_text: `free crypto ${i}` } }),
      initiator: { origin: 'https://spam.example' },
    });
  }
  const notices = chrome.locator('.notice-card');
  await expect(notices.filter({ hasText: 'forum.example.org' })).toHaveCount(1);
  await expect(notices.filter({ hasText: 'forum.example.org' })).toContainText('3 requests');
  await expect(notices.filter({ hasText: 'spam.example' })).toHaveCount(1);
  await expect(notices.filter({ hasText: 'spam.example' })).toContainText('2 times');
  await chrome.screenshot({ path: join(ARTIFACTS, 'guard-notices-not-held-and-refused.png') });
  const kinds = harness.store.activity.query({ identityIds: [personal.id], limit: 50 }).rows.map((r) => r.kind);
  expect(kinds.filter((k) => k === 'post.not-held')).toHaveLength(3);
  expect(kinds.filter((k) => k === 'post.refused')).toHaveLength(2);
  expect(harness.prompts).toHaveLength(0);
});

/** Personal's chrome, loaded; then main hears it start a new document, and a page refused meanwhile is told to a page that is going. */
async function refusedWhileChromeAway() {
  const personal = harness.identity('Personal');
  await harness.openIdentity(personal.id);
  const chrome = harness.page(personal.id);
  await expect(chrome.getByRole('banner', { name: 'Personal identity' })).toBeVisible();
  harness.chromeAway(personal.id);
  await harness.services.guard.check({
    identityId: personal.id,
    method: 'POST',
    url: 'https://x.com/i/api/graphql/q/CreateTweet',
    body: JSON.stringify({ variables: { tweet_text: 'free crypto' } }),
    initiator: { origin: 'https://spam.example' },
  });
  return chrome;
}

test('a refusal told while the chrome was reloading is shown once it has loaded, once', async () => {
  const chrome = await refusedWhileChromeAway();
  await chrome.reload();
  const refused = chrome.locator('.notice-card').filter({ hasText: 'spam.example' });
  await expect(refused).toHaveCount(1);
  await expect(refused).toContainText('refused it without asking');
  await chrome.screenshot({ path: join(ARTIFACTS, 'guard-notice-missed-while-reloading.png') });
  // Told once: the next context (another reload) does not bring it back.
  await chrome.reload();
  await expect(chrome.getByRole('banner', { name: 'Personal identity' })).toBeVisible();
  await expect(chrome.locator('.notice-card').filter({ hasText: 'spam.example' })).toHaveCount(0);
});

test('a chrome whose first read failed says so with Try again, and the retry still brings what it missed', async () => {
  const chrome = await refusedWhileChromeAway();
  harness.contextFails = 1;
  await chrome.reload();
  await expect(chrome.getByText('This identity did not open')).toBeVisible();
  await expect(chrome.getByRole('alert')).toHaveText('The local database is busy; try again in a moment.');
  // No site under a band that cannot say whose window it is.
  await expect(chrome.locator(`[${STAND_IN_ATTRIBUTE}]`)).toBeHidden();
  await chrome.screenshot({ path: join(ARTIFACTS, 'identity-did-not-open.png') });
  await chrome.getByRole('button', { name: 'Try again' }).click();
  await expect(chrome.getByRole('banner', { name: 'Personal identity' })).toBeVisible();
  await expect(chrome.locator('.notice-card').filter({ hasText: 'spam.example' })).toHaveCount(1);
  await expect(chrome.locator(`[${STAND_IN_ATTRIBUTE}]`)).toBeVisible();
});

/** A post of Professional's to the fake site, handed to the guard as the session hook hands it; `signal` is the page's. */
function holdPost(identityId: string, status: string, signal?: Abort) {
  return harness.services.guard.check({
    identityId,
    method: 'POST',
    url: new URL('/api/v1/statuses', site.url).href,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ status, visibility: 'public' }),
    ...(signal ? { signal } : {}),
  });
}

test('a post the page gives up while its sheet is up takes the sheet away, and the window is usable again', async () => {
  const pro = harness.identity('Professional');
  await harness.openIdentity(pro.id);
  const chrome = harness.page(pro.id);
  const page = new Abort();
  const decision = holdPost(pro.id, 'Draft thoughts on the reorg.', page);
  const sheet = chrome.getByRole('alertdialog', { name: 'Post as Professional?' });
  await expect(sheet).toBeVisible();
  page.abort(); // the page navigated away
  await expect(sheet).toHaveCount(0);
  expect((await decision).allow).toBe(false);
  await expect(chrome.getByText(/was not sent: the page gave it up/)).toBeVisible();
  await chrome.getByRole('button', { name: 'Compose' }).click();
  await expect(chrome.getByRole('complementary', { name: 'composer' })).toBeVisible();
});

test("two posts waiting: a second click meant for the first sheet's Post does not answer the next one", async () => {
  const pro = harness.identity('Professional');
  await harness.openIdentity(pro.id);
  const chrome = harness.page(pro.id);
  const first = holdPost(pro.id, 'First: the launch is on Monday.');
  const second = holdPost(pro.id, 'Second: something I had not read yet.');
  const sheet = chrome.getByRole('alertdialog', { name: 'Post as Professional?' });
  await expect(sheet).toContainText('First: the launch is on Monday.');
  const post = sheet.getByRole('button', { name: 'Post as Professional' });
  await post.click();
  expect((await first).allow).toBe(true);
  // The next sheet comes up where the last one was; a second click a moment later (a double click's, or an impatient
  // one; `force` clicks where a person would, enabled or not) lands on its Post, which is off for a moment.
  await expect(sheet).toContainText('Second: something I had not read yet.');
  await post.click({ force: true });
  const answered = await Promise.race([second.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 300))]);
  expect(answered).toBe(false);
  await sheet.getByRole('button', { name: 'Cancel' }).click();
  expect((await second).allow).toBe(false);
});

test('a site refused the clipboard because it holds text copied in the other identity is told so in its window', async () => {
  const personal = harness.identity('Personal');
  await harness.openIdentity(personal.id);
  const chrome = harness.page(personal.id);
  await expect(chrome.getByRole('banner', { name: 'Personal identity' })).toBeVisible();
  const message = clipboardWithheldMessage('https://notes.example/today', 'Professional');
  await harness.emitTo(personal.id, 'guard:notice', { level: 'info', code: 'clipboard-withheld', identityId: personal.id, message });
  const notice = chrome.locator('.notice-card').filter({ hasText: 'notes.example' });
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText("was not given the clipboard, because the clipboard holds what you copied in Professional's window.");
  await chrome.screenshot({ path: join(ARTIFACTS, 'clipboard-withheld-notice.png') });
});
