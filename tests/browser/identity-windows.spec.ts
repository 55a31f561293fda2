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

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

test('the launcher lists both identities in their own colours and opens each window', async () => {
  const personal = harness.identity('Personal');
  const professional = harness.identity('Professional');
  const launcher = await harness.launcher();

  const cards = launcher.getByRole('list', { name: 'Identities' }).getByRole('listitem');
  await expect(cards).toHaveCount(2);
  await expect(launcher.locator('[data-identity="Personal"]')).toHaveCSS('background-color', rgb(personal.color));
  await expect(launcher.locator('[data-identity="Professional"]')).toHaveCSS('background-color', rgb(professional.color));
  await launcher.screenshot({ path: join(ARTIFACTS, 'launcher.png') });

  await launcher.getByRole('button', { name: 'Open Personal window' }).click();
  await launcher.getByRole('button', { name: 'Open Professional window' }).click();
  // Both windows open concurrently; either may be ready first (CI once read Personal's before it was). Each is a new
  // browser context that loads the app, and on a busy two-core CI machine the pair once took longer than the default 5 s.
  await expect.poll(() => harness.pages.has(personal.id) && harness.pages.has(professional.id), { timeout: 20_000 }).toBe(true);

  const p = harness.page(personal.id);
  const w = harness.page(professional.id);
  for (const [page, identity] of [
    [p, personal],
    [w, professional],
  ] as const) {
    const band = page.getByRole('banner', { name: `${identity.name} identity` });
    await expect(band).toBeVisible();
    await expect(band.locator('.who-name')).toHaveText(identity.name);
    await expect(page.locator('.identity-window')).toHaveCSS('background-color', rgb(identity.color));
    const host = new URL(identity.sites[0]!.homeUrl).host;
    await expect(page).toHaveTitle(`Hatstand: ${identity.name}, ${host}`);
    await expect(band).toContainText(`on ${host}`);
  }
  expect(await p.title()).not.toBe(await w.title());
  await p.screenshot({ path: join(ARTIFACTS, 'window-personal.png') });
  await w.screenshot({ path: join(ARTIFACTS, 'window-professional.png') });

  // Reopening focuses the existing window instead of making a second one.
  const before = harness.pages.size;
  await launcher.getByRole('button', { name: 'Open Professional window' }).click();
  await launcher.waitForTimeout(100);
  expect(harness.pages.size).toBe(before);
});

test('the title band names the handle used on the current site, and switching sites updates it', async () => {
  const professional = harness.identity('Professional');
  const x = professional.sites.find((s) => s.homeUrl.includes('x.com'))!;
  harness.store.identities.updateSite(x.id, { handle: '@ada_at_work' });
  await harness.openIdentity(professional.id);
  const page = harness.page(professional.id);
  await page.getByRole('button', { name: /^X/ }).click();
  await expect(page.getByRole('banner')).toContainText('Posting as @ada_at_work on x.com');
  await expect(page).toHaveTitle('Hatstand: Professional, x.com');
  await expect(page.getByRole('button', { name: /^X/ })).toHaveAttribute('aria-current', 'page');
});

test('an identity window cannot act for another identity, and malformed calls get a readable error', async () => {
  const personal = harness.identity('Personal');
  const professional = harness.identity('Professional');
  await harness.openIdentity(professional.id);
  const page = harness.page(professional.id);

  const crossed = await page.evaluate((id) => window.hatstand.chrome.context({ identityId: id }), personal.id);
  expect(crossed).toEqual({
    ok: false,
    error: { code: 'ipc/wrong-identity', message: expect.stringContaining('another identity') },
  });

  // Creating identities is the launcher's job, not an identity window's (least privilege between windows).
  const notHers = await page.evaluate(() => window.hatstand.identities.create({ name: 'Sneaky', color: '#000000', avatar: 'S' }));
  expect(notHers).toMatchObject({ ok: false, error: { code: 'ipc/not-allowed', message: expect.stringMatching(/^Only the launcher can do that/) } });

  const malformed = await page.evaluate(
    (id) => (window.hatstand.sites.add as (x: unknown) => Promise<unknown>)({ identityId: id, label: '', homeUrl: 'nope' }),
    professional.id,
  );
  expect(malformed).toMatchObject({ ok: false, error: { code: 'ipc/invalid-payload' } });
  expect((malformed as { error: { message: string } }).error.message).toMatch(/label|address/i);

  const junk = await page.evaluate(() => (window.hatstand.drafts.save as (x: unknown) => Promise<unknown>)('not an object'));
  expect(junk).toMatchObject({ ok: false, error: { code: 'ipc/invalid-payload' } });

  // The API offers named functions only: no generic invoke to reach an arbitrary channel.
  const keys = await page.evaluate(() => Object.keys(window.hatstand).sort());
  expect(keys).not.toContain('invoke');
  expect(keys).not.toContain('send');
});

test('people can add, recolour and remove an identity; removal says what it clears', async () => {
  const launcher = await harness.launcher();
  await launcher.getByRole('button', { name: '+ New identity' }).click();
  const dialog = launcher.getByRole('dialog', { name: 'New identity' });
  await dialog.getByLabel('Name').fill('Clinic');
  await dialog.getByLabel('Avatar (emoji or initials)').fill('🩺');
  await dialog.getByRole('button', { name: 'Colour #15803d' }).click();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(launcher.locator('[data-identity="Clinic"]')).toHaveCSS('background-color', rgb('#15803d'));

  // A duplicate name, or one that only looks different, is refused with a sentence, not a stack trace.
  await launcher.getByRole('button', { name: '+ New identity' }).click();
  await launcher.getByRole('dialog').getByLabel('Name').fill('personal');
  await launcher.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(launcher.getByRole('dialog').getByRole('alert')).toContainText(/looks the same as the identity .Personal./);
  // (The button keeps the focus while its request runs and after: a keyboard user is not dropped on the page.)
  await expect(launcher.getByRole('dialog').getByRole('button', { name: 'Create' })).toBeFocused();
  // Behind the sheet nothing is reachable, by click or by Tab.
  await expect(launcher.locator('.launcher-body')).toHaveAttribute('inert', '');
  await launcher.getByRole('dialog').getByLabel('Name').focus();
  await launcher.keyboard.press('Shift+Tab');
  expect(await launcher.evaluate(() => document.activeElement?.closest('.launcher-body') ?? null)).toBeNull();
  // Escape closes it as Cancel does, and the focus is back on the button that opened it.
  await launcher.keyboard.press('Escape');
  await expect(launcher.getByRole('dialog')).toHaveCount(0);
  await expect(launcher.getByRole('button', { name: '+ New identity' })).toBeFocused();

  const clinic = harness.identity('Clinic');
  await harness.openIdentity(clinic.id);
  await launcher.bringToFront();
  await launcher.locator('[data-identity="Clinic"]').getByRole('button', { name: 'Edit' }).click();
  const edit = launcher.getByRole('dialog', { name: 'Edit Clinic' });
  await edit.getByRole('button', { name: 'Remove…' }).click();
  const confirm = edit.getByRole('alertdialog', { name: 'Remove Clinic?' });
  await expect(confirm).toContainText('logins, cookies, site data and cache');
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await launcher.screenshot({ path: join(ARTIFACTS, 'launcher-remove-confirm.png') });
  // Escape answers "Keep it": the question goes, the sheet stays, the focus is back on "Remove…".
  await launcher.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(edit.getByRole('button', { name: 'Remove…' })).toBeFocused();
  await edit.getByRole('button', { name: 'Remove…' }).click();
  // A double click removes once (the second used to start a second wipe of the same data).
  await confirm.getByRole('button', { name: 'Remove Clinic and clear its data' }).dblclick();
  await expect(launcher.locator('[data-identity="Clinic"]')).toHaveCount(0);
  expect(harness.removed).toEqual([clinic.id]);
  // The focus is not lost with the removed card's Edit: it is on "+ New identity".
  await expect(launcher.getByRole('button', { name: '+ New identity' })).toBeFocused();
  expect(harness.store.identities.list().map((i) => i.name)).toEqual(['Personal', 'Professional']);
});

test('keyboard focus on the title band is drawn in the identity\u2019s ink, which reads on its colour', async () => {
  const personal = harness.identity('Personal');
  await harness.openIdentity(personal.id);
  const page = harness.page(personal.id);
  const band = page.getByRole('banner', { name: 'Personal identity' });
  await page.keyboard.press('Tab'); // (from the keyboard: :focus-visible)
  const compose = band.getByRole('button', { name: 'Compose' });
  await compose.focus();
  const [outline, ink] = await Promise.all([
    compose.evaluate((el) => getComputedStyle(el).outlineColor),
    band.evaluate((el) => getComputedStyle(el).color),
  ]);
  // (The amber ring used elsewhere measured 2.3:1 on this orange, under the 3:1 a focus mark needs.)
  expect(outline).toBe(ink);
});
