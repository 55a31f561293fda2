import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/main/services/store/migrations';
import { migration as m0080 } from '../../../electron/main/services/store/migrations/0080-refused-posts-asked-again';
import { rawDatabase } from '../../../electron/main/services/store/testing';
import { tempStore } from './helpers';

const hex = (n: number) => n.toString(16).padStart(32, '0');

describe('migration 0080: a refused post cancelled twice, and when it was last replayed', () => {
  it('adds final (0 for the rows 0070 kept) and seen_at to refused_posts', () => {
    expect(m0080.version).toBe(80);
    const db = rawDatabase();
    db.pragma('foreign_keys = ON');
    db.transaction(() => MIGRATIONS.filter((m) => m.version < 80).forEach((m) => m.up(db)))();
    db.prepare("INSERT INTO identities VALUES ('i1', 'P', 'p', '#000000', 'P', 0, '')").run();
    db.prepare("INSERT INTO refused_posts VALUES ('i1', 'x.com', ?, 'post', 5)").run(hex(1));
    db.transaction(() => m0080.up(db))();
    expect(db.prepare('SELECT * FROM refused_posts').all()).toEqual([{ identity_id: 'i1', site: 'x.com', digest: hex(1), kind: 'post', refused_at: 5, final: 0, seen_at: null }]);
    expect(() => db.prepare("UPDATE refused_posts SET final = 2").run()).toThrow(/CHECK/);
    db.close();
  });
});

describe('store.refusedPosts since 0080', () => {
  it("caps each identity on its own: one site's refusals in one identity never evict another identity's (gl1 review M3)", () => {
    const { store } = tempStore();
    const [a, b] = store.identities.ensureDefaults().map((i) => i.id);
    const keep = { notBefore: 0, max: 500 };
    store.refusedPosts.remember({ identityId: b!, site: 'linkedin.com', digest: hex(0xab), kind: 'post', refusedAt: 1 }, keep);
    for (let i = 0; i < 501; i++) store.refusedPosts.remember({ identityId: a!, site: 'noisy.example', digest: hex(i), kind: 'post', refusedAt: 10 + i }, keep);
    expect(store.refusedPosts.refusedAt(b!, 'linkedin.com', hex(0xab), 0)).toBe(1);
    // Within the identity, the oldest beyond the cap went.
    expect(store.refusedPosts.refusedAt(a!, 'noisy.example', hex(0), 0)).toBeUndefined();
    expect(store.refusedPosts.refusedAt(a!, 'noisy.example', hex(1), 0)).toBe(11);
  });

  it('forgets a post still being replayed last: seen() moves it behind the others for the cap, not for the retention (gl1 review M4)', () => {
    const { store } = tempStore();
    const [a] = store.identities.ensureDefaults().map((i) => i.id);
    const keep = { notBefore: 0, max: 2 };
    store.refusedPosts.remember({ identityId: a!, site: 's', digest: hex(1), kind: 'post', refusedAt: 1 }, keep);
    store.refusedPosts.remember({ identityId: a!, site: 's', digest: hex(2), kind: 'post', refusedAt: 2 }, keep);
    store.refusedPosts.seen(a!, 's', hex(1), 3); // (a replay of 1, refused again without asking)
    store.refusedPosts.remember({ identityId: a!, site: 's', digest: hex(3), kind: 'post', refusedAt: 4 }, keep);
    expect(store.refusedPosts.refusedAt(a!, 's', hex(1), 0)).toBe(1);
    expect(store.refusedPosts.refusedAt(a!, 's', hex(2), 0)).toBeUndefined();
    // The retention still counts from the refusal.
    expect(store.refusedPosts.forgetBefore(2)).toBe(1);
    expect(store.refusedPosts.refusedAt(a!, 's', hex(1), 0)).toBeUndefined();
  });

  it('keeps a post cancelled twice final, whatever later writes say, until it is forgotten', () => {
    const { store } = tempStore();
    const [a] = store.identities.ensureDefaults().map((i) => i.id);
    const keep = { notBefore: 0, max: 500 };
    store.refusedPosts.remember({ identityId: a!, site: 's', digest: hex(1), kind: 'post', refusedAt: 1 }, keep);
    expect(store.refusedPosts.find(a!, 's', hex(1), 0)).toEqual({ refusedAt: 1, final: false });
    store.refusedPosts.remember({ identityId: a!, site: 's', digest: hex(1), kind: 'post', refusedAt: 2, final: true }, keep);
    store.refusedPosts.remember({ identityId: a!, site: 's', digest: hex(1), kind: 'post', refusedAt: 3 }, keep);
    expect(store.refusedPosts.find(a!, 's', hex(1), 0)).toEqual({ refusedAt: 3, final: true });
    store.refusedPosts.forget(a!, 's', hex(1));
    expect(store.refusedPosts.find(a!, 's', hex(1), 0)).toBeUndefined();
  });
});
