import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_LENGTH } from '../../../shared/ipc/human-errors';
import { testApp, type TestApp } from '../support/app-services';

/** Issue 12, "One bad value must not disable the guard". */
let app: TestApp;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.close());

const byName = (name: string) => app.store.identities.list().find((i) => i.name === name)!;
const as = (identityId: string) => ({ window: 'identity' as const, identityId });
const post = (identityId: string, status: string) => ({
  identityId,
  method: 'POST',
  url: 'https://mastodon.social/api/v1/statuses',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ status }),
});
const LONG_HANDLE = `@${'a'.repeat(190)}`;

describe('a bad handle already in the store', () => {
  // Stored before the boundary checked handles (or by an older version): the store itself accepts any text.
  const plant = (handle: string) => {
    const personal = byName('Personal');
    app.store.identities.updateSite(personal.sites[0]!.id, { handle });
    app.services.warnings.invalidate();
    return personal;
  };

  it.each([
    ['a control character', '@ada\u0007'],
    ['a handle whose profile link passes the 200-character term limit', LONG_HANDLE],
  ])('with %s leaves every other identity\u2019s warnings working', (_what, handle) => {
    const personal = plant(handle);
    const pro = byName('Professional');
    app.store.identities.updateSite(pro.sites[0]!.id, { handle: '@drbyrne' });
    app.services.warnings.invalidate();
    // Personal posting Professional's handle is still caught, and so is the reverse.
    expect(app.services.warnings.evaluate(personal.id, 'ask @drbyrne about it').map((w) => w.ruleId)).toContain('other-identity-mention');
    expect(() => app.services.warnings.evaluate(pro.id, 'nothing to see')).not.toThrow();
    // The value left out is reported, once, in a sentence that says how to fix it.
    expect(app.services.warnings.problemsOf(personal.id)).toEqual([expect.stringMatching(/^The (handle|profile link) .* (correct it|shorten the handle)/)]);
    expect(app.store.activity.query({ kinds: ['warning.skipped'] }).rows).toHaveLength(1);
  });

  it('does not turn every recognised post into a guard error', async () => {
    const personal = plant('@ada\u0007');
    app.store.settings.setFor(personal.id, 'guard.policy', { confirm: 'never', coolingOffSeconds: 0 });
    const decision = await app.services.guard.check(post(personal.id, 'A perfectly ordinary post about gardening'));
    expect(decision.allow).toBe(true);
    expect(app.store.activity.query({ kinds: ['post.failed'] }).rows).toHaveLength(0);
  });

  it('shows the problem in the identity\u2019s warning settings', async () => {
    const personal = plant(LONG_HANDLE);
    const view = await app.router.dispatch('warnings:getSettings', { identityId: personal.id }, as(personal.id));
    expect(view).toMatchObject({ ok: true, value: { problems: [expect.stringContaining('shorten the handle')] } });
  });
});

describe('values that feed the profile are checked at the boundary with the profile\u2019s rules', () => {
  it.each([
    ['a control character', '@ada\u0007', 'ipc/invalid-payload'],
    ['a bidi override', '@ad\u202Ea', 'ipc/invalid-payload'],
    ['a handle too long to make a profile link', LONG_HANDLE, 'sites/invalid-handle'],
  ])('refuses a handle with %s and stores nothing', async (_what, handle, code) => {
    const personal = byName('Personal');
    const before = app.store.identities.get(personal.id);
    const added = await app.router.dispatch('sites:add', { identityId: personal.id, label: 'Mastodon', homeUrl: 'https://mastodon.social/', handle }, as(personal.id));
    expect(added).toMatchObject({ ok: false, error: { code } });
    const updated = await app.router.dispatch('sites:update', { identityId: personal.id, siteId: before.sites[0]!.id, handle }, as(personal.id));
    expect(updated).toMatchObject({ ok: false, error: { code } });
    expect(app.store.identities.get(personal.id)).toEqual(before);
    for (const r of [added, updated]) if (!r.ok) expect(r.error.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  });

  it('refuses unknown warning settings instead of storing them, and bounds the payload', async () => {
    const pro = byName('Professional');
    const junk = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, 'x'.repeat(100)]));
    const big = await app.router.dispatch('warnings:setSettings', { identityId: pro.id, settings: junk }, as(pro.id));
    expect(big).toMatchObject({ ok: false, error: { code: 'ipc/too-large' } });
    const one = await app.router.dispatch('warnings:setSettings', { identityId: pro.id, settings: { never: ['x'], colour: 'red' } }, as(pro.id));
    expect(one).toMatchObject({ ok: false, error: { code: 'warnings/invalid-settings', message: expect.stringContaining('\u201ccolour\u201d is not a warning setting') } });
    expect(app.store.settings.getFor(pro.id, 'warnings.settings', null)).toBeNull();
  });

  it('answers a broken profile file with one sentence, not a list of every problem', async () => {
    const pro = byName('Professional');
    const json = JSON.stringify({ identities: [{ id: 'p', name: 'Professional', never: Array.from({ length: 5000 }, () => '') }] });
    const result = await app.router.dispatch('warnings:import', { identityId: pro.id, json }, as(pro.id));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/^The file was not imported because of .*never\[0\].* \(and 4999 more\); fix the file and import it again\.$/);
      expect(result.error.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    }
  });
});

describe('a completed save never reports an error because a later check failed', () => {
  it('answers drafts:save with the saved draft when reconciling its warnings fails', async () => {
    const pro = byName('Professional');
    const created = await app.router.dispatch('drafts:create', { identityId: pro.id, text: 'first' }, as(pro.id));
    if (!created.ok) throw new Error(created.error.message);
    const draftId = (created.value as { id: string }).id;
    app.services.warnings.reconcileDraft = () => {
      throw new Error('warning engine exploded');
    };
    const saved = await app.router.dispatch('drafts:save', { identityId: pro.id, draftId, text: 'second version' }, as(pro.id));
    expect(saved).toMatchObject({ ok: true, value: { id: draftId, text: 'second version' } });
    expect(app.store.drafts.get(draftId).text).toBe('second version');
  });
});

describe('roles, employer, families and fine words (issue 9) go through the same builder and boundary', () => {
  it('saves them through warnings:setSettings, and the profile in force applies them', async () => {
    const pro = byName('Professional');
    const settings = { role: 'teacher', employer: ['Kelvinside Primary'], families: { politics: false }, fine: { profanity: ['damn'] } };
    const saved = await app.router.dispatch('warnings:setSettings', { identityId: pro.id, settings }, as(pro.id));
    expect(saved.ok).toBe(true);
    const entry = app.services.warnings.profile().identities.find((i) => i.id === pro.id)!;
    expect(entry).toMatchObject(settings);
    const view = await app.router.dispatch('warnings:getSettings', { identityId: pro.id }, as(pro.id));
    expect(view).toMatchObject({ ok: true, value: { role: 'teacher', roleInferred: false, problems: [] } });
    const families = view.ok ? (view.value as { families: Array<{ id: string; stance: string }> }).families : [];
    expect(families.find((f) => f.id === 'politics')?.stance).toBe('off');
  });

  it('refuses an unknown role or family in one sentence and stores nothing', async () => {
    const pro = byName('Professional');
    for (const settings of [{ role: 'wizard' }, { families: { gossip: true } }]) {
      const r = await app.router.dispatch('warnings:setSettings', { identityId: pro.id, settings }, as(pro.id));
      expect(r).toMatchObject({ ok: false, error: { code: 'warnings/invalid-settings' } });
      if (!r.ok) expect(r.error.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    }
    expect(app.store.settings.getFor(pro.id, 'warnings.settings', null)).toBeNull();
  });

  it('a stored role the format no longer knows disables only that identity\u2019s settings, reported, and the guard keeps working', () => {
    const pro = byName('Professional');
    app.store.settings.setFor(pro.id, 'warnings.settings', { role: 'wizard', never: ['x'] });
    app.services.warnings.invalidate();
    expect(() => app.services.warnings.evaluate(pro.id, 'an ordinary post')).not.toThrow();
    expect(app.services.warnings.problemsOf(pro.id)).toEqual([expect.stringContaining('could not be read')]);
  });
});
