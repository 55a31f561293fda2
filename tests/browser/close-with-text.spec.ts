import { expect, test, type Browser } from '@playwright/test';
import { Harness } from '../support/harness';
import { AppError } from '../../shared/result';

/*
 * Closing a window with text in the composer. This spec has a browser of its own: its page is left having asked to
 * stay (beforeunload), and once in CI the Chromium shared by the other specs was gone after this context closed, so
 * the next test could not open a window. A browser that goes down here takes only this spec with it.
 */
let own: Browser;
let harness: Harness;
test.beforeEach(async ({ playwright, launchOptions }) => {
  own = await playwright.chromium.launch(launchOptions);
  harness = await Harness.start(own);
});
test.afterEach(async () => {
  try {
    expect(harness.unexpected).toEqual([]);
  } finally {
    await harness.close();
    await own.close().catch(() => {});
  }
});

test('closing the window saves what was typed a moment before, and asks before losing text the disk refused', async () => {
  const { identity: pro, page, editor } = await harness.openComposer('Professional');
  // Sooner than the autosave: the close sends it (the page unloads without unmounting the composer).
  await editor.fill('Typed just before closing.');
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  await harness.closePage(pro.id);
  await expect.poll(() => harness.store.drafts.list(pro.id).map((d) => d.text)).toEqual(['Typed just before closing.']);

  const again = await harness.openComposer('Professional');
  const handlers = harness.services.handlers as unknown as Record<string, (...args: unknown[]) => unknown>;
  const [save, create] = [handlers['drafts:save']!, handlers['drafts:create']!];
  handlers['drafts:save'] = handlers['drafts:create'] = () => {
    throw new AppError('storage-full', 'The disk is full; free some space and Hatstand saves again.');
  };
  await again.editor.fill('Typed just before closing. And more.');
  await expect(again.panel.getByRole('alert')).toContainText('Not saved: The disk is full');
  // The page asks to stay (in Hatstand, main then asks the person: will-prevent-unload).
  const asked = new Promise<string>((resolve) => again.page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.type()))));
  await again.page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  expect(again.page.isClosed()).toBe(false);
  // (What happens once there is space again, a close trying the save again, is not checked here: a save sent while
  // Chromium's beforeunload dialog is up can stay unanswered in this harness, whose preload stand-in is a page binding.)
  handlers['drafts:save'] = save;
  handlers['drafts:create'] = create;
});

