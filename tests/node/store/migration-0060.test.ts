import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/main/services/store/migrations';
import { migration as m0060 } from '../../../electron/main/services/store/migrations/0060-activity-redacted';
import { rawDatabase } from '../../../electron/main/services/store/testing';

/** The log written before redaction on append keeps no secret of an address once migrated (0060). */
describe('migration 0060 activity redacted', () => {
  it('rewrites the summaries, details and search entries that held secrets, leaves the rest, and keeps the log append-only', () => {
    expect(m0060.version).toBe(60);
    const db = rawDatabase();
    db.transaction(() => MIGRATIONS.filter((m) => m.version < 60).forEach((m) => m.up(db)))();
    const insert = db.prepare('INSERT INTO activity (id, at, kind, summary, details, text) VALUES (?, ?, ?, ?, ?, ?)');
    insert.run(1024, 1, 'link.routed', 'Opened https://www.linkedin.com/checkpoint/rp/password-reset?token=SECRET1 as Professional', JSON.stringify({ url: 'https://app.example/cb?code=SECRET2', n: 3 }), 'a post about hats');
    insert.run(2048, 2, 'site.opened', 'Professional opened LinkedIn', '{}', null);
    db.transaction(() => m0060.up(db))();

    const rows = db.prepare('SELECT id, summary, details, text FROM activity ORDER BY id').all() as Array<{ id: number; summary: string; details: string; text: string | null }>;
    expect(JSON.stringify(rows)).not.toContain('SECRET');
    expect(rows[0]).toEqual({
      id: 1024,
      summary: 'Opened https://www.linkedin.com/checkpoint/rp/password-reset?token=… as Professional',
      details: JSON.stringify({ url: 'https://app.example/cb?code=…', n: 3 }),
      text: 'a post about hats',
    });
    expect(rows[1]).toEqual({ id: 2048, summary: 'Professional opened LinkedIn', details: '{}', text: null });
    // The search finds what is there now, not what was.
    const search = (q: string) => (db.prepare('SELECT rowid FROM activity_fts WHERE activity_fts MATCH ?').all(q) as Array<{ rowid: number }>).map((r) => r.rowid);
    expect(search('SECRET1')).toEqual([]);
    expect(search('Professional')).toEqual([1024, 2048]);
    expect(search('hats')).toEqual([1024]);
    db.exec("INSERT INTO activity_fts (activity_fts) VALUES ('integrity-check')");
    expect(() => db.prepare("UPDATE activity SET summary = 'x' WHERE id = 2048").run()).toThrow(/append-only/);
    db.close();
  });
});
