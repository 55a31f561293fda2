import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, type Harness, harnessForEachTest } from '../support/harness';
import { WARNING_SETTINGS_KEY } from '../../electron/main/services/warnings/warnings-service';
import { AppError } from '../../shared/result';

let harness: Harness;
harnessForEachTest((h) => (harness = h));

test('a draft is autosaved as you type, keeps its history, and moves identity only after a confirmation', async () => {
  const pro = harness.identity('Professional');
  const personal = harness.identity('Personal');
  await harness.openIdentity(pro.id);
  const page = harness.page(pro.id);
  await page.getByRole('button', { name: 'Compose' }).click();
  const panel = page.getByRole('complementary', { name: 'composer' });
  await expect(panel).toContainText('Writing as Professional');

  const editor = panel.getByRole('textbox', { name: 'Draft for Professional' });
  await editor.pressSequentially('First version of the announcement.', { delay: 5 });
  await expect(panel.getByRole('status')).toHaveText('Saved');
  await expect.poll(() => harness.store.drafts.list(pro.id).map((d) => d.text)).toEqual(['First version of the announcement.']);
  await expect(panel.getByLabel('Characters')).toHaveText('34 / 3000'); // LinkedIn is the first site

  // Later edits: a new version once the last one is older than 30 s.
  harness.advance(31_000);
  await editor.fill('Second version, much better.');
  await expect.poll(() => harness.store.drafts.list(pro.id)[0]?.text).toBe('Second version, much better.');
  await panel.getByRole('button', { name: 'History' }).click();
  const history = panel.getByLabel('Draft history');
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await page.screenshot({ path: join(ARTIFACTS, 'composer-history.png') });
  await history.getByRole('listitem').filter({ hasText: 'First version' }).getByRole('button', { name: 'Restore this version' }).click();
  await expect(editor).toHaveValue('First version of the announcement.');
  expect(harness.store.drafts.list(pro.id)[0]!.text).toBe('First version of the announcement.');

  // Moving names both identities and needs a deliberate confirmation.
  await panel.getByLabel('Move this draft to').selectOption({ label: `${personal.avatar} Personal` });
  await panel.getByRole('button', { name: 'Move…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Move draft?' });
  await expect(confirm).toContainText('from Professional to Personal');
  await expect(confirm.getByRole('button', { name: 'Keep in Professional' })).toBeFocused();
  await page.screenshot({ path: join(ARTIFACTS, 'composer-move-confirm.png') });
  await confirm.getByRole('button', { name: 'Move to Personal' }).click();
  await expect(panel.getByText('Moved to Personal.')).toBeVisible();
  expect(harness.store.drafts.list(pro.id)).toEqual([]);
  expect(harness.store.drafts.list(personal.id).map((d) => d.text)).toEqual(['First version of the announcement.']);
  const moved = harness.store.activity.query({ kinds: ['draft.moved'] }).rows;
  expect(moved).toHaveLength(1);
  expect(moved[0]!.summary).toMatch(/Professional.*Personal/);

  // Another identity's window cannot reach the moved draft by id.
  const draftId = harness.store.drafts.list(personal.id)[0]!.id;
  const probe = await page.evaluate(([identityId, id]) => window.hatstand.drafts.history({ identityId: identityId!, draftId: id! }), [pro.id, draftId]);
  expect(probe).toMatchObject({ ok: false, error: { code: 'store/not-found' } });
});

test('a save that fails keeps its text for the next one, and nothing is done on the unsaved draft', async () => {
  const { identity: pro, page, panel, editor } = await harness.openComposer('Professional');
  await editor.fill('Quarterly numbers are in.');
  await expect.poll(() => harness.store.drafts.list(pro.id).map((d) => d.text)).toEqual(['Quarterly numbers are in.']);

  // The disk is full for a while: the save is refused as the store refuses it, with a sentence to show.
  const handlers = harness.services.handlers as unknown as Record<string, (...args: unknown[]) => unknown>;
  const save = handlers['drafts:save']!;
  handlers['drafts:save'] = () => {
    throw new AppError('storage-full', 'The disk is full; free some space and Hatstand saves again.');
  };
  await editor.fill('Quarterly numbers are in. Great quarter!');
  await expect(panel.getByRole('alert')).toContainText('Not saved: The disk is full');
  // Inserting waits for a saved draft: the banner stays, and nothing is inserted.
  await panel.getByRole('button', { name: /^Insert into/ }).click();
  await expect(panel.getByRole('alert')).toContainText('Not saved');
  await expect(panel.getByText(/^Inserted into|compose box first/)).toHaveCount(0);
  // Closed and opened again while the disk is still full: the unsaved text comes back, still to be saved (it used to
  // die with the closed composer, and the draft came back as last saved).
  await page.getByRole('button', { name: 'Drafts' }).click();
  await page.getByRole('button', { name: 'Compose' }).click();
  await expect(editor).toHaveValue('Quarterly numbers are in. Great quarter!');
  await expect(panel.getByRole('alert')).toContainText('could not be saved when the composer closed');
  expect(harness.store.drafts.list(pro.id)[0]?.text).toBe('Quarterly numbers are in.');

  // Space again: leaving the box saves the text that was refused, without another keystroke.
  handlers['drafts:save'] = save;
  await editor.focus();
  await panel.getByRole('button', { name: 'History' }).focus();
  await expect.poll(() => harness.store.drafts.list(pro.id)[0]?.text).toBe('Quarterly numbers are in. Great quarter!');
  await expect(panel.getByRole('status')).toHaveText('Saved');
});

test('"New draft" straight after typing keeps what was typed as a draft and starts an empty one', async () => {
  const { identity: pro, panel, editor } = await harness.openComposer('Professional');
  // Sooner than the autosave: the click saves it, and the save names the draft as the click empties the composer.
  await editor.fill('A thought before the meeting.');
  await panel.getByRole('button', { name: 'New draft' }).click();
  await expect(editor).toHaveValue('');
  await expect.poll(() => harness.store.drafts.list(pro.id).map((d) => d.text)).toEqual(['A thought before the meeting.']);
  await editor.fill('A second, separate thought.');
  await expect.poll(() => harness.store.drafts.list(pro.id).map((d) => d.text).sort()).toEqual(['A second, separate thought.', 'A thought before the meeting.']);
});

test('warnings underline the words as you type, and the list says why', async () => {
  const pro = harness.identity('Professional');
  harness.store.settings.setFor(pro.id, WARNING_SETTINGS_KEY, { never: ['my therapist'] });
  harness.services.warnings.invalidate();
  await harness.openIdentity(pro.id);
  const page = harness.page(pro.id);
  await page.getByRole('button', { name: 'Compose' }).click();
  const panel = page.getByRole('complementary', { name: 'composer' });
  await panel.getByRole('textbox').pressSequentially('Running late, my therapist moved our session.', { delay: 5 });
  const mark = panel.locator('.editor-mirror mark.underline');
  await expect(mark.first()).toHaveText('my therapist');
  await expect(panel.getByRole('list', { name: 'Warnings' })).toContainText("never-say list");
  await page.screenshot({ path: join(ARTIFACTS, 'composer-warnings.png') });
  await expect.poll(() => harness.inserted.length).toBe(0);
  await panel.getByRole('button', { name: /Insert into/ }).click();
  // (After the pending save: inserting waits for the draft to be saved.)
  await expect.poll(() => harness.inserted).toEqual([{ identityId: pro.id, text: 'Running late, my therapist moved our session.' }]);
});

test('the activity log filters by identity, searches, shows details and exports', async () => {
  const pro = harness.identity('Professional');
  const personal = harness.identity('Personal');
  const now = Date.now();
  harness.store.activity.appendMany(
    Array.from({ length: 300 }, (_, i) => ({
      at: now - i * 60_000,
      identityId: i % 2 ? pro.id : personal.id,
      kind: i % 3 ? 'site.opened' : 'post.sent',
      site: i % 2 ? 'linkedin.com' : 'mastodon.social',
      summary: i === 7 ? 'Posted about the quarterly budget' : `Event number ${i}`,
    })),
  );
  await harness.openLog();
  const log = harness.page('log');
  const rows = log.getByRole('row');
  await expect(rows.first()).toBeVisible();
  // Virtualized: far fewer rows in the DOM than events.
  expect(await rows.count()).toBeLessThan(80);

  await log.getByRole('group', { name: 'Identities' }).getByText('Professional').click();
  await expect(rows.first()).toContainText('Professional');
  await expect(log.locator('.log-row', { hasText: 'Personal' })).toHaveCount(0);
  // Kinds in words, not codes; the filter offers them so too, and still filters by the code.
  await expect(log.locator('.log-row[data-kind="site.opened"]').first()).toContainText('Site opened');
  await expect(log.getByText('site.opened')).toHaveCount(0);
  await log.getByLabel('Kind').selectOption({ label: 'Post let out' });
  await expect(log.locator('.log-row[data-kind="site.opened"]')).toHaveCount(0);
  await expect(log.locator('.log-row[data-kind="post.sent"]').first()).toContainText('Post let out');
  await log.getByLabel('Kind').selectOption({ label: 'all' });
  await expect(log.locator('.log-row[data-kind="site.opened"]').first()).toBeVisible();
  await log.screenshot({ path: join(ARTIFACTS, 'activity-log.png') });

  await log.getByLabel('Search', { exact: true }).fill('quarterly budget');
  await expect(rows).toHaveCount(1);
  await rows.first().click();
  await expect(log.getByRole('complementary', { name: 'Event detail' })).toContainText('Posted about the quarterly budget');

  // FTS syntax in a search is taken literally, never an error.
  await log.getByLabel('Search', { exact: true }).fill('"budget AND (NEAR');
  await expect(log.getByText('No events match.')).toBeVisible();
  await expect(log.getByRole('alert')).toHaveCount(0);

  // An end date before the start date gets a sentence.
  await log.getByLabel('Search', { exact: true }).fill('');
  await log.getByLabel('From', { exact: true }).fill('2026-11-20');
  await log.getByLabel('To', { exact: true }).fill('2026-11-10');
  await expect(log.getByRole('alert')).toContainText('end of the date range is before its start');
  await log.getByLabel('To', { exact: true }).fill('');
  await log.getByLabel('From', { exact: true }).fill('');
  // A valid range again: the sentence goes once the list has reloaded.
  await expect(log.getByRole('alert')).toHaveCount(0);

  harness.exportPath = join(harness.dir, 'export.csv');
  // One export at a time: while the first asks where to save, both buttons are off.
  let release = () => {};
  harness.exportHold = new Promise((resolve) => (release = resolve));
  await log.getByRole('button', { name: 'Export CSV' }).click();
  await expect(log.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  await expect(log.getByRole('button', { name: 'Export JSON' })).toBeDisabled();
  await log.getByRole('button', { name: 'Export JSON' }).click({ force: true }); // (off: nothing is asked)
  expect(harness.exportAsks).toBe(1);
  release();
  harness.exportHold = null;
  await expect(log.getByText(/Exported \d+ events to/)).toBeVisible();
  await expect(log.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  expect(harness.exportAsks).toBe(1);
  expect(existsSync(harness.exportPath)).toBe(true);
  const csv = readFileSync(harness.exportPath, 'utf8').trim().split('\n');
  // A header, then every Professional event: the 150 above and its creation on first run.
  expect(csv.length).toBe(1 + harness.store.activity.query({ identityIds: [pro.id], limit: 1000 }).rows.length);
  expect(csv.length).toBe(152);
  // A failed export stays on screen even when a filter change reloads the list right after it
  // (the reload used to clear every error, so the failure flashed and vanished).
  harness.exportPath = '/proc/forbidden/export.json';
  await log.getByLabel('Search', { exact: true }).fill('Event');
  await log.getByRole('button', { name: 'Export JSON' }).click();
  await expect(log.getByRole('alert')).toBeVisible();
  // (The CSV export's "Exported …" no longer stands beside this failure.)
  await expect(log.getByText(/Exported \d+ events to/)).toHaveCount(0);
  await expect(rows.first()).toContainText('Event number');
  await log.getByLabel('Search', { exact: true }).fill('');
  await expect(rows.first()).toContainText('Professional');
  await expect(log.getByRole('alert')).toBeVisible();

  // Retention is the only deletion, and it is logged. A month later, everything above is older than 30 days.
  const before = harness.store.activity.count();
  harness.advance(31 * 24 * 60 * 60 * 1000);
  // Keeping less deletes at once, so it is asked first: a stray arrow key on the select deletes nothing.
  const retention = log.getByLabel('Keep events');
  await retention.selectOption('30');
  const ask = log.getByRole('alertdialog', { name: 'Delete older events?' });
  await expect(ask).toContainText('cannot be undone');
  await expect(ask.getByRole('button', { name: 'Keep them' })).toBeFocused();
  await log.screenshot({ path: join(ARTIFACTS, 'activity-log-retention-confirm.png') });
  await log.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);
  await expect(retention).toHaveValue('forever');
  await expect(retention).toBeFocused();
  expect(harness.store.activity.count()).toBe(before);
  expect(harness.store.settings.get('activity.retentionDays', null)).toBeNull();

  await retention.selectOption('30');
  await ask.getByRole('button', { name: 'Delete events older than 30 days' }).click();
  await expect(log.getByText(/keeps 30 days; \d+ older events were deleted/)).toBeVisible();
  await expect(retention).toBeFocused(); // (the question is gone, and the focus with it back to the select)
  // Only the settings change, made "now", survives, plus the retention's own record.
  expect(harness.store.activity.count()).toBeLessThan(before);
  expect(harness.store.settings.get('activity.retentionDays', null)).toBe(30);
  expect(harness.store.activity.query({ kinds: ['log.retention'] }).rows).toHaveLength(1);
  // And the list shows what is left (of Professional, still the filter): the deleted events go.
  await expect(log.locator('.log-row', { hasText: 'Event number' })).toHaveCount(0);
  await expect(rows).toHaveCount(harness.store.activity.query({ identityIds: [pro.id] }).rows.length);
  // Keeping more deletes nothing, and is not asked.
  await retention.selectOption('365');
  await expect(log.getByText('The log keeps 365 days; 0 older events were deleted.')).toBeVisible();
  await expect(ask).toHaveCount(0);
});

test('a permission a site was refused is told in its window, and can be allowed there for that site and identity only', async () => {
  const pro = harness.identity('Professional');
  const personal = harness.identity('Personal');
  await harness.openIdentity(pro.id);
  const page = harness.page(pro.id);
  await harness.emitTo(pro.id, 'permissions:refused', { identityId: pro.id, origin: 'https://meet.example.com', permission: 'media' });
  // (Another identity's refusal is not this window's.)
  await harness.emitTo(pro.id, 'permissions:refused', { identityId: personal.id, origin: 'https://x.com', permission: 'notifications' });
  const notice = page.getByRole('status').filter({ hasText: 'meet.example.com asked to use your camera or microphone' });
  await expect(notice).toContainText('was refused, as every site is until you allow it here');
  await expect(page.getByText('x.com asked to')).toHaveCount(0);
  await page.screenshot({ path: join(ARTIFACTS, 'permission-refused-notice.png') });
  await notice.getByRole('button', { name: 'Allow for meet.example.com' }).click();
  await expect(page.getByText('meet.example.com may now use your camera or microphone in Professional')).toBeVisible();
  expect(harness.store.settings.getFor(pro.id, 'permissions.allowed', [])).toEqual([{ origin: 'https://meet.example.com', permission: 'media' }]);
  expect(harness.store.settings.getFor(personal.id, 'permissions.allowed', [])).toEqual([]);
});

test('permissions and session cookies: per identity, from settings', async () => {
  const pro = harness.identity('Professional');
  const personal = harness.identity('Personal');
  await harness.openIdentity(pro.id);
  const page = harness.page(pro.id);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const section = page.getByRole('region', { name: 'Permissions' });
  await expect(section).toContainText('Nothing allowed.');
  await section.getByLabel('Site address').fill('https://meet.example.com/room/42');
  await section.getByLabel('Permission').selectOption('media');
  await section.getByRole('button', { name: 'Allow' }).click();
  await expect(section.getByRole('listitem')).toContainText('Camera and microphone');
  expect(harness.store.settings.getFor(pro.id, 'permissions.allowed', [])).toEqual([{ origin: 'https://meet.example.com', permission: 'media' }]);
  expect(harness.store.settings.getFor(personal.id, 'permissions.allowed', [])).toEqual([]);
  await section.getByRole('button', { name: 'Revoke' }).click();
  await expect(section).toContainText('Nothing allowed.');

  // Keeping session cookies is an opt-in per identity.
  const keep = page.getByLabel(/Keep me signed in across restarts/);
  // What is kept, and why some sign-ins still end, is the box's description rather than a paragraph inside its label.
  await expect(keep).toHaveAccessibleDescription(/kept for 30 days, in .+ only\. Cookies that another site.s frame may have set are not kept/);
  await expect(keep).not.toBeChecked();
  await keep.check();
  await expect.poll(() => harness.store.settings.getFor(pro.id, 'session.keepSessionCookies', false)).toBe(true);
  expect(harness.store.settings.getFor(personal.id, 'session.keepSessionCookies', false)).toBe(false);
});
