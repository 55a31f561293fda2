import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { ARTIFACTS, type Harness, harnessForEachTest } from '../support/harness';

let harness: Harness;
harnessForEachTest((h) => (harness = h));

test('find in page: the bar opens above the site with the keys, counts matches, steps through them and closes with Escape', async () => {
  const pro = harness.identity('Professional');
  await harness.openIdentity(pro.id);
  const page = harness.page(pro.id);
  const siteTop = async () => (await page.locator('[data-hatstand-site-view]').boundingBox())?.y ?? 0;
  const before = await siteTop();
  // The menu's Find in Page (Ctrl/Cmd+F), as main tells the chrome.
  await harness.emitTo(pro.id, 'chrome:openFind', { identityId: pro.id });
  const bar = page.getByRole('search', { name: 'Find in page' });
  const field = bar.getByRole('textbox', { name: 'Find in page' });
  await expect(field).toBeFocused();
  // The site moves down below the bar: nothing of ours is drawn over it.
  await expect.poll(siteTop).toBeGreaterThan(before);

  await field.pressSequentially('quarter');
  await expect.poll(() => harness.finds.at(-1)).toEqual({ identityId: pro.id, text: 'quarter', direction: 'new' });
  await harness.emitTo(pro.id, 'chrome:found', { identityId: pro.id, matches: 3, active: 1 });
  await expect(bar.getByRole('status')).toHaveText('1 of 3');
  await page.screenshot({ path: join(ARTIFACTS, 'find-in-page.png') });
  await field.press('Enter');
  await expect.poll(() => harness.finds.at(-1)).toEqual({ identityId: pro.id, text: 'quarter', direction: 'next' });
  await field.press('Shift+Enter');
  await expect.poll(() => harness.finds.at(-1)).toEqual({ identityId: pro.id, text: 'quarter', direction: 'previous' });
  await harness.emitTo(pro.id, 'chrome:found', { identityId: pro.id, matches: 0, active: 0 });
  await expect(bar.getByRole('status')).toHaveText('No matches');

  // Emptying the field ends the search but keeps the bar and its keys.
  await field.fill('');
  await expect.poll(() => harness.finds.at(-1)).toEqual({ identityId: pro.id, stop: 'cleared' });
  await expect(field).toBeFocused();
  await field.press('Escape');
  await expect(bar).toHaveCount(0);
  expect(harness.finds.at(-1)).toEqual({ identityId: pro.id, stop: 'closed' });
  await expect.poll(siteTop).toBe(before);
});
