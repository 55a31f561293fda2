import { describe, expect, it } from 'vitest';
import { rawDatabase } from '../../../electron/main/services/store/testing';
import { migration as m0010 } from '../../../electron/main/services/store/migrations/0010-identities';
import { migration } from '../../../electron/main/services/store/migrations/0020-activity';
import { plan } from './plan';

describe('migration 0020 activity', () => {
  it('creates the append-only log with its search index, and its pages walk the new indexes', () => {
    const db = rawDatabase();
    db.transaction(() => {
      m0010.up(db);
      migration.up(db);
    })();
    expect(migration.version).toBe(20);
    const insert = db.prepare('INSERT INTO activity (id, at, identity_id, kind, site, summary, text) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < 200; i++) insert.run(i * 1024, i, i % 2 ? 'a' : 'b', i % 3 ? 'post.sent' : 'site.opened', 'x.com', `row ${i}`, i === 7 ? 'needle text' : null);
    db.exec('ANALYZE');

    // The insert trigger keeps the full-text index in step.
    expect(db.prepare("SELECT rowid FROM activity_fts WHERE activity_fts MATCH 'needle'").pluck().all()).toEqual([7 * 1024]);
    expect(() => db.exec("UPDATE activity SET summary = 'x'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM activity')).toThrow(/append-only/);

    const page = plan(db, 'SELECT * FROM activity a WHERE a.id <= ? ORDER BY a.id DESC LIMIT ?', [1e9, 101]);
    expect(page).toBe('SEARCH a USING INTEGER PRIMARY KEY (rowid<?)');
    const filtered = plan(
      db,
      'SELECT * FROM activity a INDEXED BY activity_identity_kind WHERE a.identity_id = ? AND a.kind = ? AND a.id >= ? AND a.id <= ? ORDER BY a.id DESC LIMIT ?',
      ['a', 'post.sent', 0, 1e9, 101],
    );
    expect(filtered).toBe('SEARCH a USING INDEX activity_identity_kind (identity_id=? AND kind=? AND rowid>? AND rowid<?)');
    const search = plan(
      db,
      'SELECT * FROM activity_fts f CROSS JOIN activity a ON a.id = f.rowid WHERE activity_fts MATCH ? AND a.identity_id = ? AND f.rowid <= ? ORDER BY f.rowid DESC LIMIT ?',
      ['"needle"*', 'a', 1e9, 101],
    );
    expect(search).toMatch(/^SCAN f VIRTUAL TABLE INDEX \d+:M\d*<?.*\nSEARCH a USING INTEGER PRIMARY KEY \(rowid=\?\)$/);
    expect(search).not.toMatch(/TEMP B-TREE/);
    db.close();
  });
});
