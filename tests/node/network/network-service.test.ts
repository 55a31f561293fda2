import { describe, expect, it } from 'vitest';
import { NetworkService } from '../../../electron/main/services/network';
import type { NetworkSettings } from '../../../shared/domain/network';
import { tempStore } from '../store/helpers';

/** A keychain stand-in for what this file checks (the real keychain is used in api-through-proxy.test.ts). */
function memoryVault() {
  const entries = new Map<string, string>();
  return {
    entries,
    get: async (i: string, s: string, h: string) => entries.get(`${i}:${s}:${h}`) ?? null,
    set: async (i: string, s: string, h: string, v: string) => void entries.set(`${i}:${s}:${h}`, v),
    delete: async (i: string, s: string, h: string) => entries.delete(`${i}:${s}:${h}`),
  };
}

describe('changing an identity\'s network', () => {
  it('is stored without secrets, logged in words, and handed to the glue to re-apply (which reloads running views)', async () => {
    const { store } = tempStore();
    store.identities.ensureDefaults();
    const pro = store.identities.list().find((i) => i.name === 'Professional')!;
    const changes: Array<[string, NetworkSettings]> = [];
    const vault = memoryVault();
    const network = new NetworkService({ store, vault, onChanged: (id, s) => void changes.push([id, s]) });
    expect(network.get(pro.id)).toEqual({ mode: 'system' });
    await network.set(pro.id, { mode: 'https', host: 'proxy.example.net', port: 443, credentials: { action: 'set', username: 'u', password: 'secret-1' } });
    expect(changes).toEqual([[pro.id, { mode: 'https', host: 'proxy.example.net', port: 443, auth: true }]]);
    expect(store.settings.getFor(pro.id, 'network', null)).toEqual({ mode: 'https', host: 'proxy.example.net', port: 443, auth: true });
    expect(await network.credentials(pro.id)).toEqual({ username: 'u', password: 'secret-1' });
    const log = store.activity.query({ kinds: ['settings.changed'] }).rows.map((r) => r.summary);
    expect(log).toEqual(['Professional now connects through the HTTPS proxy at proxy.example.net:443 (with a password in the keychain)']);
    // Keeping the credentials while changing the port needs no password again.
    await network.set(pro.id, { mode: 'https', host: 'proxy.example.net', port: 8443 });
    expect(network.get(pro.id)).toMatchObject({ port: 8443, auth: true });
    expect(changes).toHaveLength(2);
    // A refused change changes nothing and tells nobody.
    await expect(network.set(pro.id, { mode: 'http', host: 'a b', port: 1 })).rejects.toMatchObject({ code: 'network/invalid' });
    expect(changes).toHaveLength(2);
    expect(network.get(pro.id)).toMatchObject({ mode: 'https', port: 8443 });
  });
});

describe('a PAC file or the system settings, read through Chromium', () => {
  it('never sends directly when the lookup failed: Chromium answers a failed lookup with "", not a rejection', async () => {
    const { store } = tempStore();
    store.identities.ensureDefaults();
    const pro = store.identities.list().find((i) => i.name === 'Professional')!;
    // The answers `session.resolveProxy` gives (tests/support/electron/session.ts): a PAC file down is "".
    let answer = '';
    const asked: string[] = [];
    const network = new NetworkService({
      store,
      vault: memoryVault(),
      resolveProxy: async (_id, url) => {
        asked.push(url);
        return answer;
      },
    });
    await network.set(pro.id, { mode: 'pac', pacUrl: 'https://proxy.example.net/p.pac' });
    await expect(network.routeFor(pro.id, 'https://mastodon.social/api/v1/statuses')).rejects.toMatchObject({
      code: 'network/proxy-failed',
      message: expect.stringContaining('PAC file'),
    });
    expect(asked).toEqual(['https://mastodon.social/api/v1/statuses']);
    // The same under system settings; and a real "DIRECT" from either is direct.
    await network.set(pro.id, { mode: 'system' });
    await expect(network.routeFor(pro.id, 'https://bsky.social/xrpc/x')).rejects.toMatchObject({ code: 'network/proxy-failed' });
    answer = 'DIRECT';
    await expect(network.routeFor(pro.id, 'https://bsky.social/xrpc/x')).resolves.toEqual({ kind: 'direct' });
    answer = 'PROXY 10.0.0.1:3128; DIRECT';
    await expect(network.routeFor(pro.id, 'https://bsky.social/xrpc/x')).resolves.toEqual({ kind: 'proxy', scheme: 'http', host: '10.0.0.1', port: 3128 });
  });
});

describe('the keychain and the store change together', () => {
  function failingOnce() {
    const { store } = tempStore();
    store.identities.ensureDefaults();
    const pro = store.identities.list().find((i) => i.name === 'Professional')!;
    const vault = memoryVault();
    const network = new NetworkService({ store, vault });
    const setFor = store.settings.setFor.bind(store.settings);
    const fullOnce = () => {
      store.settings.setFor = () => {
        store.settings.setFor = setFor;
        throw new Error('database or disk is full');
      };
    };
    return { store, pro, vault, network, fullOnce };
  }

  it('new credentials that cannot be saved with their settings leave the ones before in the keychain', async () => {
    const { pro, vault, network, fullOnce } = failingOnce();
    await network.set(pro.id, { mode: 'http', host: 'proxy.example.net', port: 3128, credentials: { action: 'set', username: 'u', password: 'first-pw' } });
    fullOnce();
    await expect(
      network.set(pro.id, { mode: 'http', host: 'other.example.net', port: 3128, credentials: { action: 'set', username: 'u', password: 'second-pw' } }),
    ).rejects.toThrow('full');
    expect(network.get(pro.id)).toMatchObject({ host: 'proxy.example.net', auth: true });
    expect(await network.credentials(pro.id)).toEqual({ username: 'u', password: 'first-pw' });
    // And with none before, none after.
    await network.set(pro.id, { mode: 'direct' });
    expect(vault.entries.size).toBe(0);
    fullOnce();
    await expect(network.set(pro.id, { mode: 'http', host: 'p.example.net', port: 1, credentials: { action: 'set', username: 'u', password: 'pw-3' } })).rejects.toThrow('full');
    expect(vault.entries.size).toBe(0);
  });

  it('settings saved without credentials are applied though the keychain cannot delete the old ones', async () => {
    const { pro, vault, store } = failingOnce();
    const changes: NetworkSettings[] = [];
    const network = new NetworkService({ store, vault, onChanged: (_id, s) => void changes.push(s) });
    await network.set(pro.id, { mode: 'http', host: 'proxy.example.net', port: 3128, credentials: { action: 'set', username: 'u', password: 'pw-1' } });
    vault.delete = async () => {
      throw new Error('The keyring is locked.');
    };
    await expect(network.set(pro.id, { mode: 'direct' })).resolves.toEqual({ mode: 'direct' });
    expect(changes.at(-1)).toEqual({ mode: 'direct' });
  });

  it('credentials no longer needed are deleted only once the settings without them are saved', async () => {
    const { pro, network, fullOnce } = failingOnce();
    await network.set(pro.id, { mode: 'http', host: 'proxy.example.net', port: 3128, credentials: { action: 'set', username: 'u', password: 'pw-1' } });
    fullOnce();
    await expect(network.set(pro.id, { mode: 'http', host: 'proxy.example.net', port: 3128, credentials: { action: 'clear' } })).rejects.toThrow('full');
    expect(network.get(pro.id)).toMatchObject({ auth: true });
    expect(await network.credentials(pro.id)).toEqual({ username: 'u', password: 'pw-1' });
  });
});

describe('saved proxy credentials belong to their proxy', () => {
  function professional() {
    const { store } = tempStore();
    store.identities.ensureDefaults();
    const pro = store.identities.list().find((i) => i.name === 'Professional')!;
    const vault = memoryVault();
    return { store, pro, vault, network: new NetworkService({ store, vault }) };
  }

  it('are not kept for another proxy: the person is asked for that proxy’s, and nothing changes', async () => {
    const { pro, network } = professional();
    await network.set(pro.id, { mode: 'http', host: 'proxy.example.net', port: 3128, credentials: { action: 'set', username: 'u', password: 'corp-pw' } });
    await expect(network.set(pro.id, { mode: 'http', host: 'other.example.org', port: 8080, credentials: { action: 'keep' } })).rejects.toThrow(
      'The saved user name and password are for the proxy at proxy.example.net; enter the ones for other.example.org, or forget them. Nothing was changed.',
    );
    expect(network.get(pro.id)).toMatchObject({ host: 'proxy.example.net', port: 3128, auth: true });
    // The same proxy keeps them through other changes (a user agent here).
    await network.set(pro.id, { mode: 'http', host: 'proxy.example.net', port: 3128, userAgent: 'Mozilla/5.0 (Test)', credentials: { action: 'keep' } });
    expect(await network.credentials(pro.id)).toEqual({ username: 'u', password: 'corp-pw' });
  });

  it('are not handed to another proxy when a change could neither be saved nor undone in the keychain', async () => {
    const { store, pro, vault, network } = professional();
    await network.set(pro.id, { mode: 'http', host: 'proxy.example.net', port: 3128, credentials: { action: 'set', username: 'u', password: 'corp-pw' } });
    const setFor = store.settings.setFor.bind(store.settings);
    store.settings.setFor = () => {
      store.settings.setFor = setFor;
      throw new Error('database or disk is full');
    };
    const set = vault.set;
    let writes = 0;
    vault.set = async (...args) => {
      writes += 1;
      if (writes > 1) throw new Error('The keyring is locked.'); // (putting the old secret back fails)
      return set(...args);
    };
    await expect(network.set(pro.id, { mode: 'http', host: 'home.example.org', port: 8080, credentials: { action: 'set', username: 'me', password: 'home-pw' } })).rejects.toThrow('full');
    expect(network.get(pro.id)).toMatchObject({ host: 'proxy.example.net' });
    // The keychain holds home.example.org's password; proxy.example.net is never given it.
    expect(await network.credentials(pro.id)).toBeNull();
  });

  it('are kept for a proxy host saved as typed before hosts were stored as Chromium writes them', async () => {
    const { store, pro, network } = professional();
    await network.set(pro.id, { mode: 'http', host: 'proxy.corp.example', port: 3128, credentials: { action: 'set', username: 'u', password: 'pw' } });
    store.settings.setFor(pro.id, 'network', { ...network.get(pro.id), host: 'Proxy.Corp.example' }); // (an older save)
    await network.set(pro.id, { mode: 'http', host: 'Proxy.Corp.example', port: 3128, userAgent: 'Mozilla/5.0 (Test)', credentials: { action: 'keep' } });
    expect(await network.credentials(pro.id)).toEqual({ username: 'u', password: 'pw' });
  });

  it('written before they were bound to a proxy, still go to the proxy that is set', async () => {
    const { pro, vault, network } = professional();
    await network.set(pro.id, { mode: 'http', host: 'proxy.example.net', port: 3128, credentials: { action: 'set', username: 'u', password: 'pw' } });
    await vault.set(pro.id, 'proxy', 'credentials', JSON.stringify({ username: 'u', password: 'old-format' }));
    expect(await network.credentials(pro.id)).toEqual({ username: 'u', password: 'old-format' });
  });
});
