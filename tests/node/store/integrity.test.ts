import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { connectionOf, openStore } from '../../../electron/main/services/store';
import { migrate } from '../../../electron/main/services/store/open';
import { MIGRATIONS } from '../../../electron/main/services/store/migrations';
import { sqlite } from '../../../electron/main/services/store/driver';
import { tempDir, tempStore, thrown } from './helpers';
import { join } from 'node:path';

describe('integrity at open (issue 12: a damaged data page behind a sound first page)', () => {
  it('refuses the file at open with the damaged-database message, and keeps it byte for byte', () => {
    const { store, file } = tempStore();
    store.identities.ensureDefaults();
    for (let i = 0; i < 2000; i++) store.activity.append({ kind: 'site.opened', summary: `Opened page ${i} ${'x'.repeat(200)}` });
    store.close();
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16);
    const pages = bytes.length / pageSize;
    // A page in the middle of the activity table: page 1 and the schema still read fine.
    const victim = Math.floor(pages * 0.6);
    bytes.fill(0xa5, victim * pageSize, (victim + 1) * pageSize);
    writeFileSync(file, bytes);

    const err = thrown(() => openStore(file));
    expect(err.code).toBe('store/corrupt');
    expect(err.message).toMatch(/damaged.*move it aside or restore a backup/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe('migrations read the schema version inside their write transaction', () => {
  it('reads user_version only while holding the write lock', () => {
    const file = join(tempDir(), 'hatstand.db');
    const db = new (sqlite())(file);
    const reads: boolean[] = [];
    const spy = new Proxy(db, {
      get(target, key) {
        if (key === 'pragma') {
          return (source: string, options?: Database.PragmaOptions) => {
            if (/^user_version$/.test(source.trim())) reads.push(target.inTransaction);
            return target.pragma(source, options);
          };
        }
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    migrate(spy, MIGRATIONS, file);
    migrate(spy, MIGRATIONS, file);
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.every(Boolean)).toBe(true);
    db.close();
  });

  it('lets a second connection that opens the file after the first migrated it skip every migration', () => {
    const { store, file } = tempStore();
    const second = new (sqlite())(file);
    second.pragma('busy_timeout = 5000');
    // Every migration creates tables without IF NOT EXISTS: running one twice would throw.
    expect(migrate(second, MIGRATIONS, file)).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    second.close();
    expect(connectionOf(store).pragma('user_version', { simple: true })).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
  });
});
