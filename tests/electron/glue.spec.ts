import { expect, test, type Page } from '@playwright/test';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { ElectronApplication } from 'playwright';
import { startFakeMastodon } from '../support/fake-site';
import { launchApp, openIdentityOn } from './app-fixture';

/**
 * Issue 8's glue defects on the real app (run where an Electron binary exists):
 * pages gone after their window closes, a second `hatstand --identity`, a
 * modifier-clicked link, a blank sign-in popup, and a reload that keeps the
 * confirmation sheet. The Node tests in tests/node/glue show the same on the
 * shared Electron doubles; these check the doubles were right.
 */
let server: Server;
let base = '';
const seen: Array<{ path: string; referer: string | undefined; method: string; body: string }> = [];

function page(body: string): string {
  return `<!doctype html><meta charset="utf-8"><title>test site</title><body>${body}</body>`;
}

test.beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      seen.push({ path, referer: req.headers.referer, method: req.method ?? 'GET', body });
      res.writeHead(200, { 'content-type': 'text/html' });
      if (path === '/') {
        res.end(
          page(`<p><a id="link" href="/target" style="display:block;width:200px;height:40px">a link</a></p>
                <button id="popup" onclick="window.popup = window.open('about:blank', 'signin', 'width=483,height=600'); window.popup.location = '${base}signin'">sign in</button>
                <audio id="a"></audio><script>window.ticks = 0; setInterval(() => fetch('/tick'), 200);</script>`),
        );
      } else {
        res.end(page(`<p id="where">${path}</p>`));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});
test.afterAll(() => new Promise<void>((r) => server.close(() => r())));
test.beforeEach(() => void (seen.length = 0));

/** Opens the identity's window with the test site added and shown; returns the identity id and chrome page. */
async function openOn(app: ElectronApplication, name: string, url: string): Promise<{ identityId: string; chrome: Page }> {
  const { identityId, chrome } = await openIdentityOn(app, name, url);
  await expect.poll(() => sitePages(app, identityId)).toContainEqual(expect.stringContaining(url));
  return { identityId, chrome };
}

/** URLs of the live pages in an identity's partition. */
function sitePages(app: ElectronApplication, identityId: string): Promise<string[]> {
  return app.evaluate(({ webContents, session }, identityId) => {
    const partition = session.fromPartition(`persist:identity-${identityId}`);
    return webContents
      .getAllWebContents()
      .filter((w) => !w.isDestroyed() && w.session === partition)
      .map((w) => w.getURL());
  }, identityId);
}

/** Runs script in the identity's page showing this URL. */
function inPage(app: ElectronApplication, identityId: string, url: string, script: string): Promise<unknown> {
  return app.evaluate(
    async ({ webContents, session }, { identityId, url, script }) => {
      const partition = session.fromPartition(`persist:identity-${identityId}`);
      for (let i = 0; i < 100; i++) {
        const wc = webContents.getAllWebContents().find((w) => w.session === partition && w.getURL() === url && !w.isLoading());
        if (wc) return wc.executeJavaScript(script, true);
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no page at ${url}`);
    },
    { identityId, url, script },
  );
}

test('item 4: closing an identity window leaves none of its pages running, and reopening makes one copy', async () => {
  const { app, close } = await launchApp();
  try {
    const { identityId, chrome } = await openOn(app, 'Personal', base);
    await chrome.close();
    await expect.poll(() => sitePages(app, identityId)).toEqual([]);
    const ticksAfter = seen.filter((s) => s.path === '/tick').length;
    await new Promise((r) => setTimeout(r, 800));
    expect(seen.filter((s) => s.path === '/tick').length).toBe(ticksAfter);

    await (await app.firstWindow()).evaluate((id) => window.hatstand.windows.openIdentity({ identityId: id }), identityId);
    await expect.poll(async () => (await sitePages(app, identityId)).length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 500));
    expect((await sitePages(app, identityId)).length).toBe(1);
  } finally {
    await close();
  }
});

test('item 5: a second `hatstand --identity professional` opens Professional in the running app', async () => {
  const { app, again, close } = await launchApp();
  try {
    await app.firstWindow();
    expect(await again(['--identity', 'professional'])).toBe(0);
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Hatstand: Professional/)]),
    );
    expect(await again(['--identity=Personal'])).toBe(0);
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Hatstand: Personal/)]),
    );
  } finally {
    await close();
  }
});

test('item 6: a Ctrl-clicked link opens in the same identity window, with its referrer', async () => {
  const { app, close } = await launchApp();
  try {
    const { identityId } = await openOn(app, 'Professional', base);
    const windowsBefore = app.windows().length;
    // A real (trusted) Ctrl+click on the link, as the person makes it.
    await app.evaluate(
      async ({ webContents, session }, { identityId, base }) => {
        const partition = session.fromPartition(`persist:identity-${identityId}`);
        const wc = webContents.getAllWebContents().find((w) => w.session === partition && w.getURL() === base)!;
        const box = (await wc.executeJavaScript(`(() => { const r = document.getElementById('link').getBoundingClientRect(); return { x: r.x + 10, y: r.y + 10 }; })()`)) as { x: number; y: number };
        const modifiers: Array<'control' | 'meta'> = [process.platform === 'darwin' ? 'meta' : 'control'];
        wc.sendInputEvent({ type: 'mouseDown', x: box.x, y: box.y, button: 'left', clickCount: 1, modifiers });
        wc.sendInputEvent({ type: 'mouseUp', x: box.x, y: box.y, button: 'left', clickCount: 1, modifiers });
      },
      { identityId, base },
    );
    await expect.poll(() => sitePages(app, identityId)).toContainEqual(`${base}target`);
    expect(app.windows().length).toBe(windowsBefore);
    expect(seen.find((s) => s.path === '/target')?.referer).toBe(base);
    expect(await inPage(app, identityId, `${base}target`, `document.getElementById('where').textContent`)).toBe('/target');
  } finally {
    await close();
  }
});

test("item 13 and item 4: window.open('about:blank') then navigated stays in the identity, and closing it tells the opener", async () => {
  const { app, close } = await launchApp();
  try {
    const { identityId } = await openOn(app, 'Professional', base);
    await inPage(app, identityId, base, `document.getElementById('popup').click(); true`);
    await expect.poll(() => sitePages(app, identityId)).toContainEqual(`${base}signin`);
    const popupTitle = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()));
    expect(popupTitle.filter((t) => /^Hatstand: Professional/.test(t)).length).toBe(2);
    expect(await inPage(app, identityId, base, `window.popup.closed`)).toBe(false);
    // The person closes the popup window.
    await app.evaluate(({ BrowserWindow }) => {
      const windows = BrowserWindow.getAllWindows().filter((w) => /^Hatstand: Professional/.test(w.getTitle()));
      windows.sort((a, b) => a.getBounds().width - b.getBounds().width)[0]!.close();
    });
    await expect.poll(() => inPage(app, identityId, base, `window.popup.closed`)).toBe(true);
  } finally {
    await close();
  }
});

test('item 7: reloading the chrome keeps the confirmation sheet, and Ctrl+R reloads the site, not the chrome', async () => {
  const site = await startFakeMastodon();
  const { app, close } = await launchApp();
  try {
    const { identityId, chrome } = await openOn(app, 'Professional', site.url);
    const siteUrl = (await sitePages(app, identityId)).find((u) => u.startsWith(site.url))!;
    await inPage(app, identityId, siteUrl, `window.marker = 1; true`);
    await chrome.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    // Menu commands go to the focused window (BaseWindow.getFocusedWindow()).
    await app.evaluate(({ BrowserWindow }, id) => BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().includes(id))?.focus(), identityId);
    await chrome.keyboard.press(process.platform === 'darwin' ? 'Meta+R' : 'Control+R');
    await expect.poll(() => inPage(app, identityId, siteUrl, `window.marker ?? null`)).toBeNull();
    expect(await chrome.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

    await inPage(app, identityId, siteUrl, `document.getElementById('text').value = 'Kept across a reload'; document.getElementById('post').click(); true`);
    const sheet = chrome.getByRole('alertdialog', { name: 'Post as Professional?' });
    await expect(sheet).toContainText('Kept across a reload');
    await chrome.reload();
    await expect(sheet).toContainText('Kept across a reload');
    await chrome.screenshot({ path: 'tests/artifacts/electron-reload-keeps-sheet.png' });
    await sheet.getByRole('button', { name: 'Post as Professional' }).click();
    await expect.poll(() => inPage(app, identityId, siteUrl, `document.getElementById('result').textContent`)).toBe('posted');
  } finally {
    await close();
    await site.close();
  }
});
