import type Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../../shared/result';
import { sqlite } from './driver';
import { corruptError, toAppError } from './errors';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

/** 'Hats' in ASCII, written to the header so we can tell our files from other SQLite files. */
export const APPLICATION_ID = 0x48617473;
const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * Looks at the first 100 bytes before SQLite touches the file: a file that is
 * not a database, or one shorter than its own header says, is refused here
 * without any write, so the person's file is kept exactly as it was.
 */
function checkHeader(file: string): void {
  const size = statSync(file).size;
  if (size === 0) return;
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw corruptError(file, 'it does not start with an SQLite header');
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pages = header.readUInt32BE(28);
  // The page count in the header is only valid when the two change counters agree (SQLite file format, section 1.3.7).
  const countValid = header.readUInt32BE(24) === header.readUInt32BE(92) && pages > 0;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) {
    throw corruptError(file, 'its header names an impossible page size');
  }
  // A process killed in the middle of a checkpoint can leave the main file shorter than its header says while
  // the WAL still holds every page; SQLite finishes that on open, so only judge the size when there is no WAL.
  if (countValid && size < pages * pageSize && !walHasFrames(file)) {
    throw corruptError(file, `it is ${size} bytes long but its header says ${pages * pageSize}; it was probably truncated`);
  }
}

function walHasFrames(file: string): boolean {
  try {
    // A WAL header is 32 bytes; anything beyond it is frames that have not been checkpointed yet.
    return statSync(`${file}-wal`).size > 32;
  } catch {
    return false;
  }
}

function newerError(file: string, found: number): AppError {
  return new AppError(
    'store/newer-database',
    `This Hatstand database was written by a newer version (schema ${found}, this app knows ${LATEST_VERSION}). ` +
      `Update Hatstand; the file (${file}) was left untouched.`,
  );
}

function foreignError(file: string): AppError {
  return new AppError(
    'store/foreign-database',
    `${file} is an SQLite database that Hatstand did not create, so Hatstand will not change it. ` +
      'Move it aside or point Hatstand at another file; it was left untouched.',
  );
}

/**
 * Reads version, ownership and integrity through a read-only connection first,
 * so a file from a newer Hatstand or another program, or a damaged one, is
 * refused before any write, and not even a WAL checkpoint on close can change
 * it. False when SQLite could not open it read-only (the read-write open then
 * checks its integrity).
 */
function probe(file: string): boolean {
  let db: Database.Database;
  try {
    db = new (sqlite())(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    // Some read-only opens of WAL files need the -shm file; the read-write open below will tell.
    if ((err as { code?: string }).code?.startsWith('SQLITE_CANTOPEN')) return false;
    throw err;
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const appId = db.pragma('application_id', { simple: true }) as number;
    const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }).n;
    if (appId !== APPLICATION_ID && (appId !== 0 || version !== 0 || tables > 0)) throw foreignError(file);
    if (version > LATEST_VERSION) throw newerError(file, version);
    // Damage is found here, on a connection that cannot write: a read-write connection that closes on it copies its
    // WAL into the file and deletes the WAL (the last connection's checkpoint), so a damaged file said to be "kept as
    // it is" would have been changed.
    checkIntegrity(db, file);
    return true;
  } finally {
    db.close();
  }
}

function checkMigrations(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version % 10 !== 0 || (i > 0 && m.version <= list[i - 1]!.version)) {
      throw new Error(`Migration ${m.name} has version ${m.version}; versions are increasing multiples of 10.`);
    }
  });
}

/**
 * Applies every pending migration in one transaction; on failure nothing of it
 * remains. The version is read inside that IMMEDIATE transaction (the write
 * lock is held from its first statement), so two processes opening the same
 * file one after the other never both apply the same migrations: the second
 * sees what the first committed.
 */
export function migrate(db: Database.Database, list: readonly Migration[] = MIGRATIONS, file = db.name): number {
  checkMigrations(list);
  return db
    .transaction(() => {
      const current = db.pragma('user_version', { simple: true }) as number;
      if (current > list[list.length - 1]!.version) throw newerError(file, current);
      const pending = list.filter((m) => m.version > current);
      if (pending.length === 0) return current;
      if (current === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
      for (const m of pending) m.up(db);
      db.pragma(`user_version = ${pending[pending.length - 1]!.version}`);
      return pending[pending.length - 1]!.version;
    })
    .immediate();
}

/**
 * SQLite's quick integrity check over every page: a file whose header and
 * schema read fine but whose data pages are damaged is refused at open, with
 * the same message as any damaged file, instead of failing at its first read.
 */
function checkIntegrity(db: Database.Database, file: string): void {
  const rows = db.pragma('quick_check(1)') as Array<{ quick_check: string }>;
  const first = (rows[0]?.quick_check ?? 'no answer').replace(/\*\*\* in database \w+ \*\*\*/, '').replace(/\s+/g, ' ').trim();
  if (first !== 'ok') throw corruptError(file, first.length > 80 ? `${first.slice(0, 79)}\u2026` : first);
}

/** Opens (creating if needed) and migrates the database file; throws AppError with a store/* code. */
export function openDatabase(file: string): Database.Database {
  const what = 'open its database';
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (err) {
    throw new AppError(
      'store/cannot-open',
      `Hatstand could not create the folder for its database (${dirname(file)}): ${(err as Error).message}. Check that you may write there.`,
    );
  }
  /** Whether the file was read through on a connection that cannot write (then it is not read through twice). */
  let checked = false;
  try {
    if (existsSync(file)) {
      checkHeader(file);
      checked = probe(file);
    }
  } catch (err) {
    throw toAppError(err, what, file);
  }

  let db: Database.Database;
  try {
    db = new (sqlite())(file);
  } catch (err) {
    throw toAppError(err, what, file);
  }
  try {
    // Seen again under the write connection: another process could have replaced the file meanwhile.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) throw newerError(file, version);
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a committed transaction survives a killed process; only a power cut can lose the last ones.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // 32 MB of page cache (default 2 MB) keeps index pages of a million-event log hot between pages.
    db.pragma('cache_size = -32768');
    // Reading the schema touches the first pages; a damaged file fails here rather than later.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    if (!checked) checkIntegrity(db, file);
    migrate(db, MIGRATIONS, file);
    return db;
  } catch (err) {
    db.close();
    throw toAppError(err, what, file);
  }
}
