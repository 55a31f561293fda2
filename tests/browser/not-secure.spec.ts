import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { ARTIFACTS, Harness } from '../support/harness';

let harness: Harness;
test.beforeEach(async ({ browser }) => {
  harness = await Harness.start(browser);
});
test.afterEach(async () => {
  expect(harness.unexpected, 'no handler failed unexpectedly').toEqual([]);
  await harness.close();
});

/** Issue 12: sites are https only unless the person allows http for a host, and the chrome says when a page is not secure. */
test('an http site needs the person\u2019s permission, and its page is marked "Not secure" in the title band', async () => {
  const personal = harness.identity('Personal');
  await harness.openIdentity(personal.id);
  const page = harness.page(personal.id);
  const band = page.getByRole('banner', { name: 'Personal identity' });
  await expect(band).toBeVisible();
  await expect(band.getByText('Not secure (http)')).toHaveCount(0);

  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Site name').fill('Club');
  await page.getByLabel('Address', { exact: true }).fill('http://club.example/news');
  const allow = page.getByLabel(/Allow http for this host/);
  await expect(allow).toBeVisible();
  await page.getByRole('button', { name: 'Add site' }).click();
  await expect(page.getByText(/http:\/\/club\.example is not secure/)).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'allow-http-setting.png') });
  expect(harness.store.identities.get(personal.id).sites.some((s) => s.label === 'Club')).toBe(false);

  await allow.check();
  await page.getByRole('button', { name: 'Add site' }).click();
  await expect.poll(() => harness.store.identities.get(personal.id).sites.some((s) => s.label === 'Club')).toBe(true);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();

  await page.getByRole('button', { name: 'Club', exact: true }).click();
  const badge = band.getByRole('status');
  await expect(badge).toHaveText('Not secure (http)');
  await expect(band).toContainText('on club.example');
  await page.screenshot({ path: join(ARTIFACTS, 'not-secure-band.png') });
  // In the narrowest window the mark keeps its own room before the buttons (it was cut off with the handle and host).
  await harness.resize(personal.id, { width: 760, height: 600 });
  const mark = await badge.boundingBox();
  const buttons = await band.getByRole('navigation', { name: 'Page' }).boundingBox();
  expect(mark!.width).toBeGreaterThan(90);
  expect(mark!.x + mark!.width).toBeLessThanOrEqual(buttons!.x);
  await page.screenshot({ path: join(ARTIFACTS, 'not-secure-band-narrow.png') });

  // Back on an https site, the mark goes.
  await page.getByRole('button', { name: /Mastodon/ }).click();
  await expect(band.getByText('Not secure (http)')).toHaveCount(0);
});

test('a chrome that reloads still marks the plain http page shown, and can still go back', async () => {
  const personal = harness.identity('Personal');
  await harness.openIdentity(personal.id);
  const page = harness.page(personal.id);
  const band = page.getByRole('banner', { name: 'Personal identity' });
  const mastodon = personal.sites.find((s) => /mastodon/i.test(s.homeUrl))!;
  // The site's page went on to a plain http page of a host the person allowed, after a first page.
  harness.siteState({ identityId: personal.id, siteId: mastodon.id, url: 'http://club.example/news', title: 'Club news', canGoBack: true, canGoForward: false, loading: false });
  await expect(band.getByRole('status')).toHaveText('Not secure (http)');
  await page.reload();
  // Read from main when the chrome loads (events reached only the page the reload replaced).
  await expect(band.getByRole('status')).toHaveText('Not secure (http)');
  await expect(band).toContainText('on club.example');
  await expect(page.getByRole('button', { name: 'Back' })).toBeEnabled();
});
