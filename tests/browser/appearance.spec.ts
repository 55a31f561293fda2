import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { ARTIFACTS, type Harness, harnessForEachTest } from '../support/harness';
import { colourOf, contrast, luminance } from '../support/contrast';

/**
 * The system's dark appearance: Chromium's prefers-color-scheme follows Electron's nativeTheme, so the chrome's pages
 * turn dark with the system. What must hold there is what holds in light: words readable on what they sit on (WCAG AA,
 * 4.5:1 for text, 3:1 for a warning's underline), and the identity's own colour unchanged, since it is what tells
 * the windows apart.
 */
let harness: Harness;
harnessForEachTest((h) => (harness = h));

const ATTACK = 'Watching the debate tonight. Senator Vale has the strategic depth of a puddle and damn, it shows.';

test('in the dark appearance the composer, its warnings and the band stay readable, in the identity\'s own colour', async () => {
  const pro = harness.identity('Professional');
  await harness.openIdentity(pro.id);
  const page = harness.page(pro.id);
  const bandLight = await colourOf(page.locator('.identity-window'), 'backgroundColor');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('button', { name: 'Compose' }).click();
  const panel = page.getByRole('complementary', { name: 'composer' });
  await panel.getByRole('textbox').pressSequentially(ATTACK, { delay: 2 });
  const attack = panel.locator('.editor-mirror mark.underline[data-family="named-attack"]');
  await expect(attack).toHaveText('Senator Vale has the strategic depth of a puddle');

  // The identity's colour is the same in both schemes.
  expect(await colourOf(page.locator('.identity-window'), 'backgroundColor')).toEqual(bandLight);

  const panelBg = await colourOf(page.locator('.panel'), 'backgroundColor');
  expect(luminance(panelBg)).toBeLessThan(0.05);
  const editor = panel.getByRole('textbox');
  const field = await colourOf(panel.locator('.editor'), 'backgroundColor');
  expect(contrast(await colourOf(editor, 'color'), field)).toBeGreaterThanOrEqual(4.5);
  expect(contrast(await colourOf(attack, 'textDecorationColor'), field)).toBeGreaterThanOrEqual(3);
  expect(contrast(await colourOf(panel.locator('.composer-meta'), 'color'), panelBg)).toBeGreaterThanOrEqual(4.5);
  const item = panel.getByRole('list', { name: 'Warnings' }).getByRole('listitem').filter({ hasText: 'Attacks on named people' });
  await expect(item).toBeVisible();
  const itemBg = await colourOf(item, 'backgroundColor');
  expect(luminance(itemBg)).toBeLessThan(0.05);
  expect(contrast(await colourOf(item, 'color'), itemBg)).toBeGreaterThanOrEqual(4.5);
  expect(contrast(await colourOf(item.locator('.family-label'), 'color'), itemBg)).toBeGreaterThanOrEqual(4.5);
  await page.screenshot({ path: join(ARTIFACTS, 'composer-dark.png') });

  // Back in light, the panel is white again: the scheme is followed live, as nativeTheme's 'updated' makes Chromium do.
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await colourOf(page.locator('.panel'), 'backgroundColor')).toEqual([255, 255, 255]);
});

test('the launcher and the activity log follow the dark appearance, with readable words', async () => {
  const launcher = await harness.launcher();
  await launcher.emulateMedia({ colorScheme: 'dark' });
  const body = await colourOf(launcher.locator('html'), 'backgroundColor');
  expect(luminance(body)).toBeLessThan(0.05);
  expect(contrast(await colourOf(launcher.locator('.launcher-header p'), 'color'), body)).toBeGreaterThanOrEqual(4.5);
  await launcher.screenshot({ path: join(ARTIFACTS, 'launcher-dark.png') });

  const pro = harness.identity('Professional');
  const now = Date.now();
  harness.store.activity.appendMany([
    { at: now - 60_000, identityId: pro.id, kind: 'post.sent', site: 'linkedin.com', summary: 'Posted the quarterly update' },
    { at: now, identityId: pro.id, kind: 'site.opened', site: 'linkedin.com', summary: 'Opened LinkedIn' },
  ]);
  await harness.openLog();
  const log = harness.page('log');
  await log.emulateMedia({ colorScheme: 'dark' });
  await log.locator('.log-row').first().click();
  const list = await colourOf(log.locator('.log-list'), 'backgroundColor');
  expect(luminance(list)).toBeLessThan(0.05);
  const row = log.locator('.log-row').first();
  await expect(row).toBeVisible();
  expect(contrast(await colourOf(row, 'color'), list)).toBeGreaterThanOrEqual(4.5);
  expect(contrast(await colourOf(row.locator('.log-time'), 'color'), list)).toBeGreaterThanOrEqual(4.5);
  await log.screenshot({ path: join(ARTIFACTS, 'log-dark.png') });
});

test('the launcher\u2019s Appearance choice turns every window dark or light, whatever the system\u2019s is', async () => {
  const launcher = await harness.launcher();
  const choice = launcher.getByLabel('Appearance');
  await expect(choice).toHaveValue('system');
  await expect(choice).toBeEnabled();
  expect(luminance(await colourOf(launcher.locator('html'), 'backgroundColor'))).toBeGreaterThan(0.8);

  await choice.selectOption({ label: 'Dark' });
  await expect.poll(async () => luminance(await colourOf(launcher.locator('html'), 'backgroundColor'))).toBeLessThan(0.05);
  const pro = harness.identity('Professional');
  await harness.openIdentity(pro.id);
  const page = harness.page(pro.id);
  await page.getByRole('button', { name: 'Compose' }).click();
  expect(luminance(await colourOf(page.locator('.panel'), 'backgroundColor'))).toBeLessThan(0.05);
  expect(harness.store.activity.query({ kinds: ['settings.changed'] }).rows.map((r) => r.summary)).toEqual(['Hatstand is always dark']);
  await launcher.bringToFront();
  await launcher.screenshot({ path: join(ARTIFACTS, 'launcher-appearance-dark.png') });

  // The choice is main's: a launcher opened again shows it.
  await harness.closePage('launcher');
  const again = await harness.launcher();
  await expect(again.getByLabel('Appearance')).toHaveValue('dark');
  await again.getByLabel('Appearance').selectOption({ label: 'Like the system' });
  await expect.poll(async () => luminance(await colourOf(again.locator('html'), 'backgroundColor'))).toBeGreaterThan(0.8);
  expect(luminance(await colourOf(page.locator('.panel'), 'backgroundColor'))).toBeGreaterThan(0.8);
});

