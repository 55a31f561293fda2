/**
 * For tests and benchmarks only: a bare better-sqlite3 connection, so they can
 * run a single migration or time a plain insert while this folder stays the
 * only place that imports the native module. App code never uses this.
 */
import Database from 'better-sqlite3';

export type RawDatabase = Database.Database;

export function rawDatabase(file = ':memory:', options: { nativeBinding?: string } = {}): RawDatabase {
  return new Database(file, options);
}
