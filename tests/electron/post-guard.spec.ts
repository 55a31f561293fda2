import { expect, test, type Page } from '@playwright/test';
import type { ElectronApplication } from 'playwright';
import { startFakeMastodon } from '../support/fake-site';
import { launchApp, openIdentityOn } from './app-fixture';

/**
 * The post guard through a real identity partition: a site inside the
 * Professional window posts; session.webRequest holds the request; the sheet
 * appears in Professional's chrome; Cancel stops it and Post lets it through.
 */
let site: Awaited<ReturnType<typeof startFakeMastodon>>;
test.beforeEach(async () => {
  site = await startFakeMastodon();
});
test.afterEach(() => site.close());

async function openProfessionalOn(app: ElectronApplication, url: string): Promise<{ chrome: Page; identityId: string }> {
  const { chrome, identityId } = await openIdentityOn(app, 'Professional', url, 'Fake');
  return { chrome, identityId };
}

/** Runs script in the site view of this identity (found by its partition). */
function inSite(app: ElectronApplication, identityId: string, url: string, script: string) {
  return app.evaluate(
    async ({ webContents, session }, { identityId, url, script }) => {
      const partition = session.fromPartition(`persist:identity-${identityId}`);
      for (let i = 0; i < 100; i++) {
        const wc = webContents.getAllWebContents().find((w) => w.session === partition && w.getURL().startsWith(url));
        if (wc && !wc.isLoading()) return wc.executeJavaScript(script, true);
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the site view did not load');
    },
    { identityId, url, script },
  );
}

test('a post from inside the Professional window is held until the person decides', async () => {
  const { app, close } = await launchApp();
  try {
    const { chrome, identityId } = await openProfessionalOn(app, site.url);
    const publish = (text: string) =>
      inSite(app, identityId, site.url, `document.getElementById('text').value = ${JSON.stringify(text)}; document.getElementById('post').click(); true`);
    const result = () => inSite(app, identityId, site.url, `document.getElementById('result').textContent`);

    await publish('Held by Hatstand, then cancelled.');
    const sheet = chrome.getByRole('alertdialog', { name: 'Post as Professional?' });
    await expect(sheet).toContainText('Held by Hatstand, then cancelled.');
    await chrome.screenshot({ path: 'tests/artifacts/electron-guard-sheet.png' });
    await sheet.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(result).toBe('blocked');
    expect(site.received).toEqual([]);

    await publish('Held by Hatstand, then posted.');
    await sheet.getByRole('button', { name: 'Post as Professional' }).click();
    await expect.poll(result).toBe('posted');
    expect(site.received.map((r) => r.status)).toEqual(['Held by Hatstand, then posted.']);

    // A like is not a post: it goes straight through.
    await inSite(app, identityId, site.url, `document.getElementById('like').click(); true`);
    await expect.poll(result).toBe('liked');
  } finally {
    await close();
  }
});
