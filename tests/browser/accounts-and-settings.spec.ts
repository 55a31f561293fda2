import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, Harness } from '../support/harness';
import { startFakeMastodon, type FakeMastodon } from '../node/accounts/support/fake-mastodon';

/**
 * Connecting an account (its token goes to the real OS keychain, run under
 * scripts/with-keyring.sh) and posting a draft from the composer through the
 * guard. The fake Mastodon follows the documented endpoints.
 */
let harness: Harness;
let mastodon: FakeMastodon;
test.beforeEach(async ({ browser }) => {
  harness = await Harness.start(browser);
  mastodon = await startFakeMastodon();
});
test.afterEach(async () => {
  await mastodon.close();
  expect(harness.unexpected).toEqual([]);
  await harness.close();
});

/** The identity's window with its settings open, and one section of them. */
async function openSettings(identityId: string, region: string) {
  await harness.openIdentity(identityId);
  const page = harness.page(identityId);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  return { page, section: page.getByRole('region', { name: region }) };
}

test('connect a Mastodon account, then post a draft through the guard; the token never reaches SQLite or the page', async () => {
  const pro = harness.identity('Professional');
  const { page, section: accounts } = await openSettings(pro.id, 'Connected accounts');
  await accounts.getByLabel('Instance address').fill(mastodon.url);
  await accounts.getByLabel('Access token').fill(mastodon.token);
  await accounts.getByRole('button', { name: 'Connect to Professional' }).click();
  await expect(accounts.getByRole('listitem')).toContainText('ada@127.0.0.1');
  await expect(accounts.getByLabel('Access token')).toHaveValue('');
  await page.screenshot({ path: join(ARTIFACTS, 'settings-accounts.png') });

  // What the page can learn of the account holds no secret.
  const listed = await page.evaluate((id) => window.hatstand.accounts.list({ identityId: id }), pro.id);
  expect(JSON.stringify(listed)).not.toContain(mastodon.token);

  await page.getByRole('button', { name: 'Compose' }).click();
  const panel = page.getByRole('complementary', { name: 'composer' });
  await panel.getByRole('textbox').fill('We are hiring two engineers, details on our site.');
  await expect(panel.getByRole('status')).toHaveText('Saved');
  await panel.getByRole('button', { name: 'Post', exact: true }).click();
  const sheet = page.getByRole('alertdialog', { name: 'Post as Professional?' });
  await expect(sheet).toContainText('as ada@127.0.0.1');
  await sheet.getByRole('button', { name: 'Post as Professional' }).click();
  await expect(panel.getByText(/Posted: http:\/\/127\.0\.0\.1:\d+\/@ada\//)).toBeVisible();
  expect(mastodon.statuses.map((s) => s.text)).toEqual(['We are hiring two engineers, details on our site.']);
  expect(mastodon.statuses[0]!.idempotencyKey).toBeTruthy();
  expect(harness.store.drafts.list(pro.id)[0]!.status).toBe('posted');
  expect(harness.store.settings.get('composer.postKeys', {})).toEqual({}); // a posted draft's retry key is dropped

  // Secrets never reach SQLite (database and WAL) or the activity log.
  harness.store.integrityCheck();
  for (const file of ['hatstand.db', 'hatstand.db-wal']) {
    try {
      expect(readFileSync(join(harness.dir, file)).includes(mastodon.token)).toBe(false);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const kinds = harness.store.activity.query({ identityIds: [pro.id], limit: 100 }).rows.map((r) => r.kind);
  expect(kinds).toEqual(expect.arrayContaining(['post.attempted', 'post.confirmed', 'post.sent', 'post.published']));

  // Removing the identity removes its keychain secret too.
  await harness.services.handlers['identities:remove']({ identityId: pro.id, confirmed: true }, { window: 'launcher' });
  expect(harness.store.accounts.listAll()).toEqual([]);
});

test('another service starts the account form afresh, and a refusal goes once a later change works', async () => {
  const pro = harness.identity('Professional');
  const { section: accounts } = await openSettings(pro.id, 'Connected accounts');
  // A Bluesky app password typed, then Mastodon chosen: it must not go to the Mastodon instance as a token.
  await accounts.getByLabel('Service').selectOption('bluesky');
  await accounts.getByLabel('Bluesky handle').fill('ada.bsky.social');
  await accounts.getByLabel('App password').fill('abcd-efgh-ijkl-mnop');
  await accounts.getByLabel('Service').selectOption('mastodon');
  await expect(accounts.getByLabel('Instance address')).toHaveValue('');
  await expect(accounts.getByLabel('Access token')).toHaveValue('');
  await expect(accounts.getByRole('button', { name: 'Connect to Professional' })).toBeDisabled();

  await accounts.getByLabel('Instance address').fill(mastodon.url);
  await accounts.getByLabel('Access token').fill(mastodon.token);
  await accounts.getByRole('button', { name: 'Connect to Professional' }).click();
  await expect(accounts.getByRole('listitem')).toContainText('ada@127.0.0.1');
  // A refused token is told, and what was typed stays to be corrected.
  await accounts.getByLabel('Instance address').fill(mastodon.url);
  await accounts.getByLabel('Access token').fill('not-the-right-token');
  await accounts.getByRole('button', { name: 'Connect to Professional' }).click();
  await expect(accounts.getByRole('alert')).toBeVisible();
  await expect(accounts.getByLabel('Access token')).toHaveValue('not-the-right-token');
  // Disconnecting works: the refusal from before no longer stands beside it.
  await accounts.getByRole('listitem').filter({ hasText: 'ada@127.0.0.1' }).getByRole('button', { name: 'Disconnect' }).click();
  await expect(accounts.getByRole('listitem')).toHaveCount(0);
  await expect(accounts.getByRole('alert')).toHaveCount(0);
  expect(harness.store.accounts.listAll()).toEqual([]);
});

test('cancelling the guard keeps the draft and posts nothing', async () => {
  const pro = harness.identity('Professional');
  await harness.openIdentity(pro.id);
  const page = harness.page(pro.id);
  await harness.services.handlers['accounts:connect'](
    { identityId: pro.id, site: 'mastodon', instanceUrl: mastodon.url, accessToken: mastodon.token },
    { window: 'identity', identityId: pro.id },
  );
  await page.getByRole('button', { name: 'Compose' }).click();
  const panel = page.getByRole('complementary', { name: 'composer' });
  await panel.getByRole('textbox').fill('Second thoughts about this one.');
  await expect(panel.getByRole('status')).toHaveText('Saved');
  await panel.getByRole('button', { name: 'Post', exact: true }).click();
  await page.getByRole('alertdialog', { name: 'Post as Professional?' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByRole('alert')).toContainText('cancelled. Your draft is kept');
  expect(mastodon.statuses).toEqual([]);
  expect(harness.store.drafts.list(pro.id)[0]).toMatchObject({ text: 'Second thoughts about this one.', status: 'draft' });
  await harness.services.handlers['identities:remove']({ identityId: pro.id, confirmed: true }, { window: 'launcher' });
});

test('warning settings: a never-say term, a bad time zone explained, "this is fine here" teaches the model, export and import', async () => {
  const pro = harness.identity('Professional');
  const { page, section } = await openSettings(pro.id, 'Warnings');
  await section.getByLabel('Never say as Professional (one per line)').fill('hangover\nmy therapist');
  await section.getByLabel('Words that belong to Professional (one per line)').click();
  await expect(section.getByText('Saved.')).toBeVisible();
  // What the list does, told beside it (a note in another identity's post, a warning in this one's voice).
  await expect(section.getByLabel('Words that belong to Professional (one per line)')).toHaveAccessibleDescription(/warned about when the post sounds like Professional speaking/);

  await section.getByLabel('Warn about posting outside work hours').check();
  await section.getByLabel('Time zone').fill('Mars/Olympus');
  await section.getByLabel('From', { exact: true }).click();
  await expect(section.getByRole('alert')).toContainText('Unknown time zone');
  await page.screenshot({ path: join(ARTIFACTS, 'settings-warnings.png') });

  await page.getByRole('button', { name: 'Compose' }).click();
  const panel = page.getByRole('complementary', { name: 'composer' });
  await panel.getByRole('textbox').fill('Quite the hangover after the team dinner, worth it.');
  const warning = panel.getByRole('list', { name: 'Warnings' }).getByRole('listitem').filter({ hasText: 'hangover' });
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'This is fine here' }).click();
  await expect(warning).toHaveCount(0);
  expect(harness.store.warnings.listFor({ identityId: pro.id, status: 'overridden' }).map((w) => w.message)).toEqual([
    expect.stringContaining('hangover'),
  ]);
  expect(harness.services.warnings.modelTexts(pro.id)).toBe(1);

  // A note is shown without an answer to give: it asks nothing.
  await panel.getByRole('textbox').fill('Coffee with a client this morning.');
  const note = panel.getByRole('list', { name: 'Warnings' }).getByRole('listitem').filter({ hasText: 'client' });
  await expect(note).toHaveClass(/severity-info/);
  await expect(note.getByRole('button', { name: 'This is fine here' })).toHaveCount(0);
  await page.screenshot({ path: join(ARTIFACTS, 'composer-note.png') });

  const exported = await page.evaluate((id) => window.hatstand.warnings.export({ identityId: id }), pro.id);
  expect(exported.ok).toBe(true);
  const json = JSON.parse((exported as { ok: true; value: { json: string } }).value.json);
  expect(json.identities[0].never).toEqual(['hangover', 'my therapist']);
  const personal = harness.identity('Personal');
  const imported = await harness.services.handlers['warnings:import']({ identityId: personal.id, json: JSON.stringify({ identities: [{ ...json.identities[0], id: 'x', name: 'Personal' }] }) }, { window: 'launcher' });
  expect(imported.settings.never).toEqual(['hangover', 'my therapist']);
  const broken = await page.evaluate((id) => window.hatstand.warnings.import({ identityId: id, json: '{"identities": [{"id": "p", "name": "P", "never": [""]}]}' }), pro.id);
  expect(broken).toMatchObject({ ok: false, error: { message: expect.stringContaining('A term cannot be empty') } });
});

test('warning settings: what is left out is shown, a refused list is not called saved, and an import is not undone by a field left as it was', async () => {
  const personal = harness.identity('Personal');
  // A handle stored before the boundary checked handles: the warnings leave it out and say how to fix it.
  harness.store.identities.updateSite(personal.sites[0]!.id, { handle: '@ada\u0007' });
  harness.services.warnings.invalidate();
  const { page, section } = await openSettings(personal.id, 'Warnings');
  await expect(section.getByRole('list', { name: 'Left out of the warnings' })).toContainText('correct it');
  // The band does not promise an account it cannot name.
  const band = page.getByRole('banner', { name: 'Personal identity' });
  await expect(band).toContainText('your Personal account (its handle needs fixing in Settings)');
  await expect(band).not.toContainText('@ada');
  await section.getByRole('heading', { name: 'Warnings' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, 'settings-warnings-left-out.png') });

  // A line too long for a term: refused, and no "Saved." beside it, even when another setting saves meanwhile.
  const never = section.getByLabel('Never say as Personal (one per line)');
  // (One gesture, two saves: leaving the list and ticking a box. The box's save is not refused for the list's sake.)
  await never.fill(`hangover\n${'x'.repeat(300)}`);
  const profanity = section.getByLabel('Profanity');
  const wasOn = await profanity.isChecked();
  await profanity.click();
  await expect(section.getByRole('alert').filter({ hasText: /under 200 characters/ })).toBeVisible();
  await expect.poll(() => (harness.services.warnings.settingsFor(personal.id).lexicons ?? {}).profanity).toBe(!wasOn);
  await expect(section.getByText('Saved.')).toHaveCount(0);
  await expect(never).toHaveValue(`hangover\n${'x'.repeat(300)}`); // (kept, to be corrected)
  await never.fill('hangover');
  await section.getByLabel('Profanity').focus();
  await expect(section.getByText('Saved.')).toBeVisible();
  await expect(section.getByRole('alert').filter({ hasText: /under 200 characters/ })).toHaveCount(0);
  expect(harness.services.warnings.settingsFor(personal.id).never).toEqual(['hangover']);

  // An import replaces the lists; leaving a field as it was does not write its old text back.
  await section.getByText('Import or export these settings').click();
  await section.getByLabel('Settings as JSON').fill(JSON.stringify({ identities: [{ id: 'x', name: 'Personal', never: ['imported term'] }] }));
  await section.getByRole('button', { name: 'Import' }).click();
  await expect(section.getByText('Imported.')).toBeVisible();
  await expect(never).toHaveValue('imported term');
  await never.focus();
  await section.getByLabel('Profanity').focus();
  expect(harness.services.warnings.settingsFor(personal.id).never).toEqual(['imported term']);
});

test('posting settings: a cooling-off out of range is told, not silently changed', async () => {
  const pro = harness.identity('Professional');
  const { page, section: posting } = await openSettings(pro.id, 'Posting');
  const wait = posting.getByLabel('Cooling-off after “Post” (seconds, you can still cancel)');
  const policy = () => page.evaluate((id) => window.hatstand.guard.getPolicy({ identityId: id }), pro.id);
  const before = await policy();
  await wait.fill('400');
  await wait.blur();
  await expect(posting.getByRole('alert')).toHaveText('The cooling-off is a whole number of seconds from 0 to 300.');
  expect(await policy()).toEqual(before);
  await wait.fill('30');
  await wait.blur();
  await expect(posting.getByRole('alert')).toHaveCount(0);
  await expect.poll(async () => { const p = await policy(); return p.ok ? p.value.coolingOffSeconds : null; }).toBe(30);
});

test('warning settings: the employer named on one identity is warned about in a complaint from another', async () => {
  const pro = harness.identity('Professional');
  const personal = harness.identity('Personal');
  const { page, section } = await openSettings(pro.id, 'Warnings');
  const employer = section.getByLabel('Where Professional works, or what it speaks for (one per line)');
  await expect(employer).toHaveAccessibleDescription(/A complaint that names it/);
  await employer.fill('Fernhill Clinic');
  await section.getByLabel('Words that belong to Professional (one per line)').click();
  await expect(section.getByText('Saved.')).toBeVisible();
  expect(harness.services.warnings.settingsFor(pro.id).employer).toEqual(['Fernhill Clinic']);
  await page.screenshot({ path: join(ARTIFACTS, 'settings-employer.png') });

  await harness.openIdentity(personal.id);
  const own = harness.page(personal.id);
  await own.getByRole('button', { name: 'Compose' }).click();
  const panel = own.getByRole('complementary', { name: 'composer' });
  await panel.getByRole('textbox').fill('Fernhill Clinic: the heating hasn\u2019t worked since March and nobody cares.');
  const warning = panel.getByRole('list', { name: 'Warnings' }).getByRole('listitem').filter({ hasText: 'your employer' });
  await expect(warning).toContainText('Fernhill Clinic');
  await expect(panel.locator('mark.underline[data-family="employer"]')).toContainText('Fernhill Clinic');
  await own.screenshot({ path: join(ARTIFACTS, 'composer-employer-complaint.png') });
});
