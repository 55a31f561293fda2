import { describe, expect, it } from 'vitest';
import { rawDatabase } from '../../../electron/main/services/store/testing';
import { migration } from '../../../electron/main/services/store/migrations/0010-identities';
import { plan } from './plan';

describe('migration 0010 identities', () => {
  it('creates identities, sites and settings, and the site lookup uses its index', () => {
    const db = rawDatabase();
    db.transaction(() => migration.up(db))();
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['identities', 'identity_settings', 'settings', 'sites']);
    expect(migration.version).toBe(10);
    expect(plan(db, 'SELECT * FROM sites WHERE identity_id = ? ORDER BY position')).toMatch(/USING INDEX sites_identity_position/);
    expect(plan(db, 'SELECT * FROM sites WHERE identity_id = ? ORDER BY position')).not.toMatch(/TEMP B-TREE/);
    expect(plan(db, 'SELECT 1 FROM identities WHERE name_key = ?')).toMatch(/USING COVERING INDEX identities_name_key/);
    expect(plan(db, 'SELECT value FROM identity_settings WHERE identity_id = ? AND key = ?')).toMatch(/USING PRIMARY KEY/);
    db.close();
  });
});
