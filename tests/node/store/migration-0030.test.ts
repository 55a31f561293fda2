import { describe, expect, it } from 'vitest';
import { rawDatabase } from '../../../electron/main/services/store/testing';
import { migration as m0010 } from '../../../electron/main/services/store/migrations/0010-identities';
import { migration as m0020 } from '../../../electron/main/services/store/migrations/0020-activity';
import { migration } from '../../../electron/main/services/store/migrations/0030-drafts';
import { plan } from './plan';

describe('migration 0030 drafts', () => {
  it('creates drafts, versions and their search index; lists and histories use the new indexes', () => {
    const db = rawDatabase();
    db.pragma('foreign_keys = ON');
    db.transaction(() => {
      m0010.up(db);
      m0020.up(db);
      migration.up(db);
    })();
    expect(migration.version).toBe(30);
    db.prepare("INSERT INTO identities VALUES ('i1', 'P', 'p', '#000000', 'P', 0, '')").run();
    const insert = db.prepare('INSERT INTO drafts (id, identity_id, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    for (let i = 0; i < 50; i++) insert.run(`d${i}`, 'i1', i === 3 ? 'the needle' : `draft ${i}`, i, i);
    const version = db.prepare("INSERT INTO draft_versions (draft_id, text, created_at, reason) VALUES (?, 'old', 1, 'autosave')");
    for (let i = 0; i < 500; i++) version.run(`d${i % 50}`);
    db.exec('ANALYZE');

    // Search index follows insert, update and delete.
    const find = (w: string) => db.prepare('SELECT rowid FROM drafts_fts WHERE drafts_fts MATCH ?').pluck().all(w);
    expect(find('needle')).toHaveLength(1);
    db.prepare("UPDATE drafts SET text = 'the haystack' WHERE id = 'd3'").run();
    expect(find('needle')).toHaveLength(0);
    expect(find('haystack')).toHaveLength(1);
    db.prepare("DELETE FROM drafts WHERE id = 'd3'").run();
    expect(find('haystack')).toHaveLength(0);
    // Versions go with their draft.
    expect(db.prepare("SELECT count(*) AS n FROM draft_versions WHERE draft_id = 'd3'").get()).toEqual({ n: 0 });
    expect(() => db.prepare("INSERT INTO draft_versions (draft_id, text, created_at, reason) VALUES ('d1', 'x', 1, 'whatever')").run()).toThrow(/CHECK/);

    const list = plan(db, 'SELECT * FROM drafts d WHERE d.identity_id = ? ORDER BY d.updated_at DESC, d.seq DESC LIMIT ?', ['i1', 200]);
    expect(list).toMatch(/SEARCH d USING INDEX drafts_identity_updated \(identity_id=\?\)/);
    expect(list).not.toMatch(/TEMP B-TREE/);
    const history = plan(db, 'SELECT * FROM draft_versions WHERE draft_id = ? ORDER BY id DESC', ['d1']);
    expect(history).toMatch(/SEARCH draft_versions USING INDEX draft_versions_draft \(draft_id=\?\)/);
    expect(history).not.toMatch(/TEMP B-TREE/);
    expect(plan(db, 'SELECT * FROM draft_versions WHERE draft_id = ? ORDER BY id DESC LIMIT 1', ['d1'])).toMatch(/draft_versions_draft/);
    db.close();
  });
});
