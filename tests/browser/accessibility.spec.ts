import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { ARTIFACTS, type Harness, harnessForEachTest } from '../support/harness';
import { colourOf, contrast } from '../support/contrast';
import { mastodonPost } from '../support/post-requests';

/**
 * Whose window this is must be clear to a person who uses a screen reader or only a keyboard, as it is to one who sees
 * the colours: every control has a name, the band is a landmark and the window's heading, a sheet is a labelled modal
 * dialog that gives the focus back, live regions speak when something new is there (not on every keystroke or tick),
 * the warnings say their severity in words, movement stops when the system asks for less, and words are readable in
 * the light scheme too (appearance.spec.ts checks the dark one).
 */
let harness: Harness;
harnessForEachTest((h) => (harness = h));

/** The composer's WARNINGS_SAID_AFTER_MS: how long typing pauses before the warnings are said. */
const WARNINGS_SAID_AFTER_MS = 1000;
const ATTACK = 'Senator Vale has the strategic depth of a puddle and damn, it shows.';

/** Controls and landmarks in Chromium's accessibility tree with no name. */
async function unnamedControls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: Array<{ ignored: boolean; role?: { value: string }; name?: { value: string } }>;
  };
  await cdp.detach();
  const named = new Set(['button', 'link', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'spinbutton', 'slider', 'switch', 'dialog', 'alertdialog', 'navigation', 'complementary', 'region', 'grid', 'table']);
  return nodes.filter((n) => !n.ignored && named.has(n.role?.value ?? '') && !(n.name?.value ?? '').trim()).map((n) => n.role!.value);
}

/** The element with the focus, as a string a failure can show. */
test('every control is named; the band is a landmark and the heading of the window, the panel a heading below it', async () => {
  const launcher = await harness.launcher();
  await expect(launcher.getByRole('button', { name: 'Open Professional window' })).toBeVisible();
  expect(await unnamedControls(launcher)).toEqual([]);
  // Each card's Edit says whose it is (a list of buttons would give "Edit" twice).
  await expect(launcher.getByRole('button', { name: 'Edit Professional', exact: true })).toBeVisible();
  // Its sheet is a modal dialog named for the identity; Escape closes it and the focus is back on that Edit.
  await launcher.getByRole('button', { name: 'Edit Professional', exact: true }).click();
  const editor = launcher.getByRole('dialog', { name: 'Edit Professional' });
  await expect(editor).toHaveAttribute('aria-modal', 'true');
  await expect(editor.getByRole('textbox', { name: 'Name' })).toBeFocused();
  expect(await unnamedControls(launcher)).toEqual([]);
  await launcher.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(launcher.getByRole('button', { name: 'Edit Professional', exact: true })).toBeFocused();

  const pro = harness.identity('Professional');
  await harness.openIdentity(pro.id);
  const page = harness.page(pro.id);
  const band = page.getByRole('banner', { name: 'Professional identity' });
  await expect(band).toBeVisible();
  await expect(band.getByRole('heading', { level: 1 })).toHaveText('Professional');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  // A site's button is called by the site's name alone (its two-letter mark is decoration).
  const sites = page.getByRole('navigation', { name: 'Professional sites' });
  await expect(sites.getByRole('button', { name: 'LinkedIn', exact: true })).toBeVisible();
  await expect(sites.getByRole('button', { name: 'X', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Compose' }).click();
  const panel = page.getByRole('complementary', { name: 'composer' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Writing as Professional');
  await panel.getByRole('textbox').fill(ATTACK);
  await expect(panel.getByRole('list', { name: 'Warnings' }).getByRole('listitem')).toHaveCount(2);
  expect(await unnamedControls(page)).toEqual([]);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('complementary', { name: 'settings' }).getByRole('heading', { level: 2, name: 'Settings for Professional' })).toBeVisible();
  expect(await unnamedControls(page)).toEqual([]);

  await harness.openLog();
  const log = harness.page('log');
  await expect(log.getByRole('row').first()).toBeVisible();
  expect(await unnamedControls(log)).toEqual([]);
});

test('the confirmation sheet is a modal dialog "Post as <identity>?": Tab stays in it, Escape cancels, the focus comes back', async () => {
  const { identity, page, editor } = await harness.openComposer('Professional');
  await page.evaluate((id) => window.hatstand.guard.setPolicy({ identityId: id, confirm: 'always', coolingOffSeconds: 0 }), identity.id);
  await editor.fill('A draft I am still writing');
  await editor.focus();

  const decision = harness.services.guard.check(mastodonPost(identity.id, 'Hello from the site, damn it'));
  const sheet = page.getByRole('alertdialog', { name: 'Post as Professional?' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toHaveAttribute('aria-modal', 'true');
  await expect(sheet.getByRole('button', { name: 'Cancel' })).toBeFocused();
  // Its warning says how serious it is in words, not only in red or amber.
  await expect(sheet.getByRole('list', { name: 'Warnings' })).toContainText('Caution · Swearing');
  // The avatar is decoration: the sheet is read from "Post as Professional?", not from "briefcase".
  expect(await sheet.ariaSnapshot()).not.toContain(identity.avatar);

  // A click on the backdrop leaves the focus nowhere; Tab from there, and on, reaches only the sheet's buttons (or
  // leaves the page for the browser's own, which an Electron window has none of).
  await expect(sheet.getByRole('button', { name: 'Post as Professional' })).toBeEnabled();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    reached.push(await sheet.evaluate((el) => (el.contains(document.activeElement) ? (document.activeElement?.textContent ?? '') : document.activeElement === document.body ? '' : `OUTSIDE ${document.activeElement?.outerHTML.slice(0, 80)}`)));
  }
  expect(reached.filter((r) => r.startsWith('OUTSIDE'))).toEqual([]);
  expect(reached).toEqual(expect.arrayContaining(['Cancel', 'Post as Professional']));
  expect(await page.locator('.title-band').evaluate((el) => el.closest('[inert]') !== null)).toBe(true);
  await page.screenshot({ path: join(ARTIFACTS, 'a11y-guard-sheet.png') });

  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  expect((await decision).allow).toBe(false);
  await expect(editor).toBeFocused();
  expect(await page.locator('[inert]').count()).toBe(0);
});

test('the link question is a modal dialog named by its question; Escape answers Cancel and the focus returns to the link', async () => {
  const { page, panel } = await harness.openComposer('Personal');
  const url = 'https://www.linkedin.com/in/ada-example';
  await panel.getByRole('textbox').fill(`Old colleague, see ${url} for her new job`);
  const link = panel.getByRole('button', { name: url });
  await link.focus();
  await page.keyboard.press('Enter');
  const sheet = page.getByRole('alertdialog', { name: 'Open linkedin.com as Professional, or here as Personal?' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toHaveAttribute('aria-modal', 'true');
  await expect(sheet.getByRole('button', { name: 'Open as Professional' })).toBeFocused();
  expect(await sheet.ariaSnapshot()).not.toContain(harness.identity('Professional').avatar);
  // The composer behind it cannot be reached while it asks.
  expect(await panel.evaluate((el) => el.closest('[inert]') !== null)).toBe(true);
  await page.screenshot({ path: join(ARTIFACTS, 'a11y-link-question.png') });
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(link).toBeFocused();
});

test('the move question closes with Escape and gives the focus back to "Move…"', async () => {
  const { panel, page, editor } = await harness.openComposer('Professional');
  await editor.fill('A draft for the other hat.');
  await expect(panel.locator('.save-status')).toHaveText('Saved');
  await panel.getByLabel('Move this draft to').selectOption({ index: 1 });
  const move = panel.getByRole('button', { name: 'Move…' });
  await move.focus();
  await page.keyboard.press('Enter');
  const sheet = page.getByRole('alertdialog', { name: 'Move draft?' });
  await expect(sheet.getByRole('button', { name: 'Keep in Professional' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(move).toBeFocused();
});

test('the composer says its warnings politely once typing pauses, in words that name their severity', async () => {
  const { page, panel, editor } = await harness.openComposer('Professional');
  const said = panel.locator('[data-announcer="warnings"]');
  // There, and polite, before anything is typed: a region added with its words may not be read at all.
  await expect(said).toHaveAttribute('aria-live', 'polite');
  await expect(said).toHaveText('');
  // The save status changes at every pause in typing: shown, not read out (a failed save is an alert of its own).
  await expect(panel.locator('.save-status')).toHaveAttribute('aria-live', 'off');

  // While the words are typed, nothing is said (the warnings do appear meanwhile).
  const heard: string[] = [];
  for (const word of ATTACK.split(' ')) {
    await editor.pressSequentially(`${word} `, { delay: 10 });
    heard.push((await said.textContent()) ?? '');
  }
  await expect(panel.getByRole('list', { name: 'Warnings' }).getByRole('listitem')).toHaveCount(2);
  expect(heard.every((h) => h === '')).toBe(true);
  // Once typing pauses: one sentence, saying who, how serious and what.
  await expect(said).toHaveText('2 warnings for Professional: Stop, Attacks on named people; Caution, Swearing, also disguised.', {
    timeout: WARNINGS_SAID_AFTER_MS + 3_000,
  });
  // The list itself says each severity in words.
  const items = panel.getByRole('list', { name: 'Warnings' }).getByRole('listitem');
  await expect(items.nth(0).locator('.family-label')).toHaveText('Stop · Attacks on named people');
  await expect(items.nth(1).locator('.family-label')).toHaveText('Caution · Swearing, also disguised');
  // ... and the underlines differ in shape, not only in colour.
  const style = (severity: string) => panel.locator(`.editor-mirror mark.severity-${severity}`).first().evaluate((el) => {
    const cs = getComputedStyle(el);
    return `${cs.textDecorationStyle} ${cs.textDecorationThickness}`;
  });
  expect(await style('stop')).not.toEqual(await style('caution'));

  // Typing on without changing the warnings says nothing again; taking them away is said once.
  await editor.press('End');
  await editor.pressSequentially(' Really.', { delay: 10 });
  await page.waitForTimeout(WARNINGS_SAID_AFTER_MS + 400);
  await expect(said).toHaveText(/^2 warnings/);
  await editor.fill('Quarterly results are out.');
  await expect(said).toHaveText('No warnings now.', { timeout: WARNINGS_SAID_AFTER_MS + 3_000 });
});

test('a cooling-off countdown is said once, not every second; its bar stands still when less motion is asked for', async () => {
  const pro = harness.identity('Professional');
  await harness.openIdentity(pro.id);
  const page = harness.page(pro.id);
  const said = page.locator('[data-announcer="countdown"]');
  await expect(said).toHaveAttribute('aria-live', 'polite');
  await harness.emitTo(pro.id, 'guard:notice', {
    level: 'info',
    code: 'cooling-off',
    identityId: pro.id,
    requestId: 'post-a11y-1',
    until: Date.now() + 60_000,
    site: 'mastodon.social',
    message: 'Your post on mastodon.social goes out in 60 s. Cancel to stop it.',
  });
  const card = page.getByRole('region', { name: 'Notices' }).locator('.notice-card.counting');
  await expect(card).toBeVisible();
  // The card's words change every second; it is not a live region, so they are not read each time.
  await expect(card).toHaveAttribute('aria-live', 'off');
  await expect(said).toContainText('Your post to mastodon.social leaves as Professional in');
  const first = await said.textContent();
  await page.waitForTimeout(2_200);
  expect(await said.textContent()).toBe(first);

  const timer = card.locator('.notice-timer');
  expect(await timer.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0.25s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await timer.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
});

test('the activity log can be read by keyboard: Tab reaches the events, the arrows select one and show its detail', async () => {
  const pro = harness.identity('Professional');
  const now = Date.now();
  harness.store.activity.appendMany([
    { at: now - 60_000, identityId: pro.id, kind: 'post.sent', site: 'linkedin.com', summary: 'Posted the quarterly update' },
    { at: now, identityId: pro.id, kind: 'site.opened', site: 'linkedin.com', summary: 'Opened LinkedIn' },
  ]);
  await harness.openLog();
  const log = harness.page('log');
  const grid = log.getByRole('grid', { name: 'Events' });
  await expect(grid.getByRole('row').first()).toContainText('Opened LinkedIn');
  await log.getByRole('button', { name: 'Export JSON' }).focus();
  await log.keyboard.press('Tab');
  const first = grid.getByRole('row').first();
  await expect(first).toBeFocused();
  expect(await first.evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineStyle !== 'none')).toBe(true);
  await log.keyboard.press('ArrowDown');
  await expect(grid.getByRole('row').nth(1)).toBeFocused();
  await expect(grid.getByRole('row').nth(1)).toHaveAttribute('aria-selected', 'true');
  // The oldest event is the last: End selects it, and its detail is shown.
  await log.keyboard.press('End');
  const oldest = grid.getByRole('row').filter({ hasText: 'Posted the quarterly update' });
  await expect(oldest).toBeFocused();
  await expect(oldest).toHaveAttribute('aria-selected', 'true');
  await expect(log.getByRole('complementary', { name: 'Event detail' })).toContainText('Posted the quarterly update');
  // Shift+Tab leaves the list from the selected row, and Tab comes back to it.
  await log.keyboard.press('Shift+Tab');
  await log.keyboard.press('Tab');
  await expect(oldest).toBeFocused();
  await log.screenshot({ path: join(ARTIFACTS, 'a11y-log-keyboard.png') });
});

test('in the light scheme the muted words read at 4.5:1 on what they sit on', async () => {
  const launcher = await harness.launcher();
  const body = await colourOf(launcher.locator('html'), 'backgroundColor');
  expect(contrast(await colourOf(launcher.locator('.launcher-header p'), 'color'), body)).toBeGreaterThanOrEqual(4.5);
  expect(contrast(await colourOf(launcher.locator('.appearance-choice'), 'color'), body)).toBeGreaterThanOrEqual(4.5);
  await launcher.screenshot({ path: join(ARTIFACTS, 'a11y-launcher-light.png') });

  const { page, panel, editor } = await harness.openComposer('Professional');
  await editor.fill(ATTACK);
  const panelBg = await colourOf(page.locator('.panel'), 'backgroundColor');
  expect(contrast(await colourOf(panel.locator('.composer-meta'), 'color'), panelBg)).toBeGreaterThanOrEqual(4.5);
  for (const family of ['Attacks on named people', 'Swearing']) {
    const item = panel.getByRole('list', { name: 'Warnings' }).getByRole('listitem').filter({ hasText: family });
    const itemBg = await colourOf(item, 'backgroundColor');
    expect(contrast(await colourOf(item, 'color'), itemBg), family).toBeGreaterThanOrEqual(4.5);
    expect(contrast(await colourOf(item.locator('.family-label'), 'color'), itemBg), family).toBeGreaterThanOrEqual(4.5);
  }
  // The keyboard's focus ring stands out from what it is drawn on (WCAG 1.4.11, 3:1).
  // (Focus given after a key press is keyboard focus: the ring is drawn.)
  await page.keyboard.press('Shift');
  await panel.getByRole('button', { name: 'New draft' }).focus();
  const ring = panel.getByRole('button', { name: 'New draft' });
  expect(await ring.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
  expect(contrast(await colourOf(ring, 'outlineColor'), panelBg)).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: join(ARTIFACTS, 'a11y-composer-light.png') });
});
