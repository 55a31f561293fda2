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

describe('a damaged database with a write-ahead log beside it', () => {
  it('is refused and kept as it is, its log too (a read-write connection closing on it would fold the log in)', () => {
    const dir = tempDir();
    // A backup of one Hatstand database, with the unfinished log of another one left beside it.
    const backup = join(dir, 'backup.db');
    const first = openStore(backup);
    first.identities.ensureDefaults();
    for (let i = 0; i < 300; i++) first.activity.append({ kind: 'site.opened', summary: `day one ${i}`, text: 'x'.repeat(800) });
    first.close();
    const other = join(dir, 'other.db');
    const second = openStore(other);
    second.identities.ensureDefaults();
    for (let i = 0; i < 500; i++) second.activity.append({ kind: 'site.opened', summary: `other ${i}`, text: 'z'.repeat(1500) });
    second.close();
    const open = openStore(other);
    connectionOf(open).pragma('wal_autocheckpoint = 0');
    for (let i = 0; i < 100; i++) open.activity.append({ kind: 'site.opened', summary: `other late ${i}`, text: 'w'.repeat(1500) });
    const file = join(dir, 'hatstand.db');
    writeFileSync(file, readFileSync(backup));
    writeFileSync(`${file}-wal`, readFileSync(`${other}-wal`));
    open.close();
    const bytes = readFileSync(file);
    const log = readFileSync(`${file}-wal`);

    const err = thrown(() => openStore(file));
    expect(err.code).toBe('store/corrupt');
    expect(err.message).toMatch(/It was kept as it is/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(readFileSync(`${file}-wal`).equals(log)).toBe(true);
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
