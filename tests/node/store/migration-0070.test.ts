import { describe, expect, it } from 'vitest';
import { connectionOf } from '../../../electron/main/services/store';
import { MIGRATIONS } from '../../../electron/main/services/store/migrations';
import { migration as m0070 } from '../../../electron/main/services/store/migrations/0070-refused-posts';
import { rawDatabase } from '../../../electron/main/services/store/testing';
import { tempStore, thrown } from './helpers';
import { plan } from './plan';

const DAY = 24 * 60 * 60 * 1000;
const hex = (n: number) => n.toString(16).padStart(32, '0');

describe('migration 0070 refused posts', () => {
  it('creates refused_posts keyed by identity, site and digest, with forgetting by age on its index', () => {
    expect(m0070.version).toBe(70);
    const db = rawDatabase();
    db.pragma('foreign_keys = ON');
    db.transaction(() => MIGRATIONS.filter((m) => m.version <= 70).forEach((m) => m.up(db)))();
    db.prepare("INSERT INTO identities VALUES ('i1', 'P', 'p', '#000000', 'P', 0, '')").run();
    const insert = db.prepare("INSERT INTO refused_posts (identity_id, site, digest, kind, refused_at) VALUES ('i1', 'x.com', ?, 'post', ?)");
    for (let i = 0; i < 300; i++) insert.run(hex(i), i);
    db.exec('ANALYZE');
    expect(plan(db, 'SELECT refused_at FROM refused_posts WHERE identity_id = ? AND site = ? AND digest = ? AND refused_at >= ?', ['i1', 'x.com', hex(1), 0])).toMatch(
      /SEARCH refused_posts USING PRIMARY KEY \(identity_id=\? AND site=\? AND digest=\?\)/,
    );
    expect(plan(db, 'DELETE FROM refused_posts WHERE refused_at < ?', [5])).toMatch(/refused_posts_refused_at \(refused_at<\?\)/);
    expect(() => insert.run(hex(1), 1)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare("INSERT INTO refused_posts VALUES ('nobody', 'x.com', 'ab', 'post', 1)").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

describe('store.refusedPosts', () => {
  it('remembers digests by identity and site, forgets the old, the oldest beyond the cap, and refuses text', () => {
    const { store } = tempStore();
    const [one, two] = store.identities.ensureDefaults();
    const now = Date.UTC(2026, 0, 10);
    const keep = { notBefore: now - 7 * DAY, max: 3 };
    store.refusedPosts.remember({ identityId: one!.id, site: 'x.com', digest: hex(1), kind: 'post', refusedAt: now - 8 * DAY }, { notBefore: 0, max: 3 });
    expect(store.refusedPosts.refusedAt(one!.id, 'x.com', hex(1), keep.notBefore)).toBeUndefined();
    expect(store.refusedPosts.any(one!.id, keep.notBefore)).toBe(false);
    store.refusedPosts.remember({ identityId: one!.id, site: 'x.com', digest: hex(2), kind: 'post', refusedAt: now }, keep);
    // The old row went with that write.
    expect(store.refusedPosts.refusedAt(one!.id, 'x.com', hex(1), 0)).toBeUndefined();
    expect(store.refusedPosts.refusedAt(one!.id, 'x.com', hex(2), keep.notBefore)).toBe(now);
    expect(store.refusedPosts.refusedAt(two!.id, 'x.com', hex(2), keep.notBefore)).toBeUndefined();
    expect(store.refusedPosts.refusedAt(one!.id, 'bsky.app', hex(2), keep.notBefore)).toBeUndefined();
    for (let i = 3; i <= 5; i++) store.refusedPosts.remember({ identityId: two!.id, site: 'x.com', digest: hex(i), kind: 'reply', refusedAt: now + i }, keep);
    // (The cap is each identity's since gl1m: another identity's refusals never evict this one; see migration-0080.test.ts.)
    expect(store.refusedPosts.refusedAt(one!.id, 'x.com', hex(2), 0)).toBe(now);
    expect(store.refusedPosts.any(two!.id, keep.notBefore)).toBe(true);
    store.refusedPosts.forget(two!.id, 'x.com', hex(5));
    expect(store.refusedPosts.refusedAt(two!.id, 'x.com', hex(5), 0)).toBeUndefined();
    expect(store.refusedPosts.forgetBefore(now + 4)).toBe(2);
    expect(store.refusedPosts.any(two!.id, 0)).toBe(true);
    expect(store.refusedPosts.forgetBefore(now + 5)).toBe(1);
    expect(store.refusedPosts.any(two!.id, 0)).toBe(false);
    const text = thrown(() => store.refusedPosts.remember({ identityId: one!.id, site: 'x.com', digest: 'my secret post', kind: 'post', refusedAt: now }, keep));
    expect(text.code).toBe('store/invalid');
    expect(thrown(() => store.refusedPosts.remember({ identityId: 'gone', site: 'x.com', digest: hex(9), kind: 'post', refusedAt: now }, keep)).code).toBe('store/not-found');
  });

  it('forgets an identity\'s refused posts with the identity', () => {
    const { store } = tempStore();
    const [one, two] = store.identities.ensureDefaults();
    const keep = { notBefore: 0, max: 500 };
    store.refusedPosts.remember({ identityId: one!.id, site: 'x.com', digest: hex(1), kind: 'post', refusedAt: 1 }, keep);
    store.refusedPosts.remember({ identityId: two!.id, site: 'x.com', digest: hex(1), kind: 'post', refusedAt: 1 }, keep);
    store.identities.remove(one!.id);
    const rows = connectionOf(store).prepare('SELECT identity_id FROM refused_posts').all();
    expect(rows).toEqual([{ identity_id: two!.id }]);
  });
});
