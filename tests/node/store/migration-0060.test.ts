import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/main/services/store/migrations';
import { migration as m0060 } from '../../../electron/main/services/store/migrations/0060-no-open-external-grants';
import { rawDatabase } from '../../../electron/main/services/store/testing';

function migratedTo(version: number) {
  const db = rawDatabase();
  db.pragma('foreign_keys = ON');
  db.transaction(() => MIGRATIONS.filter((m) => m.version <= version).forEach((m) => m.up(db)))();
  for (const id of ['i1', 'i2', 'i3', 'i4']) db.prepare(`INSERT INTO identities VALUES ('${id}', '${id}', '${id}', '#000000', 'P', 0, '')`).run();
  return db;
}

describe('migration 0060: no stored grant of "Open other apps"', () => {
  it('drops every openExternal grant and keeps the others, in order; other settings and unreadable values stay as they were', () => {
    expect(m0060.version).toBe(60);
    const db = migratedTo(50);
    const put = db.prepare('INSERT INTO identity_settings (identity_id, key, value) VALUES (?, ?, ?)');
    put.run(
      'i1',
      'permissions.allowed',
      JSON.stringify([
        { origin: 'https://meet.example.com', permission: 'media' },
        { origin: 'https://calendar.example.com', permission: 'openExternal' },
        { origin: 'https://x.com', permission: 'notifications' },
      ]),
    );
    put.run('i2', 'permissions.allowed', JSON.stringify([{ origin: 'https://zoom.example', permission: 'openExternal' }]));
    put.run('i3', 'permissions.allowed', '{not json');
    put.run('i4', 'window.bounds', JSON.stringify({ permission: 'openExternal' }));
    db.transaction(() => m0060.up(db))();
    const value = (id: string, key = 'permissions.allowed') =>
      (db.prepare('SELECT value FROM identity_settings WHERE identity_id = ? AND key = ?').get(id, key) as { value: string }).value;
    expect(JSON.parse(value('i1'))).toEqual([
      { origin: 'https://meet.example.com', permission: 'media' },
      { origin: 'https://x.com', permission: 'notifications' },
    ]);
    expect(JSON.parse(value('i2'))).toEqual([]);
    expect(value('i3')).toBe('{not json');
    expect(JSON.parse(value('i4', 'window.bounds'))).toEqual({ permission: 'openExternal' });
    db.close();
  });
});
