import type Database from 'better-sqlite3';
import { toAppError } from './errors';

/** What an activity event looks like when a repository logs it (see activity.ts). */
export interface LogEvent {
  at?: number;
  identityId?: string | null;
  kind: string;
  site?: string | null;
  summary: string;
  details?: Record<string, unknown>;
  text?: string | null;
}

/**
 * Shared by the repositories of one open store: the connection, the file (for
 * messages), a statement cache and the error translation. One per store, so two
 * stores in one process (tests) never share state.
 */
export class StoreContext {
  private readonly statements = new Map<string, Database.Statement>();
  /** Set once the activity repository exists, so identity and draft changes are logged in the same transaction. */
  log: (event: LogEvent) => void = () => {};
  /** Injectable clock: tests move time forward instead of sleeping. */
  now: () => number = () => Date.now();

  constructor(
    readonly db: Database.Database,
    readonly file: string,
  ) {}

  /** A prepared statement, compiled once per store and reused. */
  stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      // Filters with many different list lengths each make a statement; keep the cache bounded.
      if (this.statements.size >= 500) this.statements.clear();
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Runs `fn`, turning SQLite failures into AppErrors that say what could not be done. */
  guard<T>(what: string, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      throw toAppError(err, what, this.file);
    }
  }

  /** Runs `fn` in one IMMEDIATE transaction (writer lock taken up front, so no upgrade deadlock), translating failures. */
  write<T>(what: string, fn: () => T): T {
    return this.guard(what, () => this.db.transaction(fn).immediate());
  }
}
