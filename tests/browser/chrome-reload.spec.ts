import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { ARTIFACTS, type Harness, harnessForEachTest } from '../support/harness';

/**
 * Issue 8, item 7: a `guard:prompt` pushed to a chrome page is lost when the
 * page reloads (or subscribes late); the chrome reads the posts still waiting,
 * and its side panel, from chrome:context when it loads.
 */
let harness: Harness;
harnessForEachTest((h) => (harness = h));

const TWEET = (text: string) => ({
  method: 'POST',
  url: 'https://x.com/i/api/graphql/q1/CreateTweet',
  body: JSON.stringify({ variables: { tweet_text: text } }),
});

test('a reloaded chrome shows the post still waiting, and the panel it had', async () => {
  const identity = harness.identity('Professional');
  await harness.openIdentity(identity.id);
  const chrome = harness.page(identity.id);
  await chrome.getByRole('button', { name: 'Compose' }).click();
  await expect(chrome.getByRole('button', { name: 'Compose' })).toHaveAttribute('aria-pressed', 'true');

  const decision = harness.services.guard.check({ identityId: identity.id, ...TWEET('Quarterly results are out') });
  const sheet = chrome.getByRole('alertdialog', { name: 'Post as Professional?' });
  await expect(sheet).toBeVisible();

  await chrome.reload();
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Quarterly results are out');
  await expect(chrome.getByRole('button', { name: 'Compose' })).toHaveAttribute('aria-pressed', 'true');
  await chrome.screenshot({ path: join(ARTIFACTS, 'chrome-reload-keeps-prompt.png') });

  await sheet.getByRole('button', { name: 'Post as Professional' }).click();
  await expect(decision).resolves.toMatchObject({ allow: true });
  await expect(sheet).toBeHidden();
});

test('a sheet goes away when the guard gives up on its post', async () => {
  const identity = harness.identity('Professional');
  await harness.openIdentity(identity.id);
  const chrome = harness.page(identity.id);
  const decision = harness.services.guard.check({ identityId: identity.id, ...TWEET('Anyone there?') });
  const sheet = chrome.getByRole('alertdialog', { name: 'Post as Professional?' });
  await expect(sheet).toBeVisible();
  void harness.services.guard.dispose(); // Hatstand closing: every held post is cancelled
  await expect(decision).resolves.toMatchObject({ allow: false, cause: 'shutdown' });
  await expect(sheet).toBeHidden();
  expect(harness.services.broker.pending(identity.id)).toEqual([]);
});

test('a sign-in popup of the identity shows no question of its main window, which keeps asking', async () => {
  const identity = harness.identity('Professional');
  await harness.openIdentity(identity.id);
  const chrome = harness.page(identity.id);
  const decision = harness.services.guard.check({ identityId: identity.id, ...TWEET('Asked in the main window') });
  await expect(chrome.getByRole('alertdialog', { name: 'Post as Professional?' })).toBeVisible();
  // The popup reads the same chrome:context: its waiting posts are not its questions (a sheet there is drawn under
  // the sign-in page and its answers are refused).
  const popup = await harness.openPage('popup', { view: 'popup', identityId: identity.id }, { window: 'popup', identityId: identity.id, chromeContentsId: 1 }, { width: 483, height: 600 });
  await expect(popup.getByRole('banner', { name: 'Professional identity' })).toContainText('Sign-in window for');
  await expect(popup.getByRole('alertdialog')).toHaveCount(0);
  await chrome.getByRole('alertdialog', { name: 'Post as Professional?' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(decision).resolves.toMatchObject({ allow: false });
});

test('a sign-in popup whose chrome (re)loads names its own page, not the main window’s', async () => {
  const identity = harness.identity('Professional');
  await harness.openIdentity(identity.id);
  harness.showSite(identity.id, identity.sites[0]!.id);
  const url = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=1';
  harness.popupSiteState(7, { identityId: identity.id, siteId: 'popup', url, title: 'Sign in to your account', canGoBack: false, canGoForward: false, loading: false });
  const popup = await harness.openPage('popup', { view: 'popup', identityId: identity.id }, { window: 'popup', identityId: identity.id, chromeContentsId: 7 }, { width: 483, height: 600 });
  const band = popup.getByRole('banner', { name: 'Professional identity' });
  await expect(band).toContainText('login.microsoftonline.com');
  await expect(band).not.toContainText(new URL(identity.sites[0]!.homeUrl).host);
});

test('a sign-in popup whose page failed at the proxy before its chrome listened says so, and tries its own page again', async () => {
  const identity = harness.identity('Professional');
  await harness.openIdentity(identity.id);
  const url = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=1';
  const message = "Professional's proxy at 127.0.0.1:9 does not answer: nothing was sent.";
  harness.popupFailure(9, { identityId: identity.id, message, url, active: true });
  const popup = await harness.openPage('popup', { view: 'popup', identityId: identity.id }, { window: 'popup', identityId: identity.id, chromeContentsId: 9 }, { width: 483, height: 600 });
  const sheet = popup.getByRole('alert', { name: "Professional's connection" });
  await expect(sheet).toContainText('does not answer');
  await popup.screenshot({ path: join(ARTIFACTS, 'popup-proxy-failure.png') });
  await sheet.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => harness.navigations.at(-1)).toEqual({ identityId: identity.id, action: 'reload', popupChrome: 9 });
  // The identity window's own chrome was never told a failure of the popup's page.
  await expect(harness.page(identity.id).getByRole('alert', { name: "Professional's connection" })).toHaveCount(0);
});

test('a proxy failure main sends while the chrome is still reading its context is shown, not lost', async () => {
  const identity = harness.identity('Professional');
  // Main records the failure (and keeps the site aside) just after it answered the chrome's first read: the event it
  // sends reaches a page that has not drawn its network sheet yet.
  const handlers = harness.services.handlers as unknown as Record<string, (...args: unknown[]) => unknown>;
  const context = handlers['chrome:context']!;
  let first = true;
  handlers['chrome:context'] = async (...args: unknown[]) => {
    const value = await context(...args);
    if (first) {
      first = false;
      void harness.networkFailure(identity.id, { message: "Professional's proxy at 127.0.0.1:9 does not answer: nothing was sent.", url: 'https://www.linkedin.com/feed/', active: true });
    }
    return value;
  };
  await harness.openIdentity(identity.id);
  const chrome = harness.page(identity.id);
  await expect(chrome.getByRole('alert', { name: "Professional's connection" })).toContainText('does not answer');
  handlers['chrome:context'] = context;
});
