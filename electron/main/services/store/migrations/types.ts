import type Database from 'better-sqlite3';

/**
 * One schema step. Versions are multiples of 10 so a fix can be slotted in
 * between two released migrations. `up` runs inside the single transaction
 * that applies every pending migration, so it must not open its own.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
}
