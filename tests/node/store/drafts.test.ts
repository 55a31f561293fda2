import { describe, expect, it } from 'vitest';
import { EDIT_LOG_EVERY_MS, VERSION_EVERY_MS, connectionOf } from '../../../electron/main/services/store';
import { fakeClock, tempStore, thrown } from './helpers';

function setup() {
  const clock = fakeClock();
  const { store, file } = tempStore({ now: clock.now });
  const [personal, professional] = store.identities.ensureDefaults();
  return { store, file, clock, personal: personal!, professional: professional! };
}

describe('store.drafts', () => {
  it('creates, saves, gets and lists drafts per identity, most recently edited first', () => {
    const { store, clock, personal, professional } = setup();
    const a = store.drafts.create(personal.id, 'First', 'x.com');
    clock.advance(1000);
    const b = store.drafts.create(personal.id, 'Second');
    clock.advance(1000);
    store.drafts.create(professional.id, 'Work thing');
    expect(a).toMatchObject({ identityId: personal.id, text: 'First', targetSite: 'x.com', status: 'draft', postedUrl: null });
    expect(store.drafts.list(personal.id).map((d) => d.id)).toEqual([b.id, a.id]);
    clock.advance(1000);
    const saved = store.drafts.save(a.id, 'First, edited');
    expect(saved.text).toBe('First, edited');
    expect(store.drafts.get(a.id)).toEqual(saved);
    expect(store.drafts.list(personal.id).map((d) => d.id)).toEqual([a.id, b.id]);
    expect(store.drafts.list(personal.id, { limit: 1 })).toHaveLength(1);
    expect(store.drafts.list(professional.id).map((d) => d.text)).toEqual(['Work thing']);
    expect(thrown(() => store.drafts.get(crypto.randomUUID())).code).toBe('store/not-found');
    expect(thrown(() => store.drafts.create(crypto.randomUUID(), 'x')).code).toBe('store/not-found');
  });

  it('searches an identity\'s drafts only, literally', () => {
    const { store, clock, personal, professional } = setup();
    store.drafts.create(personal.id, 'Dinner with mum on Sunday');
    clock.advance(10);
    store.drafts.create(personal.id, 'Café "AND" NEAR( the river');
    store.drafts.create(professional.id, 'Dinner with the client');
    expect(store.drafts.list(personal.id, { search: 'dinner' }).map((d) => d.text)).toEqual(['Dinner with mum on Sunday']);
    expect(store.drafts.list(personal.id, { search: 'cafe' })).toHaveLength(1);
    expect(store.drafts.list(personal.id, { search: '"AND" NEAR(' })).toHaveLength(1);
    expect(store.drafts.list(personal.id, { search: '***' })).toEqual([]);
    expect(store.drafts.list(personal.id, { search: 'sun' })).toHaveLength(1); // prefix while typing
    // The search index follows edits.
    const [d] = store.drafts.list(professional.id);
    store.drafts.save(d!.id, 'Lunch with the client');
    expect(store.drafts.list(professional.id, { search: 'dinner' })).toEqual([]);
    expect(store.drafts.list(professional.id, { search: 'lunch' })).toHaveLength(1);
  });

  it('keeps versions at most every 30 seconds, never one per keystroke', () => {
    const { store, clock, personal } = setup();
    const d = store.drafts.create(personal.id, '');
    let text = '';
    for (let i = 0; i < 600; i++) {
      text += 'a';
      clock.advance(100); // ten keystrokes a second for a minute
      store.drafts.save(d.id, text);
    }
    const history = store.drafts.history(d.id);
    expect(history.length).toBeGreaterThanOrEqual(2);
    expect(history.length).toBeLessThanOrEqual(3);
    expect(history[history.length - 1]!.reason).toBe('created');
    for (let i = 1; i < history.length; i++) expect(history[i - 1]!.savedAt - history[i]!.savedAt).toBeGreaterThanOrEqual(VERSION_EVERY_MS);
    expect(store.drafts.get(d.id).text).toHaveLength(600);
    expect(store.drafts.checkpoint(d.id)).toBeNull(); // the last save just made a version
    // An explicit checkpoint keeps the current text now, once.
    text += 'b';
    clock.advance(100);
    store.drafts.save(d.id, text);
    const cp = store.drafts.checkpoint(d.id);
    expect(cp).toMatchObject({ reason: 'checkpoint', text: text });
    expect(store.drafts.checkpoint(d.id)).toBeNull();
  });

  it('logs edits at most once per draft per five minutes, with the text', () => {
    const { store, clock, personal } = setup();
    const d = store.drafts.create(personal.id, 'x');
    const other = store.drafts.create(personal.id, 'y');
    for (let i = 0; i < 20 * 60; i++) {
      clock.advance(1000); // twenty minutes of saving every second
      store.drafts.save(d.id, `x ${i}`);
      if (i % 60 === 0) store.drafts.save(other.id, `y ${i}`);
    }
    const edits = store.activity.query({ kinds: ['draft.edited'], limit: 1000 }).rows;
    const forD = edits.filter((e) => e.details.draftId === d.id);
    expect(forD.length).toBe(4);
    for (let i = 1; i < forD.length; i++) expect(forD[i - 1]!.at - forD[i]!.at).toBeGreaterThanOrEqual(EDIT_LOG_EVERY_MS);
    expect(forD[0]!.text).toMatch(/^x \d+$/);
    expect(forD[0]!.identityId).toBe(personal.id);
    // Saved at 1 s, 61 s, ... 1141 s after creation: logged at 301, 601 and 901 s.
    expect(edits.filter((e) => e.details.draftId === other.id).length).toBe(3);
    expect(store.activity.query({ kinds: ['draft.created'] }).rows).toHaveLength(2);
  });

  it('restores an earlier version without losing the current text, and logs it', () => {
    const { store, clock, personal } = setup();
    const d = store.drafts.create(personal.id, 'v1');
    clock.advance(VERSION_EVERY_MS);
    store.drafts.save(d.id, 'v2');
    clock.advance(5000);
    store.drafts.save(d.id, 'v3 unsaved as a version yet');
    const v1 = store.drafts.history(d.id).find((v) => v.text === 'v1')!;
    clock.advance(1000);
    const restored = store.drafts.restore(d.id, v1.id);
    expect(restored.text).toBe('v1');
    const texts = store.drafts.history(d.id).map((v) => `${v.reason}:${v.text}`);
    expect(texts).toEqual(['restore:v1', 'checkpoint:v3 unsaved as a version yet', 'autosave:v2', 'created:v1']);
    const log = store.activity.query({ kinds: ['draft.restored'] }).rows;
    expect(log).toHaveLength(1);
    expect(log[0]!.details).toMatchObject({ draftId: d.id, versionId: v1.id });
    const other = store.drafts.create(personal.id, 'other');
    expect(thrown(() => store.drafts.restore(other.id, v1.id)).code).toBe('store/not-found');
  });

  it('moves a draft only deliberately, logging both identities', () => {
    const { store, personal, professional } = setup();
    const d = store.drafts.create(personal.id, 'Meant for work');
    const moved = store.drafts.move(d.id, professional.id);
    expect(moved.identityId).toBe(professional.id);
    expect(store.drafts.list(personal.id)).toEqual([]);
    expect(store.drafts.list(professional.id).map((x) => x.id)).toEqual([d.id]);
    const [log] = store.activity.query({ kinds: ['draft.moved'] }).rows;
    expect(log!.summary).toBe('Draft moved from Personal to Professional: Meant for work');
    expect(log!.details).toMatchObject({ fromIdentityId: personal.id, toIdentityId: professional.id, fromName: 'Personal', toName: 'Professional' });
    expect(thrown(() => store.drafts.move(d.id, professional.id)).code).toBe('store/invalid');
    expect(thrown(() => store.drafts.move(d.id, crypto.randomUUID())).code).toBe('store/not-found');
    // There is no other way to change a draft's identity: the repository has no setter for it.
    expect(Object.keys(store.drafts).filter((k) => /identity/i.test(k))).toEqual([]);
  });

  it('deletes a draft with its history, keeping its last text in the log', () => {
    const { store, personal } = setup();
    const d = store.drafts.create(personal.id, 'to go');
    store.drafts.save(d.id, 'to go, final words');
    store.drafts.remove(d.id);
    expect(thrown(() => store.drafts.get(d.id)).code).toBe('store/not-found');
    expect(connectionOf(store).prepare('SELECT count(*) AS n FROM draft_versions').get()).toEqual({ n: 0 });
    const [log] = store.activity.query({ kinds: ['draft.deleted'] }).rows;
    expect(log!.text).toBe('to go, final words');
    expect(store.drafts.list(personal.id, { search: 'final' })).toEqual([]);
    expect(store.activity.query({ search: 'final words' }).rows.map((r) => r.kind)).toContain('draft.deleted');
  });

  it('marks a draft posted once, and refuses a second different URL', () => {
    const { store, personal } = setup();
    const d = store.drafts.create(personal.id, 'Hello world', 'mastodon.social');
    const posted = store.drafts.markPosted(d.id, 'https://mastodon.social/@me/1');
    expect(posted).toMatchObject({ status: 'posted', postedUrl: 'https://mastodon.social/@me/1' });
    expect(store.drafts.markPosted(d.id, 'https://mastodon.social/@me/1').status).toBe('posted');
    expect(thrown(() => store.drafts.markPosted(d.id, 'https://mastodon.social/@me/2')).message).toContain('already posted');
    expect(store.drafts.setTargetSite(d.id, 'bsky.app').targetSite).toBe('bsky.app');
  });

  it('removing an identity removes its drafts and their search entries', () => {
    const { store, personal, professional } = setup();
    store.drafts.create(personal.id, 'personal secret');
    store.drafts.create(professional.id, 'work plan');
    store.identities.remove(personal.id);
    const db = connectionOf(store);
    expect(db.prepare('SELECT count(*) AS n FROM drafts').get()).toEqual({ n: 1 });
    expect(db.prepare("SELECT count(*) AS n FROM drafts_fts WHERE drafts_fts MATCH 'secret'").get()).toEqual({ n: 0 });
    expect(store.integrityCheck()).toEqual(['ok']);
  });

  it('validates text', () => {
    const { store, personal } = setup();
    expect(thrown(() => store.drafts.create(personal.id, 42 as unknown as string)).code).toBe('store/invalid');
    expect(thrown(() => store.drafts.create(personal.id, 'x'.repeat(1_000_001))).code).toBe('store/invalid');
  });
});
