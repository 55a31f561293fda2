import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { permissionGrantsOf } from '../../../electron/main/services/api/identity-handlers';
import { testApp, type TestApp } from '../support/app-services';

/**
 * A site's notifications are one identity's: Chromium tells notifications apart by site and tag only, app-wide, so two
 * identities with the same site allowed would replace and close each other's (and the site would see it).
 */
let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.close());

const [personalOf, professionalOf] = [() => app.store.identities.list()[0]!, () => app.store.identities.list()[1]!];
const set = (identityId: string, permission: 'notifications' | 'geolocation', allowed: boolean) =>
  app.router.dispatch('permissions:set', { identityId, origin: 'https://chat.example/inbox', permission, allowed }, { window: 'identity', identityId });

describe('notifications allowed for a site', () => {
  it('are refused for a second identity, in one sentence naming the first, and allowed once the first turns them off', async () => {
    const personal = personalOf();
    const professional = professionalOf();
    expect((await set(personal.id, 'notifications', true)).ok).toBe(true);
    const refused = await set(professional.id, 'notifications', true);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/^Notifications from chat\.example are already allowed for Personal; .*turn them off there first\.$/);
    expect(permissionGrantsOf(app.store, professional.id).size).toBe(0);

    // Another permission of the same site is each identity's own.
    expect((await set(professional.id, 'geolocation', true)).ok).toBe(true);
    // Turned off in the first, the second may have them; turning off is never refused.
    expect((await set(professional.id, 'notifications', false)).ok).toBe(true);
    expect((await set(personal.id, 'notifications', false)).ok).toBe(true);
    expect((await set(professional.id, 'notifications', true)).ok).toBe(true);
  });
});
