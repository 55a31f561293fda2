import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app-services';

let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.close());

const byName = (name: string) => app.store.identities.list().find((i) => i.name === name)!;
const post = (identityId: string, status: string) => ({
  identityId,
  method: 'POST',
  url: 'https://mastodon.social/api/v1/statuses',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ status }),
});

describe('window kinds on the real services', () => {
  it('answers a held post only from the window of the identity whose post it is', async () => {
    const pro = byName('Professional');
    const personal = byName('Personal');
    const decision = app.services.guard.check(post(pro.id, 'Quarterly numbers are in and they look good'));
    await expect.poll(() => app.prompts.length).toBe(1);
    const { requestId } = app.prompts[0]!;

    // The log window can read the pending request id from the log ...
    const log = await app.router.dispatch('activity:query', { filter: { identityIds: [pro.id] } }, { window: 'log' });
    expect(JSON.stringify(log)).toContain(requestId);
    // ... but it may not answer for anyone, nor may the launcher.
    for (const caller of [{ window: 'log' as const }, { window: 'launcher' as const }]) {
      expect(await app.router.dispatch('guard:decide', { identityId: pro.id, requestId, decision: 'post' }, caller)).toMatchObject({
        ok: false,
        error: { code: 'ipc/not-allowed' },
      });
    }
    // Personal's window can neither speak for Professional nor answer Professional's post as itself.
    const fromPersonal = { window: 'identity' as const, identityId: personal.id };
    expect(await app.router.dispatch('guard:decide', { identityId: pro.id, requestId, decision: 'post' }, fromPersonal)).toMatchObject({
      ok: false,
      error: { code: 'ipc/wrong-identity' },
    });
    expect(await app.router.dispatch('guard:decide', { identityId: personal.id, requestId, decision: 'post' }, fromPersonal)).toMatchObject({
      ok: false,
      error: { code: 'guard/not-waiting' },
    });
    // A sign-in popup of Professional is not its window either.
    expect(await app.router.dispatch('guard:decide', { identityId: pro.id, requestId, decision: 'post' }, { window: 'popup', identityId: pro.id, chromeContentsId: 1 })).toMatchObject({
      ok: false,
      error: { code: 'ipc/not-allowed' },
    });
    // Still held: only Professional's own window decides.
    expect(app.services.guard.heldRequests().map((r) => r.requestId)).toEqual([requestId]);
    expect(await app.router.dispatch('guard:decide', { identityId: pro.id, requestId, decision: 'cancel' }, { window: 'identity', identityId: pro.id })).toEqual({
      ok: true,
      value: undefined,
    });
    expect((await decision).allow).toBe(false);
  });

  it('keeps an identity window out of everyone\u2019s log, the global retention and the list of identities', async () => {
    const personal = byName('Personal');
    const caller = { window: 'identity' as const, identityId: personal.id };
    const before = app.store.identities.list().length;
    const attempts = [
      ['activity:query', { filter: {} }],
      ['activity:get', { id: 1 }],
      ['activity:export', { filter: {}, format: 'json' }],
      ['activity:setRetention', { days: 1 }],
      ['identities:list', {}],
      ['identities:create', { name: 'Sneaky', color: '#000000', avatar: 'S' }],
      ['identities:remove', { identityId: personal.id, confirmed: true }],
      ['identities:update', { identityId: personal.id, name: 'Renamed' }],
    ] as const;
    for (const [channel, payload] of attempts) {
      expect(await app.router.dispatch(channel, payload, caller), channel).toMatchObject({ ok: false, error: { code: 'ipc/not-allowed' } });
    }
    expect(app.store.identities.list().length).toBe(before);
    expect(app.store.settings.get('activity.retentionDays', null)).toBeNull();
    expect(app.windows.calls).toEqual([]);
  });

  it('lets a sign-in popup load its own page again, and nothing else', async () => {
    const pro = byName('Professional');
    const popup = { window: 'popup' as const, identityId: pro.id, chromeContentsId: 42 };
    expect(await app.router.dispatch('chrome:navigate', { identityId: pro.id, action: 'reload' }, popup)).toEqual({ ok: true, value: undefined });
    for (const action of ['back', 'forward', 'home'] as const) {
      expect(await app.router.dispatch('chrome:navigate', { identityId: pro.id, action }, popup)).toMatchObject({ ok: false, error: { code: 'ipc/not-allowed' } });
    }
    expect(app.windows.calls.filter((c) => c.startsWith('navigate'))).toEqual([`navigate ${pro.id} reload popup 42`]);
  });
});
