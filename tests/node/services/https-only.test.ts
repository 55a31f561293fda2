import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { httpHostsOf } from '../../../electron/main/services/api/http-hosts';
import { testApp, type TestApp } from '../support/app-services';

/** Issue 12: sites are https only unless the person allows http for a host (checklist item 1). */
let app: TestApp;
let personal: string;
beforeEach(() => {
  app = testApp();
  personal = app.store.identities.list().find((i) => i.name === 'Personal')!.id;
});
afterEach(() => app.close());
const add = (homeUrl: string, allowHttp?: true) =>
  app.router.dispatch('sites:add', { identityId: personal, label: 'Club', homeUrl, ...(allowHttp ? { allowHttp } : {}) }, { window: 'identity', identityId: personal });

describe('https only', () => {
  it('refuses a plain http site unless the person allows http for its host', async () => {
    const before = app.store.identities.get(personal).sites.length;
    const refused = await add('http://club.example/news');
    expect(refused).toMatchObject({ ok: false, error: { code: 'sites/insecure', message: expect.stringMatching(/^http:\/\/club\.example is not secure.*Allow http for this host/) } });
    expect(app.store.identities.get(personal).sites).toHaveLength(before);
    expect(httpHostsOf(app.store, personal)).toEqual([]);

    expect(await add('http://club.example/news', true)).toMatchObject({ ok: true });
    expect(httpHostsOf(app.store, personal)).toEqual(['club.example']);
    expect(app.store.activity.query({ kinds: ['settings.changed'] }).rows[0]).toMatchObject({ site: 'club.example', summary: expect.stringContaining('allows plain http (not secure) for club.example') });
    // The host is allowed now; another identity still is https only.
    expect(await add('http://club.example/events')).toMatchObject({ ok: true });
    const pro = app.store.identities.list().find((i) => i.name === 'Professional')!.id;
    expect(httpHostsOf(app.store, pro)).toEqual([]);
  });

  it('accepts https without asking', async () => {
    expect(await add('https://club.example/')).toMatchObject({ ok: true });
    expect(httpHostsOf(app.store, personal)).toEqual([]);
  });
});
