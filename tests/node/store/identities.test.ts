import { describe, expect, it } from 'vitest';
import { DEFAULT_IDENTITIES } from '../../../shared/domain/identity';
import { connectionOf } from '../../../electron/main/services/store';
import { tempStore, thrown } from './helpers';

describe('store.identities', () => {
  it('creates the defaults once, with clearly different colours and their sites', () => {
    const { store } = tempStore();
    const first = store.identities.ensureDefaults();
    expect(first.map((i) => i.name)).toEqual(DEFAULT_IDENTITIES.map((d) => d.name));
    expect(new Set(first.map((i) => i.color)).size).toBe(2);
    expect(first[0]!.sites.map((s) => s.label)).toEqual(DEFAULT_IDENTITIES[0]!.sites.map((s) => s.label));
    expect(first[0]!.sites.every((s) => s.identityId === first[0]!.id)).toBe(true);
    const again = store.identities.ensureDefaults();
    expect(again.map((i) => i.id)).toEqual(first.map((i) => i.id));
  });

  it('does not recreate defaults once the user removed one', () => {
    const { store } = tempStore();
    const [personal] = store.identities.ensureDefaults();
    store.identities.remove(personal!.id);
    expect(store.identities.ensureDefaults().map((i) => i.name)).toEqual(['Professional']);
  });

  it('creates, reads, updates and lists identities in position order', () => {
    const { store } = tempStore();
    const a = store.identities.create({ name: ' Club ', color: '#00AA00', avatar: 'C', sites: [{ label: 'Mastodon', homeUrl: 'https://m.example/home', handle: '@club' }] });
    expect(a.name).toBe('Club');
    expect(a.color).toBe('#00aa00');
    expect(a.sites[0]).toMatchObject({ label: 'Mastodon', homeUrl: 'https://m.example/home', handle: '@club', position: 0 });
    const b = store.identities.create({ name: 'Family', color: '#aa0000', avatar: '👪' });
    expect(store.identities.list().map((i) => i.name)).toEqual(['Club', 'Family']);
    expect(store.identities.get(a.id)).toEqual(a);
    const renamed = store.identities.update(b.id, { name: 'Kin', color: '#bb0000' });
    expect(renamed).toMatchObject({ name: 'Kin', color: '#bb0000', avatar: '👪' });
    expect(store.identities.reorder([b.id, a.id]).map((i) => i.name)).toEqual(['Kin', 'Club']);
    expect(store.identities.list().map((i) => i.name)).toEqual(['Kin', 'Club']);
  });

  it('keeps names unique ignoring case, in any script', () => {
    const { store } = tempStore();
    store.identities.ensureDefaults();
    const err = thrown(() => store.identities.create({ name: 'PERSONAL', color: '#123456', avatar: 'P' }));
    expect(err.code).toBe('store/invalid');
    expect(err.message).toContain('looks the same as the identity \u201cPersonal\u201d');
    store.identities.create({ name: 'Ärzte', color: '#123456', avatar: 'Ä' });
    expect(thrown(() => store.identities.create({ name: 'ärzte', color: '#123456', avatar: 'Ä' })).code).toBe('store/invalid');
    const pro = store.identities.list().find((i) => i.name === 'Professional')!;
    expect(thrown(() => store.identities.update(pro.id, { name: 'personal' })).code).toBe('store/invalid');
    // Changing only the case of one's own name is fine.
    expect(store.identities.update(pro.id, { name: 'PROFESSIONAL' }).name).toBe('PROFESSIONAL');
  });

  it('validates names, colours, avatars and site addresses with actionable messages', () => {
    const { store } = tempStore();
    expect(thrown(() => store.identities.create({ name: '  ', color: '#123456', avatar: 'P' })).message).toBe('Give the identity a name.');
    expect(thrown(() => store.identities.create({ name: 'X', color: 'blue', avatar: 'P' })).message).toContain('#rrggbb');
    expect(thrown(() => store.identities.create({ name: 'X', color: '#123456', avatar: '' })).code).toBe('store/invalid');
    const bad = thrown(() => store.identities.create({ name: 'X', color: '#123456', avatar: 'X', sites: [{ label: 'Bad', homeUrl: 'javascript:alert(1)' }] }));
    expect(bad.message).toContain('https://');
    // Nothing half-created.
    expect(store.identities.list()).toEqual([]);
  });

  it('throws store/not-found for unknown ids', () => {
    const { store } = tempStore();
    const id = crypto.randomUUID();
    expect(thrown(() => store.identities.get(id)).code).toBe('store/not-found');
    expect(thrown(() => store.identities.update(id, { name: 'Y' })).code).toBe('store/not-found');
    expect(thrown(() => store.identities.remove(id)).code).toBe('store/not-found');
    expect(thrown(() => store.identities.addSite(id, { label: 'X', homeUrl: 'https://x.com/' })).code).toBe('store/not-found');
    expect(thrown(() => store.identities.updateSite(id, { label: 'X' })).code).toBe('store/not-found');
    expect(thrown(() => store.identities.removeSite(id)).code).toBe('store/not-found');
  });

  it('rejects a reorder that does not name every identity exactly once', () => {
    const { store } = tempStore();
    const [a, b] = store.identities.ensureDefaults();
    expect(thrown(() => store.identities.reorder([a!.id])).code).toBe('store/invalid');
    expect(thrown(() => store.identities.reorder([a!.id, a!.id])).code).toBe('store/invalid');
    expect(store.identities.list().map((i) => i.id)).toEqual([a!.id, b!.id]);
  });

  it('adds, updates and removes sites', () => {
    const { store } = tempStore();
    const [p] = store.identities.ensureDefaults();
    const site = store.identities.addSite(p!.id, { label: 'Threads', homeUrl: 'https://www.threads.net/' });
    expect(site.position).toBe(3);
    expect(site.handle).toBe('');
    expect(store.identities.updateSite(site.id, { handle: '@ada' })).toMatchObject({ handle: '@ada', label: 'Threads' });
    store.identities.removeSite(site.id);
    expect(store.identities.get(p!.id).sites.map((s) => s.label)).not.toContain('Threads');
  });

  it('removing an identity cascades to its sites and settings but not the other identity', () => {
    const { store } = tempStore();
    const [p, w] = store.identities.ensureDefaults();
    store.settings.setFor(p!.id, 'bounds', { x: 1 });
    store.settings.setFor(w!.id, 'bounds', { x: 2 });
    store.identities.remove(p!.id);
    const db = connectionOf(store);
    expect(db.prepare('SELECT count(*) AS n FROM sites WHERE identity_id = ?').get(p!.id)).toEqual({ n: 0 });
    expect(store.settings.getFor(p!.id, 'bounds', null)).toBeNull();
    expect(store.settings.getFor(w!.id, 'bounds', null)).toEqual({ x: 2 });
    expect(store.identities.get(w!.id).sites).toHaveLength(3);
  });
});

describe('store.settings', () => {
  it('stores JSON values globally and per identity, with fallbacks', () => {
    const { store } = tempStore();
    const [p, w] = store.identities.ensureDefaults();
    expect(store.settings.get('retentionDays', null)).toBeNull();
    store.settings.set('retentionDays', 90);
    store.settings.set('nested', { a: [1, 'two', { three: true }] });
    expect(store.settings.get('retentionDays', null)).toBe(90);
    expect(store.settings.get('nested', {})).toEqual({ a: [1, 'two', { three: true }] });
    store.settings.set('retentionDays', undefined);
    expect(store.settings.get('retentionDays', 'forever')).toBe('forever');

    store.settings.setFor(p!.id, 'policy', { confirm: 'warnings' });
    store.settings.setFor(w!.id, 'policy', { confirm: 'always', coolOffSeconds: 10 });
    expect(store.settings.getFor(p!.id, 'policy', null)).toEqual({ confirm: 'warnings' });
    expect(store.settings.getFor(w!.id, 'policy', null)).toEqual({ confirm: 'always', coolOffSeconds: 10 });
    expect(store.settings.allFor(w!.id)).toEqual({ policy: { confirm: 'always', coolOffSeconds: 10 } });
    store.settings.setFor(w!.id, 'policy', undefined);
    expect(store.settings.getFor(w!.id, 'policy', 'none')).toBe('none');
  });

  it('refuses values that are not plain data, and unknown identities', () => {
    const { store } = tempStore();
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(thrown(() => store.settings.set('x', circular)).code).toBe('store/invalid');
    expect(thrown(() => store.settings.set('x', () => 1)).code).toBe('store/invalid');
    expect(thrown(() => store.settings.setFor(crypto.randomUUID(), 'x', 1)).code).toBe('store/not-found');
  });
});
