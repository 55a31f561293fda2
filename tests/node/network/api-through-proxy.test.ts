import keytar from 'keytar';
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Identity } from '../../../shared/domain/identity';
import { createHandlers, type AppServices } from '../../../electron/main/services/api/handlers';
import type { WindowsPort } from '../../../electron/main/services/api/ports';
import { createRouter, type CallerContext, type Router } from '../../../electron/main/services/api/router';
import type { Channel } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import { PROXY_SECRET } from '../../../electron/main/services/network';
import { SecretVault, VAULT_SERVICE } from '../../../electron/main/services/vault';
import { startHttpProxy, startSocksProxy, type RunningProxy } from '../../support/proxies';
import { startFakeMastodon, type FakeMastodon } from '../accounts/support/fake-mastodon';
import { startFakeBluesky } from '../accounts/support/fake-bluesky';
import { tempStore } from '../store/helpers';
import { requireRealKeyring } from '../vault/support/keyring';

// The whole composer path (IPC router -> guard -> ConnectedAccounts ->
// NetworkService -> undici / socks) against REAL proxies from Debian
// (tinyproxy for HTTP CONNECT, microsocks for SOCKS5) and a local
// Mastodon-shaped server. Each proxy opens its outgoing connections from its
// own loopback address, so the fake site's peer address says which way a
// post came; a post that came directly would come from 127.0.0.1.
beforeAll(requireRealKeyring);

const PROXY_USER = 'hatstand-test';
const PROXY_PASSWORD = 'proxy-pw-7f3a9c1e-never-in-sqlite';

let httpProxy: RunningProxy;
let socksProxy: RunningProxy;
beforeAll(async () => {
  httpProxy = await startHttpProxy({ bind: '127.0.0.2', auth: { username: PROXY_USER, password: PROXY_PASSWORD } });
  socksProxy = await startSocksProxy({ bind: '127.0.0.3' });
});
afterAll(async () => {
  await httpProxy?.dispose();
  await socksProxy?.dispose();
});

const noWindows: WindowsPort = {
  openIdentity: () => undefined,
  openLog: () => undefined,
  openLauncher: () => undefined,
  showSite: () => undefined,
  navigate: () => undefined,
  setPanel: () => undefined,
  setNoticeBand: () => undefined,
  activeSiteId: () => null,
  insertIntoSite: async () => false,
  identityChanged: () => undefined,
  identityRemoved: async () => undefined,
  chooseExportPath: async () => null,
  setAppearance: () => undefined,
};

let site: FakeMastodon;
let services: AppServices;
let router: Router;
let file: string;
let personal: Identity;
let professional: Identity;
const consoleOutput: string[] = [];

beforeEach(async () => {
  // Both proxies are up at the start of every test (some tests stop one).
  await httpProxy.start();
  await socksProxy.start();
  site = await startFakeMastodon();
  const opened = tempStore();
  file = opened.file;
  const store = opened.store;
  store.identities.ensureDefaults();
  personal = store.identities.list().find((i) => i.name === 'Personal')!;
  professional = store.identities.list().find((i) => i.name === 'Professional')!;
  services = createHandlers({
    store,
    windows: noWindows,
    guardChrome: { show: () => false, hide: () => undefined, notice: () => undefined },
    vault: new SecretVault(),
    accountsHttp: { allowHttpLoopback: true, retryDelaysMs: [10, 10], timeoutMs: 5000 },
    networkTimeoutMs: 3000,
  });
  router = createRouter(services.handlers, (_channel, error) => consoleOutput.push(String(error)));
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleOutput.push(args.map(String).join(' ')));
  }
  // The composer's guard would ask these identities; these tests are about the network, so posts need no confirmation.
  for (const who of [personal, professional]) {
    await call('guard:setPolicy', { identityId: who.id, confirm: 'never', coolingOffSeconds: 0 });
  }
});

afterEach(async () => {
  vi.restoreAllMocks();
  await services.network.dispose();
  await site.close();
  for (const who of [personal, professional]) await keytar.deletePassword(VAULT_SERVICE, `${who.id}:${PROXY_SECRET.site}:${PROXY_SECRET.handle}`);
  for (const who of [personal, professional]) await keytar.deletePassword(VAULT_SERVICE, `${who.id}:mastodon:ada@127.0.0.1`);
});

/** The window a person would use: the identity's own where the contract allows it, else the launcher or the log (window kinds, shared/ipc/contract.ts). */
function callerOf(channel: string, payload: unknown): CallerContext {
  const kinds = contract[channel as Channel].callers;
  const identityId = (payload as { identityId?: unknown } | null)?.identityId;
  if (kinds.includes('identity') && typeof identityId === 'string') return { window: 'identity', identityId };
  return { window: kinds.find((k) => k === 'launcher' || k === 'log') ?? 'launcher' };
}
async function call(channel: string, payload: unknown): Promise<unknown> {
  const r = await router.dispatch(channel, payload, callerOf(channel, payload));
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value;
}
async function attempt(channel: string, payload: unknown) {
  return router.dispatch(channel, payload, callerOf(channel, payload));
}

async function useHttpProxy(who: Identity, credentials = { username: PROXY_USER, password: PROXY_PASSWORD }) {
  await call('network:set', { identityId: who.id, mode: 'http', host: '127.0.0.1', port: httpProxy.port, credentials: { action: 'set', ...credentials } });
}
async function useSocksProxy(who: Identity) {
  await call('network:set', { identityId: who.id, mode: 'socks5', host: '127.0.0.1', port: socksProxy.port });
}
async function connectAndDraft(who: Identity, text: string): Promise<string> {
  await call('accounts:connect', { identityId: who.id, site: 'mastodon', instanceUrl: site.url, accessToken: site.token });
  const draft = (await call('drafts:create', { identityId: who.id, text })) as { id: string };
  return draft.id;
}
const post = (who: Identity, draftId: string) => attempt('drafts:post', { identityId: who.id, draftId, site: 'mastodon', handle: 'ada@127.0.0.1' });

describe("a composer post leaves through its identity's proxy", () => {
  it('HTTP CONNECT proxy with a password: the post arrives, and the site sees the proxy as its peer', async () => {
    await useHttpProxy(professional);
    const draftId = await connectAndDraft(professional, 'Quarterly report is out');
    const result = await post(professional, draftId);
    expect(result).toMatchObject({ ok: true });
    expect(site.statuses.map((s) => s.text)).toEqual(['Quarterly report is out']);
    // verify_credentials (at connect) and the post both came through tinyproxy's outgoing address.
    expect(site.requests.map((r) => r.peer)).toEqual(['127.0.0.2', '127.0.0.2']);
    expect(new Set(site.connections)).toEqual(new Set(['127.0.0.2']));
    expect(httpProxy.log()).toMatch(new RegExp(`CONNECT 127\\.0\\.0\\.1:${site.origin.port}`));
  });

  it('SOCKS5 proxy: the post arrives from the SOCKS proxy, and two identities leave from two different peers', async () => {
    await useSocksProxy(personal);
    await useHttpProxy(professional);
    const personalDraft = await connectAndDraft(personal, 'Pancakes on Sunday');
    expect((await post(personal, personalDraft)).ok).toBe(true);
    const personalPeers = new Set(site.requests.map((r) => r.peer));
    site.requests.length = 0;
    // The same Mastodon account cannot belong to two identities; a second fake instance stands in for the other.
    const other = await startFakeMastodon('mastodon-token-fedcba9876543210');
    try {
      await call('accounts:connect', { identityId: professional.id, site: 'mastodon', instanceUrl: other.url, accessToken: other.token });
      const draft = (await call('drafts:create', { identityId: professional.id, text: 'Board meeting notes' })) as { id: string };
      expect((await attempt('drafts:post', { identityId: professional.id, draftId: draft.id, site: 'mastodon', handle: 'ada@127.0.0.1' })).ok).toBe(true);
      expect(personalPeers).toEqual(new Set(['127.0.0.3']));
      expect(new Set(other.requests.map((r) => r.peer))).toEqual(new Set(['127.0.0.2']));
    } finally {
      await other.close();
      await keytar.deletePassword(VAULT_SERVICE, `${professional.id}:mastodon:ada@127.0.0.1`);
    }
  });

  it('without a proxy (direct) the same post comes from 127.0.0.1: the peer check can tell the difference', async () => {
    await call('network:set', { identityId: personal.id, mode: 'direct' });
    const draftId = await connectAndDraft(personal, 'Straight out');
    expect((await post(personal, draftId)).ok).toBe(true);
    expect(new Set(site.requests.map((r) => r.peer))).toEqual(new Set(['127.0.0.1']));
  });
});

describe('Bluesky follows the identity too', () => {
  it('sign-in and post both come from the SOCKS5 proxy; with it stopped nothing reaches the server', async () => {
    const pds = await startFakeBluesky();
    try {
      await useSocksProxy(personal);
      await call('accounts:connect', { identityId: personal.id, site: 'bluesky', handle: pds.handle, appPassword: pds.appPassword, serviceUrl: pds.url });
      const draft = (await call('drafts:create', { identityId: personal.id, text: 'Skeet through SOCKS' })) as { id: string };
      expect((await attempt('drafts:post', { identityId: personal.id, draftId: draft.id, site: 'bluesky', handle: pds.handle })).ok).toBe(true);
      expect([...pds.records.values()].map((r) => r.text)).toEqual(['Skeet through SOCKS']);
      expect(new Set(pds.requests.map((r) => r.peer))).toEqual(new Set(['127.0.0.3']));
      await socksProxy.stop();
      pds.connections.length = 0;
      const next = (await call('drafts:create', { identityId: personal.id, text: 'Stays home' })) as { id: string };
      const r = await attempt('drafts:post', { identityId: personal.id, draftId: next.id, site: 'bluesky', handle: pds.handle });
      expect(r).toMatchObject({ ok: false, error: { code: 'network/proxy-failed' } });
      expect(pds.connections).toEqual([]);
    } finally {
      await pds.close();
      await keytar.deletePassword(VAULT_SERVICE, `${personal.id}:bluesky:${pds.handle}`);
    }
  });
});

describe('fails closed', () => {
  it('HTTP proxy stopped: the post fails naming the proxy, and the site sees no connection at all', async () => {
    await useHttpProxy(professional);
    const draftId = await connectAndDraft(professional, 'Will not leave');
    site.connections.length = 0;
    site.requests.length = 0;
    await httpProxy.stop();
    const result = await post(professional, draftId);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('network/proxy-failed');
    expect(result.error.message).toBe(
      `Professional's proxy at 127.0.0.1:${httpProxy.port} does not answer: nothing was sent. Nothing was posted; your draft is kept.`,
    );
    expect(result.error.message.length).toBeLessThanOrEqual(300);
    expect(site.connections).toEqual([]);
    expect(site.statuses).toEqual([]);
  });

  it('SOCKS5 proxy stopped: the post fails, nothing reaches the site', async () => {
    await useSocksProxy(personal);
    const draftId = await connectAndDraft(personal, 'Also stays');
    site.connections.length = 0;
    await socksProxy.stop();
    const result = await post(personal, draftId);
    expect(result).toMatchObject({ ok: false, error: { code: 'network/proxy-failed' } });
    if (!result.ok) expect(result.error.message).toMatch(new RegExp(`^Personal's proxy at 127\\.0\\.0\\.1:${socksProxy.port} does not answer: nothing was sent\\.`));
    expect(site.connections).toEqual([]);
    expect(site.statuses).toEqual([]);
  });

  it('a refused password: the post fails saying so, the site sees nothing', async () => {
    await useHttpProxy(professional);
    const draftId = await connectAndDraft(professional, 'Wrong key');
    await useHttpProxy(professional, { username: PROXY_USER, password: 'not-the-password' });
    site.connections.length = 0;
    const result = await post(professional, draftId);
    expect(result).toMatchObject({ ok: false, error: { code: 'network/proxy-failed' } });
    if (!result.ok) expect(result.error.message).toMatch(/did not accept the user name and password: nothing was sent/);
    expect(site.connections).toEqual([]);
  });

  it('a SOCKS5 proxy with a password is refused with one sentence (Chromium cannot sign in to one), nothing changed', async () => {
    const r = await attempt('network:set', {
      identityId: personal.id,
      mode: 'socks5',
      host: '127.0.0.1',
      port: socksProxy.port,
      credentials: { action: 'set', username: 'u', password: 'p' },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'network/invalid' } });
    if (!r.ok) expect(r.error.message).toMatch(/cannot sign in to a SOCKS5 proxy.*Nothing was changed\.$/);
    expect(((await call('network:get', { identityId: personal.id })) as { settings: { mode: string } }).settings.mode).toBe('system');
  });

  it('an address that could smuggle a direct fallback into the proxy rule is refused', async () => {
    for (const host of ['127.0.0.1,direct://', 'a;b', 'http://x', 'x y']) {
      const r = await attempt('network:set', { identityId: personal.id, mode: 'http', host, port: 8080 });
      expect(r, host).toMatchObject({ ok: false, error: { code: 'network/invalid' } });
    }
  });
});

describe('proxy credentials', () => {
  it('live in the OS keychain only: never in the SQLite file, its WAL, the activity log or any console output', async () => {
    await useHttpProxy(professional);
    const draftId = await connectAndDraft(professional, 'Secret-free');
    expect((await post(professional, draftId)).ok).toBe(true);
    await httpProxy.stop();
    await post(professional, draftId).catch(() => undefined);
    expect(await keytar.getPassword(VAULT_SERVICE, `${professional.id}:proxy:credentials`)).toContain(PROXY_PASSWORD);
    const view = (await call('network:get', { identityId: professional.id })) as { settings: Record<string, unknown> };
    expect(view.settings).toMatchObject({ mode: 'http', auth: true });
    expect(JSON.stringify(view)).not.toContain(PROXY_PASSWORD);
    expect(JSON.stringify(view)).not.toContain(PROXY_USER);
    for (const f of [file, `${file}-wal`]) {
      if (existsSync(f)) {
        const bytes = readFileSync(f);
        expect(bytes.includes(Buffer.from(PROXY_PASSWORD)), f).toBe(false);
        expect(bytes.includes(Buffer.from(PROXY_USER)), f).toBe(false);
      }
    }
    const log = (await call('activity:query', { filter: {}, limit: 500 })) as { rows: unknown[] };
    expect(log.rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(log.rows)).not.toContain(PROXY_PASSWORD);
    expect(consoleOutput.join('\n')).not.toContain(PROXY_PASSWORD);
  });

  it('removing the identity removes them from the keychain', async () => {
    await useHttpProxy(professional);
    await call('identities:remove', { identityId: professional.id, confirmed: true });
    expect(await keytar.getPassword(VAULT_SERVICE, `${professional.id}:proxy:credentials`)).toBeNull();
  });

  it('switching to direct removes them from the keychain', async () => {
    await useHttpProxy(professional);
    await call('network:set', { identityId: professional.id, mode: 'direct' });
    expect(await keytar.getPassword(VAULT_SERVICE, `${professional.id}:proxy:credentials`)).toBeNull();
  });
});

describe('"Test" shows the address the identity leaves from', () => {
  let echo: Server;
  let echoUrl = '';
  beforeEach(async () => {
    echo = createServer((req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ip: req.socket.remoteAddress })));
    await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r));
    const address = echo.address();
    echoUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/ip`;
  });
  afterEach(() => new Promise<void>((r) => {
    echo.closeAllConnections();
    echo.close(() => r());
  }));

  it('through each identity\'s own proxy, from the echo URL the user set', async () => {
    await call('network:set', { identityId: personal.id, mode: 'socks5', host: '127.0.0.1', port: socksProxy.port, ipEchoUrl: echoUrl });
    await call('network:set', {
      identityId: professional.id,
      mode: 'http',
      host: '127.0.0.1',
      port: httpProxy.port,
      ipEchoUrl: echoUrl,
      credentials: { action: 'set', username: PROXY_USER, password: PROXY_PASSWORD },
    });
    expect(await call('network:test', { identityId: personal.id })).toEqual({ address: '127.0.0.3', via: `through socks5://127.0.0.1:${socksProxy.port}`, echoUrl });
    expect(await call('network:test', { identityId: professional.id })).toEqual({ address: '127.0.0.2', via: `through http://127.0.0.1:${httpProxy.port}`, echoUrl });
  });

  it('contacts nothing when no echo URL is set, and says so', async () => {
    const r = await attempt('network:test', { identityId: personal.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'network/no-echo-url' } });
  });

  it('with the proxy stopped the test fails naming the proxy (no direct answer)', async () => {
    await call('network:set', { identityId: personal.id, mode: 'socks5', host: '127.0.0.1', port: socksProxy.port, ipEchoUrl: echoUrl });
    await socksProxy.stop();
    const r = await attempt('network:test', { identityId: personal.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'network/proxy-failed' } });
    if (!r.ok) expect(r.error.message).toBe(`Personal's proxy at 127.0.0.1:${socksProxy.port} does not answer.`);
  });
});
