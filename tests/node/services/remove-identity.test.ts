import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_LENGTH } from '../../../shared/ipc/human-errors';
import { testApp, type TestApp } from '../support/app-services';

/** Issue 12: identities:remove deleted keychain secrets and account rows before wiping the partition, then said "Nothing was changed". */
let app: TestApp;
let proId: string;
const SECRET = () => `hatstand/${proId}:mastodon:ada@mastodon.social`;

beforeEach(() => {
  app = testApp();
  proId = app.store.identities.list().find((i) => i.name === 'Professional')!.id;
  app.store.accounts.add({
    identityId: proId,
    site: 'mastodon',
    handle: 'ada@mastodon.social',
    serviceUrl: 'https://mastodon.social',
    accountId: '1',
    displayName: 'Ada',
    profileUrl: 'https://mastodon.social/@ada',
    connectedAt: new Date(0).toISOString(),
  });
  app.keychain.secrets.set(SECRET(), 'token-123456');
});
afterEach(() => app.close());

const remove = () => app.router.dispatch('identities:remove', { identityId: proId, confirmed: true }, { window: 'launcher' });
const kept = () => ({
  identity: app.store.identities.list().some((i) => i.id === proId),
  accounts: app.store.accounts.list(proId).length,
  secret: app.keychain.secrets.has(SECRET()),
});

describe('removing an identity', () => {
  it('keeps the identity, its accounts and its secrets when its browsing data cannot be wiped, and says so', async () => {
    app.windows.failWipe = new Error('EBUSY: resource busy or locked');
    const result = await remove();
    expect(result).toMatchObject({ ok: false, error: { code: 'identities/wipe-failed' } });
    if (!result.ok) {
      expect(result.error.message).toMatch(/Professional and its accounts were kept; close its windows and try removing it again\.$/);
      expect(result.error.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    }
    expect(kept()).toEqual({ identity: true, accounts: 1, secret: true });
  });

  it('changes nothing when the keychain cannot be reached', async () => {
    app.keychain.failing = true;
    const result = await remove();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^Professional was not removed and nothing was changed/);
    expect(app.windows.calls).toEqual([]);
    app.keychain.failing = false;
    expect(kept()).toEqual({ identity: true, accounts: 1, secret: true });
  });

  it('says the browsing data is gone but keeps the identity when the keychain fails after the wipe', async () => {
    app.windows.onWipe = () => void (app.keychain.failing = true);
    const result = await remove();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/browsing data was cleared, but its saved passwords could not be removed .* so Professional was kept/);
    app.keychain.failing = false;
    expect(kept()).toEqual({ identity: true, accounts: 1, secret: true });
  });

  it('wipes the partition before the secrets go, and then removes everything', async () => {
    const order: string[] = [];
    app.windows.onWipe = () => order.push(app.keychain.secrets.has(SECRET()) ? 'wiped while secrets kept' : 'wiped after secrets went');
    expect(await remove()).toEqual({ ok: true, value: undefined });
    expect(order).toEqual(['wiped while secrets kept']);
    expect(kept()).toEqual({ identity: false, accounts: 0, secret: false });
  });
});

describe('removing an identity whose proxy has a password (network branch)', () => {
  const PROXY = () => `hatstand/${personalId()}:proxy:credentials`;
  const personalId = () => app.store.identities.list().find((i) => i.name === 'Personal')!.id;
  const useProxy = async () => {
    const id = personalId();
    const set = await app.router.dispatch(
      'network:set',
      { identityId: id, mode: 'http', host: '127.0.0.1', port: 8080, credentials: { action: 'set', username: 'ada', password: 'proxy-pw-1' } },
      { window: 'identity', identityId: id },
    );
    expect(set.ok).toBe(true);
    expect(app.keychain.secrets.has(PROXY())).toBe(true);
  };
  const removePersonal = () => app.router.dispatch('identities:remove', { identityId: personalId(), confirmed: true }, { window: 'launcher' });

  it('checks the keychain first even without accounts, and changes nothing when it cannot be reached', async () => {
    await useProxy();
    app.keychain.failing = true;
    const result = await removePersonal();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^Personal was not removed and nothing was changed/);
    expect(app.windows.calls).toEqual([]);
    app.keychain.failing = false;
    expect(app.keychain.secrets.has(PROXY())).toBe(true);
  });

  it('wipes the partition, then removes the proxy password with the identity', async () => {
    await useProxy();
    const id = personalId();
    expect(await removePersonal()).toEqual({ ok: true, value: undefined });
    expect(app.windows.calls).toEqual([`identityRemoved ${id}`]);
    expect(app.keychain.secrets.has(`hatstand/${id}:proxy:credentials`)).toBe(false);
    expect(app.store.identities.list().some((i) => i.id === id)).toBe(false);
  });
});
