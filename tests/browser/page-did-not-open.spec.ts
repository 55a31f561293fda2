import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { ARTIFACTS, type Harness, harnessForEachTest } from '../support/harness';
import { pageFailureMessage } from '../../shared/domain/net-errors';

/**
 * A site's page that did not open for a reason that is not the proxy's: Electron shows an empty page, so the chrome
 * says why where the site is (identity-window.ts, followPageFailure), without sending the person to the proxy.
 */
let harness: Harness;
harnessForEachTest((h) => (harness = h));

test('a page whose certificate has expired says so where the site is, with Try again, and nothing about a proxy', async () => {
  const pro = harness.identity('Professional');
  await harness.openIdentity(pro.id);
  const page = harness.page(pro.id);
  const url = 'https://www.linkedin.com/feed/';
  await harness.networkFailure(pro.id, { message: pageFailureMessage(url, 'ERR_CERT_DATE_INVALID'), url, active: true, scope: 'page' });
  const alert = page.getByRole('alert', { name: 'The page did not open' });
  await expect(alert).toContainText("www.linkedin.com did not open: the site's certificate has expired or is not valid yet.");
  await expect(alert).not.toContainText(/proxy/i);
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'page-did-not-open.png') });

  // Loaded again: the site comes back, the message goes.
  await harness.networkFailure(pro.id, { message: '', url, active: false });
  await expect(alert).toHaveCount(0);
});
