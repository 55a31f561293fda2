import { describe, expect, it } from 'vitest';
import { connectionOf, type StoredAccount } from '../../../electron/main/services/store';
import { fakeClock, tempStore, thrown } from './helpers';

function setup() {
  const clock = fakeClock();
  const { store } = tempStore({ now: clock.now });
  const [personal, professional] = store.identities.ensureDefaults();
  return { store, clock, personal: personal!, professional: professional! };
}

const base = { ruleId: 'never-say', severity: 'stop' as const, start: 3, end: 15, message: "'my therapist' is on Professional's never-say list" };

describe('store.warnings', () => {
  it('records a warning once per open rule and message on a draft, updating its span, and logs the raise', () => {
    const { store, clock, professional } = setup();
    const draft = store.drafts.create(professional.id, 'My therapist said');
    const w = store.warnings.record({ ...base, identityId: professional.id, draftId: draft.id, site: 'x.com' });
    expect(w).toMatchObject({ ...base, identityId: professional.id, draftId: draft.id, status: 'open', reason: null, site: 'x.com' });
    clock.advance(100);
    // The engine runs on every keystroke: the same warning again only moves its span.
    const again = store.warnings.record({ ...base, identityId: professional.id, draftId: draft.id, start: 4, end: 16 });
    expect(again.id).toBe(w.id);
    expect(again).toMatchObject({ start: 4, end: 16 });
    expect(store.warnings.listFor({ draftId: draft.id })).toHaveLength(1);
    const raised = store.activity.query({ kinds: ['warning.raised'] }).rows;
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ identityId: professional.id, site: 'x.com', details: { warningId: w.id, ruleId: 'never-say', severity: 'stop' } });
  });

  it('records heeded and overridden decisions with a reason, and logs them', () => {
    const { store, professional } = setup();
    const a = store.warnings.record({ ...base, identityId: professional.id });
    const b = store.warnings.record({ ...base, ruleId: 'lexicon.health', severity: 'caution', identityId: professional.id });
    expect(store.warnings.setStatus(a.id, 'heeded')).toMatchObject({ status: 'heeded', reason: null });
    expect(store.warnings.setStatus(b.id, 'overridden', 'It is about my own blog post')).toMatchObject({
      status: 'overridden',
      reason: 'It is about my own blog post',
    });
    const kinds = store.activity.query({ kinds: ['warning.heeded', 'warning.overridden'] }).rows;
    expect(kinds.map((k) => k.kind)).toEqual(['warning.overridden', 'warning.heeded']);
    expect(kinds[0]!.summary).toContain('"It is about my own blog post"');
    expect(store.warnings.listFor({ identityId: professional.id, status: 'overridden' }).map((w) => w.id)).toEqual([b.id]);
    // Setting the same status again is not logged twice.
    store.warnings.setStatus(b.id, 'overridden', 'It is about my own blog post');
    expect(store.activity.query({ kinds: ['warning.overridden'] }).rows).toHaveLength(1);
  });

  it('validates warnings and says what is wrong', () => {
    const { store, professional } = setup();
    expect(thrown(() => store.warnings.record({ ...base, identityId: professional.id, severity: 'fatal' as 'stop' })).code).toBe('store/invalid');
    expect(thrown(() => store.warnings.record({ ...base, identityId: professional.id, start: 5, end: 2 })).code).toBe('store/invalid');
    expect(thrown(() => store.warnings.record({ ...base, identityId: crypto.randomUUID() })).code).toBe('store/not-found');
    expect(thrown(() => store.warnings.setStatus(crypto.randomUUID(), 'heeded')).code).toBe('store/not-found');
    const w = store.warnings.record({ ...base, identityId: professional.id });
    expect(thrown(() => store.warnings.setStatus(w.id, 'ignored' as 'heeded')).code).toBe('store/invalid');
    expect(thrown(() => store.warnings.listFor({})).code).toBe('store/invalid');
  });

  it('keeps a warning when its draft is deleted, and drops it with its identity', () => {
    const { store, professional } = setup();
    const draft = store.drafts.create(professional.id, 'text');
    const w = store.warnings.record({ ...base, identityId: professional.id, draftId: draft.id });
    store.drafts.remove(draft.id);
    expect(store.warnings.get(w.id).draftId).toBeNull();
    store.identities.remove(professional.id);
    expect(thrown(() => store.warnings.get(w.id)).code).toBe('store/not-found');
  });
});

describe('store.accounts', () => {
  const account = (identityId: string, over: Partial<StoredAccount> = {}): StoredAccount => ({
    identityId,
    site: 'mastodon',
    handle: 'ada@mastodon.social',
    serviceUrl: 'https://mastodon.social',
    accountId: '1234',
    displayName: 'Ada',
    profileUrl: 'https://mastodon.social/@ada',
    connectedAt: '2026-01-05T09:00:00.000Z',
    ...over,
  });

  it('adds, replaces, lists and removes accounts per identity', () => {
    const { store, personal, professional } = setup();
    store.accounts.add(account(personal.id));
    store.accounts.add(account(personal.id, { site: 'bluesky', handle: 'ada.bsky.social', serviceUrl: 'https://bsky.social' }));
    store.accounts.add(account(personal.id, { displayName: 'Ada L.' }));
    store.accounts.add(account(professional.id, { handle: 'dr.ada@mastodon.social' }));
    expect(store.accounts.list(personal.id).map((a) => `${a.site}:${a.handle}:${a.displayName}`)).toEqual([
      'bluesky:ada.bsky.social:Ada',
      'mastodon:ada@mastodon.social:Ada L.',
    ]);
    expect(store.accounts.listAll()).toHaveLength(3);
    store.accounts.remove(personal.id, 'mastodon', 'ada@mastodon.social');
    expect(store.accounts.list(personal.id).map((a) => a.site)).toEqual(['bluesky']);
    store.identities.remove(personal.id);
    expect(store.accounts.listAll().map((a) => a.identityId)).toEqual([professional.id]);
  });

  it('never stores anything that looks like a secret, and checks its fields', () => {
    const { store, personal } = setup();
    const withToken = { ...account(personal.id), accessToken: 'abc' } as StoredAccount;
    expect(thrown(() => store.accounts.add(withToken)).message).toContain('OS keychain');
    expect(thrown(() => store.accounts.add(account(personal.id, { site: 'x' as 'mastodon' }))).code).toBe('store/invalid');
    expect(thrown(() => store.accounts.add(account(crypto.randomUUID()))).code).toBe('store/not-found');
    const columns = connectionOf(store).prepare("SELECT name FROM pragma_table_info('accounts')").pluck().all() as string[];
    expect(columns.filter((c) => /token|password|secret/i.test(c))).toEqual([]);
  });
});
