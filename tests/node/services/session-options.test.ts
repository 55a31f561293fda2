import { afterEach, describe, expect, it } from 'vitest';
import { KEEP_SESSION_COOKIES_KEY } from '../../../electron/main/services/api/identity-handlers';
import { testApp, type TestApp } from '../support/app-services';

/** "Keep me signed in across restarts": the choice is saved, logged, and then applied to the identity's session. */
let app: TestApp | null = null;
afterEach(() => app?.close());

describe('the choice to keep session cookies', () => {
  it('is applied to the cookies already there once saved, each way, and a failure to apply it leaves the choice saved', async () => {
    const applied: Array<[string, boolean, boolean]> = [];
    let failing = false;
    app = testApp({
      onSessionOptionsChanged: (identityId, { keepSessionCookies }) => {
        // (What was saved when the session is told: its keeper reads the choice from the store.)
        applied.push([identityId, keepSessionCookies, app!.store.settings.getFor(identityId, KEEP_SESSION_COOKIES_KEY, false)]);
        if (failing) throw new Error('the session is gone');
      },
    });
    const identityId = app.store.identities.list()[0]!.id;
    const caller = { window: 'identity' as const, identityId };
    expect(await app.router.dispatch('sessions:setOptions', { identityId, keepSessionCookies: true }, caller)).toEqual({ ok: true, value: { keepSessionCookies: true } });
    failing = true;
    expect(await app.router.dispatch('sessions:setOptions', { identityId, keepSessionCookies: false }, caller)).toEqual({ ok: true, value: { keepSessionCookies: false } });
    expect(applied).toEqual([
      [identityId, true, true],
      [identityId, false, false],
    ]);
    expect(app.store.settings.getFor(identityId, KEEP_SESSION_COOKIES_KEY, true)).toBe(false);
  });
});
