import { copyFileSync, readFileSync, truncateSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectionOf, LATEST_VERSION, openStore } from '../../../electron/main/services/store';
import { migrate } from '../../../electron/main/services/store/open';
import { tempDir, tempStore, thrown } from './helpers';

describe('openStore', () => {
  it('creates a WAL database with foreign keys on and the latest schema', () => {
    const { store } = tempStore();
    const db = connectionOf(store);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(store.schemaVersion).toBe(LATEST_VERSION);
    expect(store.integrityCheck()).toEqual(['ok']);
  });

  it('reopens an existing database without migrating it again and keeps its data', () => {
    const { store, file } = tempStore();
    store.identities.ensureDefaults();
    store.close();
    const again = openStore(file);
    expect(again.identities.list().map((i) => i.name)).toEqual(['Personal', 'Professional']);
    again.close();
  });

  it('creates the folder of the database when it is missing', () => {
    const dir = tempDir();
    const store = openStore(join(dir, 'a', 'b', 'hatstand.db'));
    expect(store.identities.list()).toEqual([]);
    store.close();
  });

  it('refuses a database written by a newer Hatstand and leaves the file byte-identical', () => {
    const { store, file } = tempStore();
    store.identities.ensureDefaults();
    connectionOf(store).pragma(`user_version = ${LATEST_VERSION + 10}`);
    store.close();
    const before = readFileSync(file);
    const err = thrown(() => openStore(file));
    expect(err.code).toBe('store/newer-database');
    expect(err.message).toContain(`schema ${LATEST_VERSION + 10}, this app knows ${LATEST_VERSION}`);
    expect(err.message).toMatch(/Update Hatstand; the file .* was left untouched/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a newer database even while a WAL file holds uncheckpointed changes, without checkpointing it', () => {
    const { store, file } = tempStore();
    const db = connectionOf(store);
    // Keep the changes in the WAL: disable automatic checkpoints and leave without a clean close.
    db.pragma('wal_autocheckpoint = 0');
    store.identities.ensureDefaults();
    db.pragma(`user_version = ${LATEST_VERSION + 20}`);
    const copy = join(tempDir(), 'copy.db');
    copyFileSync(file, copy);
    copyFileSync(`${file}-wal`, `${copy}-wal`);
    const before = readFileSync(copy);
    const walBefore = readFileSync(`${copy}-wal`);
    const err = thrown(() => openStore(copy));
    expect(err.code).toBe('store/newer-database');
    expect(readFileSync(copy).equals(before)).toBe(true);
    expect(readFileSync(`${copy}-wal`).equals(walBefore)).toBe(true);
  });

  it('refuses a file of random bytes as corrupt and keeps it', () => {
    const file = join(tempDir(), 'hatstand.db');
    const bytes = randomBytes(64 * 1024);
    writeFileSync(file, bytes);
    const err = thrown(() => openStore(file));
    expect(err.code).toBe('store/corrupt');
    expect(err.message).toContain('It was kept as it is');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a truncated database as corrupt and keeps it', () => {
    const { store, file } = tempStore();
    store.identities.ensureDefaults();
    for (let i = 0; i < 200; i++) store.settings.set(`k${i}`, 'x'.repeat(500));
    store.close();
    const size = statSync(file).size;
    truncateSync(file, Math.floor(size / 2));
    const before = readFileSync(file);
    const err = thrown(() => openStore(file));
    expect(err.code).toBe('store/corrupt');
    expect(err.message).toContain('truncated');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a database whose pages are damaged behind a valid header', () => {
    const { store, file } = tempStore();
    store.identities.ensureDefaults();
    store.close();
    const bytes = readFileSync(file);
    // Keep the 100-byte header, overwrite the schema page's b-tree with noise.
    randomBytes(bytes.length - 100).copy(bytes, 100);
    writeFileSync(file, bytes);
    const err = thrown(() => openStore(file));
    expect(err.code).toBe('store/corrupt');
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(existsSync(file)).toBe(true);
  });

  it('refuses an SQLite file that another program made, untouched', () => {
    const { store, file } = tempStore();
    const db = connectionOf(store);
    db.pragma('application_id = 1234');
    store.close();
    const before = readFileSync(file);
    const err = thrown(() => openStore(file));
    expect(err.code).toBe('store/foreign-database');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('treats an empty file as a new database', () => {
    const file = join(tempDir(), 'hatstand.db');
    writeFileSync(file, '');
    const store = openStore(file);
    expect(store.identities.ensureDefaults()).toHaveLength(2);
    store.close();
  });

  it('turns writes into a store/read-only error when the database is read-only, keeping the data', () => {
    const { store } = tempStore();
    store.identities.ensureDefaults();
    // Root can write any file here, so simulate the read-only condition SQLite reports for a read-only file or mount.
    connectionOf(store).pragma('query_only = ON');
    const err = thrown(() => store.identities.create({ name: 'Club', color: '#00aa00', avatar: 'C' }));
    expect(err.code).toBe('store/read-only');
    expect(err.message).toContain('read-only');
    expect(store.identities.list()).toHaveLength(2);
  });

  it('runs all pending migrations in one transaction: a failing one leaves nothing behind', () => {
    const { store } = tempStore();
    const db = connectionOf(store);
    const version = db.pragma('user_version', { simple: true }) as number;
    const bad = [
      { version: version + 10, name: 'ok', up: (d: typeof db) => d.exec('CREATE TABLE extra_one (x)') },
      { version: version + 20, name: 'broken', up: (d: typeof db) => d.exec('CREATE TABLE nope (') },
    ];
    expect(() => migrate(db, bad)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(version);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'extra_one'").get()).toEqual({ n: 0 });
  });

  it('rejects migration lists that are not increasing multiples of 10', () => {
    const { store } = tempStore();
    const db = connectionOf(store);
    expect(() => migrate(db, [{ version: 15, name: 'odd', up: () => {} }])).toThrow(/multiples of 10/);
  });
});
