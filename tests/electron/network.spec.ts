import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { addTestSite, chromeOf as waitForChrome, launchApp } from './app-fixture';
import { startHttpProxy, startSocksProxy, type RunningProxy } from '../support/proxies';

/**
 * The real app with two identities behind two real local proxies (tinyproxy
 * with a password, answered through the site view's `login` event from the
 * keychain; microsocks): each reaches one local site from a different peer.
 * With one proxy stopped, that identity's chrome shows the error, the site
 * sees no direct connection, and the other identity still works.
 */
const USER = 'e2e-proxy';
const PASSWORD = 'e2e-proxy-pw-93b1';
let site: Server;
let siteUrl = '';
const connections: string[] = [];
let httpProxy: RunningProxy;
let socksProxy: RunningProxy;

test.beforeAll(async () => {
  httpProxy = await startHttpProxy({ bind: '127.0.0.2', auth: { username: USER, password: PASSWORD } });
  socksProxy = await startSocksProxy({ bind: '127.0.0.3' });
  site = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', connection: 'close' });
    res.end(`<!doctype html><title>peer</title><p id="peer">${req.socket.remoteAddress}</p>`);
  });
  site.on('connection', (s) => connections.push(s.remoteAddress ?? ''));
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  const address = site.address();
  siteUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});
test.afterAll(async () => {
  await httpProxy?.dispose();
  await socksProxy?.dispose();
  site?.closeAllConnections();
  await new Promise<void>((r) => (site ? site.close(() => r()) : r()));
});

test('two identities through two proxies reach a local site with different peers; one proxy down shows its error and the other still works', async () => {
  const { app, close } = await launchApp();
  try {
    const launcher = await app.firstWindow();
    await expect(launcher.getByRole('list', { name: 'Identities' }).getByRole('listitem')).toHaveCount(2);
    // The launcher sets each identity's proxy; each identity's own window then adds the local site (sites:add is its alone).
    const ids = await launcher.evaluate(
      async ({ http, socks, user, password }) => {
        const list = await window.hatstand.identities.list({});
        if (!list.ok) throw new Error(list.error.message);
        for (const identity of list.value) {
          const network =
            identity.name === 'Professional'
              ? await window.hatstand.network.set({ identityId: identity.id, mode: 'http', host: '127.0.0.1', port: http, credentials: { action: 'set', username: user, password } })
              : await window.hatstand.network.set({ identityId: identity.id, mode: 'socks5', host: '127.0.0.1', port: socks });
          if (!network.ok) throw new Error(network.error.message);
        }
        return list.value.map((i) => ({ id: i.id, name: i.name }));
      },
      { http: httpProxy.port, socks: socksProxy.port, user: USER, password: PASSWORD },
    );
    const personal = ids.find((i) => i.name === 'Personal')!;
    const professional = ids.find((i) => i.name === 'Professional')!;
    await launcher.getByRole('button', { name: 'Open Personal window' }).click();
    await launcher.getByRole('button', { name: 'Open Professional window' }).click();
    await expect.poll(() => app.windows().filter((w) => /view=identity/.test(w.url())).length).toBe(2);
    const chromeOf = (id: string) => app.windows().find((w) => w.url().includes(id))!;
    for (const who of [personal, professional]) {
      const chrome = await waitForChrome(app, who.id);
      const siteId = await addTestSite(chrome, who.id, siteUrl, 'Peer');
      await chrome.evaluate(({ id, site }) => window.hatstand.chrome.showSite({ identityId: id, siteId: site }), { id: who.id, site: siteId });
    }

    const peerOf = (identityId: string) =>
      app.evaluate(
        async ({ webContents, session }, { identityId, siteUrl }) => {
          const partition = session.fromPartition(`persist:identity-${identityId}`);
          for (let i = 0; i < 100; i++) {
            const wc = webContents.getAllWebContents().find((w) => w.session === partition && w.getURL().startsWith(siteUrl));
            if (wc && !wc.isLoading()) {
              const peer = await wc.executeJavaScript(`document.getElementById('peer')?.textContent ?? ''`);
              return { peer, webrtc: wc.getWebRTCIPHandlingPolicy(), userAgent: wc.getUserAgent() };
            }
            await new Promise((r) => setTimeout(r, 100));
          }
          throw new Error(`no site view for ${identityId}`);
        },
        { identityId, siteUrl },
      );
    const a = await peerOf(personal.id);
    const b = await peerOf(professional.id);
    expect(a.peer).toBe('127.0.0.3');
    expect(b.peer).toBe('127.0.0.2');
    expect([a.webrtc, b.webrtc]).toEqual(['disable_non_proxied_udp', 'disable_non_proxied_udp']);
    expect(a.userAgent).not.toMatch(/Electron|hatstand/i);
    expect(new Set(connections)).toEqual(new Set(['127.0.0.2', '127.0.0.3']));

    // Professional's proxy stops: its page fails, its chrome says so, nothing goes direct.
    await httpProxy.stop();
    connections.length = 0;
    const proChrome = chromeOf(professional.id);
    await proChrome.evaluate((id) => window.hatstand.chrome.navigate({ identityId: id, action: 'reload' }), professional.id);
    await expect(proChrome.getByRole('alert', { name: "Professional's connection" })).toContainText(
      `Professional's proxy at 127.0.0.1:${httpProxy.port} does not answer: nothing was sent.`,
    );
    await proChrome.screenshot({ path: 'tests/artifacts/electron-proxy-down.png' });
    expect(connections).toEqual([]);

    // Personal is untouched.
    const personalChrome = chromeOf(personal.id);
    await personalChrome.evaluate((id) => window.hatstand.chrome.navigate({ identityId: id, action: 'reload' }), personal.id);
    await expect.poll(async () => (await peerOf(personal.id)).peer).toBe('127.0.0.3');
    expect(connections.filter((c) => c !== '127.0.0.3')).toEqual([]);
  } finally {
    await close();
  }
});
