import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../../shared/result';

/**
 * better-sqlite3 throws `SqliteError` with an extended result code such as
 * `SQLITE_FULL` or `SQLITE_CONSTRAINT_UNIQUE`. We match on the code string so
 * this module does not need the native module loaded.
 */
function sqliteCode(err: unknown): string | null {
  if (err && typeof err === 'object' && 'code' in err && typeof (err as { code: unknown }).code === 'string') {
    const code = (err as { code: string }).code;
    return code.startsWith('SQLITE_') ? code : null;
  }
  return null;
}

/** Less free space than this beside the database reads as a full disk (SQLite needs room for its WAL and -shm pages). */
const NEARLY_FULL_BYTES = 1024 * 1024;

/**
 * Whether an I/O error is the disk being full. SQLite says so plainly only for SQLITE_FULL; opening a WAL database on
 * a full disk fails growing its -shm file (SQLITE_IOERR_SHMSIZE) with "disk I/O error", and other writes may too, so
 * the space left beside the file decides.
 */
function outOfSpace(code: string, file: string): boolean {
  if (code === 'SQLITE_IOERR_SHMSIZE') return true;
  try {
    const fs = statfsSync(dirname(file));
    return fs.bavail * fs.bsize < NEARLY_FULL_BYTES;
  } catch {
    return false;
  }
}

/**
 * Turns a low-level failure into an AppError a person can act on. `what` is
 * the action in plain words ("save the draft"), `file` the database path.
 */
export function toAppError(err: unknown, what: string, file: string): AppError {
  if (err instanceof AppError) return err;
  const code = sqliteCode(err);
  const detail = err instanceof Error ? err.message : String(err);
  if (code === null && err instanceof TypeError && /connection is not open/.test(detail)) {
    return new AppError('store/closed', `Hatstand could not ${what}: its database is already closed (the app is shutting down). Start Hatstand again.`);
  }
  if (code === null) {
    return new AppError('store/failed', `Hatstand could not ${what}: ${detail}.`);
  }
  if (code === 'SQLITE_FULL' || (code.startsWith('SQLITE_IOERR') && (/space/i.test(detail) || outOfSpace(code, file)))) {
    return new AppError(
      'store/disk-full',
      `The disk holding the Hatstand database (${file}) is full, so Hatstand could not ${what}. ` +
        'Free some disk space and try again; everything saved before is intact.',
    );
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new AppError(
      'store/read-only',
      `Hatstand could not ${what}: the database file (${file}) is read-only. ` +
        'Check the permissions of that file and its folder (or free the disk if it was mounted read-only), then try again.',
    );
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return corruptError(file, detail);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError(
      'store/busy',
      `Hatstand could not ${what} because its database (${file}) is in use by another program ` +
        '(perhaps a second Hatstand). Close the other one and try again.',
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return new AppError(
      'store/cannot-open',
      `Hatstand could not open its database (${file}). Check that the folder exists and that you may write to it.`,
    );
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new AppError(
      'store/io',
      `The disk reported an error while Hatstand tried to ${what} (${detail}). ` +
        'Check the disk, then try again; earlier saved data is intact.',
    );
  }
  return new AppError('store/failed', `Hatstand could not ${what} (${code}: ${detail}).`);
}

export function corruptError(file: string, detail: string): AppError {
  return new AppError(
    'store/corrupt',
    `The Hatstand database at ${file} is damaged or is not a database (${detail}). ` +
      'It was kept as it is: move it aside or restore a backup, then start Hatstand again to begin with a fresh one.',
  );
}

export function notFound(thing: string, id: string): AppError {
  return new AppError('store/not-found', `${thing} ${id} does not exist (it may have been removed).`);
}

export function invalid(message: string): AppError {
  return new AppError('store/invalid', message);
}

/** True when `err` is a UNIQUE constraint violation, so callers can explain which value clashed. */
export function isUniqueViolation(err: unknown): boolean {
  const code = sqliteCode(err);
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export function isForeignKeyViolation(err: unknown): boolean {
  return sqliteCode(err) === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
