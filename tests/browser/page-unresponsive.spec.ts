import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { ARTIFACTS, type Harness, harnessForEachTest } from '../support/harness';
import { chromeUnderSiteView, standInBounds } from '../support/site-view-stacking';
import { pageNotRespondingMessage } from '../../shared/domain/page-unresponsive';

/**
 * A site page that stopped answering (identity-window.ts, 'unresponsive'): the notice band says so with Wait and
 * Reload, and the site view stays shown below it (hidden, Chromium would stop watching it). Main's side is
 * tests/node/glue/unresponsive-pages.test.ts.
 */
let harness: Harness;
harnessForEachTest((h) => (harness = h));

test('a hung site page: "<site> is not responding." in the band above the site, Reload asks main to reload it', async () => {
  const pro = harness.identity('Professional');
  await harness.openIdentity(pro.id);
  const page = harness.page(pro.id);
  const message = pageNotRespondingMessage('https://www.linkedin.com/feed/');
  await harness.emitTo(pro.id, 'chrome:unresponsive', { identityId: pro.id, message, unresponsive: true });
  const notices = page.getByRole('region', { name: 'Notices' });
  const notice = notices.getByRole('alert').filter({ hasText: 'www.linkedin.com is not responding.' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('button', { name: 'Wait' })).toBeVisible();
  await harness.settled();
  expect(await standInBounds(page), 'the site view stays shown, below the band').not.toBeNull();
  await expect.poll(() => chromeUnderSiteView(page), { timeout: 5_000 }).toEqual([]);
  await page.screenshot({ path: join(ARTIFACTS, 'page-unresponsive.png') });

  await notice.getByRole('button', { name: 'Reload' }).click();
  await expect.poll(() => harness.navigations.at(-1)).toEqual({ identityId: pro.id, action: 'reload' });
  await expect(notice).toHaveCount(0);
});

test('Wait puts the notice away; the page answering again takes it away too', async () => {
  const pro = harness.identity('Professional');
  await harness.openIdentity(pro.id);
  const page = harness.page(pro.id);
  const message = pageNotRespondingMessage('https://www.linkedin.com/feed/');
  const notice = page.getByRole('region', { name: 'Notices' }).getByRole('alert').filter({ hasText: 'www.linkedin.com is not responding.' });

  await harness.emitTo(pro.id, 'chrome:unresponsive', { identityId: pro.id, message, unresponsive: true });
  await notice.getByRole('button', { name: 'Wait' }).click();
  await expect(notice).toHaveCount(0);

  await harness.emitTo(pro.id, 'chrome:unresponsive', { identityId: pro.id, message, unresponsive: true });
  await expect(notice).toBeVisible();
  await harness.emitTo(pro.id, 'chrome:unresponsive', { identityId: pro.id, message: '', unresponsive: false });
  await expect(notice).toHaveCount(0);
});
