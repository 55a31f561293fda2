import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/main/services/store/migrations';
import { migration as m0040 } from '../../../electron/main/services/store/migrations/0040-warnings';
import { migration as m0050 } from '../../../electron/main/services/store/migrations/0050-accounts';
import { rawDatabase } from '../../../electron/main/services/store/testing';
import { plan } from './plan';

function migratedTo(version: number) {
  const db = rawDatabase();
  db.pragma('foreign_keys = ON');
  db.transaction(() => MIGRATIONS.filter((m) => m.version <= version).forEach((m) => m.up(db)))();
  db.prepare("INSERT INTO identities VALUES ('i1', 'P', 'p', '#000000', 'P', 0, '')").run();
  return db;
}

describe('migration 0040 warnings', () => {
  it('creates warnings whose listings by identity and by draft use their indexes', () => {
    expect(m0040.version).toBe(40);
    const db = migratedTo(40);
    db.prepare("INSERT INTO drafts (id, identity_id, text, created_at, updated_at) VALUES ('d1', 'i1', 'x', 0, 0)").run();
    const insert = db.prepare(
      `INSERT INTO warnings (id, identity_id, draft_id, rule_id, severity, start, "end", message, created_at, updated_at) VALUES (?, 'i1', ?, 'r', 'stop', 0, 1, 'm', ?, ?)`,
    );
    for (let i = 0; i < 300; i++) insert.run(`w${i}`, i % 3 ? null : 'd1', i, i);
    db.exec('ANALYZE');
    const byIdentity = plan(db, 'SELECT * FROM warnings WHERE identity_id = ? ORDER BY created_at DESC LIMIT ?', ['i1', 500]);
    expect(byIdentity).toMatch(/USING INDEX warnings_identity_created \(identity_id=\?\)/);
    expect(byIdentity).not.toMatch(/TEMP B-TREE/);
    const byDraft = plan(db, 'SELECT * FROM warnings WHERE draft_id = ? ORDER BY created_at DESC LIMIT ?', ['d1', 500]);
    expect(byDraft).toMatch(/USING INDEX warnings_draft \(draft_id=\?\)/);
    expect(() => db.prepare("UPDATE warnings SET status = 'ignored' WHERE id = 'w1'").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM drafts WHERE id = 'd1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM warnings WHERE draft_id IS NULL').get()).toEqual({ n: 300 });
    db.close();
  });
});

describe('migration 0050 accounts', () => {
  it('creates accounts keyed by identity, site and handle, with a lookup by site and handle', () => {
    expect(m0050.version).toBe(50);
    const db = migratedTo(50);
    const insert = db.prepare("INSERT INTO accounts (identity_id, site, handle, service_url, connected_at) VALUES ('i1', ?, ?, 'https://x', '')");
    for (let i = 0; i < 100; i++) insert.run(i % 2 ? 'mastodon' : 'bluesky', `h${i}`);
    db.exec('ANALYZE');
    expect(plan(db, 'SELECT * FROM accounts WHERE identity_id = ? ORDER BY site, handle', ['i1'])).toMatch(/SEARCH accounts USING PRIMARY KEY \(identity_id=\?\)/);
    expect(plan(db, 'SELECT identity_id FROM accounts WHERE site = ? AND handle = ?', ['mastodon', 'h1'])).toMatch(/accounts_site_handle \(site=\? AND handle=\?\)/);
    expect(() => insert.run('mastodon', 'h1')).toThrow(/UNIQUE|PRIMARY KEY/);
    db.close();
  });
});
