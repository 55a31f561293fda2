import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import type { GuardNotice } from '../../shared/ipc/contract';
import { ARTIFACTS, Harness } from '../support/harness';
import { STAND_IN_ATTRIBUTE, chromeUnderSiteView, standInBounds } from '../support/site-view-stacking';
import { mastodonPost } from '../support/post-requests';

/**
 * In Electron the site is a native view painted above the chrome page
 * (electron#26532): anything of ours under it can be neither seen nor
 * clicked. The harness stands an opaque element in for it at the bounds main
 * gives it (tests/support/site-view-stacking.ts). These tests walk every state
 * of an identity window's chrome and check that nothing a person must see or
 * click is under the site view.
 */
let harness: Harness;
test.beforeEach(async ({ browser }) => {
  harness = await Harness.start(browser);
});
test.afterEach(async () => {
  expect(harness.unexpected, 'no handler failed unexpectedly').toEqual([]);
  await harness.close();
});

/** Waits for main's layout to follow the chrome, then checks the stacking rule and keeps a screenshot. */
async function expectNothingUnderSite(page: Page, state: string): Promise<void> {
  await harness.settled();
  await expect
    .poll(() => chromeUnderSiteView(page), { message: `${state}: chrome controls and notices must not be under the site view`, timeout: 5_000 })
    .toEqual([]);
  await page.screenshot({ path: join(ARTIFACTS, `stacking-${state}.png`) });
}

const blueskyPost = (identityId: string, repo: string, text: string) => ({
  identityId,
  method: 'POST',
  url: 'https://bsky.social/xrpc/com.atproto.repo.createRecord',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ repo, collection: 'app.bsky.feed.post', record: { $type: 'app.bsky.feed.post', text, createdAt: '2026-08-01T10:00:00Z' } }),
});

test('the harness models native stacking: a click on chrome under the site view fails, as in Electron', async () => {
  const pro = harness.identity('Professional');
  await harness.openIdentity(pro.id);
  const page = harness.page(pro.id);
  const view = await standInBounds(page);
  expect(view, 'main shows the first site as soon as the window opens').not.toBeNull();
  // A control of ours placed in the middle of the site's area.
  await page.evaluate(({ x, y }) => {
    const button = document.createElement('button');
    button.textContent = 'Under the site';
    button.style.cssText = `position:fixed;left:${x}px;top:${y}px;z-index:10000`;
    document.body.appendChild(button);
  }, { x: view!.x + view!.width / 2, y: view!.y + view!.height / 2 });
  const error = await page
    .getByRole('button', { name: 'Under the site' })
    .click({ timeout: 1_500 })
    .then(() => null, (e: Error) => e.message);
  expect(error).toMatch(/intercepts pointer events/);
  expect(error).toContain(STAND_IN_ATTRIBUTE);
  expect(await chromeUnderSiteView(page)).toEqual([expect.objectContaining({ element: expect.stringContaining('Under the site') })]);
  // The title band and the sidebar stay reachable.
  await page.getByRole('button', { name: 'Compose' }).click({ timeout: 2_000 });
  await expect(page.getByRole('complementary', { name: 'composer' })).toBeVisible();
});

test('no chrome control, sheet, notice or error is ever under the site view', async () => {
  const pro = harness.identity('Professional');
  const personal = harness.identity('Personal');
  harness.store.identities.updateSite(personal.sites[0]!.id, { handle: '@ada_at_home' });
  harness.services.warnings.invalidate();
  await harness.openIdentity(pro.id);
  const page = harness.page(pro.id);
  await expect(page.getByRole('banner', { name: 'Professional identity' })).toBeVisible();
  await expectNothingUnderSite(page, 'window');

  // ---- panels
  await page.getByRole('button', { name: 'Compose' }).click();
  const composer = page.getByRole('complementary', { name: 'composer' });
  await composer.getByLabel('Draft for Professional').fill('Weekend with @ada_at_home and the kids, then the board meeting.');
  await expect(composer.getByRole('list', { name: 'Warnings' })).toBeVisible();
  await expectNothingUnderSite(page, 'composer');
  await composer.getByRole('button', { name: 'History' }).click();
  await expect(composer.getByLabel('Draft history')).toBeVisible();
  await expectNothingUnderSite(page, 'composer-history');
  await composer.getByLabel('Move this draft to').selectOption({ label: `${personal.avatar} Personal` });
  await composer.getByRole('button', { name: 'Move…' }).click();
  const move = page.getByRole('alertdialog', { name: 'Move draft?' });
  await expect(move).toBeVisible();
  await expectNothingUnderSite(page, 'move-draft-sheet');
  await move.getByRole('button', { name: 'Keep in Professional' }).click();
  await expect(move).toBeHidden();
  await page.getByRole('button', { name: 'Drafts' }).click();
  await expect(page.getByRole('complementary', { name: 'drafts' })).toBeVisible();
  await expectNothingUnderSite(page, 'drafts');
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('complementary', { name: 'settings' })).toBeVisible();
  await expectNothingUnderSite(page, 'settings');
  await page.getByRole('button', { name: 'Close panel' }).click();

  // ---- the confirmation sheet: main hides the site view while it is up
  const first = harness.services.guard.check(blueskyPost(pro.id, 'did:plc:work', 'Our paper is out today.'));
  const sheet = page.getByRole('alertdialog', { name: 'Post as Professional?' });
  await expect(sheet).toBeVisible();
  await harness.settled();
  expect(await standInBounds(page), 'the site view is hidden while the sheet is up').toBeNull();
  await page.screenshot({ path: join(ARTIFACTS, 'stacking-guard-sheet.png') });
  await sheet.getByRole('button', { name: 'Post as Professional' }).click();
  expect((await first).allow).toBe(true);
  await harness.settled();
  expect(await standInBounds(page), 'the site comes back once nothing waits for an answer').not.toBeNull();

  const notices = page.getByRole('region', { name: 'Notices' });
  // ---- a link to another identity's site: its question is drawn only while main hides the site view
  expect(harness.services.links.take(pro.id, 'https://mastodon.social/@ada', 'site', () => {})).toBe(true);
  const question = page.getByRole('alertdialog', { name: 'Open mastodon.social as Personal, or here as Professional?' });
  await expect(question).toBeVisible();
  await harness.settled();
  expect(await standInBounds(page), 'the site view is hidden while the link question is up').toBeNull();
  await expectNothingUnderSite(page, 'link-question');
  await question.getByRole('button', { name: 'Cancel' }).click({ timeout: 5_000 });
  await expect(question).toBeHidden();
  await harness.settled();
  expect(await standInBounds(page), 'the site comes back once the question is answered').not.toBeNull();

  // ---- a proxy failure: drawn where the site is, only while main hides the site view; Try again is reachable
  await harness.networkFailure(pro.id, {
    message: "Professional's proxy at 127.0.0.1:8080 does not answer: nothing was sent.",
    url: 'https://www.linkedin.com/feed/',
    active: true,
  });
  const failure = page.getByRole('alert', { name: "Professional's connection" });
  await expect(failure).toBeVisible();
  expect(await standInBounds(page), 'the site view is hidden while the failure is up').toBeNull();
  await expectNothingUnderSite(page, 'network-failure');
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('complementary', { name: 'settings' })).toBeVisible();
  await expectNothingUnderSite(page, 'network-failure-with-panel');
  await failure.getByRole('button', { name: 'Try again' }).click({ timeout: 5_000 });
  await page.getByRole('button', { name: 'Close panel' }).click();
  await harness.networkFailure(pro.id, { message: '', url: 'https://www.linkedin.com/feed/', active: false });
  await expect(failure).toBeHidden();
  expect(await standInBounds(page), 'the site comes back once a page loaded again').not.toBeNull();
  await expectNothingUnderSite(page, 'network-recovered');

  // ---- notice: a request of the page (the site stays) failed at the proxy; Reload page is reachable
  await harness.networkRequestFailed(pro.id, {
    message: "Professional's proxy at 127.0.0.1:8080 does not answer: nothing was sent.",
    url: 'https://www.linkedin.com/voyager/api/feed',
  });
  const proxyNotice = notices.getByRole('alert').filter({ hasText: "Professional's proxy at 127.0.0.1:8080 does not answer" });
  await expect(proxyNotice).toBeVisible();
  expect(await standInBounds(page), 'the site stays while a request failed').not.toBeNull();
  await expectNothingUnderSite(page, 'notice-proxy-request');
  await proxyNotice.getByRole('button', { name: 'Reload page' }).click({ timeout: 5_000 });
  await proxyNotice.getByRole('button', { name: 'Dismiss' }).click({ timeout: 5_000 });
  await expect(proxyNotice).toBeHidden();

  // ---- notice: account mismatch (a different Bluesky account than the one Professional used before)
  const second = harness.services.guard.check(blueskyPost(pro.id, 'did:plc:home', 'Posting from the wrong account?'));
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Cancel' }).click();
  expect((await second).allow).toBe(false);
  const mismatch = notices.getByText("Professional is signed in to bsky.app as did:plc:home, not did:plc:work as before: it may be another identity's account, so check who is signed in there before you post.");
  await expect(mismatch).toBeVisible();
  await expectNothingUnderSite(page, 'notice-account-mismatch');

  // ---- notice: a request the guard could not hold
  harness.services.guard.reportNotHeld(pro.id, 'https://x.com/i/api/graphql/abc/CreateTweet', 'the request body was not available');
  await expect(notices.getByText('Hatstand could not hold a request to x.com for checking')).toBeVisible();
  await expectNothingUnderSite(page, 'notice-not-held');

  // ---- notice: a post cancelled because the chrome could not answer in time (the guard's own sentence)
  const cancelled: GuardNotice = {
    level: 'error',
    code: 'post-cancelled',
    identityId: pro.id,
    requestId: 'post-timeout-1',
    message: "Professional's post on mastodon.social was not sent: no answer came from the confirmation sheet in time. Post it again when you are ready.",
  };
  await harness.emitTo(pro.id, 'guard:notice', cancelled);
  await expect(notices.getByText(cancelled.message)).toBeVisible();
  await expectNothingUnderSite(page, 'notice-post-cancelled');

  // ---- notice: cooling-off after "Post", with its Cancel post button
  await page.evaluate((id) => window.hatstand.guard.setPolicy({ identityId: id, confirm: 'always', coolingOffSeconds: 60 }), pro.id);
  const third = harness.services.guard.check(mastodonPost(pro.id, 'A thought I may regret.'));
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Post as Professional' }).click();
  const cancelPost = page.getByRole('button', { name: 'Cancel post' });
  await expect(cancelPost).toBeVisible();
  await expectNothingUnderSite(page, 'notice-cooling-off');
  // The one that matters most: it can really be clicked.
  await cancelPost.click({ timeout: 5_000 });
  expect((await third).allow).toBe(false);
  await expect(notices.getByText('Post cancelled.')).toBeVisible();
  await expectNothingUnderSite(page, 'notice-cooling-off-cancelled');

  // ---- a Cancel that comes too late (the post already left)
  await harness.emitTo(pro.id, 'guard:notice', {
    level: 'info',
    code: 'cooling-off',
    identityId: pro.id,
    requestId: 'post-gone-1',
    until: Date.now() + 60_000,
    message: 'Your post on mastodon.social goes out in 60 s. Cancel to stop it.',
  } satisfies GuardNotice);
  await page.getByRole('button', { name: 'Cancel post' }).click({ timeout: 5_000 });
  await expect(notices.getByText('Too late: the post already left.')).toBeVisible();
  await expectNothingUnderSite(page, 'notice-too-late');

  // ---- the error toast: a chrome call that fails (a site removed behind the window's back)
  const x = pro.sites.find((s) => s.homeUrl.includes('x.com'))!;
  harness.store.identities.removeSite(x.id);
  await page.getByRole('button', { name: /^X/ }).click();
  await expect(notices.getByText('That site is not part of this identity any more.')).toBeVisible();
  await expectNothingUnderSite(page, 'error-toast');

  // ---- everything at once, with a panel open, in the smallest window main allows (760 x 480)
  await page.getByRole('button', { name: 'Compose' }).click();
  await harness.resize(pro.id, { width: 760, height: 480 });
  await expectNothingUnderSite(page, 'small-window-many-notices');
  // The band scrolls rather than push the site away: the site keeps more than half of its area.
  const view = await standInBounds(page);
  expect(view!.height).toBeGreaterThan((480 - 64 - 26) * 0.5);
});

test('a notice moves the site down; dismissing it gives the site its room back', async () => {
  const pro = harness.identity('Professional');
  await harness.openIdentity(pro.id);
  const page = harness.page(pro.id);
  await harness.settled();
  const before = await standInBounds(page);
  const notices = page.getByRole('region', { name: 'Notices' });
  harness.services.guard.reportNotHeld(pro.id, 'https://x.com/i/api/graphql/abc/CreateTweet', 'the request body was not available');
  await expect(notices.getByText('Hatstand could not hold a request to x.com for checking')).toBeVisible();
  await expect.poll(async () => (await standInBounds(page))!.y).toBeGreaterThan(before!.y);
  await page.getByRole('button', { name: 'Dismiss' }).click({ timeout: 5_000 });
  await expect(notices.getByText('Hatstand could not hold a request to x.com for checking')).toBeHidden();
  await expect.poll(() => standInBounds(page)).toEqual(before);
});

test('a post waiting to leave stays first and cannot be dismissed; the rest can be dismissed at once', async () => {
  const pro = harness.identity('Professional');
  await harness.openIdentity(pro.id);
  const page = harness.page(pro.id);
  const notices = page.getByRole('region', { name: 'Notices' });
  await harness.emitTo(pro.id, 'guard:notice', {
    level: 'info',
    code: 'cooling-off',
    identityId: pro.id,
    requestId: 'post-waiting-1',
    until: Date.now() + 120_000,
    site: 'mastodon.social',
    message: 'Your post on mastodon.social goes out in 120 s. Cancel to stop it.',
  } satisfies GuardNotice);
  for (const host of ['x.com', 'bsky.app', 'www.linkedin.com']) harness.services.guard.reportNotHeld(pro.id, `https://${host}/post`, 'the request body was not available');
  const cards = notices.locator('.notice-card');
  await expect(cards).toHaveCount(4);
  // (In minutes and seconds, and to which site.)
  await expect(cards.first()).toContainText(/Your post to mastodon\.social leaves as Professional in (2 min|1 min \d+ s)\./);
  // (Its badge counts in minutes begun past a minute: "120" did not fit its circle.)
  await expect(cards.first().locator('.notice-icon')).toHaveText('2m');
  await expect(cards.first().getByRole('button', { name: 'Dismiss' })).toHaveCount(0);
  await expectNothingUnderSite(page, 'notice-countdown-first');
  await notices.getByRole('button', { name: 'Dismiss 3 notices' }).click();
  await expect(cards).toHaveCount(1);
  await expect(cards.first().getByRole('button', { name: 'Cancel post' })).toBeVisible();
  await expectNothingUnderSite(page, 'notice-countdown-alone');
});

test('a window whose identity cannot be loaded says so in its title band, where no site view can cover it', async () => {
  const missing = '00000000-0000-4000-8000-000000000000';
  const page = await harness.openPage(missing, { view: 'identity', identityId: missing }, { window: 'identity', identityId: missing });
  const band = page.getByRole('banner', { name: 'Identity' });
  await expect(band).toContainText('This identity did not open');
  const alert = band.getByRole('alert');
  await expect(alert).not.toBeEmpty();
  const box = (await alert.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(64);
  await page.screenshot({ path: join(ARTIFACTS, 'stacking-identity-not-loaded.png') });
});
