import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { addTestSite, chromeOf, launchApp } from './app-fixture';

/**
 * The real app: launch, open both identities, and show that a cookie and
 * localStorage set by a site in Personal are invisible to the same site in
 * Professional (separate persist:identity-<uuid> partitions).
 */
let server: Server;
let siteUrl = '';
test.beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>test site</title><p>a site</p>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  siteUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});
test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

test('launches, opens both identities, and keeps their cookies and storage apart', async () => {
  const { app, close } = await launchApp();
  try {
    const launcher = await app.firstWindow();
    await expect(launcher.getByRole('list', { name: 'Identities' }).getByRole('listitem')).toHaveCount(2);
    await launcher.screenshot({ path: 'tests/artifacts/electron-launcher.png' });

    const ids = await launcher.evaluate(async () => {
      const list = await window.hatstand.identities.list({});
      return list.ok ? list.value.map((i) => ({ id: i.id, name: i.name })) : [];
    });

    await launcher.getByRole('button', { name: 'Open Personal window' }).click();
    await launcher.getByRole('button', { name: 'Open Professional window' }).click();
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()).sort())).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Hatstand: Personal/), expect.stringMatching(/^Hatstand: Professional/)]),
    );

    // Both identities get the same local test site, added in each one's own window (the launcher may not add sites).
    for (const identity of ids) {
      const chrome = await chromeOf(app, identity.id);
      const siteId = await addTestSite(chrome, identity.id, siteUrl);
      await chrome.evaluate(({ id, site }) => window.hatstand.chrome.showSite({ identityId: id, siteId: site }), { id: identity.id, site: siteId });
    }
    const personal = ids.find((i) => i.name === 'Personal')!;
    const professional = ids.find((i) => i.name === 'Professional')!;

    // Set a cookie and localStorage in Personal's view of the site, then read both views.
    const read = (identityId: string, script: string) =>
      app.evaluate(
        async ({ webContents, session }, { identityId, script, siteUrl }) => {
          const partition = session.fromPartition(`persist:identity-${identityId}`);
          for (let i = 0; i < 50; i++) {
            const wc = webContents.getAllWebContents().find((w) => w.session === partition && w.getURL().startsWith(siteUrl));
            if (wc && !wc.isLoading()) return wc.executeJavaScript(script);
            await new Promise((r) => setTimeout(r, 100));
          }
          throw new Error(`no site view for ${identityId}`);
        },
        { identityId, script, siteUrl },
      );
    await read(personal.id, `document.cookie = 'who=personal; max-age=3600'; localStorage.setItem('who', 'personal'); true`);
    expect(await read(personal.id, 'document.cookie')).toContain('who=personal');
    expect(await read(personal.id, `localStorage.getItem('who')`)).toBe('personal');
    expect(await read(professional.id, 'document.cookie')).toBe('');
    expect(await read(professional.id, `localStorage.getItem('who')`)).toBeNull();

    // And the default session never saw it either (PITFALLS 2).
    const inDefault = await app.evaluate(({ session }, url) => session.defaultSession.cookies.get({ url }), siteUrl);
    expect(inDefault).toEqual([]);

    // Every site view runs sandboxed, isolated, without Node, on its identity partition.
    const prefs = await app.evaluate(({ webContents }) =>
      webContents
        .getAllWebContents()
        .filter((w) => w.getURL().startsWith('http'))
        .map((w) => ({ partition: (w.session as unknown as { storagePath: string | null }).storagePath ?? '' })),
    );
    expect(prefs.every((p) => /identity-/.test(p.partition))).toBe(true);

    for (const w of app.windows()) if (/identity/.test(w.url())) await w.screenshot({ path: `tests/artifacts/electron-${/Personal/.test(await w.title()) ? 'personal' : 'professional'}.png` });
  } finally {
    await close();
  }
});

test('hatstand --identity professional opens that window directly', async () => {
  const { app, close } = await launchApp(['--identity', 'professional']);
  try {
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Hatstand: Professional/)]),
    );
  } finally {
    await close();
  }
});
