import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPEARANCE_KEY } from '../../../electron/main/services/appearance';
import { testApp, type TestApp } from '../support/app-services';

/** Hatstand's appearance (system, light or dark), chosen in the launcher: kept, logged, and given to the windows. */
let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.close());

const launcher = { window: 'launcher' as const };

describe('the appearance', () => {
  it('is the system\u2019s until the person chooses; a choice is kept, logged once and given to every window', async () => {
    expect(await app.router.dispatch('windows:getAppearance', {}, launcher)).toEqual({ ok: true, value: { appearance: 'system' } });
    expect(await app.router.dispatch('windows:setAppearance', { appearance: 'dark' }, launcher)).toEqual({ ok: true, value: { appearance: 'dark' } });
    expect(app.windows.calls).toContain('setAppearance dark');
    expect(app.store.settings.get(APPEARANCE_KEY, null)).toBe('dark');
    expect(await app.router.dispatch('windows:getAppearance', {}, launcher)).toEqual({ ok: true, value: { appearance: 'dark' } });
    // The same choice again changes nothing and logs nothing.
    await app.router.dispatch('windows:setAppearance', { appearance: 'dark' }, launcher);
    const logged = app.store.activity.query({ kinds: ['settings.changed'] }).rows.map((r) => r.summary);
    expect(logged).toEqual(['Hatstand is always dark']);
    expect(app.windows.calls.filter((c) => c.startsWith('setAppearance'))).toEqual(['setAppearance dark']);
  });

  it('refuses what is not an appearance in one sentence, and keeps the one there was', async () => {
    await app.router.dispatch('windows:setAppearance', { appearance: 'light' }, launcher);
    const refused = await app.router.dispatch('windows:setAppearance', { appearance: 'purple' }, launcher);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/^[^\n]+\.$/);
    expect(app.store.settings.get(APPEARANCE_KEY, null)).toBe('light');
  });

  it('reads a damaged stored value as the system\u2019s', async () => {
    app.store.settings.set(APPEARANCE_KEY, 'purple');
    expect(await app.router.dispatch('windows:getAppearance', {}, launcher)).toEqual({ ok: true, value: { appearance: 'system' } });
  });

  it('is the launcher\u2019s to change, not a site\u2019s window', async () => {
    const identityId = app.store.identities.list()[0]!.id;
    const result = await app.router.dispatch('windows:setAppearance', { appearance: 'dark' }, { window: 'identity', identityId });
    expect(result.ok).toBe(false);
    expect(app.windows.calls.some((c) => c.startsWith('setAppearance'))).toBe(false);
  });
});
